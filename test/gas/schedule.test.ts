/** The schedule and the ledger through the built bundle: catch-up, no hourly retries of bad addresses, batching, budget. */
import { TAB } from '../../src/core/workbook/contract';
import { createWorld, type FakeWorld, loadRawWorkbook } from '../fakes/environment';
import { type BundleGlobals, loadBundle } from '../helpers/load-bundle';
import {
  buildWorkbook,
  cleanTabs,
  type PlanTabs,
  withCells,
  withDailyRecipients,
} from '../helpers/workbook-builder';

const MONDAY_9AM = new Date('2024-12-23T02:00:00Z');
const MONDAY_10AM = new Date('2024-12-23T03:00:00Z');
const TUESDAY_9AM = new Date('2024-12-24T02:00:00Z');

function world(tabs: PlanTabs = cleanTabs()): FakeWorld {
  const w = createWorld();
  loadRawWorkbook(w, buildWorkbook(tabs));
  w.ui.answers = ['YES'];
  return w;
}

/** A new execution of the bundle at `now` (each tick of the trigger is a fresh run). */
function at(w: FakeWorld, now: Date, stepMs = 0): BundleGlobals {
  return loadBundle(w.globals, { now, stepMs });
}

function ledger(w: FakeWorld): string[] {
  return w.spreadsheet
    .sheet('Nhật ký gửi')
    .snapshot()
    .slice(1)
    .map((row) => [row[0], row[1], row[2], row[5], row[7]].filter((c) => c !== '').join(' | '));
}

test('a weekly summary that could not go on Monday (quota 0) goes at the next tick, on Tuesday, once', () => {
  const w = world();
  w.mail.quota = 0;
  at(w, MONDAY_9AM).scheduledTick!();
  expect(w.mail.sent).toEqual([]);
  // With the quota spent the tick stops after reading the settings; the schedule's status says why.
  expect(w.documentProperties.getProperty('daihoi.schedule.lastRun')).toBe(
    '23/12/2024 09:00: hết hạn mức gửi thư trong ngày; thư đến hạn sẽ gửi ở lượt sau khi hạn mức được cấp lại.',
  );
  w.mail.quota = 100;
  at(w, TUESDAY_9AM).scheduledTick!();
  at(w, new Date('2024-12-24T05:00:00Z')).scheduledTick!(); // noon: nothing new
  expect(w.mail.sent.map((m) => m.to)).toEqual([
    'que@phongtho.example.vn', // the week-52 summary, late by a day
    'minh@binhlu.example.vn', // Tuesday's daily
    'binhlu@phongtho.example.vn', // Tuesday's reminder digest
  ]);
  expect(ledger(w).filter((row) => row.includes('Đã gửi'))[0]).toBe(
    '2024-W52 | Báo cáo định kỳ | que@phongtho.example.vn | Đã gửi',
  );
});

test('the tick does not retry a bad address every hour, nor tell the owner again; a person can resend it', () => {
  const w = world();
  w.documentProperties.setProperty('daihoi.schedule.owner', 'chanh.vanphong@example.vn');
  w.mail.failFor.set('minh@binhlu.example.vn', 'Invalid email: minh@binhlu.example.vn');
  at(w, MONDAY_9AM).scheduledTick!();
  at(w, MONDAY_10AM).scheduledTick!();
  expect(w.mail.sent.filter((m) => m.to === 'chanh.vanphong@example.vn')).toHaveLength(1);
  expect(ledger(w).filter((row) => row.includes('minh@binhlu.example.vn'))).toEqual([
    '2024-12-23 | Báo cáo định kỳ | minh@binhlu.example.vn | Lỗi | Invalid email: minh@binhlu.example.vn',
  ]);
  // The manual send is another kind of message: it goes to everyone once today.
  w.mail.failFor.clear();
  at(w, MONDAY_10AM).sendReports!();
  expect(w.mail.sent.filter((m) => m.to === 'minh@binhlu.example.vn')).toHaveLength(1);
});

test('a transient fault that outlasts the retries waits for the next tick, which sends it', () => {
  const w = world(withDailyRecipients(1));
  const busy =
    'Service invoked too many times in a short time: email. Try Utilities.sleep(1000) between calls.';
  w.mail.transient.push(busy, busy, busy, busy);
  at(w, MONDAY_9AM).scheduledTick!();
  expect(w.mail.sent.map((m) => m.to)).toEqual(['binhlu@phongtho.example.vn']); // the reminder went
  expect(ledger(w)[0]).toBe(
    `2024-12-23 | Báo cáo định kỳ | nguoi1@example.vn | Chờ lượt sau | Dịch vụ thư tạm thời lỗi (${busy}); sẽ thử lại ở lượt sau.`,
  );
  expect(w.sleeps).toEqual([500, 1000, 2000]);
  at(w, MONDAY_10AM).scheduledTick!();
  expect(w.mail.sent.map((m) => m.to)).toEqual(['binhlu@phongtho.example.vn', 'nguoi1@example.vn']);
});

test('ledger writes: one block write, then one per message, never a read between sends', () => {
  const w = world(withDailyRecipients(20));
  at(w, MONDAY_9AM).sendReports!();
  expect(w.mail.sent).toHaveLength(20);
  const writes = w.log.calls.filter((c) => c.startsWith('Range(Nhật ký gửi!') && c.endsWith('.setValues'));
  expect(writes).toHaveLength(1 + 1 + 20); // header, the block, one per message
  expect(writes[1]).toBe('Range(Nhật ký gửi!A2:H21).setValues');
  expect(writes[2]).toBe('Range(Nhật ký gửi!A2:H3).setValues');
  expect(writes.at(-1)).toBe('Range(Nhật ký gửi!A21:H21).setValues');
  expect(ledger(w).every((row) => row.includes('| Đã gửi'))).toBe(true);
});

test('a slow run stops at its time budget; the rest wait, and the next run sends them', () => {
  const w = world(withDailyRecipients(6));
  // Each Date.now() advances a minute: the 4.5-minute budget runs out after four messages.
  at(w, MONDAY_9AM, 60_000).sendReports!();
  const first = w.mail.sent.length;
  expect(first).toBe(4);
  expect(ledger(w).at(-1)).toBe(
    '2024-12-23 | Gửi ngay | nguoi6@example.vn | Chờ lượt sau | Hết thời gian của lượt chạy; sẽ gửi ở lượt sau.',
  );
  expect(w.ui.alerts.at(-1)!.message).toBe(
    `Đã gửi ${first} thư; lỗi 0; chờ lượt sau ${6 - first}. Chi tiết ở tab "Nhật ký gửi".`,
  );
  w.ui.answers = ['YES'];
  at(w, MONDAY_10AM).sendReports!();
  expect(w.mail.sent.map((m) => m.to)).toEqual(
    Array.from({ length: 6 }, (_, i) => `nguoi${i + 1}@example.vn`),
  );
});

test('Gửi báo cáo while another run holds the lock: nothing sent, the user is told, the ledger says so', () => {
  const w = world();
  w.lock.contended = true;
  at(w, MONDAY_9AM).sendReports!();
  expect(w.mail.sent).toEqual([]);
  expect(w.ui.alerts.at(-1)!.message).toBe(
    'Một lượt gửi khác đang chạy trên bảng tính này nên lượt này không gửi thư nào (đã ghi vào tab "Nhật ký gửi"). Vui lòng thử lại sau ít phút.',
  );
  expect(ledger(w)).toEqual([
    '2024-12-23 | Gửi ngay | Bỏ qua: đang có lượt gửi khác | Một lượt gửi khác đang chạy trên bảng tính này; lượt này dừng, không gửi gì.',
  ]);
});

test('Gửi thử cho tôi: a unit name cannot break the subject, the sender name and reply-to are set, and a short quota sends nothing', () => {
  const tabs = withCells(TAB.units, 1, { 'Tên đơn vị': 'Bình Lư\r\nBcc: ke-gian@example.vn' });
  const w = world({
    ...tabs,
    [TAB.settings]: [
      ...cleanTabs()[TAB.settings],
      { Khóa: 'Tên người gửi', 'Giá trị': 'Văn phòng Huyện ủy' },
      { Khóa: 'Email gửi', 'Giá trị': 'vanphong@phongtho.example.vn' },
    ],
    [TAB.recipients]: [
      { 'Họ tên': 'Lò Văn Minh', Email: 'minh@binhlu.example.vn', 'Phạm vi': 'BL', 'Định kỳ': 'Không' },
    ],
  });
  at(w, MONDAY_9AM).sendTestToMe!();
  // The notice's subject names the scope's unit: its line break is a space, no header is added.
  expect(w.mail.sent.map((m) => [m.to, m.subject, m.name, m.replyTo])).toEqual([
    [
      'nguoidung@example.vn',
      '[GỬI THỬ] Tiến độ đại hội ngày 23/12/2024 — Bình Lư Bcc: ke-gian@example.vn',
      'Văn phòng Huyện ủy',
      'vanphong@phongtho.example.vn',
    ],
  ]);
  w.mail.quota = 0;
  at(w, MONDAY_9AM).sendTestToMe!();
  expect(w.mail.sent).toHaveLength(1);
  expect(w.ui.alerts.at(-1)!.message).toBe(
    'Cần 1 thư để gửi thử nhưng hạn mức gửi thư hôm nay chỉ còn 0; không gửi thư nào.',
  );
});

describe('the tick does little when nothing is due', () => {
  /** Every service call of one tick, addresses kept (they show which tab was read). */
  function tickCalls(w: FakeWorld, now: Date): string[] {
    w.log.clear();
    const sentBefore = w.mail.attempts.length;
    at(w, now).scheduledTick!();
    expect(w.mail.attempts.length).toBe(sentBefore);
    return [...w.log.calls];
  }

  const READ_SETTINGS = [
    'Spreadsheet.getSpreadsheetTimeZone',
    'Spreadsheet.getSheets',
    'Sheet(Cấu hình).getDataRange',
    'Range(Cấu hình!A1:B12).getValues',
  ];

  test('before Giờ gửi: the settings tab is read, the run is recorded, nothing else', () => {
    const w = world(withDailyRecipients(3));
    // 06:30 on Tuesday: read the settings, record the run.
    expect(tickCalls(w, new Date('2024-12-23T23:30:00Z'))).toEqual([
      ...READ_SETTINGS,
      'Properties.setProperty',
    ]);
    expect(w.documentProperties.getProperty('daihoi.schedule.lastRun')).toBe('24/12/2024 06:30');
  });

  test('once today’s sends are settled, later ticks read the settings and one property, and stop', () => {
    const w = world(withDailyRecipients(3));
    at(w, MONDAY_9AM).scheduledTick!();
    expect(w.mail.sent).toHaveLength(4); // three daily summaries and one reminder digest
    // Read the settings and the settled day, record the run.
    expect(tickCalls(w, MONDAY_10AM)).toEqual([
      ...READ_SETTINGS,
      'Properties.getProperty',
      'Properties.setProperty',
    ]);
    // The next day starts over.
    at(w, TUESDAY_9AM).scheduledTick!();
    expect(w.mail.sent).toHaveLength(8);
  });

  test('a day is not settled while messages wait or the data has errors: the next tick looks again', () => {
    const w = world(withDailyRecipients(2));
    w.mail.quota = 1;
    at(w, MONDAY_9AM).scheduledTick!();
    w.mail.quota = 100;
    at(w, MONDAY_10AM).scheduledTick!();
    expect(w.mail.sent.map((m) => m.to).sort()).toEqual(
      ['binhlu@phongtho.example.vn', 'nguoi1@example.vn', 'nguoi2@example.vn'].sort(),
    );
    const tabs = withDailyRecipients(1);
    const broken = {
      ...tabs,
      [TAB.congresses]: tabs[TAB.congresses].map((r, i) => (i === 0 ? { ...r, 'Tổng đại biểu': 1 } : r)),
    };
    const e = world(broken);
    e.documentProperties.setProperty('daihoi.schedule.owner', 'chanh.vanphong@example.vn');
    at(e, MONDAY_9AM).scheduledTick!();
    expect(e.mail.sent.map((m) => m.to)).toEqual(['chanh.vanphong@example.vn']);
    // The office fixes the data at 09:30: the 10:00 tick sends.
    const congresses = e.spreadsheet.sheet(TAB.congresses);
    const totalColumn = (congresses.snapshot()[0] as string[]).indexOf('Tổng đại biểu') + 1;
    congresses.setValueAt(2, totalColumn, 282);
    at(e, MONDAY_10AM).scheduledTick!();
    expect(e.mail.sent.map((m) => m.to)).toContain('nguoi1@example.vn');
  });
});
