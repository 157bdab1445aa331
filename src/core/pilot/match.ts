/**
 * Which rows of `Mốc thời gian` already are a congress's standard steps, whoever typed them: the
 * office, the importer (h16: tasks with owners from the plan's text) or an earlier suggestion. A task
 * is a step of a congress when its code is the step's code (`YKVK-BH`), or when its text says what the
 * step does and it is about that congress: it names the congress's unit, or it names no congress and
 * its `Đơn vị chủ trì` is whoever does the step (so the upper level's "duyệt văn kiện đại hội cấp cơ
 * sở" counts for every congress it approves). The cost is linear in the text of the tasks.
 */
import { pushAll } from '../arrays';
import { foldToAscii, matchKey } from '../text';
import { isBody } from '../workbook/contract';
import type { Congress, Milestone, PlanWorkbook, Unit } from '../workbook/model';
import { firstByKey, unitsByCode } from '../workbook/queries';
import { congressSteps, type StepId, type StepOwner, type StepSpec } from './steps';

/** What a task's text says it does; a plan-level summary reads as `results`. */
export type TaskKind = Exclude<StepId, 'summary'>;

/** Accent-free lower-case words separated by single spaces: "Xin ý kiến" -> "xin y kien". */
export function foldWords(text: string): string {
  return foldToAscii(matchKey(text))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SEEK = /\b(xin y kien|trinh)\b|\bbao cao\b.*\bvoi\b/;
const GRANT = /\b(dong y|cho y kien|duyet|thong qua)\b/;
const DOCUMENTS = /\b(van kien|bao cao chinh tri|bao cao kiem diem|du thao)\b/;
const PERSONNEL = /\bnhan su\b/;
const SAME_LEVEL_PARTY = /\bcap uy (dang )?cung cap\b/;
const PLAN = /\b(ban hanh|xay dung|trien khai|quan triet)\b.*\bke hoach\b/;
const DRAFTS =
  /\b(du thao|xay dung|chuan bi|hoan thien|hoan thanh)\b.*\b(van kien|bao cao chinh tri|bao cao kiem diem)\b/;
const INVITATIONS = /\b(giay moi|moi dai bieu|trieu tap)\b/;
const LESSONS = /\b(rut kinh nghiem|tong ket)\b/;
const RESULTS = /\bbao cao ket qua\b|\btong hop\b.*\bket qua\b/;
const CONGRESS = /^(to chuc |tien hanh |hoan thanh )?dai hoi\b/;
/** Budget tasks mention congresses and plans but are none of the steps. */
const BUDGET = /\bdu toan\b/;

/** The steps a task's text describes (words of unit names already taken out). */
export function kindsOf(words: string): TaskKind[] {
  if (BUDGET.test(words)) return [];
  const seek = SEEK.test(words);
  const documents = DOCUMENTS.test(words);
  const personnel = PERSONNEL.test(words);
  if (seek && (documents || personnel)) {
    return [
      ...(documents ? (['opinionDocuments'] as const) : []),
      ...(personnel ? (['opinionPersonnel'] as const) : []),
    ];
  }
  if (!seek && GRANT.test(words) && (documents || personnel || /\bde an\b/.test(words)))
    return [SAME_LEVEL_PARTY.test(words) ? 'partyApproval' : 'approval'];
  if (PLAN.test(words)) return ['plan'];
  if (DRAFTS.test(words)) return ['drafts'];
  if (INVITATIONS.test(words)) return ['invitations'];
  if (LESSONS.test(words)) return ['lessons'];
  if (RESULTS.test(words)) return ['results'];
  if (CONGRESS.test(words)) return ['congress'];
  return [];
}

/** Finds unit names inside texts: one map lookup per word, longest name at each position. */
class NameFinder {
  private readonly byFirstWords = new Map<string, { code: string; words: string[] }[]>();

  constructor(units: readonly Unit[]) {
    for (const unit of units) {
      if (!unit.code || !unit.name) continue;
      const words = foldWords(unit.name).split(' ');
      // A one-word name ("Xã") would be found in too many sentences to mean the unit.
      if (words.length < 2) continue;
      const key = `${words[0]} ${words[1]}`;
      const list = this.byFirstWords.get(key) ?? [];
      list.push({ code: unit.code, words });
      this.byFirstWords.set(key, list);
    }
  }

  /** The codes of the units the text names, and the text's words without those names. */
  find(words: readonly string[]): { codes: Set<string>; rest: string } {
    const codes = new Set<string>();
    const rest: string[] = [];
    let index = 0;
    while (index < words.length) {
      let best: { code: string; words: string[] } | undefined;
      for (const candidate of this.byFirstWords.get(`${words[index]} ${words[index + 1]}`) ?? []) {
        if (best && candidate.words.length <= best.words.length) continue;
        if (candidate.words.every((word, offset) => words[index + offset] === word)) best = candidate;
      }
      if (best) {
        codes.add(best.code);
        index += best.words.length;
      } else {
        rest.push(words[index]!);
        index++;
      }
    }
    return { codes, rest: rest.join(' ') };
  }
}

export interface ClassifiedTask {
  readonly milestone: Milestone;
  readonly kinds: readonly TaskKind[];
  /** Units holding a congress that the text names (an approver named beside its unit is left out). */
  readonly congressUnits: ReadonlySet<string>;
}

/** The plan's shape the steps need: each congress's unit, approver, and the plan's upper level. */
export interface PilotStructure {
  readonly units: ReadonlyMap<string, Unit>;
  /** One congress per unit (a second row is R005), only for units that exist and hold congresses. */
  readonly congresses: readonly Congress[];
  /** Who approves the congress: its `Đơn vị cấp trên`, else (a top unit) the plan level's office. */
  readonly approverOf: (unitCode: string) => Unit | undefined;
  /** The unit's `Đơn vị cấp trên` as a row of Đơn vị: the level named in the tasks' words. */
  readonly parentOf: (unitCode: string) => Unit | undefined;
  /** The lowest unit above every pilot congress: who draws the lessons. */
  readonly planOwner?: Unit;
  /** The plan owner's organising office (a `Cơ quan` named Ban Tổ chức ...), else the plan owner. */
  readonly planOffice?: Unit;
  readonly pilots: readonly Congress[];
}

function ancestors(unit: Unit, units: ReadonlyMap<string, Unit>): Unit[] {
  const chain: Unit[] = [];
  const seen = new Set<string>([unit.code]);
  let current = unit.parent ? units.get(unit.parent) : undefined;
  while (current && !seen.has(current.code)) {
    chain.push(current);
    seen.add(current.code);
    current = current.parent ? units.get(current.parent) : undefined;
  }
  return chain;
}

export function pilotStructure(workbook: PlanWorkbook): PilotStructure {
  const units = unitsByCode(workbook.units);
  const seen = new Set<string>();
  const congresses: Congress[] = [];
  for (const congress of workbook.congresses) {
    const unit = units.get(congress.unitCode);
    if (!unit || isBody(unit.type) || seen.has(unit.code)) continue;
    seen.add(unit.code);
    congresses.push(congress);
  }
  const parentOf = (code: string) => {
    const parent = units.get(code)?.parent;
    return parent ? units.get(parent) : undefined;
  };
  const pilots = congresses.filter((congress) => congress.form === 'Đại hội điểm');
  let planOwner: Unit | undefined;
  if (pilots.length > 0) {
    const chains = pilots.map((pilot) => ancestors(units.get(pilot.unitCode)!, units));
    const pilotCodes = new Set(pilots.map((pilot) => pilot.unitCode));
    planOwner = chains[0]!.find(
      (candidate) =>
        !pilotCodes.has(candidate.code) &&
        chains.every((chain) => chain.some((u) => u.code === candidate.code)),
    );
  }
  // The organising office of the plan's level: a Cơ quan "Ban Tổ chức ..." under the plan owner, or at
  // the top when the issuing level itself is not a row of Đơn vị (it is the workbook's Cấu hình).
  const office = workbook.units.find(
    (unit) =>
      isBody(unit.type) &&
      (unit.parent ?? '') === (planOwner?.code ?? '') &&
      foldWords(unit.name).startsWith('ban to chuc'),
  );
  const planOffice = office ?? planOwner;
  // A unit at the top of Đơn vị is approved by the issuing level, which the office stands in for.
  const approverOf = (code: string) => {
    const unit = units.get(code);
    if (unit?.parent) return parentOf(code);
    return office && !planOwner ? office : undefined;
  };
  const owner = planOwner ?? office;
  return {
    units,
    congresses,
    approverOf,
    parentOf,
    pilots,
    ...(owner ? { planOwner: owner } : {}),
    ...(planOffice ? { planOffice } : {}),
  };
}

const KIND_OF_STEP: Record<StepId, TaskKind> = {
  plan: 'plan',
  drafts: 'drafts',
  opinionDocuments: 'opinionDocuments',
  opinionPersonnel: 'opinionPersonnel',
  approval: 'approval',
  partyApproval: 'partyApproval',
  invitations: 'invitations',
  congress: 'congress',
  results: 'results',
  lessons: 'lessons',
  summary: 'results',
};

/** The code a suggested task of this step gets: `YKVK-BH`; a plan step `RKN-HU` (or `RKN`). */
export function stepCode(step: StepSpec, ownerOrUnit: string | undefined): string {
  return ownerOrUnit ? `${step.prefix}-${ownerOrUnit}` : step.prefix;
}

export interface StepMatches {
  /** Tasks that are this congress's step, in sheet order. */
  forCongress(unitCode: string, step: StepSpec): readonly Milestone[];
  /** Tasks that are the plan step (lessons, summary). */
  forPlan(step: StepSpec): readonly Milestone[];
}

/** Indexes every task once by what it does and whom it is about. */
export function matchSteps(workbook: PlanWorkbook, structure: PilotStructure): StepMatches {
  const finder = new NameFinder(workbook.units);
  const congressUnits = new Set(structure.congresses.map((congress) => congress.unitCode));
  const byCode = firstByKey(workbook.milestones, (milestone) => milestone.code);
  const named = new Map<string, Milestone[]>();
  const owned = new Map<string, Milestone[]>();
  const put = (map: Map<string, Milestone[]>, key: string, milestone: Milestone) => {
    const list = map.get(key);
    if (list) {
      if (list[list.length - 1] !== milestone) list.push(milestone);
    } else map.set(key, [milestone]);
  };
  for (const milestone of workbook.milestones) {
    const { codes, rest } = finder.find(foldWords(milestone.content).split(' '));
    const kinds = kindsOf(rest);
    if (kinds.length === 0) continue;
    let about = [...codes].filter((code) => congressUnits.has(code));
    // "Xin ý kiến cấp ủy cấp trên (Đảng bộ xã Bình Lư) ... đại hội Chi bộ 02": the approver is named
    // beside the unit, and the task is the unit's, not the approver's own congress.
    if (about.length > 1) {
      const approvers = new Set(about.map((code) => structure.approverOf(code)?.code));
      about = about.filter((code) => !approvers.has(code));
    }
    for (const kind of kinds) {
      if (about.length > 0) for (const code of about) put(named, `${kind}\u0000${code}`, milestone);
      else put(owned, `${kind}\u0000${milestone.owner ?? ''}`, milestone);
    }
  }

  const ownerCode = (owner: StepOwner, unitCode: string): string | undefined => {
    if (owner === 'unit') return unitCode;
    if (owner === 'approver') return structure.approverOf(unitCode)?.code;
    if (owner === 'planOwner') return structure.planOwner?.code;
    return structure.planOffice?.code;
  };
  const withCode = (code: string, list: readonly Milestone[]) => {
    const coded = byCode.get(code);
    return coded && !list.includes(coded) ? [coded, ...list] : list;
  };

  return {
    forCongress(unitCode, step) {
      const kind = KIND_OF_STEP[step.id];
      const owner = ownerCode(step.owner, unitCode);
      const list = [
        ...(named.get(`${kind}\u0000${unitCode}`) ?? []),
        ...(owner !== undefined ? (owned.get(`${kind}\u0000${owner}`) ?? []) : []),
      ];
      return withCode(stepCode(step, unitCode), list);
    },
    forPlan(step) {
      const kind = KIND_OF_STEP[step.id];
      const owners = new Set(['', structure.planOwner?.code ?? '', structure.planOffice?.code ?? '']);
      const list: Milestone[] = [];
      for (const owner of owners) pushAll(list, owned.get(`${kind}\u0000${owner}`) ?? []);
      // An office (`Cơ quan`) of the plan's level may hold the meeting or the summary too.
      for (const unit of structure.units.values()) {
        if (isBody(unit.type) && !owners.has(unit.code))
          pushAll(list, owned.get(`${kind}\u0000${unit.code}`) ?? []);
      }
      return withCode(stepCode(step, ownerCode(step.owner, '')), list);
    },
  };
}

/**
 * The opinion and approval tasks of each congress (what D010 and D011 check), by unit code. A
 * congress whose approvals are not tracked in `Mốc thời gian` has none.
 */
export function gateTasks(workbook: PlanWorkbook): Map<string, Milestone[]> {
  const structure = pilotStructure(workbook);
  const matches = matchSteps(workbook, structure);
  const gates = new Map<string, Milestone[]>();
  for (const congress of structure.congresses) {
    const tasks = new Set<Milestone>();
    for (const step of congressSteps(workbook.settings.organisation)) {
      if (!step.gate) continue;
      for (const task of matches.forCongress(congress.unitCode, step)) tasks.add(task);
    }
    if (tasks.size > 0)
      gates.set(
        congress.unitCode,
        [...tasks].sort((a, b) => a.row - b.row),
      );
  }
  return gates;
}
