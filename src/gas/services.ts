/**
 * The Apps Script services this project uses, reached only through functions: nothing may touch a
 * service while the bundle loads (global code runs with onOpen's limited authorisation).
 */
export const services = {
  spreadsheet: () => SpreadsheetApp.getActiveSpreadsheet(),
  ui: () => SpreadsheetApp.getUi(),
  documentLock: () => LockService.getDocumentLock(),
};
