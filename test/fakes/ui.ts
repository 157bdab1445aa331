/** In-memory Ui: menus, alerts and dialogs as records a test can read. */
import { type CallLog, loud } from './loud';
import { METHOD_SCOPES, type ScopeGate } from './scopes';

export interface BuiltMenu {
  readonly title: string;
  readonly addon: boolean;
  readonly items: ({ label: string; functionName: string } | 'separator')[];
}

export class FakeMenu implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addToUi'> {
  constructor(
    private readonly menu: BuiltMenu,
    private readonly ui: FakeUi,
  ) {}
  addItem(label: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.menu.items.push({ label, functionName });
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this.menu.items.push('separator');
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addToUi(): void {
    this.ui.menus.push(this.menu);
  }
}

export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;

export interface Dialog {
  readonly kind: 'modal' | 'modeless' | 'sidebar';
  readonly title: string;
  readonly html: string;
}

export class FakeUi
  implements
    Pick<
      GoogleAppsScript.Base.Ui,
      'createMenu' | 'createAddonMenu' | 'alert' | 'showModalDialog' | 'showSidebar'
    >
{
  readonly menus: BuiltMenu[] = [];
  readonly alerts: { title: string; message: string }[] = [];
  readonly dialogs: Dialog[] = [];
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  /** What the next alerts answer (a queue), then OK. */
  answers: string[] = [];

  constructor(
    private readonly log: CallLog,
    private readonly gate: ScopeGate,
  ) {}

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    this.log.record(`Ui.createMenu(${caption})`);
    return loud(
      new FakeMenu({ title: caption, addon: false, items: [] }, this),
      'Menu',
    ) as unknown as GoogleAppsScript.Base.Menu;
  }
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    this.log.record('Ui.createAddonMenu');
    return loud(
      new FakeMenu({ title: '(add-on)', addon: true, items: [] }, this),
      'Menu',
    ) as unknown as GoogleAppsScript.Base.Menu;
  }
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const [title, message] = args.length >= 2 && typeof args[1] === 'string' ? args : ['', args[0]];
    this.gate.require('Ui.alert', METHOD_SCOPES.ui);
    this.log.record('Ui.alert');
    this.alerts.push({ title: String(title), message: String(message) });
    return (this.answers.shift() ?? Button.OK) as unknown as GoogleAppsScript.Base.Button;
  }
  showModalDialog(output: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.gate.require('Ui.showModalDialog', METHOD_SCOPES.ui);
    this.log.record('Ui.showModalDialog');
    this.dialogs.push({ kind: 'modal', title, html: output.getContent() });
  }
  showSidebar(output: GoogleAppsScript.HTML.HtmlOutput): void {
    this.gate.require('Ui.showSidebar', METHOD_SCOPES.ui);
    this.log.record('Ui.showSidebar');
    this.dialogs.push({ kind: 'sidebar', title: output.getTitle(), html: output.getContent() });
  }
}
