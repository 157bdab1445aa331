/**
 * `daihoi send` when the network, the server or another process misbehaves: a connection lost after
 * the message's data, a server that never greets, a lock left by a dead process or held by a live
 * one, a workbook reached through a symlink. A real SMTP server (or a silent socket) on loopback.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { sendCommand } from '../../src/cli/commands/send';
import { main } from '../../src/cli/main';
import { tempDir } from '../helpers/cli';
import { type LoopbackSmtp, startSilentServer, startSmtp } from '../helpers/smtp';
import { withDailyRecipients } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

const TODAY = '2024-12-21';
let smtp: LoopbackSmtp;

beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());
beforeEach(() => {
  smtp.received.length = 0;
  smtp.swallowed.length = 0;
  smtp.dropAfterData = null;
});

function capture() {
  const out: string[] = [];
  return {
    output: { out: (t: string) => out.push(t), err: (t: string) => out.push(t) },
    text: () => out.join(''),
  };
}

/** The clean plan with `count` whole-plan recipients (no PDF: CHROMIUM_PATH is emptied). */
async function plan(count = 2): Promise<string> {
  const file = join(tempDir(), 'gui.xlsx');
  await writePlan(file, withDailyRecipients(count));
  return file;
}

const saved = process.env.CHROMIUM_PATH;
beforeAll(() => {
  process.env.CHROMIUM_PATH = '';
});
afterAll(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

const url = () => `smtp://127.0.0.1:${smtp.port}`;
const statuses = (file: string) =>
  JSON.parse(readFileSync(`${file}.nhat-ky-gui.json`, 'utf8')).entries.map(
    (e: { email: string; status: string }) => `${e.email} ${e.status}`,
  );

test('a connection lost after the whole message: recorded as unconfirmed, never resent by itself', async () => {
  const file = await plan(3);
  smtp.dropAfterData = 'nguoi2@example.vn';
  const first = capture();
  expect(await main(['send', file, '--smtp', url(), '--today', TODAY], first.output)).toBe(0);
  // The server did get it: a resend would be a second copy.
  expect(smtp.swallowed.map((r) => r.to[0])).toEqual(['nguoi2@example.vn']);
  expect(smtp.received.map((r) => r.to[0])).toEqual(['nguoi1@example.vn', 'nguoi3@example.vn']);
  expect(statuses(file)).toEqual([
    'nguoi1@example.vn Đã gửi',
    'nguoi2@example.vn Đang gửi',
    'nguoi3@example.vn Đã gửi',
  ]);
  expect(first.text()).toMatch(
    /- Người nhận 2 <nguoi2@example.vn>: Không rõ đã gửi được chưa: mất kết nối sau khi đã chuyển hết nội dung thư \(Connection closed unexpectedly\)/,
  );
  expect(first.text()).toContain('1 thư không rõ đã đến máy chủ chưa');

  smtp.dropAfterData = null;
  const second = capture();
  await main(['send', file, '--smtp', url(), '--today', TODAY], second.output);
  expect(smtp.received.map((r) => r.to[0])).toEqual(['nguoi1@example.vn', 'nguoi3@example.vn']);
  expect(second.text()).toContain(
    '- Người nhận 2 <nguoi2@example.vn>: lượt trước dừng khi đang gửi, không rõ đã gửi chưa; không tự gửi lại.',
  );
});

test('a server that never greets: the run stops after three recipients with one clear message', async () => {
  const silent = await startSilentServer();
  try {
    const file = await plan(8);
    const run = capture();
    const started = Date.now();
    const code = await sendCommand(
      ['send', file, '--smtp', `smtp://van-phong:bi-mat@127.0.0.1:${silent.port}`, '--today', TODAY].slice(1),
      run.output,
      () => new Date(),
      { connection: 2_000, greeting: 300, socket: 2_000 },
    );
    expect(code).toBe(0);
    expect(silent.accepted()).toBe(3);
    expect(Date.now() - started).toBeLessThan(20_000);
    const lines = run.text().trim().split('\n');
    expect(lines.filter((line) => line.includes('không chào hỏi sau 0,3 giây'))).toHaveLength(3);
    expect(lines.filter((line) => line.startsWith('Máy chủ thư'))).toEqual([
      `Máy chủ thư smtp://van-phong:***@127.0.0.1:${silent.port} không phục vụ ở nhiều thư liên tiếp: lượt gửi dừng, 5 thư chờ lượt sau. Kiểm tra địa chỉ, cổng và mạng rồi chạy lại "daihoi send" (thư đã gửi sẽ không gửi lại).`,
    ]);
    expect(run.text()).not.toContain('bi-mat');
    // Everyone waits for the next run: nothing is lost, nothing counted as sent.
    expect(statuses(file).every((line: string) => line.endsWith('Chờ lượt sau'))).toBe(true);
  } finally {
    await silent.close();
  }
});

describe('the send lock', () => {
  const lockOf = (file: string) => `${file}.nhat-ky-gui.json.lock`;
  const holderLock = (pid: number, host = hostname()) =>
    JSON.stringify({ pid, host, since: '2024-12-21T02:00:00.000Z' });

  test('held by a live daihoi: names the holder and exits non-zero, sending nothing', async () => {
    const file = await plan();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(lockOf(file), holderLock(sleeper.pid!));
      const run = capture();
      expect(await main(['send', file, '--smtp', url(), '--today', TODAY], run.output)).toBe(2);
      expect(run.text()).toContain(
        `daihoi: một lệnh "send" khác (tiến trình ${sleeper.pid} trên máy ${hostname()}, từ 2024-12-21T02:00:00.000Z) đang gửi cho bảng tính này; lệnh này dừng, không gửi thư nào.`,
      );
      expect(smtp.received).toEqual([]);
      expect(existsSync(lockOf(file))).toBe(true); // still the holder's
    } finally {
      sleeper.kill();
    }
  });

  test.each([
    ['a dead process', () => spawnSync(process.execPath, ['-e', '0']).pid],
    ['a number now used by another program', () => spawn('sleep', ['30']).pid!],
  ])('left by %s: taken over, the send goes, the lock is gone after', async (_, pidOf) => {
    const file = await plan();
    const pid = pidOf();
    writeFileSync(lockOf(file), holderLock(pid));
    const run = capture();
    expect(await main(['send', file, '--smtp', url(), '--today', TODAY], run.output)).toBe(0);
    expect(smtp.received).toHaveLength(2);
    expect(existsSync(lockOf(file))).toBe(false);
    spawnSync('kill', [String(pid)]);
  });

  test('an unreadable lock: refused while fresh (it may be being written), taken over once old', async () => {
    const file = await plan();
    writeFileSync(lockOf(file), '');
    const fresh = capture();
    expect(await main(['send', file, '--smtp', url(), '--today', TODAY], fresh.output)).toBe(2);
    expect(fresh.text()).toContain('đang bị giữ nhưng không đọc được ai giữ');
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(lockOf(file), old, old);
    expect(await main(['send', file, '--smtp', url(), '--today', TODAY], capture().output)).toBe(0);
    expect(smtp.received).toHaveLength(2);
  });
});

test('a workbook reached through a symlink has the same ledger: nothing is sent twice', async () => {
  const file = await plan();
  const link = join(tempDir(), 'lien-ket.xlsx');
  symlinkSync(file, link);
  await main(['send', link, '--smtp', url(), '--today', TODAY], capture().output);
  expect(existsSync(`${file}.nhat-ky-gui.json`)).toBe(true);
  expect(existsSync(`${link}.nhat-ky-gui.json`)).toBe(false);
  const second = capture();
  await main(['send', file, '--smtp', url(), '--today', TODAY], second.output);
  expect(smtp.received).toHaveLength(2);
  expect(second.text()).toContain('Không có thư mới nào cần gửi trong kỳ này.');
});
