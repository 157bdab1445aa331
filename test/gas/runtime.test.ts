/**
 * What Google's runtime does to the add-on, through the built bundle and the faithful fakes: refused
 * scopes, sheets that do not grow by themselves, strings Sheets would type, mail refused for its size,
 * triggers of other workbooks, no document lock, and one "today".
 */
import { TAB } from '../../src/core/workbook/contract';
import { createWorld, type FakeWorld, loadRawWorkbook, type WorldOptions } from '../fakes/environment';
import { ExecutionEnded, SCOPE } from '../fakes/scopes';
import { type BundleGlobals, builtHtml, loadBundle } from '../helpers/load-bundle';
import { buildWorkbook, cleanTabs, type PlanTabs } from '../helpers/workbook-builder';

/** 09:00 on Monday 23/12/2024 in Vietnam: past the 07:00 send hour. */
const MONDAY_9AM = new Date('2024-12-23T02:00:00Z');

function world(tabs: PlanTabs = cleanTabs(), options: WorldOptions = {}): FakeWorld {
  const w = createWorld({ html: builtHtml(), ...options });
  loadRawWorkbook(w, buildWorkbook(tabs));
  w.ui.answers = ['YES', 'YES'];
  return w;
}

function at(w: FakeWorld, now = MONDAY_9AM): BundleGlobals {
  return loadBundle(w.globals, { now });
}

function ledger(w: FakeWorld): unknown[][] {
  return w.spreadsheet.sheet('Nhật ký gửi').snapshot().slice(1);
}

function withSettings(extra: Record<string, unknown>[], tabs = cleanTabs()): PlanTabs {
  return { ...tabs, [TAB.settings]: [...tabs[TAB.settings], ...(extra as PlanTabs['Cấu hình'])] };
}

describe('a scope the user refused at consent', () => {
  test('Gửi thử cho tôi without userinfo.email: explained in Vietnamese, then Google asks again; nothing sent', () => {
    const w = world(cleanTabs(), { refused: [SCOPE.userEmail] });
    expect(() => at(w).sendTestToMe!()).toThrow(ExecutionEnded);
    expect(w.ui.alerts).toHaveLength(1);
    expect(w.ui.alerts[0]!.message).toContain('Chức năng "Gửi thử cho tôi" cần quyền');
    expect(w.ui.alerts[0]!.message).toContain('"Xem địa chỉ email chính của bạn"');
    expect(w.scopes.prompts).toEqual([[SCOPE.userEmail]]);
    expect(w.mail.sent).toEqual([]);
  });

  test('Lịch gửi tự động without script.scriptapp or send_mail: no trigger is made, both are named', () => {
    const w = world(cleanTabs(), { refused: [SCOPE.scriptApp, SCOPE.sendMail] });
    expect(() => at(w).toggleSchedule!()).toThrow(ExecutionEnded);
    expect(w.ui.alerts[0]!.message).toContain('"Cho phép ứng dụng chạy khi bạn không có mặt"');
    expect(w.ui.alerts[0]!.message).toContain('"Gửi email thay bạn"');
    expect(w.scopes.prompts).toEqual([[SCOPE.scriptApp, SCOPE.sendMail]]);
    expect(w.scriptApp.triggers).toEqual([]);
  });

  test('Gửi báo cáo without send_mail asks before reading the workbook or the quota', () => {
    const w = world(cleanTabs(), { refused: [SCOPE.sendMail] });
    expect(() => at(w).sendReports!()).toThrow(ExecutionEnded);
    expect(w.log.count(/getValues/)).toBe(0);
    expect(w.scopes.prompts).toEqual([[SCOPE.sendMail]]);
  });

  test('without the dialog scope nothing can be explained: Google’s consent screen comes first', () => {
    const w = world(cleanTabs(), { refused: [SCOPE.containerUi] });
    expect(() => at(w).validateData!()).toThrow(ExecutionEnded);
    expect(w.scopes.prompts).toEqual([[SCOPE.containerUi]]);
    expect(w.spreadsheet.sheets.map((s) => s.getName())).not.toContain('Kiểm tra dữ liệu');
  });

  test('the hourly tick whose owner took back send_mail sends nothing and says why in the schedule’s status', () => {
    const w = world(cleanTabs(), { refused: [SCOPE.sendMail] });
    at(w).scheduledTick!();
    expect(w.mail.sent).toEqual([]);
    expect(w.documentProperties.getProperty('daihoi.schedule.lastRun')).toMatch(
      /^23\/12\/2024 09:00: lượt tự động không gửi được vì người đặt lịch chưa cấp quyền: "Gửi email thay bạn"/,
    );
    expect(w.logged).toHaveLength(1);
  });

  test('with every scope granted, Gửi thử cho tôi goes to the user Session names', () => {
    const w = world();
    w.user.activeEmail = '';
    at(w).sendTestToMe!();
    expect(w.mail.sent.map((m) => m.to)).toEqual(['nguoidung@example.vn', 'nguoidung@example.vn']);
  });
});

describe('the grid grows before every write', () => {
  test('a send ledger that already fills its 1000-row grid takes the next rows', () => {
    const w = world();
    const old = Array.from({ length: 999 }, (_, i) => [
      '2024-11-01',
      'Gửi ngay',
      `cu${i}@example.vn`,
      `Cũ ${i}`,
      'Tất cả',
      'Đã gửi',
      '01/11/2024 09:00',
      '',
    ]);
    const header = ['Kỳ', 'Loại', 'Email', 'Người nhận', 'Phạm vi', 'Trạng thái', 'Thời gian', 'Ghi chú lỗi'];
    w.spreadsheet.addSheet('Nhật ký gửi', [header, ...old], { rows: 1000, columns: 8 });
    at(w).sendReports!();
    expect(w.mail.sent).toHaveLength(2);
    const sheet = w.spreadsheet.sheet('Nhật ký gửi');
    expect(sheet.maxRows).toBe(1002);
    expect(
      sheet
        .snapshot()
        .slice(-2)
        .map((row) => [row[2], row[5]]),
    ).toEqual([
      ['que@phongtho.example.vn', 'Đã gửi'],
      ['minh@binhlu.example.vn', 'Đã gửi'],
    ]);
  });

  test('set-up on tabs trimmed to their data grows them to the template’s rows and new columns', () => {
    const w = createWorld();
    for (const sheet of buildWorkbook(cleanTabs()).sheets) {
      // Đơn vị without its last column (Email): set-up adds it past the grid's last column.
      const rows = sheet.rows.map((row) =>
        (sheet.name === TAB.units ? row.slice(0, -1) : row).map((cell) =>
          typeof cell === 'object' && cell ? '' : (cell ?? ''),
        ),
      );
      w.spreadsheet.addSheet(sheet.name, rows, {
        rows: rows.length,
        columns: Math.max(...rows.map((row) => row.length)),
      });
    }
    const units = w.spreadsheet.sheet(TAB.units);
    expect(units.maxColumns).toBe(8);
    at(w).setUpWorkbook!();
    expect(w.ui.alerts.at(-1)!.message).toContain('Đã thêm cột còn thiếu vào cuối các tab: Đơn vị (Email)');
    expect(units.maxRows).toBe(1000);
    expect(units.maxColumns).toBe(9);
    expect(units.snapshot()[0]!.at(-1)).toBe('Email');
    expect(units.columnFormats.size).toBeGreaterThan(0);
  });
});

describe('every text written stays text', () => {
  test('a ledger the office formatted as plain text keeps the keys exact: a second send sends nothing', () => {
    const w = world();
    const header = ['Kỳ', 'Loại', 'Email', 'Người nhận', 'Phạm vi', 'Trạng thái', 'Thời gian', 'Ghi chú lỗi'];
    const sheet = w.spreadsheet.addSheet('Nhật ký gửi', [header]);
    for (let row = 1; row <= 1000; row++) for (let c = 1; c <= 8; c++) sheet.formats.set(`${row}:${c}`, '@');
    at(w).sendReports!();
    w.ui.answers = ['YES'];
    at(w).sendReports!();
    expect(w.mail.sent).toHaveLength(2);
    expect(ledger(w).map((row) => [row[0], row[6]])).toEqual([
      ['2024-12-23', '23/12/2024 09:00'],
      ['2024-12-23', '23/12/2024 09:00'],
    ]);
  });

  test('a unit code that looks like a number stays text in the rows the add-on appends', () => {
    const tabs = cleanTabs();
    const recode = (code: unknown) => (code === 'CB02' ? '0351' : code);
    const renamed: PlanTabs = {
      ...tabs,
      [TAB.units]: tabs[TAB.units].map((r) => ({
        ...r,
        'Mã đơn vị': recode(r['Mã đơn vị']) as string,
        'Đơn vị cấp trên': recode(r['Đơn vị cấp trên']) as string,
      })),
      [TAB.congresses]: tabs[TAB.congresses].map((r) => ({
        ...r,
        'Mã đơn vị': recode(r['Mã đơn vị']) as string,
      })),
      [TAB.milestones]: tabs[TAB.milestones].map((r) => ({
        ...r,
        'Đơn vị chủ trì': recode(r['Đơn vị chủ trì']) as string,
      })),
      [TAB.recipients]: tabs[TAB.recipients].map((r) => ({
        ...r,
        'Phạm vi': recode(r['Phạm vi']) as string,
      })),
      [TAB.budget]: tabs[TAB.budget].filter((r) => r['Mã đơn vị'] !== 'CB02'),
    };
    const w = world(renamed);
    at(w).suggestBudget!();
    const budget = w.spreadsheet.sheet(TAB.budget).snapshot();
    const codes = budget.slice(1).map((row) => row[0]);
    expect(codes).toContain('0351');
    expect(codes).not.toContain(351);
    at(w).validateData!();
    const findings = w.spreadsheet.sheet('Kiểm tra dữ liệu').snapshot().slice(2);
    expect(findings.filter((row) => row[1] === 'R002' || row[1] === 'B006')).toEqual([]);
  });
});

test('names that look like a boolean or a date stay text in every tab the add-on writes', () => {
  const tabs = cleanTabs();
  const names: Record<string, string> = { CB02: 'TRUE', BH: '2025-01-10' };
  const w = world({
    ...tabs,
    [TAB.units]: tabs[TAB.units].map((r) => ({
      ...r,
      'Tên đơn vị': names[r['Mã đơn vị'] as string] ?? r['Tên đơn vị'] ?? null,
    })),
  });
  const app = at(w);
  app.generateReport!();
  app.suggestBudget!();
  for (const tab of ['Báo cáo', 'Dự toán chi tiết']) {
    const cells = w.spreadsheet.sheet(tab).snapshot().flat();
    expect([tab, cells.some((cell) => typeof cell === 'string' && cell.includes('TRUE'))]).toEqual([
      tab,
      true,
    ]);
    expect([tab, cells.some((cell) => typeof cell === 'string' && cell.includes('2025-01-10'))]).toEqual([
      tab,
      true,
    ]);
    expect([tab, cells.filter((cell) => cell === true)]).toEqual([tab, []]);
  }
});

describe('mail refused for its size is this message’s problem, never the quota', () => {
  /** A plan whose report is too big for one message: many units with long names. */
  function bigReport(): PlanTabs {
    const tabs = cleanTabs();
    const note = 'Ghi chú rất dài về công tác chuẩn bị đại hội. '.repeat(40);
    return {
      ...tabs,
      [TAB.milestones]: [
        ...tabs[TAB.milestones],
        ...Array.from({ length: 150 }, (_, i) => ({
          'Mã công việc': `CV-X${i}`,
          'Nội dung': `${note}${i}`,
          'Đơn vị chủ trì': 'BL',
          Hạn: { kind: 'date', iso: '2024-12-01' } as never,
        })),
      ],
    };
  }

  test('a report too long for any body goes as a short note with the full PDF and .docx, decided before sending', () => {
    const w = world(bigReport());
    at(w).sendReports!();
    expect(w.mail.attempts.filter((a) => a.error !== null)).toEqual([]);
    // The signed report as its files; the scoped notice too, since it is as long (the tasks are BL's).
    expect(w.mail.sent.map((m) => [m.to, m.htmlBody, m.attachments])).toEqual([
      [
        'que@phongtho.example.vn',
        undefined,
        ['Bao-cao-tien-do-2024-12-23.pdf', 'Bao-cao-tien-do-2024-12-23.docx'],
      ],
      [
        'minh@binhlu.example.vn',
        undefined,
        ['Tien-do-dai-hoi-2024-12-23.pdf', 'Tien-do-dai-hoi-2024-12-23.docx'],
      ],
    ]);
    expect(w.mail.sent[0]!.body).toMatch(
      /^HUYỆN ỦY PHONG THỔ gửi Báo cáo tiến độ .*\n\nNội dung dài nên không đặt trong thư/,
    );
    expect(w.mail.sent.every((m) => Buffer.byteLength(m.body) < 2000)).toBe(true);
    expect(ledger(w).map((row) => row[5])).toEqual(['Đã gửi', 'Đã gửi']);
  });

  test('refused by Google for its size anyway: sent again smaller, and the ledger says how', () => {
    const w = world();
    // Google counts a little differently from our check: the full messages are refused; the signed
    // report goes as text with its files, the notice (no files) as text alone.
    w.mail.bodyBytesLimit = 5_000;
    at(w).sendReports!();
    const sizes = w.mail.attempts.map((a) => [a.to, a.error]);
    expect(sizes).toEqual([
      ['que@phongtho.example.vn', 'Limit exceeded: Email Body Size.'],
      ['que@phongtho.example.vn', null],
      ['minh@binhlu.example.vn', 'Limit exceeded: Email Body Size.'],
      ['minh@binhlu.example.vn', null],
    ]);
    expect(w.mail.sent.map((m) => [m.htmlBody, m.attachments.length])).toEqual([
      [undefined, 2],
      [undefined, 0],
    ]);
    expect(ledger(w).map((row) => [row[5], row[7]])).toEqual([
      [
        'Đã gửi',
        'Đã gửi bản rút gọn (báo cáo đầy đủ trong tệp PDF và Word đính kèm) vì bản đầy đủ vượt giới hạn kích thước thư của Google.',
      ],
      [
        'Đã gửi',
        'Đã gửi bản chữ (không có phần định dạng HTML) vì bản đầy đủ vượt giới hạn kích thước thư của Google.',
      ],
    ]);
    expect(w.mail.quota).toBe(98);
  });

  test('still too big: that message is Lỗi with the reason, the others go, nobody waits for tomorrow', () => {
    const tabs = cleanTabs();
    const w = world({
      ...tabs,
      [TAB.recipients]: [
        ...tabs[TAB.recipients],
        { 'Họ tên': 'Người thứ ba', Email: 'ba@example.vn', 'Phạm vi': 'Tất cả', 'Định kỳ': 'Không' },
      ],
    });
    // Google refuses the first recipient's message in every form.
    w.mail.failFor.set('que@phongtho.example.vn', 'Limit exceeded: Email Total Attachments Size.');
    at(w).sendReports!();
    expect(w.mail.sent.map((m) => m.to)).toEqual(['minh@binhlu.example.vn', 'ba@example.vn']);
    const rows = ledger(w).map((row) => [row[2], row[5], String(row[7]).slice(0, 60)]);
    expect(rows[0]).toEqual([
      'que@phongtho.example.vn',
      'Lỗi',
      'Thư này vượt giới hạn kích thước một thư của Google (Limit e',
    ]);
    expect(rows.slice(1).map((row) => row[1])).toEqual(['Đã gửi', 'Đã gửi']);
    expect(w.ui.alerts.at(-1)!.message).toBe(
      'Đã gửi 2 thư; lỗi 1; chờ lượt sau 0. Chi tiết ở tab "Nhật ký gửi".',
    );
  });

  test('the daily quota is still the quota: the rest wait for the next run', () => {
    const w = world();
    w.mail.quota = 1;
    at(w).sendReports!();
    expect(ledger(w).map((row) => row[5])).toEqual(['Đã gửi', 'Chờ lượt sau']);
  });
});

describe('triggers of this workbook only', () => {
  test('turning the schedule on is not skipped because another workbook has a tick, and off leaves that one', () => {
    const w = world();
    w.scriptApp.seedTrigger('scheduledTick', 'another-workbook-id');
    at(w).toggleSchedule!();
    expect(w.ui.alerts[0]!.message).toMatch(/^Lịch gửi tự động đang TẮT\./);
    expect(w.scriptApp.triggers.map((t) => t.documentId).sort()).toEqual([
      'another-workbook-id',
      'fake-spreadsheet-id',
    ]);
    w.ui.answers = ['YES', 'YES'];
    at(w).toggleSchedule!();
    expect(w.ui.alerts.at(-1)!.message).toBe('Đã tắt lịch gửi tự động.');
    expect(w.scriptApp.triggers.map((t) => t.documentId)).toEqual(['another-workbook-id']);
  });
});

test('no document lock (outside a containing document): the script lock keeps runs apart', () => {
  const w = world(cleanTabs(), { documentLock: 'none' });
  at(w).sendReports!();
  expect(w.mail.sent).toHaveLength(2);
  expect(w.log.calls).toContain('LockService.getScriptLock');
  expect(w.scriptLock.holder).toBeNull();
  w.scriptLock.contended = true;
  at(w).validateData!();
  expect(w.ui.alerts.at(-1)!.message).toBe(
    'Một người khác đang chạy chức năng này trên bảng tính. Vui lòng thử lại sau ít phút.',
  );
});

describe('one "today": Múi giờ, or the spreadsheet’s zone', () => {
  /** 23:30 on Sunday 22/12 in Los Angeles is 14:30 on Monday 23/12 in Vietnam. */
  const LATE_SUNDAY_LA = new Date('2024-12-23T07:30:00Z');

  test('with Múi giờ empty, today is the spreadsheet’s date, in the ledger as in the report', () => {
    const tabs = cleanTabs();
    const noZone = { ...tabs, [TAB.settings]: tabs[TAB.settings].filter((r) => r.Khóa !== 'Múi giờ') };
    const w = world(noZone, { timeZone: 'America/Los_Angeles' });
    at(w, LATE_SUNDAY_LA).sendReports!();
    expect(ledger(w).map((row) => [row[0], row[6]])).toEqual([
      ['2024-12-22', '22/12/2024 23:30'],
      ['2024-12-22', '22/12/2024 23:30'],
    ]);
    expect(w.mail.sent[0]!.subject).toBe('Báo cáo tiến độ đại hội điểm ngày 22/12/2024');
  });

  test('Múi giờ and the spreadsheet’s zone disagree: the user is warned; Múi giờ decides', () => {
    const w = world(cleanTabs(), { timeZone: 'America/Los_Angeles' });
    at(w, LATE_SUNDAY_LA).validateData!();
    expect(w.ui.alerts.at(-1)!.message).toContain(
      'Lưu ý: Múi giờ trong tab Cấu hình (Asia/Ho_Chi_Minh) khác múi giờ của bảng tính (America/Los_Angeles',
    );
    w.ui.answers = ['NO'];
    at(w, LATE_SUNDAY_LA).toggleSchedule!();
    expect(w.ui.alerts.at(-1)!.message).toContain('Lưu ý: Múi giờ trong tab Cấu hình');
  });

  test('Asia/Saigon in the settings and Asia/Ho_Chi_Minh in the spreadsheet are the same clock: no warning', () => {
    const tabs = cleanTabs();
    const saigon = {
      ...tabs,
      [TAB.settings]: tabs[TAB.settings].map((r) =>
        r.Khóa === 'Múi giờ' ? { ...r, 'Giá trị': 'Asia/Saigon' } : r,
      ),
    };
    const w = world(saigon);
    at(w).validateData!();
    expect(w.ui.alerts.at(-1)!.message).not.toContain('Lưu ý: Múi giờ');
  });
});

test('settings written by the add-on keep their types when read back', () => {
  const w = createWorld();
  w.spreadsheet.addSheet('Trang tính1', []);
  at(w).setUpWorkbook!();
  at(w).validateData!();
  const findings = w.spreadsheet.sheet('Kiểm tra dữ liệu').snapshot().slice(2);
  expect(findings.filter((row) => row[2] === 'Cấu hình')).toEqual([]);
  expect(withSettings([])).toBeDefined();
});
