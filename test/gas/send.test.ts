/** Sending through the built bundle and the fakes: exactly once, quota, faults, the lock and the schedule. */
import { TAB } from '../../src/core/workbook/contract';
import { createWorld, type FakeWorld, loadRawWorkbook } from '../fakes/environment';
import { type BundleGlobals, loadBundle } from '../helpers/load-bundle';
import { OFFICE_TASKS, OFFICE_TODAY, OFFICE_WORDS, officeTabs } from '../helpers/office-plan';
import { buildWorkbook, cleanTabs, type PlanTabs } from '../helpers/workbook-builder';

/** 09:00 on Monday 23/12/2024 in Vietnam: past the 07:00 send hour, the weekly day. */
const MONDAY_9AM = new Date('2024-12-23T02:00:00Z');

function manyRecipients(count: number): PlanTabs {
  const tabs = cleanTabs();
  const recipients = Array.from({ length: count }, (_, i) => ({
    'Họ tên': `Người nhận ${i + 1}`,
    Email: `nguoi${i + 1}@example.vn`,
    'Phạm vi': i % 2 === 0 ? 'Tất cả' : 'BL',
    'Định kỳ': 'Hằng ngày',
  }));
  return { ...tabs, [TAB.recipients]: recipients };
}

function setUp(tabs: PlanTabs = cleanTabs(), now = MONDAY_9AM): { world: FakeWorld; app: BundleGlobals } {
  const world = createWorld();
  loadRawWorkbook(world, buildWorkbook(tabs));
  world.ui.answers = ['YES'];
  const app = loadBundle(world.globals, { now });
  return { world, app };
}

function ledgerRows(world: FakeWorld): string[] {
  return world.spreadsheet
    .sheet('Nhật ký gửi')
    .snapshot()
    .slice(1)
    .map((row) => `${String(row[2])} ${String(row[5])}`);
}

describe('Gửi báo cáo', () => {
  test('asks first, showing who gets what and the quota; then one scoped message each, one ledger row each', () => {
    const { world, app } = setUp();
    app.sendReports!();
    const question = world.ui.alerts[0]!.message;
    expect(question).toContain('Sẽ gửi 2 thư');
    expect(question).toContain(
      '- Tần Thị Quế <que@phongtho.example.vn> — phạm vi: Tất cả — báo cáo, đính kèm Bao-cao-tien-do-2024-12-23.pdf, Bao-cao-tien-do-2024-12-23.docx',
    );
    expect(question).toContain(
      '- Lò Văn Minh <minh@binhlu.example.vn> — phạm vi: BL — thông tin tiến độ trong nội dung thư',
    );
    expect(question).toContain('Hạn mức gửi thư còn lại hôm nay: 100 thư.');
    expect(world.mail.sent.map((m) => [m.to, m.subject, m.attachments])).toEqual([
      [
        'que@phongtho.example.vn',
        'Báo cáo tiến độ đại hội điểm ngày 23/12/2024',
        ['Bao-cao-tien-do-2024-12-23.pdf', 'Bao-cao-tien-do-2024-12-23.docx'],
      ],
      ['minh@binhlu.example.vn', 'Tiến độ đại hội ngày 23/12/2024 — Đảng bộ xã Bình Lư', []],
    ]);
    expect(world.mail.sent[1]!.htmlBody).not.toContain('Bản Hon');
    expect(ledgerRows(world)).toEqual(['que@phongtho.example.vn Đã gửi', 'minh@binhlu.example.vn Đã gửi']);
    expect(world.spreadsheet.sheet('Nhật ký gửi').snapshot()[1]).toEqual([
      '2024-12-23',
      'Gửi ngay',
      'que@phongtho.example.vn',
      'Tần Thị Quế',
      'Tất cả',
      'Đã gửi',
      '23/12/2024 09:00',
      '',
    ]);
    expect(world.ui.alerts.at(-1)!.message).toBe(
      'Đã gửi 2 thư; lỗi 0; chờ lượt sau 0. Chi tiết ở tab "Nhật ký gửi".',
    );
  });

  test('every whole-plan recipient gets the one signed report; each scoped recipient the notice of their scope', () => {
    const { world, app } = setUp(manyRecipients(6));
    app.sendReports!();
    const whole = world.mail.sent.filter((_, i) => i % 2 === 0);
    const scoped = world.mail.sent.filter((_, i) => i % 2 === 1);
    expect(new Set(whole.map((m) => m.htmlBody)).size).toBe(1);
    // The signed report's Nơi nhận names everyone it goes to, as the printed copy does.
    for (const name of ['Người nhận 1', 'Người nhận 3', 'Người nhận 5'])
      expect(whole[0]!.htmlBody).toContain(name);
    // Recipients of one scope share one notice: it names no recipient, and has no Nơi nhận.
    expect(new Set(scoped.map((m) => m.htmlBody)).size).toBe(1);
    for (const message of scoped) {
      expect(message.htmlBody).toContain('Đảng bộ xã Bình Lư');
      expect(message.htmlBody).not.toMatch(/Bản Hon|Nơi nhận|Người nhận \d/);
    }
  });

  test('an office’s finished plan: the signed report in the office’s words for everyone, a notice with no number, signature or Nơi nhận for the scope', () => {
    // 09:00 in Vietnam on the plan's day.
    const { world, app } = setUp(officeTabs(), new Date(`${OFFICE_TODAY}T02:00:00Z`));
    app.sendReports!();
    const [que, thang, minh] = world.mail.sent;
    const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(thang!.htmlBody).toBe(que!.htmlBody);
    expect(que!.attachments).toEqual([
      `Bao-cao-tien-do-${OFFICE_TODAY}.pdf`,
      `Bao-cao-tien-do-${OFFICE_TODAY}.docx`,
    ]);
    const report = text(que!.htmlBody!);
    expect(report).toContain('Số 315-BC/HU');
    expect(report).toContain(OFFICE_WORDS.basis);
    expect(report).toContain(OFFICE_WORDS.proposals[0]);
    expect(report).toContain(
      `Nơi nhận: ${OFFICE_WORDS.recipients.map((line) => `- ${line},`).join(' ')} - Lưu.`,
    );
    expect(report).toContain(OFFICE_TASKS.futureDone);
    expect(report).not.toMatch(/DV-|CQ-|CV-TD|KC-/);
    expect(minh!.attachments).toEqual([]);
    const notice = text(minh!.htmlBody!);
    expect(notice).toContain('Đảng bộ xã Bình Lư và các đơn vị trực thuộc');
    expect(notice).toContain(OFFICE_TASKS.unreadableDone);
    expect(notice).not.toMatch(/Số 315|Nơi nhận|T\/M BAN THƯỜNG VỤ|Tần Thị Quế|Bản Hon|DV-|CV-TD/);
    expect(notice).not.toContain(OFFICE_WORDS.basis);
  });

  test('nothing is sent when the user says no', () => {
    const { world, app } = setUp();
    world.ui.answers = ['NO'];
    app.sendReports!();
    expect(world.mail.sent).toEqual([]);
    expect(world.ui.alerts.at(-1)!.message).toBe('Đã hủy, không gửi thư nào.');
  });

  test('a re-run the same day sends nothing', () => {
    const { world, app } = setUp();
    app.sendReports!();
    world.ui.answers = ['YES'];
    app.sendReports!();
    expect(world.mail.sent).toHaveLength(2);
    expect(world.ui.alerts.at(-1)!.message).toMatch(/^Không có thư nào cần gửi/);
  });

  test('quota 0: nothing is sent and everyone waits for the next run', () => {
    const { world, app } = setUp();
    world.mail.quota = 0;
    app.sendReports!();
    expect(world.ui.alerts[0]!.message).toContain('không đủ: 2 thư sẽ chờ lượt sau.');
    expect(world.mail.sent).toEqual([]);
    expect(ledgerRows(world)).toEqual([
      'que@phongtho.example.vn Chờ lượt sau',
      'minh@binhlu.example.vn Chờ lượt sau',
    ]);
  });

  test('quota running out midway: the rest are deferred, and the next run sends only them', () => {
    const { world, app } = setUp(manyRecipients(5));
    world.mail.quota = 3;
    app.sendReports!();
    expect(world.mail.sent.map((m) => m.to)).toEqual([
      'nguoi1@example.vn',
      'nguoi2@example.vn',
      'nguoi3@example.vn',
    ]);
    expect(ledgerRows(world).slice(-2)).toEqual([
      'nguoi4@example.vn Chờ lượt sau',
      'nguoi5@example.vn Chờ lượt sau',
    ]);
    world.mail.quota = 100;
    world.ui.answers = ['YES'];
    app.sendReports!();
    expect(world.mail.sent.map((m) => m.to)).toEqual([
      'nguoi1@example.vn',
      'nguoi2@example.vn',
      'nguoi3@example.vn',
      'nguoi4@example.vn',
      'nguoi5@example.vn',
    ]);
  });

  test('sendEmail throwing for one address: logged, and the others continue', () => {
    const { world, app } = setUp(manyRecipients(3));
    world.mail.failFor.set('nguoi2@example.vn', 'Invalid email: nguoi2@example.vn');
    app.sendReports!();
    expect(world.mail.sent.map((m) => m.to)).toEqual(['nguoi1@example.vn', 'nguoi3@example.vn']);
    const row = world.spreadsheet
      .sheet('Nhật ký gửi')
      .snapshot()
      .find((r) => r[2] === 'nguoi2@example.vn' && r[5] === 'Lỗi');
    expect(row![7]).toBe('Invalid email: nguoi2@example.vn');
    expect(world.ui.alerts.at(-1)!.message).toBe(
      'Đã gửi 2 thư; lỗi 1; chờ lượt sau 0. Chi tiết ở tab "Nhật ký gửi".',
    );
  });

  test('a transient service error succeeds on retry with bounded back-off', () => {
    const { world, app } = setUp();
    world.mail.transient.push(
      'Service invoked too many times in a short time: email. Try Utilities.sleep(1000) between calls.',
      'We are sorry, a server error occurred. Please wait a bit and try again.',
    );
    app.sendReports!();
    expect(world.mail.sent).toHaveLength(2);
    expect(world.sleeps).toEqual([500, 1000]);
  });

  test('a run killed after the third message resumes without duplicates and misses nobody', () => {
    const { world, app } = setUp(manyRecipients(6));
    // Ledger writes: the header, the run's block, then one per message. The fifth write (the third
    // message's outcome) is where the execution dies: the third message has gone, its row still
    // says Đang gửi, and the three untried ones say Chờ lượt sau.
    world.log.killAt(/^Range\(Nhật ký gửi!.*\)\.setValues$/, 5);
    expect(() => app.sendReports!()).toThrow('Exceeded maximum execution time');
    expect(world.mail.sent).toHaveLength(3);
    expect(ledgerRows(world)).toEqual([
      'nguoi1@example.vn Đã gửi',
      'nguoi2@example.vn Đã gửi',
      'nguoi3@example.vn Đang gửi',
      'nguoi4@example.vn Chờ lượt sau',
      'nguoi5@example.vn Chờ lượt sau',
      'nguoi6@example.vn Chờ lượt sau',
    ]);
    expect(world.spreadsheet.sheet('Nhật ký gửi').snapshot()[4]![7]).toBe(
      'Chưa gửi: lượt gửi dừng trước thư này; lượt sau sẽ gửi.',
    );
    world.log.revive();
    world.lock.holder = null; // Apps Script releases the lock of a dead execution
    world.ui.answers = ['YES'];
    app.sendReports!();
    const question = world.ui.alerts.at(-2)!.message;
    expect(question).toContain('Sẽ gửi 3 thư');
    expect(question).toContain(
      '1 thư chưa rõ đã gửi hay chưa (lượt trước dừng giữa chừng), sẽ không tự gửi lại',
    );
    expect(question).toContain('- Người nhận 3 <nguoi3@example.vn>');
    const recipients = world.mail.sent.map((m) => m.to);
    expect(recipients).toEqual(Array.from({ length: 6 }, (_, i) => `nguoi${i + 1}@example.vn`));
    expect(ledgerRows(world).slice(6)).toEqual([
      'nguoi4@example.vn Đã gửi',
      'nguoi5@example.vn Đã gửi',
      'nguoi6@example.vn Đã gửi',
    ]);
    const unknown = world.spreadsheet.sheet('Nhật ký gửi').snapshot()[3]!;
    expect([unknown[5], unknown[7]]).toEqual([
      'Đang gửi',
      'Lượt trước dừng giữa chừng khi đang gửi thư này: không rõ đã gửi hay chưa, nên không tự gửi lại. Nếu người nhận báo chưa nhận được, sửa Trạng thái dòng này thành "Gửi lại" để lượt sau gửi.',
    ]);
    // Staff confirm it never arrived and ask for it again: the next send goes to that one only.
    world.spreadsheet
      .sheet('Nhật ký gửi')
      .getRange(4, 6, 1, 1)
      .setValues([['Gửi lại']]);
    world.ui.answers = ['YES'];
    app.sendReports!();
    expect(world.mail.sent.map((m) => m.to).slice(6)).toEqual(['nguoi3@example.vn']);
  });

  test('a message left pending by a dead run is not resent automatically, and the ledger says so', () => {
    const { world, app } = setUp();
    world.spreadsheet.addSheet('Nhật ký gửi', [
      ['Kỳ', 'Loại', 'Email', 'Người nhận', 'Phạm vi', 'Trạng thái', 'Thời gian', 'Ghi chú lỗi'],
      [
        '2024-12-23',
        'Gửi ngay',
        'que@phongtho.example.vn',
        'Tần Thị Quế',
        'Tất cả',
        'Đang gửi',
        '23/12/2024 08:00',
        '',
      ],
    ]);
    app.sendReports!();
    expect(world.mail.sent.map((m) => m.to)).toEqual(['minh@binhlu.example.vn']);
  });
});

describe('the scheduled tick', () => {
  test('lock not obtained: nothing is sent and the ledger says why', () => {
    const { world, app } = setUp();
    world.lock.contended = true;
    app.scheduledTick!();
    expect(world.mail.sent).toEqual([]);
    expect(world.spreadsheet.sheet('Nhật ký gửi').snapshot()[1]![5]).toBe('Bỏ qua: đang có lượt gửi khác');
  });

  test('two overlapping runs: the second exits cleanly, and the first sends each message once', () => {
    const { world, app } = setUp();
    world.mail.beforeSend = (attempt) => {
      if (attempt === 1) app.scheduledTick!(); // a second execution starts while the first is sending
    };
    app.scheduledTick!();
    expect(world.mail.sent.map((m) => m.to)).toEqual([
      'que@phongtho.example.vn',
      'minh@binhlu.example.vn',
      'binhlu@phongtho.example.vn',
    ]);
    expect(ledgerRows(world)).toContain(' Bỏ qua: đang có lượt gửi khác');
  });

  test('before the send hour nothing goes; after it daily and weekly summaries and one reminder digest per unit', () => {
    const early = setUp(cleanTabs(), new Date('2024-12-22T23:30:00Z')); // 06:30 in Vietnam
    early.app.scheduledTick!();
    expect(early.world.mail.sent).toEqual([]);

    const { world, app } = setUp();
    app.scheduledTick!();
    expect(world.mail.sent.map((m) => m.to)).toEqual([
      'que@phongtho.example.vn', // weekly, Monday
      'minh@binhlu.example.vn', // daily
      'binhlu@phongtho.example.vn', // reminder: CV01 of BL is overdue
    ]);
    const reminder = world.mail.sent[2]!;
    expect(reminder.subject).toBe('Nhắc hạn công việc chuẩn bị đại hội — Đảng bộ xã Bình Lư — 23/12/2024');
    expect(reminder.body).toContain(
      '- CV01: Duyệt văn kiện đại hội Chi bộ 02 — hạn 20/12/2024, đã quá 3 ngày',
    );
    const periods = world.spreadsheet
      .sheet('Nhật ký gửi')
      .snapshot()
      .slice(1)
      .filter((r) => r[5] === 'Đã gửi')
      .map((r) => r[0]);
    expect(periods).toEqual(['2024-W52', '2024-12-23', '2024-12-23']);
    app.scheduledTick!(); // the next hour
    expect(world.mail.sent).toHaveLength(3);
  });

  test('with errors and Gửi khi có lỗi = Không, only the owner gets a notice, once a day', () => {
    const tabs = cleanTabs();
    const broken = {
      ...tabs,
      [TAB.congresses]: tabs[TAB.congresses].map((r, i) => (i === 0 ? { ...r, 'Tổng đại biểu': 1 } : r)),
    };
    const { world, app } = setUp(broken);
    world.documentProperties.setProperty('daihoi.schedule.owner', 'chanh.vanphong@example.vn');
    app.scheduledTick!();
    app.scheduledTick!();
    expect(world.mail.sent.map((m) => [m.to, m.subject])).toEqual([
      ['chanh.vanphong@example.vn', 'Lịch gửi báo cáo ngày 23/12/2024 chưa gửi: dữ liệu còn lỗi'],
    ]);
  });

  test('failures are summarised to the owner once per run', () => {
    const { world, app } = setUp();
    world.documentProperties.setProperty('daihoi.schedule.owner', 'chanh.vanphong@example.vn');
    world.mail.failFor.set('minh@binhlu.example.vn', 'Invalid email');
    app.scheduledTick!();
    const notices = world.mail.sent.filter((m) => m.to === 'chanh.vanphong@example.vn');
    expect(notices.map((m) => m.subject)).toEqual(['Lượt gửi ngày 23/12/2024: 1 thư không gửi được']);
    expect(notices[0]!.body).toContain('- Lò Văn Minh <minh@binhlu.example.vn>: Invalid email');
  });
});

describe('Lịch gửi tự động', () => {
  test('turning the schedule on twice leaves one hourly trigger, owned by the user who turned it on', () => {
    const { world, app } = setUp();
    app.toggleSchedule!();
    expect(world.ui.alerts[0]!.message).toMatch(/^Lịch gửi tự động đang TẮT\./);
    expect(world.scriptApp.triggers.map((t) => [t.handler, t.everyHours])).toEqual([['scheduledTick', 1]]);
    world.scriptApp.newTrigger('scheduledTick').timeBased().everyHours(1).create(); // a stray duplicate
    world.ui.answers = ['NO'];
    app.toggleSchedule!();
    expect(world.scriptApp.triggers).toHaveLength(1);
    const status = world.ui.alerts.at(-1)!.message;
    expect(status).toContain('Lịch gửi tự động đang BẬT (người đặt lịch: nguoidung@example.vn).');
    expect(status).toContain('CẢNH BÁO: có 1 trình kích hoạt trùng; đã xóa bớt, chỉ giữ một.');
    expect(world.documentProperties.getProperty('daihoi.schedule.owner')).toBe('nguoidung@example.vn');
  });

  test('another user sees who owns the schedule and the last run', () => {
    const { world, app } = setUp();
    world.documentProperties.setProperty('daihoi.schedule.owner', 'chanh.vanphong@example.vn');
    world.documentProperties.setProperty('daihoi.schedule.lastRun', '23/12/2024 08:00');
    app.toggleSchedule!();
    expect(world.ui.alerts[0]!.message).toContain('Lịch gửi đang do chanh.vanphong@example.vn đặt.');
    expect(world.ui.alerts[0]!.message).toContain('Lần chạy gần nhất: 23/12/2024 08:00.');
    expect(world.scriptApp.triggers).toEqual([]);
  });

  test('Gửi thử cho tôi sends one copy of each distinct message to me, outside the ledger', () => {
    const { world, app } = setUp();
    app.sendTestToMe!();
    expect(world.mail.sent.map((m) => [m.to, m.subject])).toEqual([
      ['nguoidung@example.vn', '[GỬI THỬ] Báo cáo tiến độ đại hội điểm ngày 23/12/2024'],
      ['nguoidung@example.vn', '[GỬI THỬ] Tiến độ đại hội ngày 23/12/2024 — Đảng bộ xã Bình Lư'],
    ]);
    expect(world.spreadsheet.sheets.map((s) => s.getName())).not.toContain('Nhật ký gửi');
  });
});
