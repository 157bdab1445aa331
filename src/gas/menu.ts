/**
 * The `Đại hội điểm` menu. onOpen may run before the user has authorised anything (AuthMode.NONE,
 * e.g. right after installing an add-on): then it builds the menu and touches nothing else.
 */
import {
  budgetMenuText,
  importMenuText,
  menuText,
  reportMenuText,
  sendMenuText,
  setupMenuText,
  tasksMenuText,
} from '../core/messages';
import { services } from './services';

export interface MenuItem {
  readonly label: string;
  /** The global function (an export of main.ts) the item calls. */
  readonly functionName: string;
}

/** Each item exists only once its feature works. */
const MENU_ITEMS: readonly (MenuItem | 'separator')[] = [
  { label: menuText.validate, functionName: 'validateData' },
  { label: setupMenuText.sidebarItem, functionName: 'showFindingsSidebar' },
  { label: reportMenuText.item, functionName: 'generateReport' },
  'separator',
  { label: sendMenuText.sendItem, functionName: 'sendReports' },
  { label: sendMenuText.testItem, functionName: 'sendTestToMe' },
  { label: sendMenuText.scheduleItem, functionName: 'toggleSchedule' },
  'separator',
  { label: tasksMenuText.item, functionName: 'suggestTasks' },
  { label: budgetMenuText.item, functionName: 'suggestBudget' },
  'separator',
  { label: importMenuText.item, functionName: 'showImportDialog' },
  { label: setupMenuText.item, functionName: 'setUpWorkbook' },
];

export function buildMenu(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = services.ui();
  // We ship as a script bound to the shared workbook (clasp push), whose onOpen runs in LIMITED:
  // a top-level `Đại hội điểm` menu is what staff look for. A bound script never sees NONE; only an
  // installed add-on not yet enabled in this file does, and then Google allows nothing but items
  // under Extensions (createAddonMenu), with no other service call. A published add-on would use
  // createAddonMenu in every mode: change only this line, the items stay the same.
  const menu =
    event && event.authMode === services.script().AuthMode.NONE
      ? ui.createAddonMenu()
      : ui.createMenu(menuText.menuTitle);
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.label, item.functionName);
  }
  menu.addToUi();
}
