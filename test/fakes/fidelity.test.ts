/**
 * The fakes behave like Google's runtime as its reference pages describe it, not like our code would
 * like: each test here pins one row of docs/apps-script-fidelity.md, and each would fail against the
 * lenient fakes this project had before (scope-blind, ever-growing sheets, no typing, one error for
 * every mail fault, project-wide triggers).
 */
import { createWorld } from './environment';
import { loud } from './loud';
import { MAIL_ERRORS } from './mail';
import { ExecutionEnded, SCOPE } from './scopes';
import { autoType, GRID_ERRORS } from './spreadsheet';

// biome-ignore lint/suspicious/noExplicitAny: these tests call members @types/google-apps-script lacks (getAuthorizedScopes, two-argument getAuthorizationInfo) to check the fakes refuse them as Google does.
type Globals = Record<string, any>;

function g(world: ReturnType<typeof createWorld>): Globals {
  return world.globals as Globals;
}

describe('scopes, per method, against the manifest and the consent given', () => {
  test('Session.getActiveUser needs userinfo.email: without it, Google’s own message', () => {
    const world = createWorld({ scopes: [SCOPE.spreadsheetsCurrentOnly, SCOPE.sendMail] });
    expect(() => g(world).Session.getActiveUser()).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(() => g(world).Session.getEffectiveUser()).toThrow(/Session\.getEffectiveUser/);
    // Time zone needs no scope.
    expect(g(world).Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });

  test('a scope in the manifest but unticked at consent fails the same way', () => {
    const world = createWorld({ refused: [SCOPE.sendMail] });
    expect(() => g(world).MailApp.getRemainingDailyQuota()).toThrow(
      'You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(() => g(world).MailApp.sendEmail({ to: 'a@b.vn', subject: 's', body: 'b' })).toThrow(
      /MailApp\.sendEmail/,
    );
  });

  test('SpreadsheetApp accepts either spreadsheets scope; the Ui needs script.container.ui; triggers need script.scriptapp', () => {
    const world = createWorld({ scopes: [SCOPE.spreadsheets] });
    expect(() => g(world).SpreadsheetApp.getActiveSpreadsheet()).not.toThrow();
    expect(() => g(world).SpreadsheetApp.getUi().alert('x')).toThrow(
      'You do not have permission to call Ui.alert. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    expect(() => g(world).ScriptApp.getProjectTriggers()).toThrow(/script\.scriptapp/);
    const none = createWorld({ scopes: [SCOPE.containerUi] });
    expect(() => g(none).SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    // Menus can be built with no scope at all (onOpen in AuthMode.NONE).
    expect(() => g(none).SpreadsheetApp.getUi().createMenu('m')).not.toThrow();
  });

  test('getAuthorizationInfo reports what was refused; requireScopes ends the execution and prompts', () => {
    const world = createWorld({ refused: [SCOPE.scriptApp] });
    const script = g(world).ScriptApp;
    const info = script.getAuthorizationInfo(script.AuthMode.FULL, [SCOPE.sendMail, SCOPE.scriptApp]);
    expect(info.getAuthorizationStatus()).toBe(script.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizedScopes()).toEqual([SCOPE.sendMail]);
    expect(() => script.getAuthorizationInfo(script.AuthMode.FULL, ['https://mail.google.com/'])).toThrow(
      /not a scope of this script/,
    );
    expect(() => script.requireScopes(script.AuthMode.FULL, [SCOPE.sendMail])).not.toThrow();
    expect(() => script.requireScopes(script.AuthMode.FULL, [SCOPE.scriptApp])).toThrow(ExecutionEnded);
    expect(world.scopes.prompts).toEqual([[SCOPE.scriptApp]]);
    // The execution is over: nothing else runs.
    expect(() => g(world).SpreadsheetApp.getActiveSpreadsheet()).toThrow(ExecutionEnded);
  });
});

describe('the grid: fixed dimensions, grown only on request', () => {
  test('a new tab is 1000 x 26, and a range past it throws Google’s message', () => {
    const world = createWorld();
    const sheet = g(world).SpreadsheetApp.getActive().insertSheet('Mới');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1000, 26)).not.toThrow();
    expect(() => sheet.getRange(1001, 1)).toThrow(GRID_ERRORS.outside);
    expect(() => sheet.getRange(999, 1, 5, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('AA1')).toThrow(GRID_ERRORS.outside);
    expect(() => sheet.getRangeList(['A1001'])).toThrow(GRID_ERRORS.outside);
  });

  test('insertRowsAfter / insertColumnsAfter grow it; appendRow grows by one; a loaded tab keeps its size', () => {
    const world = createWorld();
    const fake = world.spreadsheet.addSheet('Nhỏ', [['a', 'b']], { rows: 2, columns: 2 });
    const sheet = loud(fake, 'Sheet') as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    expect(() => sheet.getRange(3, 1)).toThrow(GRID_ERRORS.outside);
    sheet.insertRowsAfter(2, 3);
    sheet.insertColumnsAfter(2, 1);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([5, 3]);
    expect(() => sheet.getRange(5, 3)).not.toThrow();
    sheet.getRange(5, 1).setValues([['cuối']]);
    sheet.appendRow(['thêm']);
    expect(sheet.getMaxRows()).toBe(6);
    expect(fake.snapshot().at(-1)).toEqual(['thêm', '']);
    expect(() => sheet.insertRowsAfter(7, 1)).toThrow(GRID_ERRORS.rowsOutOfBounds);
    expect(() => sheet.setColumnWidth(4, 100)).toThrow(GRID_ERRORS.columnsOutOfBounds);
  });

  test('a cell holds at most 50,000 characters, and a block with one longer cell writes nothing', () => {
    const world = createWorld();
    const sheet = g(world).SpreadsheetApp.getActive().insertSheet('Dài');
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['ngắn', 'x'.repeat(50_001)]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(world.spreadsheet.sheet('Dài').snapshot()).toEqual([]);
    sheet.getRange(1, 1).setValues([['x'.repeat(50_000)]]);
  });
});

describe('written strings are typed unless the cell is plain text or the string starts with an apostrophe', () => {
  function written(value: string, format?: string): unknown {
    const world = createWorld();
    const sheet = g(world).SpreadsheetApp.getActive().insertSheet('Gõ');
    if (format) sheet.getRange(1, 1).setNumberFormat(format);
    sheet.getRange(1, 1).setValues([[value]]);
    return sheet.getRange(1, 1).getValues()[0][0];
  }

  test('numbers, dates, booleans and formulas stop being the text that was written', () => {
    expect(written('0351')).toBe(351);
    expect(written('1.234.567')).toBe(1234567);
    expect(written('TRUE')).toBe(true);
    expect(written('2024-12-21')).toBeInstanceOf(Date);
    expect(written('21/12/2024')).toBeInstanceOf(Date);
    const world = createWorld();
    const sheet = world.spreadsheet.addSheet('F', []);
    loud(sheet, 'Sheet')
      .getRange(1, 1)
      .setValues([['=SUM(1)']]);
    expect([...sheet.formulas]).toEqual(['A1']);
  });

  test('in a plain-text cell the string stays, apostrophe and all; elsewhere the apostrophe is hidden', () => {
    expect(written('0351', '@')).toBe('0351');
    expect(written("'0351", '@')).toBe("'0351");
    expect(written("'0351")).toBe('0351');
    expect(written("'2024-12-21")).toBe('2024-12-21');
    expect(written('Đảng bộ xã Bình Lư')).toBe('Đảng bộ xã Bình Lư');
  });

  test('the locale decides the separators: 1.234 is a thousand in vi_VN, 1,234 in en_US', () => {
    expect(autoType('1.234', { locale: 'vi_VN', timeZone: 'UTC' })).toBe(1234);
    expect(autoType('1,5', { locale: 'vi_VN', timeZone: 'UTC' })).toBe(1.5);
    expect(autoType('1,234', { locale: 'en_US', timeZone: 'UTC' })).toBe(1234);
    const may = autoType('05/12/2024', { locale: 'en_US', timeZone: 'UTC' }) as Date;
    expect(may.toISOString().slice(0, 10)).toBe('2024-05-12');
  });
});

describe('MailApp: the daily quota, per-message limits and bad addresses are different errors', () => {
  function mail(account: 'consumer' | 'workspace' = 'consumer') {
    const world = createWorld({ account });
    return { world, app: g(world).MailApp };
  }
  const pdf = (bytes: number) => ({ getName: () => 'a.pdf', getBytes: () => new Array(bytes).fill(0) });

  test('over the daily quota: "Service invoked too many times for one day: email."', () => {
    const { world, app } = mail();
    world.mail.quota = 1;
    app.sendEmail({ to: 'a@b.vn', subject: 's', body: 'b' });
    expect(() => app.sendEmail({ to: 'c@d.vn', subject: 's', body: 'b' })).toThrow(MAIL_ERRORS.dailyQuota);
    expect(app.getRemainingDailyQuota()).toBe(0);
  });

  test('the quota counts recipients, and Workspace accounts get 1,500', () => {
    expect(mail('workspace').app.getRemainingDailyQuota()).toBe(1500);
    const { app } = mail();
    app.sendEmail({ to: 'a@b.vn', cc: 'c@d.vn', bcc: 'e@f.vn', subject: 's', body: 'b' });
    expect(app.getRemainingDailyQuota()).toBe(97);
  });

  test('a body over 200 KB (text and HTML parts, in bytes) is this message’s limit, not the quota', () => {
    const { world, app } = mail();
    // 70,000 Vietnamese letters are 70,000 characters but over 200 KB in UTF-8.
    const html = 'ệ'.repeat(70_000);
    expect(html.length).toBeLessThan(200 * 1024);
    expect(() => app.sendEmail({ to: 'a@b.vn', subject: 's', body: 'b', htmlBody: html })).toThrow(
      'Limit exceeded: Email Body Size.',
    );
    expect(app.getRemainingDailyQuota()).toBe(100);
    expect(world.mail.sent).toEqual([]);
    // The same body fits a Workspace account's 400 KB.
    expect(() =>
      mail('workspace').app.sendEmail({ to: 'a@b.vn', subject: 's', body: 'b', htmlBody: html }),
    ).not.toThrow();
  });

  test('attachments over 25 MB, more than 250 attachments or 50 recipients: their own messages', () => {
    const { app } = mail();
    expect(() =>
      app.sendEmail({ to: 'a@b.vn', subject: 's', body: 'b', attachments: [pdf(26 * 1024 * 1024)] }),
    ).toThrow(MAIL_ERRORS.attachmentsSize);
    expect(() =>
      app.sendEmail({ to: 'a@b.vn', subject: 's', body: 'b', attachments: Array(251).fill(pdf(1)) }),
    ).toThrow(MAIL_ERRORS.attachmentsCount);
    const many = Array.from({ length: 51 }, (_, i) => `n${i}@b.vn`).join(',');
    expect(() => app.sendEmail({ to: many, subject: 's', body: 'b' })).toThrow(
      MAIL_ERRORS.recipientsPerMessage,
    );
  });

  test('an address MailApp cannot parse: "Invalid email: …"', () => {
    const { app } = mail();
    expect(() => app.sendEmail({ to: 'a@@b.vn', subject: 's', body: 'b' })).toThrow('Invalid email: a@@b.vn');
    expect(() => app.sendEmail({ to: 'Tên <a@b.vn>', subject: 's', body: 'b' })).toThrow(/^Invalid email/);
  });
});

describe('triggers: a user’s triggers of the project vs those of this spreadsheet', () => {
  test('getProjectTriggers sees another workbook’s tick; getUserTriggers(spreadsheet) does not', () => {
    const world = createWorld();
    world.scriptApp.seedTrigger('scheduledTick', 'another-workbook-id');
    world.scriptApp.seedTrigger('scheduledTick', 'fake-spreadsheet-id', 'someone.else@example.vn');
    const script = g(world).ScriptApp;
    const spreadsheet = g(world).SpreadsheetApp.getActive();
    expect(script.getProjectTriggers()).toHaveLength(1);
    expect(script.getUserTriggers(spreadsheet)).toHaveLength(0);
    script.newTrigger('scheduledTick').timeBased().everyHours(1).create();
    expect(
      script
        .getUserTriggers(spreadsheet)
        .map((t: { getTriggerSourceId(): string }) => t.getTriggerSourceId()),
    ).toEqual(['fake-spreadsheet-id']);
    expect(script.getProjectTriggers()).toHaveLength(2);
  });

  test('20 triggers per user per script', () => {
    const world = createWorld();
    const script = g(world).ScriptApp;
    for (let i = 0; i < 20; i++) script.newTrigger('f').timeBased().everyHours(1).create();
    expect(() => script.newTrigger('f').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });
});

test('getDocumentLock() is null outside a containing document; the script lock is still there', () => {
  const world = createWorld({ documentLock: 'none' });
  expect(g(world).LockService.getDocumentLock()).toBeNull();
  expect(g(world).LockService.getScriptLock().tryLock(1)).toBe(true);
});

test('in a vi_VN workbook a conditional-format formula may not separate arguments', () => {
  const world = createWorld({ locale: 'vi_VN' });
  const builder = () => g(world).SpreadsheetApp.newConditionalFormatRule();
  expect(() => builder().whenFormulaSatisfied('=AND(A1>0,B1>0)')).toThrow(/locale-dependent/);
  expect(() => builder().whenFormulaSatisfied('=(A1>0)*(B1="a,b")>0')).not.toThrow();
  const english = createWorld({ locale: 'en_US' });
  expect(() =>
    (english.globals as Globals).SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(
      '=AND(A1,B1)',
    ),
  ).not.toThrow();
});

test('a blob’s bytes are Java bytes (-128..127), whether it was made from text or from bytes', () => {
  const utilities = g(createWorld()).Utilities;
  // "Đ" is C4 90 in UTF-8.
  expect(utilities.newBlob('Đ', 'text/plain', 'a.txt').getBytes()).toEqual([-60, -112]);
  expect(utilities.newBlob([-60, -112]).getBytes()).toEqual([-60, -112]);
  expect(() => utilities.newBlob([196, 144])).toThrow('Cannot convert 196 to byte.');
  // So a text blob goes through Utilities.gzip like any other.
  expect(utilities.gzip(utilities.newBlob('Đại hội', 'text/plain', 'a.txt')).getName()).toBe('a.txt.gz');
});
