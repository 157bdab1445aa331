/** Every Apps Script service is reached through src/gas/services.ts, so a fake or a host replaces one object. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const GAS = join(__dirname, '..', '..', 'src', 'gas');
const SERVICE_GLOBALS = [
  'SpreadsheetApp',
  'MailApp',
  'GmailApp',
  'ScriptApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'Session',
  'HtmlService',
  'Utilities',
  'UrlFetchApp',
  'DriveApp',
];

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The code without comments and string contents, where a service name would only be prose. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''");
}

test('no file in src/gas but services.ts names a service global', () => {
  const offenders: string[] = [];
  for (const path of sources(GAS)) {
    if (path.endsWith('services.ts')) continue;
    for (const service of SERVICE_GLOBALS) {
      // A bare use: not a type (GoogleAppsScript.X...), not a member (foo.X).
      if (new RegExp(`(?<![.\\w])${service}\\b(?!\\s*:)`).test(code(path))) {
        offenders.push(`${relative(GAS, path)}: ${service}`);
      }
    }
  }
  expect(offenders).toEqual([]);
});
