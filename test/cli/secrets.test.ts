/**
 * The SMTP password is never printed, whatever fails: a URL that does not parse (a bad port, a space
 * in the host), a percent-encoded password, a server that refuses the login and echoes it, a TLS
 * mismatch, a closed port, the URL typed where a file was expected; through --smtp, --smtp= and
 * DAIHOI_SMTP_URL. Each run goes through main() as the command line does; the ledger is checked too.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { main } from '../../src/cli/main';
import { Redactor, urlCredentials } from '../../src/cli/secrets';
import { tempDir } from '../helpers/cli';
import { cleanTabs } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

const TODAY = '2024-12-21';
const PASSWORD = 'p@ss/Bí-Mật 9';
const ENCODED = encodeURIComponent(PASSWORD); // p%40ss%2FB%C3%AD-M%E1%BA%ADt%209

/** Every spelling of the password that must never appear. */
const SPELLINGS = [PASSWORD, ENCODED, 'p@ss', 'p%40ss', 'Bí-Mật', 'B%C3%AD-M%E1%BA%ADt'];

let workbook: string;
let echoing: SMTPServer;
let echoPort: number;

beforeAll(async () => {
  workbook = join(tempDir(), 'mat-khau.xlsx');
  await writePlan(workbook, cleanTabs());
  // A server that refuses the login and quotes the password back in its answer.
  echoing = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    onAuth: (auth, _session, callback) =>
      callback(Object.assign(new Error(`sai mật khẩu "${auth.password}"`), { responseCode: 535 })),
  });
  await new Promise<void>((resolve) => echoing.listen(0, '127.0.0.1', resolve));
  echoPort = (echoing.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => echoing.close(() => resolve())));

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const saved = process.env.DAIHOI_SMTP_URL;
  if (env.DAIHOI_SMTP_URL) process.env.DAIHOI_SMTP_URL = env.DAIHOI_SMTP_URL;
  else delete process.env.DAIHOI_SMTP_URL;
  let code: number | string;
  try {
    code = await main(args, { out: (t) => out.push(t), err: (t) => out.push(t) });
  } catch (error) {
    code = `threw ${(error as Error).message}\n${(error as Error).stack}`;
  } finally {
    if (saved === undefined) delete process.env.DAIHOI_SMTP_URL;
    else process.env.DAIHOI_SMTP_URL = saved;
  }
  const ledger = `${workbook}.nhat-ky-gui.json`;
  return { code, printed: out.join(''), ledger: existsSync(ledger) ? readFileSync(ledger, 'utf8') : '' };
}

function expectNoPassword(text: string) {
  for (const spelling of SPELLINGS) expect(text).not.toContain(spelling);
}

const CASES: readonly [string, string, RegExp][] = [
  [
    'a bad port',
    `smtp://van-phong:${ENCODED}@127.0.0.1:99999`,
    /smtp:\/\/van-phong:\*\*\*@127\.0\.0\.1:99999/,
  ],
  ['a space in the host', `smtp://van-phong:${ENCODED}@may chu:25`, /smtp:\/\/van-phong:\*\*\*@may chu:25/],
  [
    'an unencoded @ and / in the password',
    `smtp://van-phong:${PASSWORD}@127.0.0.1:25`,
    /van-phong:\*\*\*@127\.0\.0\.1:25/,
  ],
  [
    'the wrong scheme',
    `http://van-phong:${ENCODED}@127.0.0.1:25`,
    /http:\/\/van-phong:\*\*\*@127\.0\.0\.1:25/,
  ],
];

describe.each(CASES)('an SMTP URL that is refused (%s)', (_, url, shown) => {
  test.each([
    ['--smtp URL', (u: string) => ({ args: ['--smtp', u], env: {} })],
    ['--smtp=URL', (u: string) => ({ args: [`--smtp=${u}`], env: {} })],
    ['DAIHOI_SMTP_URL', (u: string) => ({ args: [], env: { DAIHOI_SMTP_URL: u } })],
  ])('through %s: exit 2, the URL shown with *** for the password', async (_, given) => {
    const { args, env } = given(url);
    const result = await run(['send', workbook, ...args, '--today', TODAY], env);
    expect(result.code).toBe(2);
    expect(result.printed).toMatch(shown);
    // The message names where the address came from.
    expect(result.printed).toMatch(args.length > 0 ? /^daihoi: --smtp "/m : /^daihoi: DAIHOI_SMTP_URL "/m);
    expectNoPassword(result.printed);
  });
});

test('a percent-encoded password to a closed port: the failure is printed and logged without it', async () => {
  const result = await run([
    'send',
    workbook,
    '--smtp',
    `smtp://van-phong:${ENCODED}@127.0.0.1:1`,
    '--today',
    TODAY,
  ]);
  expect(result.code).toBe(0);
  expect(result.printed).toMatch(/ECONNREFUSED|kết nối/);
  expectNoPassword(result.printed);
  expectNoPassword(result.ledger);
});

test('a server that refuses the login and quotes the password back: scrubbed in the output and the ledger', async () => {
  const url = `smtp://van-phong:${ENCODED}@127.0.0.1:${echoPort}`;
  const result = await run(['send', workbook, '--smtp', url, '--today', '2024-12-22']);
  expect(result.printed).toContain('sai mật khẩu');
  expect(result.printed).toContain('***');
  expectNoPassword(result.printed);
  expectNoPassword(result.ledger);
});

test('smtps:// to a server that speaks plain SMTP (TLS fails), via DAIHOI_SMTP_URL', async () => {
  const url = `smtps://van-phong:${ENCODED}@127.0.0.1:${echoPort}`;
  const result = await run(['send', workbook, '--today', '2024-12-23'], { DAIHOI_SMTP_URL: url });
  expectNoPassword(result.printed);
  expectNoPassword(result.ledger);
});

test('the URL typed where the file was expected, or as a stray argument, is not echoed back', async () => {
  const url = `smtp://van-phong:${ENCODED}@127.0.0.1:25`;
  for (const args of [
    ['send', url],
    ['send', workbook, url, '--dry-run'],
    ['validate', url],
  ]) {
    const result = await run(args);
    expect(result.code).toBe(2);
    expectNoPassword(result.printed);
  }
});

describe('taking the credentials out of a URL that may not parse', () => {
  test.each([
    ['smtps://a:b@h:465', 'smtps://a:***@h:465', ['b']],
    ['smtp://a@h', 'smtp://a@h', []],
    ['smtp://h:25', 'smtp://h:25', []],
    ['smtp://a:p@ss@h:25', 'smtp://a:***@h:25', ['p@ss', 'p%40ss']],
    ['smtp://a:p%40ss@h x:99999', 'smtp://a:***@h x:99999', ['p%40ss', 'p@ss']],
    ['smtp://h:25?user=a&pass=zz9', 'smtp://h:25?user=a&pass=***', ['zz9']],
    ['not a url', 'not a url', []],
  ])('%s', (url, shown, secrets) => {
    const credentials = urlCredentials(url);
    expect(credentials.shown).toBe(shown);
    expect(credentials.secrets).toEqual(expect.arrayContaining(secrets));
  });

  test('an error that escapes to the top has its message and stack scrubbed', () => {
    const redactor = new Redactor([`smtp://a:${ENCODED}@h`]);
    const error = redactor.scrubError(new Error(`kết nối smtp://a:${ENCODED}@h hỏng (${PASSWORD})`)) as Error;
    expect(error.message).toBe('kết nối smtp://a:***@h hỏng (***)');
    expectNoPassword(error.stack ?? '');
  });
});
