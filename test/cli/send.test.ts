/** `daihoi send` against a real SMTP server on loopback, messages parsed back with mailparser. */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { main } from '../../src/cli/main';
import { TAB } from '../../src/core/workbook/contract';
import { tempDir } from '../helpers/cli';
import { cleanTabs, withCells } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

const TODAY = '2024-12-21';
const NEEDLE = 'KIM-CHAM-SMTP';

interface Received {
  readonly to: string[];
  readonly mail: ParsedMail;
}

let server: SMTPServer;
let port: number;
const received: Received[] = [];
let rejectNext: string | null = null;
let rejectCode = 550;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onRcptTo: (address, _session, callback) => {
      if (rejectNext && address.address === rejectNext) {
        const error = Object.assign(new Error('hộp thư không nhận thư'), { responseCode: rejectCode });
        return callback(error);
      }
      callback();
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          mail: await simpleParser(Buffer.concat(chunks)),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received.length = 0;
  rejectNext = null;
  rejectCode = 550;
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { output: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

async function plan() {
  const dir = tempDir();
  const file = join(dir, 'gui.xlsx');
  await writePlan(
    file,
    withCells(TAB.units, 3, { 'Tên đơn vị': `Đảng bộ xã Bản Hon ${NEEDLE}` }, cleanTabs()),
  );
  return file;
}

const smtp = () => `smtp://van-phong:mat-khau-bi-mat@127.0.0.1:${port}`;

test('one message per recipient: the signed report with its files, the scoped notice alone; a second run sends nothing', async () => {
  const file = await plan();
  const first = capture();
  expect(await main(['send', file, '--smtp', smtp(), '--today', TODAY], first.output)).toBe(0);
  expect(received.map((r) => r.to)).toEqual([['que@phongtho.example.vn'], ['minh@binhlu.example.vn']]);
  const scoped = received[1]!.mail;
  expect(scoped.subject).toBe('Tiến độ đại hội ngày 21/12/2024 — Đảng bộ xã Bình Lư');
  expect(scoped.html).toContain('Chi bộ 02 (bản Nà Phát)');
  expect(scoped.text).toContain('Chi bộ 02 (bản Nà Phát)');
  for (const part of [scoped.html, scoped.text, scoped.subject]) expect(part).not.toContain(NEEDLE);
  expect(received[0]!.mail.html).toContain(NEEDLE);
  expect(scoped.attachments).toEqual([]);
  const signed = received[0]!.mail;
  expect(signed.attachments.map((a) => a.filename)).toEqual([
    'Bao-cao-tien-do-2024-12-21.pdf',
    'Bao-cao-tien-do-2024-12-21.docx',
  ]);
  expect(signed.attachments[0]!.content.subarray(0, 5).toString()).toBe('%PDF-');
  expect(first.out.join('')).toContain('Đã gửi 2 thư, bỏ qua 0 (đã gửi trước đó), lỗi 0.');
  expect(first.out.join('')).not.toContain('mat-khau-bi-mat');

  const ledger = JSON.parse(readFileSync(`${file}.nhat-ky-gui.json`, 'utf8'));
  expect(ledger.entries.map((e: { email: string; status: string }) => `${e.email} ${e.status}`)).toEqual([
    'que@phongtho.example.vn Đã gửi',
    'minh@binhlu.example.vn Đã gửi',
  ]);
  expect(ledger.entries[1]).toMatchObject({
    period: TODAY,
    kind: 'Gửi ngay',
    name: 'Lò Văn Minh',
    scope: 'BL',
    error: '',
  });
  expect(ledger.entries[1].time).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);

  received.length = 0;
  const second = capture();
  expect(await main(['send', file, '--smtp', smtp(), '--today', TODAY], second.output)).toBe(0);
  expect(received).toEqual([]);
  expect(second.out.join('')).toContain('Không có thư mới nào cần gửi trong kỳ này.');
});

test('a refused address is logged and the others still go; the next run retries only that one', async () => {
  const file = await plan();
  rejectNext = 'que@phongtho.example.vn';
  const first = capture();
  await main(['send', file, '--smtp', smtp(), '--today', TODAY], first.output);
  expect(received.map((r) => r.to[0])).toEqual(['minh@binhlu.example.vn']);
  expect(first.out.join('')).toMatch(/- Tần Thị Quế <que@phongtho.example.vn>: lỗi — .*550/);
  rejectNext = null;
  received.length = 0;
  await main(['send', file, '--smtp', smtp(), '--today', TODAY], capture().output);
  expect(received.map((r) => r.to[0])).toEqual(['que@phongtho.example.vn']);
});

test('--dry-run prints who would get what and sends nothing', async () => {
  const file = await plan();
  const run = capture();
  expect(await main(['send', file, '--dry-run', '--today', TODAY], run.output)).toBe(0);
  expect(received).toEqual([]);
  expect(run.out.join('')).toBe(
    [
      'Chạy thử: sẽ gửi 2 thư (không gửi thư nào).',
      '- Tần Thị Quế <que@phongtho.example.vn> — phạm vi: Tất cả — báo cáo, đính kèm: Bao-cao-tien-do-2024-12-21.pdf, Bao-cao-tien-do-2024-12-21.docx',
      '- Lò Văn Minh <minh@binhlu.example.vn> — phạm vi: BL — thông tin tiến độ của phạm vi này, trong nội dung thư',
      '',
    ].join('\n'),
  );
  expect(existsSync(`${file}.nhat-ky-gui.json`)).toBe(false);
});

test('a name cannot inject a header', async () => {
  const dir = tempDir();
  const file = join(dir, 'tieu-de.xlsx');
  await writePlan(file, withCells(TAB.recipients, 0, { 'Họ tên': 'Quế\r\nBcc: ke-gian@example.vn' }));
  await main(['send', file, '--smtp', smtp(), '--today', TODAY], capture().output);
  expect(received.flatMap((r) => r.to)).not.toContain('ke-gian@example.vn');
  expect(received.map((r) => r.mail.headers.get('bcc'))).toEqual([undefined, undefined]);
});

test('without an SMTP address, or with a broken ledger, nothing is sent and the exit is 2', async () => {
  const file = await plan();
  const missing = capture();
  const saved = process.env.DAIHOI_SMTP_URL;
  delete process.env.DAIHOI_SMTP_URL;
  expect(await main(['send', file, '--today', TODAY], missing.output)).toBe(2);
  expect(missing.err.join('')).toMatch(/cần --smtp URL/);
  if (saved !== undefined) process.env.DAIHOI_SMTP_URL = saved;
  const { writeFileSync } = await import('node:fs');
  writeFileSync(`${file}.nhat-ky-gui.json`, '{ hỏng');
  const broken = capture();
  expect(await main(['send', file, '--smtp', smtp(), '--today', TODAY], broken.output)).toBe(2);
  expect(broken.err.join('')).toMatch(/bị hỏng, không đọc được; không gửi gì để tránh gửi trùng/);
  expect(received).toEqual([]);
});

test('a mailbox busy for now (4xx) waits for the next send, which delivers it', async () => {
  const file = await plan();
  rejectNext = 'minh@binhlu.example.vn';
  rejectCode = 451;
  const first = capture();
  await main(['send', file, '--smtp', smtp(), '--today', TODAY], first.output);
  expect(received.map((r) => r.to[0])).toEqual(['que@phongtho.example.vn']);
  expect(first.out.join('')).toMatch(
    /- Lò Văn Minh <minh@binhlu.example.vn>: chờ lượt sau — Dịch vụ thư tạm thời lỗi \(.*451.*\); sẽ thử lại ở lượt sau\./,
  );
  expect(first.out.join('')).toContain('Đã gửi 1 thư, bỏ qua 0 (đã gửi trước đó), lỗi 0, chờ lượt sau 1.');
  rejectNext = null;
  received.length = 0;
  const second = capture();
  await main(['send', file, '--smtp', smtp(), '--today', TODAY], second.output);
  expect(received.map((r) => r.to[0])).toEqual(['minh@binhlu.example.vn']);
  expect(second.out.join('')).toContain(
    '- Tần Thị Quế <que@phongtho.example.vn>: đã gửi trong kỳ này, bỏ qua.',
  );
});

test('a message a killed run left "Đang gửi" is not resent and is named; the others go', async () => {
  const file = await plan();
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    `${file}.nhat-ky-gui.json`,
    JSON.stringify({
      version: 1,
      entries: [
        {
          period: TODAY,
          kind: 'Gửi ngay',
          email: 'que@phongtho.example.vn',
          name: 'Tần Thị Quế',
          scope: 'Tất cả',
          status: 'Đang gửi',
          time: '21/12/2024 08:00',
          error: '',
        },
      ],
    }),
  );
  const run = capture();
  await main(['send', file, '--smtp', smtp(), '--today', TODAY], run.output);
  expect(received.map((r) => r.to[0])).toEqual(['minh@binhlu.example.vn']);
  expect(run.out.join('')).toContain(
    '- Tần Thị Quế <que@phongtho.example.vn>: lượt trước dừng khi đang gửi, không rõ đã gửi chưa; không tự gửi lại.',
  );
});

test('two sends at once: the second sees the lock, sends nothing and says so; a stale lock is taken over', async () => {
  const file = await plan();
  const { writeFileSync } = await import('node:fs');
  const lockFile = `${file}.nhat-ky-gui.json.lock`;
  const { hostname } = await import('node:os');
  const holder = (pid: number) => JSON.stringify({ pid, host: hostname(), since: '2024-12-21T02:00:00Z' });
  writeFileSync(lockFile, holder(process.pid)); // a live process holds it
  const blocked = capture();
  // Issue 14: a lock held by a live process names it and exits non-zero (it used to exit 0).
  expect(await main(['send', file, '--smtp', smtp(), '--today', TODAY], blocked.output)).toBe(2);
  expect(received).toEqual([]);
  expect(blocked.err.join('')).toContain(`một lệnh "send" khác (tiến trình ${process.pid} trên máy`);
  writeFileSync(lockFile, holder(2147483646)); // no such process: a send that crashed
  await main(['send', file, '--smtp', smtp(), '--today', TODAY], capture().output);
  expect(received).toHaveLength(2);
  expect(existsSync(lockFile)).toBe(false);
});

test('the SMTP address may come from DAIHOI_SMTP_URL; its password never appears in output', async () => {
  const file = await plan();
  rejectNext = 'que@phongtho.example.vn';
  const saved = process.env.DAIHOI_SMTP_URL;
  process.env.DAIHOI_SMTP_URL = smtp();
  try {
    const run = capture();
    expect(await main(['send', file, '--today', TODAY], run.output)).toBe(0);
    expect(received.map((r) => r.to[0])).toEqual(['minh@binhlu.example.vn']);
    const everything = [...run.out, ...run.err, readFileSync(`${file}.nhat-ky-gui.json`, 'utf8')].join('');
    expect(everything).not.toContain('mat-khau-bi-mat');
  } finally {
    if (saved === undefined) delete process.env.DAIHOI_SMTP_URL;
    else process.env.DAIHOI_SMTP_URL = saved;
  }
});
