/**
 * An import as rows to append: `Đơn vị` (codes made from the names, unique), `Đại hội` for the units
 * that hold a congress in the plan, `Mốc thời gian` for each deadline. What the workbook already has
 * (a unit of the same name, a milestone with the same date and text) is skipped, so importing the same
 * plan twice adds nothing.
 */
import type { Cell } from '../cells';
import { dateCell } from '../cells';
import { foldToAscii, matchKey } from '../text';
import { TAB } from '../workbook/contract';
import type { PlanWorkbook } from '../workbook/model';
import type { PlanRows } from '../workbook/template';
import { type ImportResult, sameUnitName } from './extract';

const TYPE_PREFIX: Record<string, string> = {
  'Chi bộ trực thuộc': 'CB',
  'Chi bộ cơ sở': 'CB',
  'Đảng bộ bộ phận': 'DB',
  'Đảng bộ cơ sở': 'DB',
  'Đảng bộ cấp trên cơ sở': 'DB',
  'Chi đoàn': 'CD',
  'Chi đoàn cơ sở': 'CD',
  'Đoàn cơ sở': 'DCS',
  'Đoàn cấp trên cơ sở': 'DK',
};

/** "Chi đoàn Sở Tài chính" -> "CD-STC": the type's letters and the initials of the rest of the name. */
export function codeFor(name: string, type: string, taken: ReadonlySet<string>): string {
  const rest = name.replace(/^(Chi đoàn cơ sở|Chi đoàn|Đoàn cơ sở|Chi bộ|Đảng bộ)\s*/u, '');
  const letters = foldToAscii(rest)
    .split(/[\s()]+/)
    .filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? word : word.charAt(0).toUpperCase()))
    .join('')
    .slice(0, 8);
  const base = `${TYPE_PREFIX[type] ?? 'DV'}-${letters || 'X'}`;
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}${n}`;
  return code;
}

export interface ImportCounts {
  readonly units: number;
  readonly congresses: number;
  readonly milestones: number;
}

/** One row to add, with a key that stays the same when the same plan is read again. */
export interface ImportItem {
  readonly key: string;
  readonly tab: typeof TAB.units | typeof TAB.congresses | typeof TAB.milestones;
  readonly cells: Readonly<Record<string, Cell>>;
  /** The key of the new unit row this row refers to (a congress's unit, a unit's parent), if any. */
  readonly needs: string | null;
}

export interface ImportRows {
  readonly rows: PlanRows;
  readonly counts: ImportCounts;
  readonly items: readonly ImportItem[];
}

const unitKey = (name: string) => `DV|${matchKey(name)}`;

export function importRows(result: ImportResult, workbook: PlanWorkbook): ImportRows {
  const taken = new Set(workbook.units.map((unit) => unit.code));
  const codeOf = new Map<string, string>();
  for (const unit of workbook.units) codeOf.set(unit.name, unit.code);
  const existingCode = (name: string) => workbook.units.find((unit) => sameUnitName(unit.name, name))?.code;

  const unitRows: Record<string, Cell>[] = [];
  for (const unit of result.units) {
    const known = existingCode(unit.name);
    if (known) {
      codeOf.set(unit.name, known);
      continue;
    }
    const code = codeFor(unit.name, unit.type, taken);
    taken.add(code);
    codeOf.set(unit.name, code);
    unitRows.push({
      'Mã đơn vị': code,
      'Tên đơn vị': unit.name,
      'Loại đơn vị': unit.type,
      'Số thành viên': null,
    });
  }
  // Parents are resolved once every unit has a code.
  const newUnitNames = new Set(unitRows.map((row) => String(row['Tên đơn vị'])));
  const items: ImportItem[] = [];
  for (const row of unitRows) {
    const unit = result.units.find((candidate) => candidate.name === row['Tên đơn vị']);
    let needs: string | null = null;
    if (unit?.parent) {
      const parentName = result.units.find((other) => sameUnitName(other.name, unit.parent!))?.name;
      const existing = existingCode(unit.parent);
      row['Đơn vị cấp trên'] = existing ?? (parentName ? codeOf.get(parentName) : undefined) ?? null;
      if (!existing && parentName && newUnitNames.has(parentName)) needs = unitKey(parentName);
    }
    if (unit?.members !== null && unit?.members !== undefined) row['Số thành viên'] = unit.members;
    items.push({ key: unitKey(String(row['Tên đơn vị'])), tab: TAB.units, cells: row, needs });
  }

  const withCongress = new Set(workbook.congresses.map((congress) => congress.unitCode));
  const congressRows: Record<string, Cell>[] = [];
  for (const unit of result.units) {
    const holds = unit.pilot || unit.directElection || unit.total !== null || unit.days !== null;
    const code = codeOf.get(unit.name)!;
    if (!holds || withCongress.has(code)) continue;
    withCongress.add(code);
    const row: Record<string, Cell> = {
      'Mã đơn vị': code,
      'Hình thức': unit.pilot ? 'Đại hội điểm' : 'Đại hội',
      'Bầu trực tiếp Bí thư': unit.directElection ? 'Có' : 'Không',
      'Số ngày': unit.days,
      'Thành viên dự': unit.members,
      'Đại biểu mời': unit.invited,
      'Tổng đại biểu': unit.total,
      'Hạn hoàn thành': unit.deadline ? dateCell(unit.deadline) : null,
      'Trạng thái': 'Chưa bắt đầu',
    };
    congressRows.push(row);
    items.push({
      key: `DH|${matchKey(unit.name)}`,
      tab: TAB.congresses,
      cells: row,
      needs: existingCode(unit.name) ? null : unitKey(unit.name),
    });
  }

  const seenMilestones = new Set(workbook.milestones.map((m) => `${m.due}\u0000${matchKey(m.content)}`));
  const milestoneCodes = new Set(workbook.milestones.map((m) => m.code));
  const milestoneRows: Record<string, Cell>[] = [];
  let counter = 1;
  for (const deadline of result.deadlines) {
    const key = `${deadline.date}\u0000${matchKey(deadline.text)}`;
    if (seenMilestones.has(key)) continue;
    seenMilestones.add(key);
    while (milestoneCodes.has(`KH${String(counter).padStart(2, '0')}`)) counter++;
    const code = `KH${String(counter).padStart(2, '0')}`;
    milestoneCodes.add(code);
    const row = { 'Mã công việc': code, 'Nội dung': deadline.text, Hạn: dateCell(deadline.date) };
    milestoneRows.push(row);
    items.push({
      key: `MT|${deadline.date}|${matchKey(deadline.text)}`,
      tab: TAB.milestones,
      cells: row,
      needs: null,
    });
  }

  return {
    rows: { [TAB.units]: unitRows, [TAB.congresses]: congressRows, [TAB.milestones]: milestoneRows },
    counts: { units: unitRows.length, congresses: congressRows.length, milestones: milestoneRows.length },
    items,
  };
}

/**
 * The rows a person ticked in a preview. A congress whose new unit was left out is left out too (it
 * would name a unit that does not exist); a unit whose new parent was left out keeps no parent.
 */
export function chooseImportRows(
  items: readonly ImportItem[],
  keys: Iterable<string>,
): { rows: PlanRows; counts: ImportCounts } {
  const chosen = new Set(keys);
  const kept = items.filter((item) => chosen.has(item.key));
  const keptKeys = new Set(kept.map((item) => item.key));
  const rows: Record<string, Record<string, Cell>[]> = {
    [TAB.units]: [],
    [TAB.congresses]: [],
    [TAB.milestones]: [],
  };
  for (const item of kept) {
    if (item.needs !== null && !keptKeys.has(item.needs)) {
      if (item.tab === TAB.congresses) continue;
      rows[item.tab]!.push({ ...item.cells, 'Đơn vị cấp trên': null });
    } else {
      rows[item.tab]!.push({ ...item.cells });
    }
  }
  return {
    rows,
    counts: {
      units: rows[TAB.units]!.length,
      congresses: rows[TAB.congresses]!.length,
      milestones: rows[TAB.milestones]!.length,
    },
  };
}

/** WORKBOOK.md's `import --json` shape (extra fields of each unit stay out of it). */
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
  };
}
