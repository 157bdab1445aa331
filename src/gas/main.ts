/**
 * The functions Apps Script may call: menu items, simple triggers. The build adds one top-level
 * function per export here; nothing else is global.
 */
import { suggestBudget as suggestBudgetCommand } from './commands/budget';
import * as importing from './commands/import';
import * as reporting from './commands/report';
import * as sending from './commands/send';
import { setUpWorkbook as setUpWorkbookCommand } from './commands/setup';
import * as sidebar from './commands/sidebar';
import * as tasks from './commands/tasks';
import { validateData as validateDataCommand } from './commands/validate';
import { buildMenu } from './menu';
import { runFromMenu } from './run-safely';

export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(event);
}

export function onInstall(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  onOpen(event);
}

export function validateData(): void {
  runFromMenu(validateDataCommand);
}

export function generateReport(): void {
  runFromMenu(reporting.generateReport);
}

/** Called by the report preview through google.script.run; validates its argument. */
export function estimateDocx(unitCode: unknown): reporting.EstimateFile {
  return reporting.estimateDocx(unitCode);
}

export function suggestBudget(): void {
  runFromMenu(suggestBudgetCommand);
}

export function suggestTasks(): void {
  runFromMenu(tasks.showTasksDialog);
}

/** Called by the Lập mốc công việc gợi ý dialog through google.script.run. */
export function previewSuggestedTasks(): ReturnType<typeof tasks.previewSuggestedTasks> {
  return tasks.previewSuggestedTasks();
}

/** Called by the Lập mốc công việc gợi ý dialog through google.script.run. */
export function applySuggestedTasks(): string {
  return tasks.applySuggestedTasks();
}

export function sendReports(): void {
  runFromMenu(sending.sendReports);
}

export function sendTestToMe(): void {
  runFromMenu(sending.sendTestToMe);
}

export function toggleSchedule(): void {
  runFromMenu(sending.toggleSchedule);
}

/** The hourly time-driven trigger: errors propagate so Apps Script records the failed execution. */
export function scheduledTick(): void {
  sending.scheduledTick();
}

export function setUpWorkbook(): void {
  runFromMenu(setUpWorkbookCommand);
}

export function showFindingsSidebar(): void {
  runFromMenu(sidebar.showFindingsSidebar);
}

/** Called by the sidebar through google.script.run. */
export function getFindingsForSidebar(): sidebar.SidebarData {
  return sidebar.getFindingsForSidebar();
}

/** Called by the sidebar through google.script.run; validates its arguments. */
export function selectCell(sheetName: unknown, cell: unknown): void {
  sidebar.selectCell(sheetName, cell);
}

export function showImportDialog(): void {
  runFromMenu(importing.showImportDialog);
}

/** Called by the import dialog through google.script.run; validates its argument. */
export function previewImport(text: unknown): importing.ImportPreview {
  return importing.previewImport(text);
}

/** Called by the import dialog through google.script.run; validates its arguments. */
export function applyImport(text: unknown, keys: unknown): string {
  return importing.applyImport(text, keys);
}
