/**
 * The printable estimate of one congress (dự toán kinh phí), the form an office sends to the finance
 * office: one line per category with quantity, days, unit price, amount and legal basis, and the
 * total in figures and in words, under a Party document header.
 */
import type { IsoDate } from '../cells';
import { formatDateVi } from '../dates';
import {
  type Block,
  cell,
  closedByFileCopy,
  type Inline,
  type OfficialDocument,
  paragraph,
  recipientLines,
  type TableRow,
} from '../document/model';
import { renderDocumentHtml } from '../document/render-html';
import { codeFileBase } from '../file-names';
import { estimateText as t } from '../messages/budget';
import { formatNumberVi, formatQuantityVi } from '../numbers';
import { foldTonePlacement } from '../text';
import type { PlanWorkbook, Settings, Unit } from '../workbook/model';
import { unitsByCode } from '../workbook/queries';
import { computeBudget } from './compute';
import type { CostedLine } from './types';
import { amountInWords } from './words';

/** The two lines of the estimate's header: the issuing unit's superior organisation, then the issuer. */
export interface EstimateIssuer {
  /** The organisation above the issuer, as printed on the first header line (e.g. Đảng bộ xã Bình Lư). */
  readonly parentBody: string;
  /** The unit that holds the congress, as the body that signs (a đảng bộ signs as its đảng ủy). */
  readonly body: string;
}

export interface Estimate {
  readonly unitCode: string;
  readonly unitName: string;
  readonly issuer: EstimateIssuer;
  /**
   * Nơi nhận of the estimate: `Nơi nhận dự toán` as the office wrote it (where the plan says the
   * estimates go), then the file copy when absent.
   */
  readonly recipients: readonly string[];
  readonly unitType?: string;
  /** `Hình thức` of the congress (Đại hội điểm / Đại hội). */
  readonly form?: string;
  /** `Nhiệm kỳ mới` as "2025-2027". */
  readonly newTerm?: string;
  readonly congressDate?: IsoDate;
  readonly delegates?: number;
  readonly days?: number;
  /** Each line carries its cap and `excess`, the amount above its norm (0 when within). */
  readonly lines: readonly CostedLine[];
  readonly total: number;
  readonly totalInWords: string;
  /** Lines priced above their norm (isAboveNorm), and the sum of their `excess`, in whole đồng. */
  readonly overNormLines: number;
  readonly excessTotal: number;
  /** Lines with no amount yet (no price, or no days on a per-day line): not in the total. */
  readonly linesWithoutAmount: number;
}

const PARTY_COMMITTEE_TYPES: readonly string[] = [
  'Đảng bộ cơ sở',
  'Đảng bộ bộ phận',
  'Đảng bộ cấp trên cơ sở',
];

/** A đảng bộ issues documents as its committee: "Đảng bộ xã Bản Hon" signs as "Đảng ủy xã Bản Hon". */
export function issuingBodyOf(unit: Unit): string {
  if (unit.type && PARTY_COMMITTEE_TYPES.includes(unit.type) && /^Đảng bộ\s/iu.test(unit.name))
    return unit.name.replace(/^Đảng bộ/iu, 'Đảng ủy');
  return unit.name;
}

const COMMITTEE_ORGANISATIONS: readonly [string, string][] = [
  ['Tỉnh ủy', 'Đảng bộ tỉnh'],
  ['Thành ủy', 'Đảng bộ thành phố'],
  ['Huyện ủy', 'Đảng bộ huyện'],
  ['Quận ủy', 'Đảng bộ quận'],
  ['Thị ủy', 'Đảng bộ thị xã'],
  ['Đảng ủy', 'Đảng bộ'],
];

/** The party organisation of a committee: "HUYỆN ỦY TAM ĐƯỜNG" -> "ĐẢNG BỘ HUYỆN TAM ĐƯỜNG". */
export function organisationOfCommittee(committee: string): string {
  const folded = foldTonePlacement(committee.trim());
  for (const [prefix, organisation] of COMMITTEE_ORGANISATIONS) {
    const key = foldTonePlacement(prefix);
    if (!folded.toLowerCase().startsWith(`${key.toLowerCase()} `)) continue;
    const result = `${organisation}${folded.slice(key.length)}`;
    return folded === folded.toUpperCase() ? result.toUpperCase() : result;
  }
  return committee;
}

/**
 * Who issues a congress's estimate: the unit itself under its parent unit; a unit at the top of the
 * tree sits under the plan's issuing body (its party organisation, for a Party plan).
 */
function issuerOf(
  unit: Unit | undefined,
  units: ReadonlyMap<string, Unit>,
  settings: Settings,
  code: string,
): EstimateIssuer {
  const parent = unit?.parent ? units.get(unit.parent) : undefined;
  const parentBody = parent
    ? parent.name
    : settings.organisation === 'Đảng'
      ? organisationOfCommittee(settings.issuingBody)
      : settings.issuingBody;
  return { parentBody, body: unit ? issuingBodyOf(unit) : code };
}

/** One estimate per unit in `Đại hội` (its first row), in the tab's order, with the unit's own lines. */
export function estimatesOf(workbook: PlanWorkbook): Estimate[] {
  const summary = computeBudget(workbook);
  const units = unitsByCode(workbook.units);
  // Lines grouped once: filtering all lines per congress is 5.000 × 50.000 steps in a province.
  const linesByUnit = new Map<string, CostedLine[]>();
  for (const line of summary.lines) {
    const group = linesByUnit.get(line.line.unitCode);
    if (group) group.push(line);
    else linesByUnit.set(line.line.unitCode, [line]);
  }
  const seen = new Set<string>();
  const estimates: Estimate[] = [];
  for (const congress of workbook.congresses) {
    if (!congress.unitCode || seen.has(congress.unitCode)) continue;
    seen.add(congress.unitCode);
    const lines = linesByUnit.get(congress.unitCode) ?? [];
    const total = lines.reduce((sum, line) => sum + line.amount, 0);
    const unit = units.get(congress.unitCode);
    const over = lines.filter(isAboveNorm);
    estimates.push({
      unitCode: congress.unitCode,
      unitName: unit?.name || congress.unitCode,
      issuer: issuerOf(unit, units, workbook.settings, congress.unitCode),
      recipients: closedByFileCopy(workbook.settings.estimateRecipients, workbook.settings.organisation),
      ...(unit?.type ? { unitType: unit.type } : {}),
      ...(congress.form ? { form: congress.form } : {}),
      ...(congress.newTerm ? { newTerm: `${congress.newTerm.start}-${congress.newTerm.end}` } : {}),
      ...(congress.date ? { congressDate: congress.date } : {}),
      ...(congress.total !== undefined ? { delegates: congress.total } : {}),
      ...(congress.days !== undefined ? { days: congress.days } : {}),
      lines,
      total,
      totalInWords: amountInWords(total),
      overNormLines: over.length,
      excessTotal: over.reduce((sum, line) => sum + line.excess, 0),
      linesWithoutAmount: lines.filter(lacksAmount).length,
    });
  }
  return estimates;
}

/**
 * A line priced above the cap for its unit's level. Its `excess` is the amount above the norm; it is
 * 0 only while the line has no amount yet (no days on a per-day line), though the price is above.
 */
export function isAboveNorm(line: CostedLine): boolean {
  return line.cap !== undefined && line.line.unitPrice !== undefined && line.line.unitPrice > line.cap;
}

/** A line whose amount could not be computed and was not typed: it adds nothing to the total. */
export function lacksAmount(line: CostedLine): boolean {
  return line.computed === undefined && line.line.amount === undefined;
}

function lineRow(line: CostedLine, index: number): TableRow {
  const { quantity, days, unitPrice } = line.line;
  const price: Inline =
    unitPrice !== undefined
      ? formatNumberVi(unitPrice)
      : { text: line.cap === undefined ? t.noPrice : t.noPriceEntered, italic: true, size: 10 };
  // A line above its norm says so beside its basis (a column that wraps, so the figures keep theirs):
  // the cap, and the amount above it.
  const basis: Inline = { text: line.norm?.basis ?? '', size: 10 };
  const mark =
    isAboveNorm(line) && line.cap !== undefined
      ? t.aboveNormMark(formatNumberVi(line.cap), line.excess > 0 ? formatNumberVi(line.excess) : undefined)
      : undefined;
  return {
    cells: [
      cell(String(index + 1)),
      cell(line.norm?.name || line.line.category),
      cell(line.norm?.unitOfMeasure ?? ''),
      cell(quantity !== undefined ? formatQuantityVi(quantity) : ''),
      cell(line.perDay && days !== undefined ? formatQuantityVi(days) : ''),
      cell(price),
      // Nothing typed is not an amount of 0 đ: the cell stays empty and the note under the table says why.
      cell(lacksAmount(line) ? '' : formatNumberVi(line.amount)),
      mark ? { lines: [[basis], [{ text: mark, size: 10, italic: true, tone: 'alert' }]] } : cell(basis),
    ],
  };
}

/**
 * The estimate as an official document in the Party layout: issuing body and national header, place
 * and date, type and summary, the lines, the total in figures and in words, Nơi nhận and the signature.
 */
export function estimateDocument(
  workbook: PlanWorkbook,
  estimate: Estimate,
  today: IsoDate,
): OfficialDocument {
  const s = workbook.settings;
  const facts = t.facts({
    ...(estimate.form ? { form: estimate.form } : {}),
    ...(estimate.unitType ? { unitType: estimate.unitType } : {}),
    ...(estimate.delegates !== undefined ? { delegates: formatNumberVi(estimate.delegates) } : {}),
    ...(estimate.days !== undefined ? { days: formatQuantityVi(estimate.days) } : {}),
    ...(estimate.congressDate ? { date: formatDateVi(estimate.congressDate) } : {}),
  });
  const rows: TableRow[] =
    estimate.lines.length > 0
      ? estimate.lines.map(lineRow)
      : [{ cells: [cell({ text: t.noLines, italic: true }, { colSpan: 8, align: 'center' })] }];
  rows.push({
    total: true,
    cells: [cell(t.total, { colSpan: 6, align: 'left' }), cell(formatNumberVi(estimate.total)), cell('')],
  });
  const missing = estimate.lines.filter(lacksAmount).length;
  const body: Block[] = [
    {
      kind: 'table',
      size: 11.5,
      // The category's name gets the room the STT column does not need.
      columns: [
        { width: 5, align: 'right' },
        { width: 22 },
        { width: 10 },
        { width: 10, align: 'right', noWrap: true },
        { width: 7, align: 'right', noWrap: true },
        { width: 12, align: 'right', noWrap: true },
        { width: 13, align: 'right', noWrap: true },
        { width: 21 },
      ],
      header: [...t.columns],
      rows,
    },
    paragraph({ text: t.inWords(estimate.totalInWords), italic: true }),
  ];
  if (estimate.overNormLines > 0)
    body.push(
      paragraph(
        {
          text: t.aboveNormNote(estimate.overNormLines, formatNumberVi(estimate.excessTotal)),
          tone: 'alert',
        },
        { size: 11 },
      ),
    );
  if (missing > 0) body.push(paragraph(t.missingAmountNote(missing), { size: 11 }));
  // Issued by the unit that holds the congress, under its parent (HD 36: the issuing body and the
  // body above it), signed by its committee, addressed to whom the office wrote in `Nơi nhận dự toán`.
  const organisation = s.organisation === 'Đoàn' ? 'Đoàn' : 'Đảng';
  return {
    organisation,
    fileTitle: t.documentTitle(estimate.unitName),
    header: {
      ...(estimate.issuer.parentBody ? { parentBody: estimate.issuer.parentBody } : {}),
      issuingBody: estimate.issuer.body,
      ...(s.place ? { place: s.place } : {}),
      date: today,
    },
    title: {
      type: t.type,
      summary: [t.summary(estimate.unitName, estimate.newTerm)],
      ...(facts ? { notes: [[facts]] } : {}),
    },
    body,
    recipients: recipientLines(estimate.recipients, organisation),
    signature: {
      onBehalfOf: t.signOnBehalfOf(estimate.unitType, organisation === 'Đoàn'),
      title: t.signerTitle,
    },
  };
}

/** The file name of an estimate without its extension, from the unit's code in plain ASCII. */
/** One file name per congress: `du-toan-CB02`, and a stable hash for codes a file name cannot hold. */
export function estimateFileBase(estimate: Estimate): string {
  return codeFileBase('du-toan', estimate.unitCode);
}

/** The estimate as a standalone HTML page (what the PDF is printed from). */
export function renderEstimateHtml(workbook: PlanWorkbook, estimate: Estimate, today: IsoDate): string {
  return renderDocumentHtml(estimateDocument(workbook, estimate, today));
}
