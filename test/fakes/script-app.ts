/** In-memory ScriptApp triggers: the current user's project triggers, built with the real builder chain. */
import { loud } from './loud';
import { AuthMode } from './services';

export class FakeTrigger
  implements Pick<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId'>
{
  constructor(
    readonly handler: string,
    readonly everyHours: number,
    readonly id: string,
  ) {}
  getHandlerFunction(): string {
    return this.handler;
  }
  getUniqueId(): string {
    return this.id;
  }
}

export class FakeScriptApp {
  readonly triggers: FakeTrigger[] = [];
  readonly AuthMode = AuthMode;
  private next = 1;

  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return [...this.triggers] as unknown as GoogleAppsScript.Script.Trigger[];
  }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const index = this.triggers.indexOf(trigger as unknown as FakeTrigger);
    if (index >= 0) this.triggers.splice(index, 1);
  }
  newTrigger(handler: string) {
    let hours = 0;
    const clock = loud(
      {
        everyHours: (n: number) => {
          hours = n;
          return clock;
        },
        create: () => {
          const trigger = new FakeTrigger(handler, hours, `t${this.next++}`);
          this.triggers.push(trigger);
          return trigger;
        },
      },
      'ClockTriggerBuilder',
    );
    return loud({ timeBased: () => clock }, 'TriggerBuilder');
  }
}
