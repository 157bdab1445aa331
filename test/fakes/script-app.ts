/**
 * In-memory ScriptApp: installable triggers as Google keeps them. A trigger belongs to the user who
 * created it and to the document it was created in; getProjectTriggers() returns the current user's
 * triggers of the whole project (every document an add-on runs in), getUserTriggers(spreadsheet)
 * only those of that spreadsheet. Also the granular-consent calls getAuthorizationInfo and
 * requireScopes.
 */
import { loud } from './loud';
import { ExecutionEnded, METHOD_SCOPES, type ScopeGate } from './scopes';
import { AuthMode } from './services';

export class FakeTrigger
  implements
    Pick<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId' | 'getTriggerSourceId'>
{
  constructor(
    readonly handler: string,
    readonly everyHours: number,
    readonly id: string,
    /** The spreadsheet it was created in. */
    readonly documentId: string,
    readonly owner: string,
  ) {}
  getHandlerFunction(): string {
    return this.handler;
  }
  getUniqueId(): string {
    return this.id;
  }
  getTriggerSourceId(): string {
    return this.documentId;
  }
}

/** Google's limit: 20 triggers per user per script. */
const TRIGGERS_PER_USER = 20;

export const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;

export class FakeScriptApp {
  readonly triggers: FakeTrigger[] = [];
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  private next = 1;

  constructor(
    private readonly gate: ScopeGate,
    /** The effective user (whose triggers these calls see). */
    private readonly user: { email: string },
    /** The id of the document this execution runs in. */
    private readonly documentId: () => string,
  ) {}

  /** A trigger some user created in some document (for tests that set up other workbooks). */
  seedTrigger(handler: string, documentId: string, owner = this.user.email): FakeTrigger {
    const trigger = new FakeTrigger(handler, 1, `t${this.next++}`, documentId, owner);
    this.triggers.push(trigger);
    return trigger;
  }

  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    this.gate.require('ScriptApp.getProjectTriggers', METHOD_SCOPES.triggers);
    return this.triggers.filter(
      (trigger) => trigger.owner === this.user.email,
    ) as unknown as GoogleAppsScript.Script.Trigger[];
  }

  getUserTriggers(document: { getId(): string }): GoogleAppsScript.Script.Trigger[] {
    this.gate.require('ScriptApp.getUserTriggers', METHOD_SCOPES.triggers);
    const id = document.getId();
    return this.triggers.filter(
      (trigger) => trigger.owner === this.user.email && trigger.documentId === id,
    ) as unknown as GoogleAppsScript.Script.Trigger[];
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.gate.require('ScriptApp.deleteTrigger', METHOD_SCOPES.triggers);
    const index = this.triggers.indexOf(trigger as unknown as FakeTrigger);
    if (index >= 0 && this.triggers[index]!.owner === this.user.email) this.triggers.splice(index, 1);
  }

  newTrigger(handler: string) {
    this.gate.require('ScriptApp.newTrigger', METHOD_SCOPES.triggers);
    let hours = 0;
    const clock = loud(
      {
        everyHours: (n: number) => {
          hours = n;
          return clock;
        },
        create: () => {
          if (this.triggers.filter((t) => t.owner === this.user.email).length >= TRIGGERS_PER_USER) {
            throw new Error(
              'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
            );
          }
          const trigger = new FakeTrigger(
            handler,
            hours,
            `t${this.next++}`,
            this.documentId(),
            this.user.email,
          );
          this.triggers.push(trigger);
          return trigger;
        },
      },
      'ClockTriggerBuilder',
    );
    return loud({ timeBased: () => clock }, 'TriggerBuilder');
  }

  getAuthorizationInfo(_mode: string, scopes?: string[]) {
    this.gate.assertRunning();
    const asked = scopes ?? [...this.gate.declared];
    this.gate.assertDeclared(asked);
    const authorized = asked.filter((scope) => this.gate.has(scope));
    const complete = authorized.length === asked.length;
    return loud(
      {
        getAuthorizationStatus: () =>
          complete ? AuthorizationStatus.NOT_REQUIRED : AuthorizationStatus.REQUIRED,
        getAuthorizedScopes: () => authorized,
        getAuthorizationUrl: () => (complete ? null : 'https://script.google.com/macros/d/fake/authorize'),
      },
      'AuthorizationInfo',
    );
  }

  /** Ends the execution and renders the consent prompt when a scope is missing, as Google documents. */
  requireScopes(_mode: string, scopes: string[]): void {
    this.gate.assertRunning();
    this.gate.assertDeclared(scopes);
    const missing = scopes.filter((scope) => !this.gate.has(scope));
    if (missing.length === 0) return;
    this.gate.prompts.push(missing);
    this.gate.ended = true;
    throw new ExecutionEnded('The execution ended to show the authorization prompt.');
  }
}
