/**
 * Scopes only from a sound unit tree, through the command line: `report` writes no message for a
 * scope that cannot be cut and says why; `send --dry-run` and `send` say the same and send nothing
 * to those recipients; every message that does go holds no needle from outside its scope, PDF included.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { main } from '../../src/cli/main';
import { daihoi, tempDir } from '../helpers/cli';
import { foreignNeedles, NEEDLE_RECIPIENTS, NEEDLE_TODAY, needleTabs } from '../helpers/needles';
import { type LoopbackSmtp, startSmtp } from '../helpers/smtp';
import { writePlan } from '../helpers/xlsx';

const BLOCKED = [
  '4 người nhận theo phạm vi không được gửi, để không lộ số liệu của đơn vị khác:',
  '- Xã Một <x1@huyen.example.vn> (phạm vi X1): không gửi, vì mã đơn vị "CB-TRUNG" có ở 2 dòng (R001: Đơn vị!A5, Đơn vị!A8), nên không xác định được đúng các đơn vị thuộc phạm vi này. Sửa tab Đơn vị rồi gửi lại.',
  '- Xã Hai <x2@huyen.example.vn> (phạm vi X2): không gửi, vì mã đơn vị "CB-TRUNG" có ở 2 dòng (R001: Đơn vị!A5, Đơn vị!A8), nên không xác định được đúng các đơn vị thuộc phạm vi này. Sửa tab Đơn vị rồi gửi lại.',
  '- Xã Ba <x3@huyen.example.vn> (phạm vi X3): không gửi, vì "Đơn vị cấp trên" đi vòng X3 → X3-CB1 → X3 (R003: Đơn vị!D9, Đơn vị!D10), nên không xác định được đúng các đơn vị thuộc phạm vi này. Sửa tab Đơn vị rồi gửi lại.',
  '- Chi bộ trùng <trung@huyen.example.vn> (phạm vi CB-TRUNG): không gửi, vì mã đơn vị "CB-TRUNG" có ở 2 dòng (R001: Đơn vị!A5, Đơn vị!A8), nên không xác định được đúng các đơn vị thuộc phạm vi này. Sửa tab Đơn vị rồi gửi lại.',
].join('\n');
const SERVED = NEEDLE_RECIPIENTS.filter((r) => r.rows !== null);

let smtp: LoopbackSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());

async function needleWorkbook(): Promise<string> {
  const file = join(tempDir(), 'cay-hong.xlsx');
  await writePlan(file, needleTabs());
  return file;
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { output: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

/** The needles of other scopes found anywhere in a message, its PDF's text included. */
function leaks(
  to: string,
  parts: { html?: string | false; text?: string; subject?: string; pdf?: Buffer },
): string[] {
  const expected = NEEDLE_RECIPIENTS.find((r) => r.email === to);
  if (!expected?.rows) return [`${to} should get nothing`];
  const pdfText = parts.pdf ? execFileSync('pdftotext', ['-', '-'], { input: parts.pdf }).toString() : '';
  const all = [parts.html || '', parts.text ?? '', parts.subject ?? '', pdfText].join('\n');
  return foreignNeedles(all, expected.rows);
}

test('report: a message for each served recipient only, none crossing its scope, and why the others got none', async () => {
  const file = await needleWorkbook();
  const out = join(tempDir(), 'bao-cao');
  const run = daihoi(['report', file, '--out', out, '--today', NEEDLE_TODAY]);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe(`${BLOCKED}\n`);
  const emls = readdirSync(out).filter((name) => name.endsWith('.eml'));
  expect(emls).toHaveLength(SERVED.length);
  for (const name of emls) {
    const mail = await simpleParser(readFileSync(join(out, name)));
    const to = (mail.to as { value: { address: string }[] }).value[0]!.address;
    expect({ to, leaks: leaks(to, { html: mail.html, text: mail.text, subject: mail.subject }) }).toEqual({
      to,
      leaks: [],
    });
  }
});

test('send --dry-run names the recipients left out and the findings', async () => {
  const file = await needleWorkbook();
  const run = capture();
  expect(await main(['send', file, '--dry-run', '--today', NEEDLE_TODAY], run.output)).toBe(0);
  const printed = run.out.join('');
  expect(printed.startsWith(`${BLOCKED}\nChạy thử: sẽ gửi 4 thư (không gửi thư nào).\n`)).toBe(true);
  for (const recipient of SERVED)
    expect(printed).toContain(`<${recipient.email}> — phạm vi: ${recipient.scope}`);
});

test('send: the blocked recipients get nothing, everyone else is served, and no message or PDF crosses its scope', async () => {
  const file = await needleWorkbook();
  const run = capture();
  expect(
    await main(
      ['send', file, '--smtp', `smtp://127.0.0.1:${smtp.port}`, '--today', NEEDLE_TODAY],
      run.output,
    ),
  ).toBe(0);
  expect(run.out.join('')).toContain(BLOCKED);
  expect(smtp.received.map((r) => r.to[0]).sort()).toEqual(SERVED.map((r) => r.email).sort());
  for (const { to, mail } of smtp.received) {
    const pdf = mail.attachments[0]?.content;
    expect({
      to: to[0],
      leaks: leaks(to[0]!, {
        html: mail.html,
        text: mail.text,
        subject: mail.subject,
        ...(pdf ? { pdf } : {}),
      }),
    }).toEqual({
      to: to[0],
      leaks: [],
    });
  }
});
