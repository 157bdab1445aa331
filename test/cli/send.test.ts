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

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onRcptTo: (address, _session, callback) => {
      if (rejectNext && address.address === rejectNext)
        return callback(new Error('550 hộp thư không tồn tại'));
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

test('one message per recipient, scoped content only, the PDF attached; a second run sends nothing', async () => {
  const file = await plan();
  const first = capture();
  expect(await main(['send', file, '--smtp', smtp(), '--today', TODAY], first.output)).toBe(0);
  expect(received.map((r) => r.to)).toEqual([['que@phongtho.example.vn'], ['minh@binhlu.example.vn']]);
  const scoped = received[1]!.mail;
  expect(scoped.subject).toBe('Báo cáo tiến độ đại hội điểm ngày 21/12/2024 — Đảng bộ xã Bình Lư');
  expect(scoped.html).toContain('Chi bộ 02 (bản Nà Phát)');
  expect(scoped.text).toContain('Chi bộ 02 (bản Nà Phát)');
  for (const part of [scoped.html, scoped.text, scoped.subject]) expect(part).not.toContain(NEEDLE);
  expect(received[0]!.mail.html).toContain(NEEDLE);
  expect(scoped.attachments.map((a) => [a.filename, a.contentType])).toEqual([
    ['Bao-cao-tien-do-2024-12-21.pdf', 'application/pdf'],
  ]);
  expect(scoped.attachments[0]!.content.subarray(0, 5).toString()).toBe('%PDF-');
  expect(first.out.join('')).toContain('Đã gửi 2 thư, bỏ qua 0 (đã gửi trước đó), lỗi 0.');
  expect(first.out.join('')).not.toContain('mat-khau-bi-mat');

  const ledger = JSON.parse(readFileSync(`${file}.nhat-ky-gui.json`, 'utf8'));
  expect(ledger.entries.map((e: { email: string; status: string }) => `${e.email} ${e.status}`)).toEqual([
    'que@phongtho.example.vn Đang gửi',
    'que@phongtho.example.vn Đã gửi',
    'minh@binhlu.example.vn Đang gửi',
    'minh@binhlu.example.vn Đã gửi',
  ]);

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
      '- Tần Thị Quế <que@phongtho.example.vn> — phạm vi: Tất cả — đính kèm: Bao-cao-tien-do-2024-12-21.pdf',
      '- Lò Văn Minh <minh@binhlu.example.vn> — phạm vi: BL — đính kèm: Bao-cao-tien-do-2024-12-21.pdf',
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
