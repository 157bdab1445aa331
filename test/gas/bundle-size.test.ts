/**
 * Apps Script parses build/Code.js on every execution (each menu click, each hourly tick), so the
 * file stays at most 250 KB; docs/van-ban.md has the figures behind the .docx writer's share of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli';

test('build/Code.js is at most 250 KB', () => {
  expect(readFileSync(join(ROOT, 'build', 'Code.js')).length).toBeLessThanOrEqual(250_000);
});
