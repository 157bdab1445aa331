/**
 * Scopes cut only from a sound unit tree. A scoped recipient sees the subtree of one unit, found by
 * following `Đơn vị cấp trên` downwards by code. When a code is on two rows (R001) or the parents go
 * round in a circle (R003), that walk can pick up another commune's chi bộ, or the whole district:
 * the recipient would read units outside their scope. Such a recipient gets no scoped message; the
 * send, its dry run and the Sheets dialog say why, naming the findings. Everyone else is served.
 *
 * A scope X is sound when:
 * - X is the code of exactly one row, and X is not on a cycle of parents;
 * - every row whose code lies in X's subtree has its parent in that subtree: a code on two rows is
 *   harmless when both rows sit under X, and a leak as soon as one of them sits elsewhere.
 */
import { a1 } from '../a1';
import { recipientScopeText } from '../messages/recipient-scope';
import { ALL_SCOPE, TAB } from '../workbook/contract';
import type { PlanWorkbook, Recipient, Unit } from '../workbook/model';
import { childrenByCode, emailKey, isDeliverable, subtreeCodes, unitsByCode } from '../workbook/queries';

export interface ScopeProblem {
  readonly code: 'R001' | 'R003';
  /** R001: the duplicated code; R003: the units of the cycle in order, closing on the first. */
  readonly units: readonly string[];
  /** The cells of the finding, as `Tab!A1`, in the tab as the user named it. */
  readonly cells: readonly string[];
}

export type ScopeCheck = (scope: string) => readonly ScopeProblem[];

/** A checker for one workbook: linear set-up, then each scope costs its subtree. */
export function scopeChecker(
  workbook: PlanWorkbook,
  children: ReadonlyMap<string, readonly string[]> = childrenByCode(workbook.units),
): ScopeCheck {
  const rowsByCode = new Map<string, Unit[]>();
  for (const unit of workbook.units) {
    if (!unit.code) continue;
    const rows = rowsByCode.get(unit.code) ?? [];
    rows.push(unit);
    rowsByCode.set(unit.code, rows);
  }
  const first = unitsByCode(workbook.units);
  const tabName = workbook.sheetNames[TAB.units] ?? TAB.units;
  const columns = workbook.columns[TAB.units] ?? {};
  const cellOf = (unit: Unit, header: string) => `${tabName}!${a1(unit.row, columns[header] ?? 1)}`;
  const duplicated = (code: string): ScopeProblem => ({
    code: 'R001',
    units: [code],
    cells: (rowsByCode.get(code) ?? []).map((unit) => cellOf(unit, 'Mã đơn vị')),
  });
  const cache = new Map<string, readonly ScopeProblem[]>();

  /** The cycle of parents through `code` (closing on it), or null when its parents end at a root. */
  const cycleThrough = (code: string): string[] | null => {
    const path = [code];
    const seen = new Set(path);
    let current = first.get(code)?.parent;
    while (current && first.has(current)) {
      if (current === code) return [...path, code];
      if (seen.has(current)) return null; // a cycle above `code`, not through it
      seen.add(current);
      path.push(current);
      current = first.get(current)?.parent;
    }
    return null;
  };

  const check = (scope: string): readonly ScopeProblem[] => {
    const problems: ScopeProblem[] = [];
    if ((rowsByCode.get(scope)?.length ?? 0) > 1) problems.push(duplicated(scope));
    const cycle = cycleThrough(scope);
    if (cycle) {
      problems.push({
        code: 'R003',
        units: cycle,
        cells: cycle.slice(0, -1).map((code) => cellOf(first.get(code)!, 'Đơn vị cấp trên')),
      });
    }
    const inside = subtreeCodes(workbook.units, scope, children);
    for (const code of inside) {
      if (code === scope) continue;
      const rows = rowsByCode.get(code) ?? [];
      if (rows.length > 1 && rows.some((unit) => !unit.parent || !inside.has(unit.parent))) {
        problems.push(duplicated(code));
      }
    }
    return problems;
  };

  return (scope) => {
    if (scope === ALL_SCOPE) return [];
    let problems = cache.get(scope);
    if (!problems) {
      problems = check(scope);
      cache.set(scope, problems);
    }
    return problems;
  };
}

export interface BlockedRecipient {
  readonly recipient: Recipient;
  readonly problems: readonly ScopeProblem[];
}

export interface RecipientsByScope {
  /** Who may get a message: a readable email, an existing scope that can be cut safely, each address once. */
  readonly served: Recipient[];
  /** Who would otherwise get one but whose scope cannot be cut safely, with the reasons. */
  readonly blocked: BlockedRecipient[];
}

/** The recipients of a workbook split, in one pass, into those served and those left out for their scope. */
export function recipientsByScope(workbook: PlanWorkbook): RecipientsByScope {
  const units = unitsByCode(workbook.units);
  const check = scopeChecker(workbook);
  const served: Recipient[] = [];
  const blocked: BlockedRecipient[] = [];
  const seen = new Set<string>();
  for (const recipient of workbook.recipients) {
    if (!isDeliverable(recipient, units)) continue;
    const problems = check(recipient.scope!);
    if (problems.length > 0) {
      blocked.push({ recipient, problems });
      continue;
    }
    const key = emailKey(recipient.email!);
    if (seen.has(key)) continue;
    seen.add(key);
    served.push(recipient);
  }
  return { served, blocked };
}

/** The lines that name the blocked recipients and why, for the CLI and the Sheets dialog; none when none. */
export function blockedNotice(blocked: readonly BlockedRecipient[]): string[] {
  if (blocked.length === 0) return [];
  const lines = blocked.map(({ recipient, problems }) =>
    recipientScopeText.blocked(
      recipient.name || recipient.email!,
      recipient.email!,
      recipient.scope!,
      problems.map((problem) =>
        problem.code === 'R001'
          ? recipientScopeText.duplicated(problem.units[0]!, problem.cells)
          : recipientScopeText.cycle(problem.units, problem.cells),
      ),
    ),
  );
  return [recipientScopeText.heading(blocked.length), ...lines];
}
