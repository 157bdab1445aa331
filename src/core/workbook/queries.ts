/**
 * Questions asked of the typed plan by the rules, the report and the mail alike: lookups by code,
 * the unit tree, who can be sent to, where a task stands. Pure reads; no findings here.
 */
import { daysBetween } from '../dates';
import { ALL_SCOPE, type AnyHeader, type CongressStatus, HELD_STATUSES } from './contract';
import type { Milestone, Recipient, Unit } from './model';

/** The first record of each non-empty key; later repeats are the rules' R001/R005. */
export function firstByKey<T>(records: readonly T[], keyOf: (record: T) => string): Map<string, T> {
  const first = new Map<string, T>();
  for (const record of records) {
    const key = keyOf(record);
    if (key && !first.has(key)) first.set(key, record);
  }
  return first;
}

/** The first row of each code, for lookups; later duplicates are R001. */
export function unitsByCode(units: readonly Unit[]): Map<string, Unit> {
  return firstByKey(units, (unit) => unit.code);
}

/** A unit's name, or the code itself when no unit has it. */
export function unitNameOf(units: ReadonlyMap<string, Unit>, code: string): string {
  return units.get(code)?.name ?? code;
}

/** The congress took place: `Đã tổ chức` or `Đã báo cáo`. */
export function isHeld(congress: { readonly status?: CongressStatus | undefined }): boolean {
  return congress.status !== undefined && HELD_STATUSES.includes(congress.status);
}

/** The record's cell under `header` held something unreadable (its T finding is already out). */
export function wasUnreadable(
  record: { readonly unreadable?: readonly string[] },
  header: AnyHeader,
): boolean {
  return record.unreadable?.includes(header) ?? false;
}

/** The codes of the units directly under each code (`Đơn vị cấp trên`). */
export function childrenByCode(units: readonly Unit[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (!unit.code || !unit.parent) continue;
    const list = children.get(unit.parent);
    if (list) list.push(unit.code);
    else children.set(unit.parent, [unit.code]);
  }
  return children;
}

/**
 * Codes of `root` and every unit under it (cycle-safe). Pass `children` when asking for many roots
 * of one workbook: each call then costs the subtree, not the whole tab.
 */
export function subtreeCodes(
  units: readonly Unit[],
  root: string,
  children: ReadonlyMap<string, readonly string[]> = childrenByCode(units),
): Set<string> {
  const result = new Set<string>([root]);
  const queue = [root];
  while (queue.length > 0) {
    const code = queue.pop()!;
    for (const child of children.get(code) ?? []) {
      if (!result.has(child)) {
        result.add(child);
        queue.push(child);
      }
    }
  }
  return result;
}

/** A recipient can be sent to: a readable email and a scope that is `Tất cả` or an existing unit. */
export function isDeliverable(recipient: Recipient, units: ReadonlyMap<string, Unit>): boolean {
  if (!recipient.email || !recipient.scope) return false;
  return recipient.scope === ALL_SCOPE || units.has(recipient.scope);
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Done means a readable `Ngày hoàn thành` not after today. An unreadable cell (T002) or a date still
 * to come (M005) leaves the task open: a typing slip must never hide an overdue task.
 */
export function isDone(milestone: Milestone, today: string): boolean {
  return milestone.done !== undefined && milestone.done <= today;
}

/** Overdue (past due, not done) and due-soon (within `Nhắc trước`) milestones, as the report and reminders see them. */
export function milestoneStanding(
  milestone: Milestone,
  today: string,
  remindDays: number,
): 'overdue' | 'dueSoon' | null {
  if (!milestone.due || isDone(milestone, today)) return null;
  if (milestone.due < today) return 'overdue';
  return daysBetween(today, milestone.due) <= remindDays ? 'dueSoon' : null;
}
