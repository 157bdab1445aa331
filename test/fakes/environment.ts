/** One fake Apps Script world: the globals a vm context gets, plus handles for assertions. */
import type { RawWorkbook } from '../../src/core/cells';
import { CallLog, loud } from './loud';
import { FakeMailApp } from './mail';
import { FakeScriptApp } from './script-app';
import { FakeLock, FakeLockState, FakeProperties, fakeHtmlService, formatDateJava } from './services';
import {
  FakeConditionalFormatRuleBuilder,
  FakeDataValidationBuilder,
  FakeRichTextValueBuilder,
  FakeSpreadsheet,
} from './spreadsheet';
import { FakeUi } from './ui';

export interface FakeWorld {
  readonly log: CallLog;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly lock: FakeLockState;
  readonly documentProperties: FakeProperties;
  readonly userProperties: FakeProperties;
  readonly scriptProperties: FakeProperties;
  readonly logged: unknown[][];
  readonly mail: FakeMailApp;
  readonly scriptApp: FakeScriptApp;
  readonly sleeps: number[];
  readonly user: { email: string };
  readonly globals: Record<string, unknown>;
}

export function createWorld(
  options: { timeZone?: string; locale?: string; html?: Record<string, string> } = {},
): FakeWorld {
  const log = new CallLog();
  const spreadsheet = new FakeSpreadsheet(log, options.timeZone, options.locale);
  const ui = new FakeUi(log);
  const lock = new FakeLockState();
  lock.log = log;
  const documentProperties = new FakeProperties();
  const userProperties = new FakeProperties();
  const scriptProperties = new FakeProperties();
  const logged: unknown[][] = [];
  const mail = new FakeMailApp();
  const scriptApp = new FakeScriptApp();
  const sleeps: number[] = [];
  const user = { email: 'nguoidung@example.vn' };
  const globals: Record<string, unknown> = {
    SpreadsheetApp: loud(
      {
        getActiveSpreadsheet: () => loud(spreadsheet, 'Spreadsheet'),
        getActive: () => loud(spreadsheet, 'Spreadsheet'),
        getUi: () => loud(ui, 'Ui'),
        flush: () => log.record('SpreadsheetApp.flush'),
        newConditionalFormatRule: () =>
          loud(new FakeConditionalFormatRuleBuilder(), 'ConditionalFormatRuleBuilder'),
        newRichTextValue: () => loud(new FakeRichTextValueBuilder(), 'RichTextValueBuilder'),
        newDataValidation: () => loud(new FakeDataValidationBuilder(), 'DataValidationBuilder'),
        ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
      },
      'SpreadsheetApp',
    ),
    LockService: loud({ getDocumentLock: () => loud(new FakeLock(lock), 'Lock') }, 'LockService'),
    PropertiesService: loud(
      {
        getDocumentProperties: () => documentProperties,
        getUserProperties: () => userProperties,
        getScriptProperties: () => scriptProperties,
      },
      'PropertiesService',
    ),
    ScriptApp: loud(scriptApp, 'ScriptApp'),
    MailApp: loud(mail, 'MailApp'),
    Utilities: loud(
      {
        sleep: (ms: number) => sleeps.push(ms),
        formatDate: (date: Date, timeZone: string, pattern: string) =>
          formatDateJava(date, timeZone, pattern),
        newBlob: (content: string, contentType: string, name: string) => fakeBlob(content, contentType, name),
      },
      'Utilities',
    ),
    HtmlService: fakeHtmlService(options.html ?? {}),
    Session: loud(
      {
        getActiveUser: () => ({ getEmail: () => user.email }),
        getEffectiveUser: () => ({ getEmail: () => user.email }),
        getScriptTimeZone: () => 'Asia/Ho_Chi_Minh',
      },
      'Session',
    ),
    console: {
      log: (...args: unknown[]) => logged.push(args),
      error: (...args: unknown[]) => logged.push(args),
      warn: (...args: unknown[]) => logged.push(args),
    },
  };
  return {
    log,
    spreadsheet,
    ui,
    lock,
    documentProperties,
    userProperties,
    scriptProperties,
    logged,
    mail,
    scriptApp,
    sleeps,
    user,
    globals,
  };
}

/**
 * Puts a core RawWorkbook into the fake spreadsheet the way Sheets holds it: date cells become real
 * Date objects at midnight of that day in the spreadsheet's zone.
 */
export function loadRawWorkbook(world: FakeWorld, raw: RawWorkbook): void {
  const zone = world.spreadsheet.timeZone;
  for (const sheet of raw.sheets) {
    world.spreadsheet.addSheet(
      sheet.name,
      sheet.rows.map((row) =>
        row.map((cell) => {
          if (cell !== null && typeof cell === 'object' && cell.kind === 'date')
            return midnightIn(cell.iso, zone);
          return cell ?? '';
        }),
      ),
    );
  }
}

/** The instant of 00:00 on `iso` in `zone`. */
export function midnightIn(iso: string, zone: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const utcGuess = Date.UTC(year, month - 1, day);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(utcGuess));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'));
  return new Date(utcGuess - (shown - utcGuess));
}

/** A Blob whose getAs('application/pdf') stands for Apps Script's HTML-to-PDF conversion. */
function fakeBlob(content: string, contentType: string, name: string): unknown {
  let blobName = name;
  const blob = loud(
    {
      getName: () => blobName,
      getContentType: () => contentType,
      getDataAsString: () => content,
      setName: (next: string) => {
        blobName = next;
        return blob;
      },
      getAs: (type: string) => fakeBlob(`%PDF-fake\n${content}`, type, blobName.replace(/\.html$/, '.pdf')),
    },
    'Blob',
  );
  return blob;
}
