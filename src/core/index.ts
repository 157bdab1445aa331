/**
 * The public surface of the core: what the Apps Script side (gas/) and the command line (cli/) use,
 * by name. They import only from here; a name the adapters do not use stays inside the core.
 */
export { a1, columnLetters, parseA1 } from './a1';
export { maxOf } from './arrays';
export { bytesToBase64 } from './base64';
export { computeBudget } from './budget/compute';
export { estimateDocument, estimateFileBase, estimatesOf } from './budget/estimate';
export { NORMS_CATALOGUE } from './budget/norms-catalogue';
export { suggestEstimate, suggestionRows } from './budget/suggest';
export {
  type Cell,
  cellText,
  dateCell,
  type IsoDate,
  isDateCell,
  type RawSheet,
  type RawWorkbook,
} from './cells';
export {
  formatDateVi,
  isoFromYmd,
  isoInZone,
  isValidYmd,
  midnightInZone,
  parseIsoDate,
  sameWallClock,
  ymd,
  zonedParts,
} from './dates';
export { DOCX_MIME, renderDocumentDocx } from './document/render-docx';
export { renderDocumentHtml } from './document/render-html';
export { deflateFromGzip } from './document/zip';
export { toUnicode } from './encoding/legacy';
export { type ExampleName, examplePlan } from './examples';
export {
  chooseImportRows,
  type ImportItem,
  importJson,
  importRows,
  isEmptyImport,
  type SettingChange,
} from './import/apply';
export { extractPlan } from './import/extract';
export type { ImportResult } from './import/types';
export { LIMITS } from './limits';
export {
  classifySendError,
  errorText,
  ledgerEntry,
  ledgerStamp,
  runDeliveries,
  runDeliveriesAsync,
  sendError,
} from './mail/ledger';
export {
  headerText,
  type LedgerEntry,
  type PlannedSend,
  planReminders,
  planScheduled,
  planSendNow,
  type ReminderDigest,
  scheduleOpen,
  sendKey,
  servedRecipients,
  splitByLedger,
} from './mail/plan';
export { blockedNotice, recipientsByScope } from './mail/scope';
export {
  budgetCliText,
  budgetMenuText,
  cliText,
  fileText,
  importMenuText,
  importText,
  mailText,
  menuText,
  reportCliText,
  reportMenuText,
  reportText,
  resultsReportText,
  SEND_KIND,
  SEND_STATUS,
  type SendKind,
  scopeText,
  sendCliText,
  sendMenuText,
  setupMenuText,
  tasksCliText,
  tasksDialogText,
  tasksMenuText,
} from './messages';
export { type TaskPreview, taskPreview } from './pilot/preview';
export { suggestTasks, taskRows } from './pilot/tasks';
export { reportDocument } from './report/document';
export { MAX_PDF_ATTACHMENT_BYTES, type ReportMessage, reportMessage } from './report/message';
export { buildReport, type ReportModel, reportBuilder, reportFigures } from './report/model';
export {
  estimateChoices,
  estimateDownload,
  pilotResultsDownload,
  previewWithDownloads,
  reportDownload,
} from './report/preview';
export { renderReportHtml } from './report/render-html';
export { pilotResultsDocument, pilotsNotHeld } from './report/results-document';
export { estimateSheet } from './sheets/estimate';
export { checkedAt, findingsSheet } from './sheets/findings';
export { LEDGER_NOTE_COLUMN, LEDGER_TAB, ledgerEntryOf } from './sheets/ledger';
export { blockFormats, HEADER_COLOUR, NUMBER_FORMAT, rowOf, type SheetBlock } from './sheets/output-tab';
export { reportSheet } from './sheets/report';
export { foldToAscii, matchKey } from './text';
export { countFindings, type Finding, type Severity } from './validation/finding';
export { type ValidatedWorkbook, validateWorkbook } from './validation/validate';
export {
  ALL_INPUT_TABS,
  ALL_SCOPE,
  type AnyInputTab,
  COLUMNS,
  DEFAULT_REMIND_DAYS,
  DEFAULT_TIME_ZONE,
  INPUT_TABS,
  type InputTab,
  SETTING,
  TAB,
} from './workbook/contract';
export type { PlanWorkbook, Recipient } from './workbook/model';
export { unitsByCode } from './workbook/queries';
export { isValidEmail, locateTabs, readWorkbook, tabMatches } from './workbook/read-workbook';
export {
  extraHeaders,
  gridOf,
  type Highlight,
  highlightConditions,
  type PlanRows,
  SETTING_DROPDOWNS,
  settingsRows,
  TEMPLATE_ROWS,
  type TemplateTab,
  WORKBOOK_TEMPLATE,
} from './workbook/template';
