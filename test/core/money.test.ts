import { productInDong, sumDong, toDong } from '../../src/core/money';

describe('money in whole đồng', () => {
  test('products are exact where floating point drifts', () => {
    expect(0.1 * 3 * 10).not.toBe(3);
    expect(productInDong(0.1, 3, 10)).toBe(3);
    expect(productInDong(282, 1, 100000)).toBe(28200000);
    expect(productInDong(1.5, 3, 33333)).toBe(149999);
    expect(productInDong(250, 20000)).toBe(5000000);
    expect(productInDong(1.15, 100)).toBe(115);
  });

  test('rounding happens once, half away from zero', () => {
    expect(productInDong(0.5)).toBe(1);
    expect(productInDong(1.5)).toBe(2);
    expect(productInDong(2.5)).toBe(3);
    expect(productInDong(-2.5)).toBe(-3);
    expect(productInDong(1.4999)).toBe(1);
    expect(toDong(1234567.5)).toBe(1234568);
  });

  test('a product with a zero factor is zero, an empty product is one', () => {
    expect(productInDong(282, 0, 100000)).toBe(0);
    expect(productInDong()).toBe(1);
  });

  test('sums of whole đồng', () => {
    expect(sumDong([28200000, 5000000, 5000000])).toBe(38200000);
    expect(sumDong([])).toBe(0);
  });
});
