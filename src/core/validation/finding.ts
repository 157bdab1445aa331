/** Findings are data: the sheet, the sidebar, the CLI and the report each render them. */

export const RULE_CODES = [
  'S001',
  'S002',
  'S003',
  'T001',
  'T002',
  'T003',
  'T004',
  'T005',
  'T006',
  'T007',
  'T008',
  'T009',
  'R001',
  'R002',
  'R003',
  'R004',
  'R005',
  'R006',
  'D001',
  'D002',
  'D003',
  'D004',
  'D005',
  'D006',
  'D007',
  'D008',
  'D009',
  'D010',
  'D011',
  'D012',
  'D013',
  'D014',
  'D015',
  'D016',
  'D017',
  'M001',
  'M002',
  'M003',
  'M004',
  'M005',
  'B001',
  'B002',
  'B003',
  'B004',
  'B005',
  'B006',
  'B007',
  'E001',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export type Severity = 'Lỗi' | 'Cảnh báo' | 'Thông tin';

const WARNINGS: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'M001',
  'M003',
  'B007',
  'D007',
  'D008',
  'D009',
  'D010',
  'D011',
  'D015',
  'D017',
  'T008',
  'T009',
]);
const INFOS: ReadonlySet<RuleCode> = new Set<RuleCode>(['M002']);

export function severityOf(code: RuleCode): Severity {
  if (INFOS.has(code)) return 'Thông tin';
  if (WARNINGS.has(code)) return 'Cảnh báo';
  return 'Lỗi';
}

export interface Finding {
  readonly code: RuleCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 notation without the tab, or null when the finding concerns the whole tab. */
  readonly cell: string | null;
  readonly message: string;
  readonly hint: string;
}

export function finding(
  code: RuleCode,
  sheet: string,
  cell: string | null,
  message: string,
  hint: string,
): Finding {
  return { code, severity: severityOf(code), sheet, cell, message, hint };
}

const SEVERITY_RANK: Record<Severity, number> = { Lỗi: 0, 'Cảnh báo': 1, 'Thông tin': 2 };

function cellOrder(cell: string | null): [number, number] {
  if (!cell) return [0, 0];
  const match = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!match) return [0, 0];
  let column = 0;
  for (const ch of match[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(match[2]), column];
}

/** Errors first, then by tab in `tabOrder`, row and column. Stable for equal keys. */
export function sortFindings(findings: readonly Finding[], tabOrder: readonly string[]): Finding[] {
  const tabRank = (sheet: string) => {
    const index = tabOrder.indexOf(sheet);
    return index < 0 ? tabOrder.length : index;
  };
  return findings
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const [rowA, colA] = cellOrder(a.item.cell);
      const [rowB, colB] = cellOrder(b.item.cell);
      return (
        SEVERITY_RANK[a.item.severity] - SEVERITY_RANK[b.item.severity] ||
        tabRank(a.item.sheet) - tabRank(b.item.sheet) ||
        rowA - rowB ||
        colA - colB ||
        a.index - b.index
      );
    })
    .map(({ item }) => item);
}

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const item of findings) {
    if (item.severity === 'Lỗi') errors++;
    else if (item.severity === 'Cảnh báo') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
