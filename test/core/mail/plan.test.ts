/** What is due, as pure planning: daily and weekly periods, hour boundaries, zones, reminders, the ledger. */
import {
  headerText,
  type LedgerEntry,
  type PlannedSend,
  planReminders,
  planScheduled,
  planSendNow,
  readWorkbook,
  splitByLedger,
} from '../../../src/core';
import { dateCell } from '../../../src/core/cells';
import { TAB } from '../../../src/core/workbook/contract';
import type { PlanWorkbook } from '../../../src/core/workbook/model';
import {
  buildWorkbook,
  cleanTabs,
  type PlanTabs,
  type RowObject,
  withCells,
} from '../../helpers/workbook-builder';

function plan(settings: Record<string, string | number> = {}, tabs: Partial<PlanTabs> = {}): PlanWorkbook {
  const base = cleanTabs();
  const rows: RowObject[] = base[TAB.settings].filter((row) => !(String(row.Khóa) in settings));
  for (const [key, value] of Object.entries(settings)) rows.push({ Khóa: key, 'Giá trị': value });
  return readWorkbook(buildWorkbook({ ...base, [TAB.settings]: rows, ...tabs })).workbook;
}

const brief = (sends: readonly PlannedSend[]) => sends.map((s) => `${s.kind} ${s.period} ${s.email}`);

describe('planScheduled', () => {
  // Monday 23/12/2024. Vietnam is UTC+7: 07:00 there is 00:00 UTC.
  test('nothing before Giờ gửi; from the hour on, daily recipients with YYYY-MM-DD and weekly ones with the ISO week', () => {
    const workbook = plan({ 'Giờ gửi': 7 });
    expect(planScheduled(workbook, new Date('2024-12-22T23:59:59Z'))).toEqual([]); // 06:59:59
    expect(brief(planScheduled(workbook, new Date('2024-12-23T00:00:00Z')))).toEqual([
      'Báo cáo định kỳ 2024-W52 que@phongtho.example.vn',
      'Báo cáo định kỳ 2024-12-23 minh@binhlu.example.vn',
    ]);
    // 23:59 the same day is still that day; one minute later it is Tuesday, before the hour.
    expect(brief(planScheduled(workbook, new Date('2024-12-23T16:59:00Z')))).toHaveLength(2);
    expect(planScheduled(workbook, new Date('2024-12-23T17:00:00Z'))).toEqual([]);
  });

  test('the planned message carries name and scope', () => {
    const [weekly, daily] = planScheduled(plan(), new Date('2024-12-23T02:00:00Z'));
    expect(weekly).toEqual({
      kind: 'Báo cáo định kỳ',
      period: '2024-W52',
      email: 'que@phongtho.example.vn',
      name: 'Tần Thị Quế',
      scope: 'Tất cả',
    });
    expect(daily!.scope).toBe('BL');
  });

  test('weekly recipients are due from Ngày gửi trong tuần to Sunday, never before it in the week', () => {
    const workbook = plan({ 'Ngày gửi trong tuần': 'Thứ Tư' });
    const at = (iso: string) =>
      planScheduled(workbook, new Date(`${iso}T03:00:00Z`)).filter((s) => s.email.startsWith('que'));
    expect(at('2024-12-23')).toEqual([]); // Monday
    expect(at('2024-12-24')).toEqual([]); // Tuesday
    expect(at('2024-12-25').map((s) => s.period)).toEqual(['2024-W52']); // Wednesday
    expect(at('2024-12-29').map((s) => s.period)).toEqual(['2024-W52']); // Sunday, same week
    expect(at('2024-12-30')).toEqual([]); // Monday of the next week
  });

  test('the ISO week key across the new year: Monday 30/12/2024 is in 2025-W01', () => {
    const sends = planScheduled(plan(), new Date('2024-12-30T02:00:00Z'));
    expect(brief(sends)).toContain('Báo cáo định kỳ 2025-W01 que@phongtho.example.vn');
  });

  test('Định kỳ Không, invalid and duplicate recipients get nothing scheduled', () => {
    const workbook = plan(
      {},
      {
        [TAB.recipients]: [
          { 'Họ tên': 'A', Email: 'a@example.vn', 'Phạm vi': 'Tất cả', 'Định kỳ': 'Không' },
          { 'Họ tên': 'B', Email: 'khong-hop-le', 'Phạm vi': 'Tất cả', 'Định kỳ': 'Hằng ngày' },
          { 'Họ tên': 'C', Email: 'c@example.vn', 'Phạm vi': 'KHONGCO', 'Định kỳ': 'Hằng ngày' },
          { 'Họ tên': 'D', Email: 'd@example.vn', 'Phạm vi': 'BL', 'Định kỳ': 'Hàng ngày' },
          { 'Họ tên': 'D2', Email: 'D@Example.vn', 'Phạm vi': 'BL', 'Định kỳ': 'Hằng ngày' },
        ],
      },
    );
    expect(brief(planScheduled(workbook, new Date('2024-12-23T02:00:00Z')))).toEqual([
      'Báo cáo định kỳ 2024-12-23 d@example.vn',
    ]);
    // A manual send goes to every valid recipient, whatever their Định kỳ.
    expect(brief(planSendNow(workbook, '2024-12-23'))).toEqual([
      'Gửi ngay 2024-12-23 a@example.vn',
      'Gửi ngay 2024-12-23 d@example.vn',
    ]);
  });

  test("the workbook's zone decides the day and the hour, not the host's", () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: the host is already on Tuesday
    try {
      const instant = new Date('2024-12-23T02:00:00Z');
      // Vietnam: 09:00 Monday 23rd.
      expect(brief(planScheduled(plan(), instant))).toEqual([
        'Báo cáo định kỳ 2024-W52 que@phongtho.example.vn',
        'Báo cáo định kỳ 2024-12-23 minh@binhlu.example.vn',
      ]);
      // Los Angeles: 18:00 Sunday 22nd: still week 51 there, and the daily report of the 22nd.
      expect(brief(planScheduled(plan({ 'Múi giờ': 'America/Los_Angeles' }), instant))).toEqual([
        'Báo cáo định kỳ 2024-W51 que@phongtho.example.vn',
        'Báo cáo định kỳ 2024-12-22 minh@binhlu.example.vn',
      ]);
      // London: 02:00 Monday, before the 07:00 hour.
      expect(planScheduled(plan({ 'Múi giờ': 'Europe/London' }), instant)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('planReminders', () => {
  const milestones = (rows: RowObject[]) => ({ [TAB.milestones]: rows });
  const row = (code: string, owner: string, due: string, done = ''): RowObject => ({
    'Mã công việc': code,
    'Nội dung': `Việc ${code}`,
    'Đơn vị chủ trì': owner,
    Hạn: dateCell(due),
    'Ngày hoàn thành': done ? dateCell(done) : '',
    'Phụ thuộc': '',
  });

  test('one digest per responsible unit per day, overdue and due-soon lines, to the unit Email', () => {
    const workbook = plan(
      { 'Nhắc trước (ngày)': 7 },
      {
        [TAB.units]: withCells(TAB.units, 2, { Email: '' })[TAB.units],
        ...milestones([
          row('CV01', 'BL', '2024-12-20'),
          row('CV02', 'BL', '2024-12-23'),
          row('CV03', 'BL', '2024-12-30'),
          row('CV04', 'BL', '2024-12-31'), // 8 days away: not yet
          row('CV05', 'BL', '2024-12-01', '2024-12-01'), // done
          row('CV06', 'HU', '2024-12-25'),
          row('CV07', 'CB02', '2024-12-10'), // CB02 has no Email
        ]),
      },
    );
    const digests = planReminders(workbook, '2024-12-23');
    expect(brief(digests)).toEqual([
      'Nhắc hạn 2024-12-23 binhlu@phongtho.example.vn',
      'Nhắc hạn 2024-12-23 vanphong@phongtho.example.vn',
    ]);
    expect(digests[0]!.subject).toBe('Nhắc hạn công việc chuẩn bị đại hội — Đảng bộ xã Bình Lư — 23/12/2024');
    expect(digests[0]!.body.split('\n')).toEqual([
      'Kính gửi Đảng bộ xã Bình Lư,',
      '',
      'Các công việc dưới đây do đơn vị chủ trì đã quá hạn hoặc sắp đến hạn:',
      '',
      '- CV01: Việc CV01 — hạn 20/12/2024, đã quá 3 ngày',
      '- CV02: Việc CV02 — hạn 23/12/2024, đến hạn hôm nay',
      '- CV03: Việc CV03 — hạn 30/12/2024, còn 7 ngày',
      '',
      'Đề nghị đơn vị hoàn thành đúng hạn và cập nhật Ngày hoàn thành trong bảng tính.',
    ]);
  });

  test('a completion date that cannot be read or has not come yet leaves the task in the reminder', () => {
    const workbook = plan(
      { 'Nhắc trước (ngày)': 7 },
      milestones([
        { ...row('CV01', 'BL', '2024-12-20'), 'Ngày hoàn thành': '31/11/2024' }, // T002
        row('CV02', 'BL', '2024-12-21', '2024-12-24'), // M005: tomorrow
        row('CV03', 'BL', '2024-12-22', '2024-12-23'), // done today: closed
      ]),
    );
    const lines = planReminders(workbook, '2024-12-23')[0]!.body.split('\n');
    expect(lines.filter((line) => line.startsWith('- '))).toEqual([
      '- CV01: Việc CV01 — hạn 20/12/2024, đã quá 3 ngày',
      '- CV02: Việc CV02 — hạn 21/12/2024, đã quá 2 ngày',
    ]);
  });
});

describe('splitByLedger', () => {
  const sends = planSendNow(plan(), '2024-12-23');
  const entry = (email: string, status: string, period = '2024-12-23'): LedgerEntry => ({
    period,
    kind: 'Gửi ngay',
    email,
    name: '',
    scope: '',
    status,
    time: '',
    error: '',
  });

  test('Đã gửi is skipped, Đang gửi is unconfirmed, Chờ lượt sau and another period are sent', () => {
    expect(brief(splitByLedger(sends, [entry('QUE@phongtho.example.vn', 'Đã gửi')]).alreadySent)).toEqual([
      'Gửi ngay 2024-12-23 que@phongtho.example.vn',
    ]);
    const split = splitByLedger(sends, [
      entry('que@phongtho.example.vn', 'Đang gửi'),
      entry('minh@binhlu.example.vn', 'Đã gửi', '2024-12-22'),
    ]);
    expect(brief(split.unconfirmed)).toEqual(['Gửi ngay 2024-12-23 que@phongtho.example.vn']);
    expect(brief(split.toSend)).toEqual(['Gửi ngay 2024-12-23 minh@binhlu.example.vn']);
  });

  test('the latest row wins: a deferred message later sent is done; staff typing Gửi lại asks for it again', () => {
    const split = splitByLedger(sends, [
      entry('que@phongtho.example.vn', 'Chờ lượt sau'),
      entry('que@phongtho.example.vn', 'Đã gửi'),
      entry('minh@binhlu.example.vn', 'Đang gửi'),
      entry('minh@binhlu.example.vn', 'Gửi lại'),
    ]);
    expect(brief(split.alreadySent)).toEqual(['Gửi ngay 2024-12-23 que@phongtho.example.vn']);
    expect(brief(split.toSend)).toEqual(['Gửi ngay 2024-12-23 minh@binhlu.example.vn']);
  });

  test('a failed message is retried by a person, not by the hourly tick', () => {
    const ledger = [entry('que@phongtho.example.vn', 'Lỗi')];
    expect(splitByLedger(sends, ledger).toSend).toHaveLength(2);
    const tick = splitByLedger(sends, ledger, { retryFailed: false });
    expect(brief(tick.failed)).toEqual(['Gửi ngay 2024-12-23 que@phongtho.example.vn']);
    expect(tick.toSend).toHaveLength(1);
  });

  test('the same message planned twice is sent once', () => {
    expect(splitByLedger([...sends, ...sends], []).toSend).toHaveLength(2);
  });
});

test('headerText removes line breaks, NUL and other controls', () => {
  expect(headerText('Quế\r\nBcc: ke-gian@example.vn')).toBe('Quế Bcc: ke-gian@example.vn');
  expect(headerText('  Văn\u0000phòng\u2028Huyện ủy\t ')).toBe('Văn phòng Huyện ủy');
});
