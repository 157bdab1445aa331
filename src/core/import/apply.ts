/**
 * An import as rows to append and settings to fill: `Đơn vị` (codes made from the names, unique;
 * `Cơ quan` rows for the bodies that own tasks), `Đại hội` for the units that hold a congress in the
 * plan (with the term it opens), `Mốc thời gian` for each task with a deadline (one per owner), and the
 * `Cấu hình` keys the plan states (issuer, signer, Party or Youth Union, `Căn cứ`) where the workbook
 * still has them empty or at the blank workbook's default. What the workbook already has (a unit of
 * the same name, a unit's congress, a task of the same owner and text) is skipped, so importing the
 * same plan twice adds nothing; a value the office typed in `Cấu hình` is never replaced.
 */
import type { Cell } from '../cells';
import { dateCell } from '../cells';
import { foldToAscii, matchKey } from '../text';
import { type HeaderOf, SETTING, TAB, type UnitType } from '../workbook/contract';
import type { PlanWorkbook, Settings } from '../workbook/model';
import { DEFAULT_SETTINGS_ROWS, type PlanRows } from '../workbook/template';
import type { ImportedUnit, ImportResult } from './extract';
import { NameIndex } from './names';

const TYPE_PREFIX: Record<UnitType, string> = {
  'Chi bộ trực thuộc': 'CB',
  'Chi bộ cơ sở': 'CB',
  'Đảng bộ bộ phận': 'DB',
  'Đảng bộ cơ sở': 'DB',
  'Đảng bộ cấp trên cơ sở': 'DB',
  'Chi đoàn': 'CD',
  'Chi đoàn cơ sở': 'CD',
  'Đoàn cơ sở': 'DCS',
  'Đoàn cấp trên cơ sở': 'DK',
  'Cơ quan': 'CQ',
};

/** Unique codes: the next free number per base is remembered, so n codes of one base cost n steps. */
export class CodeMaker {
  private readonly next = new Map<string, number>();
  constructor(private readonly taken: Set<string>) {}

  /** "Chi đoàn Sở Tài chính" -> "CD-STC": the type's letters and the initials of the rest of the name. */
  make(name: string, type: string): string {
    const rest = name.replace(/^(Chi đoàn cơ sở|Chi đoàn|Đoàn cơ sở|Chi bộ|Đảng bộ|Đoàn)\s*/u, '');
    const letters = foldToAscii(rest)
      .split(/[\s()]+/)
      .filter(Boolean)
      .map((word) => (/^\d+$/.test(word) ? word : word.charAt(0).toUpperCase()))
      .join('')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 8);
    const base = `${TYPE_PREFIX[type as UnitType] ?? 'DV'}-${letters || 'X'}`;
    let code = base;
    let n = this.next.get(base) ?? 2;
    while (this.taken.has(code)) code = `${base}${n++}`;
    this.next.set(base, n);
    this.taken.add(code);
    return code;
  }
}

export interface ImportCounts {
  readonly units: number;
  readonly congresses: number;
  readonly milestones: number;
  readonly settings: number;
}

/** A `Cấu hình` key the import fills: its value now (empty or the blank workbook's) and the plan's. */
export interface SettingChange {
  readonly key: string;
  readonly previous: string;
  readonly value: string;
}

type ImportTab = typeof TAB.units | typeof TAB.congresses | typeof TAB.milestones | typeof TAB.settings;

/** One row to add (or one setting to fill), with a key that stays the same when the plan is read again. */
export interface ImportItem {
  readonly key: string;
  readonly tab: ImportTab;
  readonly cells: Readonly<Record<string, Cell>>;
  /** The key of the new unit row this row refers to (a congress's unit, a parent, a task's owner), if any. */
  readonly needs: string | null;
}

export interface ImportRows {
  readonly rows: PlanRows;
  readonly settings: readonly SettingChange[];
  readonly counts: ImportCounts;
  readonly items: readonly ImportItem[];
}

const unitKey = (name: string) => `DV|${matchKey(name)}`;
const DEFAULTS = new Map(DEFAULT_SETTINGS_ROWS.map(([key, value]) => [key, String(value)]));

/** The settings the plan states, with the workbook's current value of each. */
function settingChanges(result: ImportResult, settings: Settings): SettingChange[] {
  const { plan } = result;
  const wanted: [string, string | null, string][] = [
    [SETTING.parentBody, plan.parentBody, settings.parentBody],
    [SETTING.issuingBody, plan.issuingBody, settings.issuingBody],
    [SETTING.place, plan.place, settings.place],
    [SETTING.reportSymbol, plan.reportSymbol, settings.reportSymbol],
    [SETTING.signer, plan.signer, settings.signer],
    [SETTING.signerTitle, plan.signerTitle, settings.signerTitle],
    [SETTING.onBehalfOf, plan.onBehalfOf, settings.onBehalfOf],
    [SETTING.organisation, plan.organisation, settings.organisation],
    [SETTING.reportBasis, plan.basis, settings.reportBasis],
  ];
  const changes: SettingChange[] = [];
  for (const [key, value, current] of wanted) {
    if (!value || matchKey(value) === matchKey(current)) continue;
    const unset = current.trim() === '' || matchKey(current) === matchKey(DEFAULTS.get(key) ?? '');
    if (unset) changes.push({ key, previous: current, value });
  }
  return changes;
}

/** Cells of one row of `T`, by the tab's own headers (a mistyped header fails to compile). */
type RowOf<T extends ImportTab> = { [H in HeaderOf<T>]?: Cell };
type Row = Record<string, Cell>;

/** What the import knows of the plan's units once each has a code: every later step reads it. */
interface UnitCodes {
  readonly codeOf: ReadonlyMap<ImportedUnit, string>;
  /** Units the workbook does not have yet: they become rows of `Đơn vị`. */
  readonly isNew: ReadonlySet<ImportedUnit>;
  /** The workbook's units and the new ones, by name. */
  readonly existing: NameIndex<string>;
  /** The plan's units by name. */
  readonly byName: NameIndex<ImportedUnit>;
}

/** A unit of the workbook of the same name keeps its code; every other unit gets a new one. */
function codeUnits(result: ImportResult, workbook: PlanWorkbook): UnitCodes {
  const codes = new CodeMaker(new Set(workbook.units.map((unit) => unit.code)));
  const existing = new NameIndex<string>();
  for (const unit of workbook.units) if (unit.code && unit.name) existing.add(unit.name, unit.code);
  const byName = new NameIndex<ImportedUnit>();
  for (const unit of result.units) byName.add(unit.name, unit);
  const codeOf = new Map<ImportedUnit, string>();
  const isNew = new Set<ImportedUnit>();
  for (const unit of result.units) {
    let code = existing.find(unit.name);
    if (!code) {
      code = codes.make(unit.name, unit.type);
      isNew.add(unit);
      existing.add(unit.name, code);
    }
    codeOf.set(unit, code);
  }
  return { codeOf, isNew, existing, byName };
}

/** A row of `Đơn vị` per new unit; parents are resolved once every unit has a code. */
function unitItems(result: ImportResult, { codeOf, isNew, existing, byName }: UnitCodes): ImportItem[] {
  const items: ImportItem[] = [];
  for (const unit of result.units) {
    if (!isNew.has(unit)) continue;
    const row: Row = {
      'Mã đơn vị': codeOf.get(unit)!,
      'Tên đơn vị': unit.name,
      'Loại đơn vị': unit.type,
      'Số thành viên': unit.type === 'Cơ quan' ? null : unit.members,
    } satisfies RowOf<typeof TAB.units>;
    let needs: string | null = null;
    if (unit.parent) {
      const parent = byName.find(unit.parent);
      row['Đơn vị cấp trên' satisfies HeaderOf<typeof TAB.units>] =
        (parent ? codeOf.get(parent) : existing.find(unit.parent)) ?? null;
      if (parent && isNew.has(parent)) needs = unitKey(parent.name);
    }
    items.push({ key: unitKey(unit.name), tab: TAB.units, cells: row, needs });
  }
  return items;
}

/** A row of `Đại hội` per unit the plan gives a congress, unless the workbook has its congress. */
function congressItems(result: ImportResult, workbook: PlanWorkbook, units: UnitCodes): ImportItem[] {
  const withCongress = new Set(workbook.congresses.map((congress) => congress.unitCode));
  const items: ImportItem[] = [];
  for (const unit of result.units) {
    const code = units.codeOf.get(unit)!;
    if (!unit.congress || withCongress.has(code)) continue;
    withCongress.add(code);
    const row = {
      'Mã đơn vị': code,
      'Hình thức': unit.pilot ? 'Đại hội điểm' : 'Đại hội',
      'Bầu trực tiếp Bí thư': unit.directElection ? 'Có' : 'Không',
      'Nhiệm kỳ mới': unit.newTerm,
      'Số ngày': unit.days,
      'Thành viên dự': unit.members,
      'Đại biểu mời': unit.invited,
      'Tổng đại biểu': unit.total,
      'Hạn hoàn thành': unit.deadline ? dateCell(unit.deadline) : null,
      'Trạng thái': 'Chưa bắt đầu',
    } satisfies RowOf<typeof TAB.congresses>;
    items.push({
      key: `DH|${matchKey(unit.name)}`,
      tab: TAB.congresses,
      cells: row,
      needs: units.isNew.has(unit) ? unitKey(unit.name) : null,
    });
  }
  return items;
}

/**
 * A row of `Mốc thời gian` per dated task. A task the workbook has (same owner and text) is not added
 * again, whatever its date there: a date the office corrected, or one it could not read, is not a new
 * task. Within one plan, the same text for the same owner on two dates is two tasks.
 */
function milestoneItems(
  result: ImportResult,
  workbook: PlanWorkbook,
  { codeOf, isNew, existing, byName }: UnitCodes,
): ImportItem[] {
  const inWorkbook = new Set(
    workbook.milestones.map((milestone) => `${milestone.owner ?? ''}\u0000${matchKey(milestone.content)}`),
  );
  const added = new Set<string>();
  const milestoneCodes = new Set(workbook.milestones.map((milestone) => milestone.code));
  const items: ImportItem[] = [];
  let counter = 1;
  for (const task of result.tasks) {
    if (!task.due) continue;
    const owner = task.owner ? byName.find(task.owner) : undefined;
    const ownerCode = owner ? codeOf.get(owner)! : task.owner ? (existing.find(task.owner) ?? '') : '';
    const key = `${ownerCode}\u0000${matchKey(task.text)}`;
    if (inWorkbook.has(key) || added.has(`${key}\u0000${task.due}`)) continue;
    added.add(`${key}\u0000${task.due}`);
    // The next free KHnn.
    let code: string;
    do code = `KH${String(counter++).padStart(2, '0')}`;
    while (milestoneCodes.has(code));
    milestoneCodes.add(code);
    const row = {
      'Mã công việc': code,
      'Nội dung': task.text,
      'Đơn vị chủ trì': ownerCode || null,
      Hạn: dateCell(task.due),
    } satisfies RowOf<typeof TAB.milestones>;
    items.push({
      key: `MT|${task.due}|${matchKey(task.owner ?? '')}|${matchKey(task.text)}`,
      tab: TAB.milestones,
      cells: row,
      needs: owner && isNew.has(owner) ? unitKey(owner.name) : null,
    });
  }
  return items;
}

export function importRows(result: ImportResult, workbook: PlanWorkbook): ImportRows {
  const units = codeUnits(result, workbook);
  const settings = settingChanges(result, workbook.settings);
  const unitRows = unitItems(result, units);
  const congressRows = congressItems(result, workbook, units);
  const milestoneRows = milestoneItems(result, workbook, units);
  const cellsOf = (item: ImportItem) => item.cells as Row;
  return {
    rows: {
      [TAB.units]: unitRows.map(cellsOf),
      [TAB.congresses]: congressRows.map(cellsOf),
      [TAB.milestones]: milestoneRows.map(cellsOf),
    },
    settings,
    counts: {
      units: unitRows.length,
      congresses: congressRows.length,
      milestones: milestoneRows.length,
      settings: settings.length,
    },
    items: [
      ...unitRows,
      ...congressRows,
      ...milestoneRows,
      ...settings.map(
        (change): ImportItem => ({
          key: `CH|${matchKey(change.key)}`,
          tab: TAB.settings,
          cells: { Khóa: change.key, 'Giá trị': change.value } satisfies RowOf<typeof TAB.settings>,
          needs: null,
        }),
      ),
    ],
  };
}

/** Nothing to write. */
export function isEmptyImport(counts: ImportCounts): boolean {
  return counts.units + counts.congresses + counts.milestones + counts.settings === 0;
}

/**
 * The rows a person ticked in a preview. A congress whose new unit was left out is left out too (it
 * would name a unit that does not exist); a unit whose new parent, or a task whose new owner, was left
 * out keeps none.
 */
export function chooseImportRows(
  result: ImportRows,
  keys: Iterable<string>,
): { rows: PlanRows; settings: SettingChange[]; counts: ImportCounts } {
  const chosen = new Set(keys);
  const kept = result.items.filter((item) => chosen.has(item.key));
  const keptKeys = new Set(kept.map((item) => item.key));
  const rows: Record<string, Record<string, Cell>[]> = {
    [TAB.units]: [],
    [TAB.congresses]: [],
    [TAB.milestones]: [],
  };
  const settings: SettingChange[] = [];
  for (const item of kept) {
    if (item.tab === TAB.settings) {
      const change = result.settings.find((candidate) => candidate.key === item.cells.Khóa);
      if (change) settings.push(change);
    } else if (item.needs !== null && !keptKeys.has(item.needs)) {
      if (item.tab === TAB.congresses) continue;
      const cleared = item.tab === TAB.units ? 'Đơn vị cấp trên' : 'Đơn vị chủ trì';
      rows[item.tab]!.push({ ...item.cells, [cleared]: null });
    } else {
      rows[item.tab]!.push({ ...item.cells });
    }
  }
  return {
    rows,
    settings,
    counts: {
      units: rows[TAB.units]!.length,
      congresses: rows[TAB.congresses]!.length,
      milestones: rows[TAB.milestones]!.length,
      settings: settings.length,
    },
  };
}

/**
 * WORKBOOK.md's `import --json` shape (each unit with the contract's fields only), followed by what
 * issue 16 adds: what the plan says about itself, the congresses with their new term, the tasks with
 * their owners, the cited documents, what was skipped and why, and the stated counts checked.
 */
export function importJson(result: ImportResult) {
  return {
    deadlines: result.deadlines,
    references: result.references,
    units: result.units.map(({ name, type, members, invited, total, days, deadline }) => ({
      name,
      type,
      members,
      invited,
      total,
      days,
      deadline,
    })),
    emails: result.emails,
    text: result.text,
    plan: result.plan,
    congresses: result.units
      .filter((unit) => unit.congress)
      .map((unit) => ({
        unit: unit.name,
        form: unit.pilot ? 'Đại hội điểm' : 'Đại hội',
        directElection: unit.directElection,
        newTerm: unit.newTerm,
        deadline: unit.deadline,
        parent: unit.parent,
      })),
    tasks: result.tasks,
    documents: result.documents,
    skipped: result.skipped,
    checks: result.checks,
  };
}
