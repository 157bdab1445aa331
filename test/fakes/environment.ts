/** One fake Apps Script world: the globals a vm context gets, plus handles for assertions. */
import type { RawWorkbook } from '../../src/core/cells';
import { fakeGzip, newByteBlob } from './bytes';
import { CallLog, loud } from './loud';
import { FakeMailApp } from './mail';
import { METHOD_SCOPES, manifestScopes, ScopeGate } from './scopes';
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
  /** The script lock (one per script for every user), which code may fall back to. */
  readonly scriptLock: FakeLockState;
  /** Scopes declared in the manifest and granted at consent; the consent prompts shown. */
  readonly scopes: ScopeGate;
  readonly documentProperties: FakeProperties;
  readonly userProperties: FakeProperties;
  readonly scriptProperties: FakeProperties;
  readonly logged: unknown[][];
  readonly mail: FakeMailApp;
  readonly scriptApp: FakeScriptApp;
  readonly sleeps: number[];
  /** The effective user; `activeEmail` '' stands for a policy that hides the active user's address. */
  readonly user: { email: string; activeEmail?: string };
  readonly globals: Record<string, unknown>;
}

export interface WorldOptions {
  readonly timeZone?: string;
  readonly locale?: string;
  readonly html?: Record<string, string>;
  /** The manifest's oauthScopes (default: appsscript.json's). */
  readonly scopes?: readonly string[];
  /** Scopes the user unticked on the granular consent screen. */
  readonly refused?: readonly string[];
  readonly account?: 'consumer' | 'workspace';
  /** 'none': the execution has no containing document, so getDocumentLock() returns null. */
  readonly documentLock?: 'document' | 'none';
}

export function createWorld(options: WorldOptions = {}): FakeWorld {
  const log = new CallLog();
  const scopes = new ScopeGate(options.scopes ?? manifestScopes(), options.refused ?? []);
  log.guard = () => scopes.assertRunning();
  const spreadsheet = new FakeSpreadsheet(log, options.timeZone, options.locale);
  const ui = new FakeUi(log, scopes);
  const lock = new FakeLockState();
  lock.log = log;
  const scriptLock = new FakeLockState();
  scriptLock.log = log;
  const documentProperties = new FakeProperties();
  documentProperties.log = log;
  const userProperties = new FakeProperties();
  const scriptProperties = new FakeProperties();
  const logged: unknown[][] = [];
  const mail = new FakeMailApp(scopes, options.account);
  const user: { email: string; activeEmail?: string } = { email: 'nguoidung@example.vn' };
  const scriptApp = new FakeScriptApp(scopes, user, () => spreadsheet.getId());
  const sleeps: number[] = [];
  const sheetsScope = () => scopes.require('SpreadsheetApp.getActiveSpreadsheet', METHOD_SCOPES.sheets);
  const globals: Record<string, unknown> = {
    SpreadsheetApp: loud(
      {
        getActiveSpreadsheet: () => {
          sheetsScope();
          return loud(spreadsheet, 'Spreadsheet');
        },
        getActive: () => {
          sheetsScope();
          return loud(spreadsheet, 'Spreadsheet');
        },
        getUi: () => loud(ui, 'Ui'),
        flush: () => {
          sheetsScope();
          log.record('SpreadsheetApp.flush');
        },
        newConditionalFormatRule: () =>
          loud(new FakeConditionalFormatRuleBuilder(spreadsheet.locale), 'ConditionalFormatRuleBuilder'),
        newRichTextValue: () => loud(new FakeRichTextValueBuilder(), 'RichTextValueBuilder'),
        newDataValidation: () => loud(new FakeDataValidationBuilder(), 'DataValidationBuilder'),
        ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
      },
      'SpreadsheetApp',
    ),
    LockService: loud(
      {
        getDocumentLock: () => {
          log.record('LockService.getDocumentLock');
          return options.documentLock === 'none' ? null : loud(new FakeLock(lock), 'Lock');
        },
        getScriptLock: () => {
          log.record('LockService.getScriptLock');
          return loud(new FakeLock(scriptLock), 'Lock');
        },
      },
      'LockService',
    ),
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
        newBlob: (content: string | number[], contentType: string, name: string) =>
          Array.isArray(content)
            ? newByteBlob(content, contentType, name)
            : fakeBlob(content, contentType, name),
        gzip: (blob: Parameters<typeof fakeGzip>[0]) => fakeGzip(blob),
      },
      'Utilities',
    ),
    HtmlService: fakeHtmlService(options.html ?? {}),
    Session: loud(
      {
        getActiveUser: () => {
          scopes.require('Session.getActiveUser', METHOD_SCOPES.session);
          return { getEmail: () => user.activeEmail ?? user.email };
        },
        getEffectiveUser: () => {
          scopes.require('Session.getEffectiveUser', METHOD_SCOPES.session);
          return { getEmail: () => user.email };
        },
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
    scriptLock,
    scopes,
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
      // Java bytes, as Apps Script hands them out: -128..127.
      getBytes: () => Array.from(Buffer.from(content, 'utf8'), (b) => (b > 127 ? b - 256 : b)),
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
