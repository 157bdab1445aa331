/**
 * Lập mốc công việc gợi ý: for each congress, the standard steps (./steps.ts) it does not have yet in
 * `Mốc thời gian`, dated back from its `Ngày đại hội` (or, without one, its `Hạn hoàn thành`), each
 * with its owner and the steps it follows; then the upper level's lessons meeting and summary after
 * the last pilot. Steps already present (./match.ts) are not suggested again, so a second run adds
 * nothing; existing rows are only read.
 */
import { pushAll } from '../arrays';
import { type Cell, dateCell, type IsoDate } from '../cells';
import { addDays, formatDateVi } from '../dates';
import { pilotText, type TaskWording } from '../messages/pilot';
import type { Congress, PlanWorkbook, Settings, Unit } from '../workbook/model';
import { isHeld } from '../workbook/queries';
import { matchSteps, pilotStructure, stepCode } from './match';
import { congressSteps, PLAN_STEPS, type StepId, type StepSpec } from './steps';

export interface SuggestedTask {
  readonly code: string;
  readonly content: string;
  /** `Đơn vị chủ trì`; absent when the step's owner is not in `Đơn vị` (a unit with no upper level). */
  readonly owner?: string;
  readonly due: IsoDate;
  readonly dependsOn: readonly string[];
  /** `Ghi chú`: marks the row as suggested and says how its date was counted. */
  readonly note: string;
  readonly step: StepId;
  /** The congress's unit; absent for the upper level's steps. */
  readonly congressUnit?: string;
}

export interface TaskSuggestion {
  readonly tasks: readonly SuggestedTask[];
  /** Steps already in `Mốc thời gian` (not suggested again). */
  readonly matched: number;
  /** Congresses that get at least one new task. */
  readonly congresses: number;
  /** Congresses with a date or a deadline to count from (none: nothing to suggest at all). */
  readonly dated: number;
}

/** A step's days: `Cấu hình` first, else the table's default. */
export function stepDays(step: StepSpec, settings: Settings): number {
  if (step.id === 'results') return settings.resultsReportDays;
  if (step.id === 'congress') return 0;
  return settings.taskDays[step.id] ?? step.defaultDays;
}

/** The day a congress ends: its date plus its extra days; without a date, its deadline. */
export function congressEnd(congress: Congress): IsoDate | undefined {
  if (congress.date) return addDays(congress.date, Math.max((congress.days ?? 1) - 1, 0));
  return congress.deadline;
}

interface Dated {
  readonly due: IsoDate;
  readonly note: string;
}

function dateOf(step: StepSpec, congress: Congress, days: number): Dated | undefined {
  const anchor = congress.date ?? congress.deadline;
  if (!anchor) return undefined;
  const n = pilotText.note;
  const anchorLabel = congress.date ? n.congressDate(formatDateVi(anchor)) : n.deadline(formatDateVi(anchor));
  if (step.when === 'before') return { due: addDays(anchor, -days), note: n.before(days, anchorLabel) };
  if (step.when === 'at') return { due: anchor, note: n.at(anchorLabel) };
  const end = congressEnd(congress)!;
  const endLabel = congress.date ? n.congressEnd(formatDateVi(end)) : n.deadline(formatDateVi(end));
  return { due: addDays(end, days), note: n.after(days, endLabel) };
}

function wordingFor(
  congress: Congress,
  unit: Unit,
  approver: Unit | undefined,
  settings: Settings,
): TaskWording {
  return {
    youth: settings.organisation === 'Đoàn',
    unit: unit.name || unit.code,
    approver: approver ? approver.name || approver.code : '',
    pilot: congress.form === 'Đại hội điểm',
    directElection: congress.directElection,
  };
}

export function suggestTasks(workbook: PlanWorkbook): TaskSuggestion {
  const { settings } = workbook;
  const structure = pilotStructure(workbook);
  const matches = matchSteps(workbook, structure);
  const taken = new Set(workbook.milestones.map((milestone) => milestone.code));
  const tasks: SuggestedTask[] = [];
  const touched = new Set<string>();
  let matched = 0;
  /** The code each congress's step goes by, whether it was there or is suggested now. */
  const codeOf = new Map<string, string>();
  const key = (unitCode: string, step: StepId) => `${unitCode}\u0000${step}`;

  for (const congress of structure.congresses) {
    const unit = structure.units.get(congress.unitCode)!;
    const approver = structure.approverOf(unit.code);
    const held = isHeld(congress);
    // The words name the approving level itself (never the office standing in for it).
    const wording = wordingFor(congress, unit, structure.parentOf(unit.code), settings);
    for (const step of congressSteps(settings.organisation)) {
      const present = matches.forCongress(unit.code, step);
      if (present.length > 0) {
        matched++;
        const coded = present.find((task) => task.code);
        if (coded) codeOf.set(key(unit.code, step.id), coded.code);
        continue;
      }
      // A held congress's preparation is history: only what is still ahead (reporting results) is
      // suggested, and nothing once its results are reported.
      if (held && (step.when !== 'after' || congress.status === 'Đã báo cáo')) continue;
      const dated = dateOf(step, congress, stepDays(step, settings));
      if (!dated) continue;
      const code = stepCode(step, unit.code);
      // The code is free: a task with it would have matched above.
      taken.add(code);
      codeOf.set(key(unit.code, step.id), code);
      const owner = step.owner === 'approver' ? approver?.code : unit.code;
      tasks.push({
        code,
        content: (pilotText.task[step.id] as (wording: TaskWording) => string)(wording),
        ...(owner ? { owner } : {}),
        due: dated.due,
        // One task may be two steps (opinion on documents and on personnel in one line): list it once.
        dependsOn: [
          ...new Set(
            step.after
              .map((id) => codeOf.get(key(unit.code, id)))
              .filter((dependency): dependency is string => dependency !== undefined),
          ),
        ],
        note: dated.note,
        step: step.id,
        congressUnit: unit.code,
      });
      touched.add(unit.code);
    }
  }

  pushAll(
    tasks,
    planTasks(workbook, structure, matches, codeOf, key, taken, (count) => (matched += count)),
  );
  const dated = structure.congresses.filter((congress) => congress.date ?? congress.deadline).length;
  return { tasks, matched, congresses: touched.size, dated };
}

function planTasks(
  workbook: PlanWorkbook,
  structure: ReturnType<typeof pilotStructure>,
  matches: ReturnType<typeof matchSteps>,
  codeOf: ReadonlyMap<string, string>,
  key: (unitCode: string, step: StepId) => string,
  taken: Set<string>,
  countMatched: (count: number) => void,
): SuggestedTask[] {
  const ends = structure.pilots
    .map((pilot) => congressEnd(pilot))
    .filter((end): end is IsoDate => end !== undefined)
    .sort();
  const lastEnd = ends[ends.length - 1];
  if (!lastEnd) return [];
  const tasks: SuggestedTask[] = [];
  const planCodes = new Map<StepId, string>();
  for (const step of PLAN_STEPS) {
    const present = matches.forPlan(step);
    if (present.length > 0) {
      countMatched(1);
      const coded = present.find((task) => task.code);
      if (coded) planCodes.set(step.id, coded.code);
      continue;
    }
    const owner = step.owner === 'planOwner' ? structure.planOwner : structure.planOffice;
    // A task with this code would have matched above: the code is free.
    const code = stepCode(step, owner?.code);
    taken.add(code);
    planCodes.set(step.id, code);
    const days = stepDays(step, workbook.settings);
    const dependsOn =
      step.id === 'lessons'
        ? [
            ...new Set(
              structure.pilots
                .map((pilot) => codeOf.get(key(pilot.unitCode, 'congress')))
                .filter((dependency): dependency is string => dependency !== undefined),
            ),
          ]
        : step.after.map((id) => planCodes.get(id)).filter((code): code is string => code !== undefined);
    tasks.push({
      code,
      content: pilotText.task[step.id as 'lessons' | 'summary'](),
      ...(owner ? { owner: owner.code } : {}),
      due: addDays(lastEnd, days),
      dependsOn,
      note: pilotText.note.after(days, pilotText.note.lastPilot(formatDateVi(lastEnd))),
      step: step.id,
    });
  }
  return tasks;
}

/** The suggested tasks as rows of `Mốc thời gian`. */
export function taskRows(tasks: readonly SuggestedTask[]): Record<string, Cell>[] {
  return tasks.map((task) => ({
    'Mã công việc': task.code,
    'Nội dung': task.content,
    'Đơn vị chủ trì': task.owner ?? null,
    Hạn: dateCell(task.due),
    'Phụ thuộc': task.dependsOn.join('; ') || null,
    'Ghi chú': task.note,
  }));
}
