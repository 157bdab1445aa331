import fc from 'fast-check';
import { bytesToBase64 } from '../../src/core/base64';

test('base64 agrees with Node for every length, padding included', () => {
  expect(bytesToBase64(new Uint8Array([]))).toBe('');
  expect(bytesToBase64(new Uint8Array([0xff]))).toBe('/w==');
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }),
  );
});
