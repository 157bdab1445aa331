/**
 * The schedule: one hourly time-driven trigger per workbook whose tick decides what is due. An
 * editor add-on may have only one trigger of a kind per user and document, firing at most hourly, and
 * a trigger runs as its creator; so the creator is remembered in document properties for everyone to see.
 */
export const TICK_HANDLER = 'scheduledTick';
const OWNER = 'daihoi.schedule.owner';
const LAST_RUN = 'daihoi.schedule.lastRun';

export interface ScheduleState {
  /** The recorded creator, '' when nobody turned it on. */
  readonly owner: string;
  /** This user's triggers for the tick. */
  readonly mine: number;
  readonly lastRun: string;
  readonly currentUser: string;
}

function currentUser(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
}

export function scheduleState(): ScheduleState {
  const properties = PropertiesService.getDocumentProperties();
  const mine = ScriptApp.getProjectTriggers().filter(
    (trigger) => trigger.getHandlerFunction() === TICK_HANDLER,
  ).length;
  return {
    owner: properties.getProperty(OWNER) ?? '',
    mine,
    lastRun: properties.getProperty(LAST_RUN) ?? '',
    currentUser: currentUser(),
  };
}

/** Leaves exactly one trigger for this user, however often it is turned on. Returns how many extras were removed. */
export function turnScheduleOn(): number {
  const triggers = ScriptApp.getProjectTriggers().filter(
    (trigger) => trigger.getHandlerFunction() === TICK_HANDLER,
  );
  for (const extra of triggers.slice(1)) ScriptApp.deleteTrigger(extra);
  if (triggers.length === 0) ScriptApp.newTrigger(TICK_HANDLER).timeBased().everyHours(1).create();
  PropertiesService.getDocumentProperties().setProperty(OWNER, currentUser());
  return Math.max(0, triggers.length - 1);
}

export function turnScheduleOff(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === TICK_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
  PropertiesService.getDocumentProperties().deleteProperty(OWNER);
}

export function recordRun(stamp: string): void {
  PropertiesService.getDocumentProperties().setProperty(LAST_RUN, stamp);
}

export function scheduleOwner(): string {
  return PropertiesService.getDocumentProperties().getProperty(OWNER) ?? '';
}
