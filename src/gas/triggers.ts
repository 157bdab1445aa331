/**
 * The schedule: one hourly time-driven trigger per workbook whose tick decides what is due. An
 * editor add-on may have only one trigger of a kind per user and document, firing at most hourly, and
 * a trigger runs as its creator; so the creator is remembered in document properties for everyone to
 * see. Triggers are always those of THIS workbook (getUserTriggers): in add-on mode
 * getProjectTriggers() returns the user's triggers in every workbook the add-on runs in, and turning
 * the schedule off here must never delete another workbook's tick.
 */
import { services } from './services';

const TICK_HANDLER = 'scheduledTick';
const OWNER = 'daihoi.schedule.owner';
const LAST_RUN = 'daihoi.schedule.lastRun';
/** The local date whose scheduled sends are all settled: later ticks that day need not look again. */
const DONE_FOR = 'daihoi.schedule.doneFor';

export interface ScheduleState {
  /** The recorded creator, '' when nobody turned it on. */
  readonly owner: string;
  /** This user's triggers for the tick in this workbook. */
  readonly mine: number;
  readonly lastRun: string;
  readonly currentUser: string;
}

/** The user at the keyboard; '' when Google hides it (then the effective user, who is the same in a menu run). */
export function currentUser(): string {
  const session = services.session();
  return session.getActiveUser().getEmail() || session.getEffectiveUser().getEmail();
}

function myTicks(): GoogleAppsScript.Script.Trigger[] {
  return services
    .script()
    .getUserTriggers(services.spreadsheet())
    .filter((trigger) => trigger.getHandlerFunction() === TICK_HANDLER);
}

export function scheduleState(): ScheduleState {
  const properties = services.documentProperties();
  return {
    owner: properties.getProperty(OWNER) ?? '',
    mine: myTicks().length,
    lastRun: properties.getProperty(LAST_RUN) ?? '',
    currentUser: currentUser(),
  };
}

/** Leaves exactly one trigger for this user in this workbook. Returns how many extras were removed. */
export function turnScheduleOn(): number {
  const script = services.script();
  const triggers = myTicks();
  for (const extra of triggers.slice(1)) script.deleteTrigger(extra);
  if (triggers.length === 0) script.newTrigger(TICK_HANDLER).timeBased().everyHours(1).create();
  const properties = services.documentProperties();
  properties.setProperty(OWNER, currentUser());
  properties.deleteProperty(DONE_FOR);
  return Math.max(0, triggers.length - 1);
}

export function turnScheduleOff(): void {
  const script = services.script();
  for (const trigger of myTicks()) script.deleteTrigger(trigger);
  services.documentProperties().deleteProperty(OWNER);
}

export function recordRun(stamp: string): void {
  services.documentProperties().setProperty(LAST_RUN, stamp);
}

export function scheduleOwner(): string {
  return services.documentProperties().getProperty(OWNER) ?? '';
}

export function settledDay(): string {
  return services.documentProperties().getProperty(DONE_FOR) ?? '';
}

export function markDaySettled(isoDate: string): void {
  services.documentProperties().setProperty(DONE_FOR, isoDate);
}
