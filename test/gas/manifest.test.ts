/** The manifest asks for the agreed minimal scopes and nothing more; clasp pushes what the build writes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));

test('the manifest asks for exactly the minimal scopes', () => {
  // userinfo.email: Session.getActiveUser()/getEffectiveUser() need it (Gửi thử cho tôi, the schedule's owner).
  expect([...manifest.oauthScopes].sort()).toEqual(
    [
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ].sort(),
  );
  expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Ho_Chi_Minh' });
});

test('clasp pushes the build folder, and the built manifest is the same file', () => {
  const clasp = JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8'));
  expect(clasp.rootDir).toBe('build');
  expect(JSON.parse(readFileSync(join(ROOT, 'build', 'appsscript.json'), 'utf8'))).toEqual(manifest);
});

test('the bundle names no service outside the manifest’s scopes', () => {
  const code = readFileSync(join(ROOT, 'build', 'Code.js'), 'utf8');
  for (const service of ['UrlFetchApp', 'GmailApp', 'DriveApp', 'DocumentApp', 'SpreadsheetApp.openById']) {
    expect(code).not.toContain(service);
  }
});
