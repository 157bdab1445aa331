/** No secrets in the repository, and no network use beyond mail, checked over the tracked files. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && !file.endsWith('.png') && !file.endsWith('package-lock.json'));
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

test('no credential is committed', () => {
  const secrets = [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
    /AIza[0-9A-Za-z_-]{30,}/,
    /"refresh_token"\s*:/,
    /ya29\.[0-9A-Za-z_-]{20,}/,
  ];
  const found = tracked.filter(
    (file) => !file.startsWith('test/') && secrets.some((pattern) => pattern.test(text(file))),
  );
  expect(found).toEqual([]);
  // Outside the tests (which start their own SMTP server on loopback), no SMTP URL carries a password.
  // The usage text shows the form with the placeholder "ten:matkhau".
  const urls = tracked.filter(
    (file) =>
      !file.startsWith('test/') &&
      /smtps?:\/\/[^\s'"`:@]+:[^\s'"`@$]+@/.test(text(file).replaceAll('ten:matkhau@', 'ten@')),
  );
  expect(urls).toEqual([]);
  expect(JSON.parse(text('.clasp.json')).scriptId).toBe('REPLACE_WITH_THE_SCRIPT_ID_OF_THE_SHARED_WORKBOOK');
});

test('the code reaches no network but the mail it sends', () => {
  const sources = tracked.filter((file) => file.startsWith('src/'));
  const network = /UrlFetchApp|node:https?['"]|from ['"]https?['"]|\bfetch\(|XMLHttpRequest|WebSocket/;
  expect(sources.filter((file) => network.test(text(file)))).toEqual([]);
  const mailers = sources.filter((file) => /from ['"]nodemailer|MailApp\./.test(text(file)));
  expect(mailers.every((file) => file.startsWith('src/cli/') || file.startsWith('src/gas/'))).toBe(true);
});

test('no array is spread into a call in the code: push(...xs) and Math.max(...xs) overflow the stack on big tabs', () => {
  const spreadIntoCall =
    /\.(push|unshift|splice)\((?:[^(){}[\],]*,\s*)*\.\.\.|Math\.(max|min)\(\s*\.\.\.|fromC(harCode|odePoint)\(\s*\.\.\./;
  const sources = tracked.filter((file) => file.startsWith('src/') && file.endsWith('.ts'));
  expect(sources.filter((file) => spreadIntoCall.test(text(file)))).toEqual([]);
});
