/**
 * Every Apps Script service the add-on uses, reached only through this object: nothing may touch a
 * service while the bundle loads (global code runs with onOpen's limited authorisation), and a test
 * (or a future host) replaces the platform here and nowhere else. No other file in src/gas names a
 * service global; test/gas/services.test.ts checks that.
 */
import { menuText } from '../core/messages';

export const services = {
  /** SpreadsheetApp itself: builders, enums, flush. */
  sheetsApp: () => SpreadsheetApp,
  /**
   * The workbook this execution runs in. Google returns null when there is none (a time-driven
   * trigger outside a document, see README's first-push checklist): that stops the run with a message
   * the execution log shows, instead of a null dereference somewhere later.
   */
  spreadsheet: (): GoogleAppsScript.Spreadsheet.Spreadsheet => {
    const active = SpreadsheetApp.getActiveSpreadsheet();
    if (!active) throw new Error(menuText.noActiveSpreadsheet);
    return active;
  },
  ui: () => SpreadsheetApp.getUi(),
  /**
   * One run per document at a time. Google returns null for the document lock outside a containing
   * document; the script lock then keeps the same guarantee (more coarsely: one run per script).
   */
  lock: (): GoogleAppsScript.Lock.Lock => LockService.getDocumentLock() ?? LockService.getScriptLock(),
  documentProperties: () => PropertiesService.getDocumentProperties(),
  mail: () => MailApp,
  script: () => ScriptApp,
  session: () => Session,
  html: () => HtmlService,
  utilities: () => Utilities,
};
