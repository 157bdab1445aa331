/**
 * Scopes only from a sound unit tree, in Sheets: the Gửi báo cáo dialog names the recipients left
 * out and the findings; neither the send, nor the hourly tick, nor Gửi thử cho tôi builds a message
 * for them; every message that goes holds no needle from outside its scope.
 */
import { TAB } from '../../src/core/workbook/contract';
import { createWorld, type FakeWorld, loadRawWorkbook } from '../fakes/environment';
import { type BundleGlobals, loadBundle } from '../helpers/load-bundle';
import { foreignNeedles, NEEDLE_RECIPIENTS, needleTabs, unitNeedle } from '../helpers/needles';
import { buildWorkbook } from '../helpers/workbook-builder';

/** 09:00 on 21/12/2024 in Vietnam, past the 07:00 send hour. */
const NOW = new Date('2024-12-21T02:00:00Z');
const SERVED = NEEDLE_RECIPIENTS.filter((r) => r.rows !== null);
/** The signed report for the whole plan, or a scope's progress notice (reminders are neither). */
const isReport = (subject: string) => /^(\[[^\]]*\] )?(Báo cáo tiến độ|Tiến độ đại hội)/.test(subject);

/**
 * Whose message a test copy is: the signed report is the whole plan's; a notice's subject ends with
 * its scope's unit name, which carries that unit's needle.
 */
function servedBySubject(subject: string): string {
  if (subject.includes('Báo cáo tiến độ')) return SERVED.find((r) => r.scope === 'Tất cả')!.email;
  const scopeName = subject.split(' — ').at(-1)!;
  const owner = SERVED.find((r) => r.scope !== 'Tất cả' && scopeName.includes(unitNeedle(r.rows![0]!)));
  return owner?.email ?? `(no served scope in "${subject}")`;
}

function setUp(): { world: FakeWorld; app: BundleGlobals } {
  const tabs = needleTabs();
  const settings = [...tabs[TAB.settings], { Khóa: 'Gửi khi có lỗi', 'Giá trị': 'Có' }];
  const world = createWorld();
  loadRawWorkbook(world, buildWorkbook({ ...tabs, [TAB.settings]: settings }));
  world.ui.answers = ['YES'];
  return { world, app: loadBundle(world.globals, { now: NOW }) };
}

function leaksOf(world: FakeWorld, recipientOf: (to: string, subject: string) => string) {
  return world.mail.sent.map((mail) => {
    const email = recipientOf(mail.to, mail.subject);
    const rows = NEEDLE_RECIPIENTS.find((r) => r.email === email)?.rows;
    if (!rows) return { to: email, leaks: ['should get nothing'] };
    return {
      to: email,
      leaks: foreignNeedles(`${mail.subject}\n${mail.body}\n${mail.htmlBody ?? ''}`, rows),
    };
  });
}

test('Gửi báo cáo: the dialog says who is left out and why; only the others get a message, none crossing its scope', () => {
  const { world, app } = setUp();
  app.sendReports!();
  const question = world.ui.alerts[0]!.message;
  expect(question).toContain(
    '4 người nhận theo phạm vi không được gửi, để không lộ số liệu của đơn vị khác:',
  );
  expect(question).toContain(
    '- Xã Ba <x3@huyen.example.vn> (phạm vi X3): không gửi, vì "Đơn vị cấp trên" đi vòng X3 → X3-CB1 → X3 (R003: Đơn vị!D9, Đơn vị!D10)',
  );
  expect(question).toContain('mã đơn vị "CB-TRUNG" có ở 2 dòng (R001: Đơn vị!A5, Đơn vị!A8)');
  expect(question).toContain('Sẽ gửi 4 thư');
  expect(world.mail.sent.map((m) => m.to).sort()).toEqual(SERVED.map((r) => r.email).sort());
  for (const result of leaksOf(world, (to) => to)) expect(result).toEqual({ to: result.to, leaks: [] });
});

test('the hourly tick serves the same recipients only, with no needle out of scope', () => {
  const { world, app } = setUp();
  app.scheduledTick!();
  const reports = world.mail.sent.filter((m) => isReport(m.subject));
  expect(reports.map((m) => m.to).sort()).toEqual(SERVED.map((r) => r.email).sort());
  for (const result of leaksOf({ ...world, mail: { ...world.mail, sent: reports } } as FakeWorld, (to) => to))
    expect(result).toEqual({ to: result.to, leaks: [] });
  // No reminder digest for the code on two rows.
  expect(world.mail.sent.map((m) => m.to)).not.toContain('cb-trung@donvi.example.vn');
});

test('Gửi thử cho tôi sends one copy per served scope only', () => {
  const { world, app } = setUp();
  app.sendTestToMe!();
  // The copies all go to the person clicking: the signed report once, each served scope's notice once.
  const copies = world.mail.sent.filter((m) => isReport(m.subject));
  expect(copies.map((m) => servedBySubject(m.subject)).sort()).toEqual(SERVED.map((r) => r.email).sort());
  for (const result of leaksOf(
    { ...world, mail: { ...world.mail, sent: copies } } as FakeWorld,
    (_, subject) => servedBySubject(subject),
  ))
    expect(result).toEqual({ to: result.to, leaks: [] });
});
