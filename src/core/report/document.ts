/**
 * The progress report as official documents (see ../document/model.ts), what the HTML, the PDF, the
 * .docx and the mail's text all print. Only the content is decided here; the layout is the renderers'.
 *
 * - `reportDocument`: the signed report of the whole plan, the same for everyone: the office's
 *   `Căn cứ`, then the sections in the Party report's order, `Đánh giá` and `Đề xuất` when written,
 *   Nơi nhận and the signature. Names, never codes; nothing about the data's own quality (that goes
 *   to the preview and the message's covering text); no sentence that counts zero things.
 * - `noticeDocument`: what a recipient scoped to one unit gets: the issuing body, the date and the
 *   figures of that unit's subtree; no number, no signature, no Nơi nhận.
 */

import { amountInWords } from '../budget/words';
import { formatDateVi } from '../dates';
import {
  type Block,
  cell,
  noteLine,
  type OfficialDocument,
  paragraph,
  recipientLines,
  section,
  type Table,
  type TableCell,
  type TableColumn,
  type TableRow,
} from '../document/model';
import { reportText as t } from '../messages/report';
import { formatNumberVi } from '../numbers';
import { STATUSES } from '../workbook/contract';
import type { AmountLine, CongressLine, MilestoneGroup, ReportModel } from './model';
import { resultsSection } from './results-document';

/** Statuses from the most advanced, as the overview names them. */
const STANDING_ORDER = [...STATUSES].reverse();

/** Only the lines that carry an amount, numbered, closed by their sum (the section's total). */
function amountTable(lines: readonly AmountLine[], header: readonly string[], total: number): Table {
  const shown = lines.filter((line) => line.amount !== 0);
  return {
    kind: 'table',
    columns: [{ width: 9, align: 'right' }, { width: 66 }, { width: 25, align: 'right', noWrap: true }],
    header: [...header],
    rows: [
      ...shown.map((line, index) => ({
        cells: [cell(formatNumberVi(index + 1)), cell(line.name), cell(formatNumberVi(line.amount))],
      })),
      { total: true, cells: [cell(''), cell(t.sum), cell(formatNumberVi(total))] },
    ],
  };
}

/** One table for all groups, so the columns line up; each responsible unit opens with a full-width row. */
function milestoneTable(groups: readonly MilestoneGroup[], overdue: boolean): Table {
  const rows: TableRow[] = [];
  for (const group of groups) {
    rows.push({ group: true, cells: [cell(t.responsible(group.unitName), { colSpan: 3 })] });
    for (const item of group.items) {
      const days = overdue ? t.overdueDays(item.days) : t.dueDays(item.days);
      rows.push({
        cells: [
          cell(item.content),
          cell(formatDateVi(item.due)),
          cell(overdue ? { text: days, tone: 'alert' } : days),
        ],
      });
    }
  }
  return {
    kind: 'table',
    columns: [{ width: 66 }, { width: 16, noWrap: true }, { width: 18, noWrap: true }],
    header: [...t.milestoneHeader],
    rows,
  };
}

interface CongressColumn {
  readonly title: string;
  readonly spec: TableColumn;
  readonly cell: (line: CongressLine, index: number) => TableCell;
}

/**
 * One row per congress. A column nobody has filled yet (no congress date fixed, no days, no amount
 * in the estimate) is left out rather than printed empty or full of zeros; the unit's column takes
 * its width.
 */
function congressTable(model: ReportModel): Table {
  const h = t.congressHeader;
  const lines = model.congresses;
  const allDirect = lines.every((line) => line.directElection);
  const columns: CongressColumn[] = [
    {
      title: h.index,
      spec: { width: 7, align: 'right' },
      cell: (_, index) => cell(formatNumberVi(index + 1)),
    },
    {
      title: h.unit,
      spec: { width: 22 },
      cell: (line) => {
        // When every congress elects its secretary directly, the title says so once.
        const direct = line.directElection && !allDirect ? t.direct : '';
        const detail = [line.form, direct].filter(Boolean).join('; ');
        return { lines: [[line.unitName], ...(detail ? [[{ text: detail, italic: true }]] : [])] };
      },
    },
  ];
  if (lines.some((line) => line.date))
    columns.push({
      title: h.date,
      spec: { width: 11, noWrap: true },
      cell: (line) => cell(line.date ? formatDateVi(line.date) : ''),
    });
  columns.push({
    title: h.deadline,
    spec: { width: 13, noWrap: true },
    cell: (line) => ({
      lines: [
        [line.deadline ? formatDateVi(line.deadline) : ''],
        ...(line.daysLeft !== undefined ? [noteLine(t.daysLeft(line.daysLeft), line.daysLeft < 0)] : []),
      ],
    }),
  });
  if (lines.some((line) => line.delegates !== undefined))
    columns.push({
      title: h.delegates,
      spec: { width: 11, align: 'right' },
      cell: (line) =>
        line.members !== undefined && line.invited !== undefined
          ? {
              lines: [
                [formatNumberVi(line.members + line.invited)],
                noteLine(`(${formatNumberVi(line.members)} + ${formatNumberVi(line.invited)})`),
              ],
            }
          : cell(t.delegates(line.members, line.invited, line.delegates)),
    });
  if (lines.some((line) => line.days !== undefined))
    columns.push({
      title: h.days,
      spec: { width: 8, align: 'right' },
      cell: (line) => cell(line.days !== undefined ? formatNumberVi(line.days) : ''),
    });
  // A unit's second row (R005) shares the first one's lines: its amount is not printed twice.
  if (model.budget.total !== 0)
    columns.push({
      title: h.budget,
      spec: { width: 13, align: 'right' },
      cell: (line) => cell(line.budget !== 0 && !line.repeated ? formatNumberVi(line.budget) : ''),
    });
  columns.push({ title: h.status, spec: { width: 15 }, cell: (line) => cell(line.status ?? '') });

  const spare = 100 - columns.reduce((sum, column) => sum + column.spec.width, 0);
  return {
    kind: 'table',
    size: 10.5,
    columns: columns.map((column, index) =>
      index === 1 ? { ...column.spec, width: column.spec.width + spare } : column.spec,
    ),
    header: columns.map((column) => column.title),
    rows: lines.map((line, index) => ({ cells: columns.map((column) => column.cell(line, index)) })),
  };
}

function overviewBlocks(model: ReportModel, none: string): Block[] {
  const total = model.congresses.length;
  if (total === 0) return [paragraph(none)];
  const count = (form: string) => model.byForm.find((f) => f.form === form)?.count ?? 0;
  const standing = STANDING_ORDER.map((status) => ({
    status,
    count: model.byStatus.find((row) => row.status === status)?.count ?? 0,
  }));
  const unknown = total - standing.reduce((sum, row) => sum + row.count, 0);
  const blocks: Block[] = [
    paragraph(
      t.overview(total, count('Đại hội điểm'), count('Đại hội'), model.directElections, model.delegates),
    ),
    paragraph(t.standing(standing, unknown, total)),
  ];
  if (model.documentsApproved > 0)
    blocks.push({ kind: 'progress', label: t.progressDocuments, done: model.documentsApproved, total });
  if (model.held > 0) blocks.push({ kind: 'progress', label: t.progressHeld, done: model.held, total });
  return blocks;
}

function milestoneBlocks(model: ReportModel): Block[] {
  const days = model.settings.remindDays;
  const intro = paragraph(t.tasksIntro(model.overdueCount, model.dueSoonCount, days), {
    keepWithNext: true,
  });
  const overdue = model.overdue.length > 0 ? milestoneTable(model.overdue, true) : null;
  const dueSoon = model.dueSoon.length > 0 ? milestoneTable(model.dueSoon, false) : null;
  if (overdue && dueSoon)
    return [intro, section(t.overdueHeading, [overdue]), section(t.dueSoonHeading(days), [dueSoon])];
  return [intro, ...(overdue ? [overdue] : []), ...(dueSoon ? [dueSoon] : [])];
}

/**
 * The estimate: left out by the caller when there is no line at all. Lines still without an amount
 * are one sentence, never rows of zeros; a list of one unit is no table (the congress table has it).
 */
function budgetBlocks(model: ReportModel): Block[] {
  const budget = model.budget;
  const priced = budget.lineCount - budget.unpricedLines;
  if (budget.total === 0 && budget.unpricedLines > 0)
    return [paragraph(t.budgetNotPriced(budget.unpricedLines, budget.unpricedUnits))];
  const blocks: Block[] = [
    paragraph(
      {
        text: t.budgetTotal(formatNumberVi(budget.total), amountInWords(budget.total).toLowerCase()),
        bold: true,
      },
      { keepWithNext: true },
    ),
  ];
  if (budget.unpricedLines > 0 && priced > 0)
    blocks.push(paragraph(t.budgetUnpricedRest(budget.unpricedLines, budget.unpricedUnits)));
  const units = budget.byUnit.filter((line) => line.amount !== 0);
  if (units.length > 1)
    blocks.push(section(t.budgetByUnit, [amountTable(units, t.byUnitHeader, budget.total)]));
  blocks.push(
    section(t.budgetByCategory, [amountTable(budget.byCategory, t.byCategoryHeader, budget.total)]),
  );
  if (budget.overCap.length > 0) {
    const excess = budget.overCap.reduce((sum, line) => sum + line.excess, 0);
    blocks.push(
      section(t.overCapHeading, [
        {
          kind: 'table',
          columns: [
            { width: 26 },
            { width: 30 },
            { width: 14, align: 'right', noWrap: true },
            { width: 14, align: 'right', noWrap: true },
            { width: 16, align: 'right', noWrap: true },
          ],
          header: [...t.overCapHeader],
          rows: budget.overCap.map((line) => ({
            cells: [
              cell(line.unitName),
              cell(line.category),
              cell(formatNumberVi(line.unitPrice)),
              cell(formatNumberVi(line.cap)),
              cell(formatNumberVi(line.excess)),
            ],
          })),
        },
        paragraph(t.overCapTotal(formatNumberVi(excess))),
      ]),
    );
  }
  if (budget.funding) {
    const f = budget.funding;
    blocks.push(
      section(t.funding, [
        {
          kind: 'table',
          columns: [{ width: 70 }, { width: 30, align: 'right', noWrap: true }],
          header: [t.funding, t.fundingAmount],
          rows: [
            { cells: [cell(t.estimate), cell(formatNumberVi(f.estimate))] },
            ...(f.retainedDues !== 0
              ? [{ cells: [cell(t.retainedDues), cell(formatNumberVi(f.retainedDues))] }]
              : []),
            ...(f.otherFunding !== 0
              ? [{ cells: [cell(t.otherFunding), cell(formatNumberVi(f.otherFunding))] }]
              : []),
            { total: true, cells: [cell(t.request), cell(formatNumberVi(f.request))] },
          ],
        },
      ]),
    );
  }
  return blocks;
}

/** The sections both documents share, in the Party report's order. */
function progressSections(model: ReportModel, none: string): Block[] {
  const sections: Block[] = [section(t.sections.overview, overviewBlocks(model, none))];
  if (model.congresses.length > 0) sections.push(section(t.sections.congresses, [congressTable(model)]));
  // Once a congress is held, its results follow the progress of each congress.
  const results = resultsSection(model);
  if (results) sections.push(results);
  sections.push(section(t.sections.milestones, milestoneBlocks(model)));
  if (model.budget.lineCount > 0) sections.push(section(t.sections.budget, budgetBlocks(model)));
  return sections;
}

/** The office's own paragraphs, as typed (each line of the cell one paragraph). */
const ownWords = (lines: readonly string[]): Block[] => lines.map((line) => paragraph(line));

/** The title of the report: the forms of congress it follows. */
export function reportTitle(model: ReportModel): string {
  const regular = model.byForm.find((f) => f.form === 'Đại hội')?.count ?? 0;
  return t.title(regular === 0, model.directElections > 0);
}

function headerOf(model: ReportModel) {
  const s = model.settings;
  return {
    ...(s.parentBody ? { parentBody: s.parentBody } : {}),
    issuingBody: s.issuingBody,
    ...(s.place ? { place: s.place } : {}),
    date: model.today,
  };
}

const organisationOf = (model: ReportModel) => (model.settings.organisation === 'Đoàn' ? 'Đoàn' : 'Đảng');

/** The signed report of the whole plan (`model` built without a scope). */
export function reportDocument(model: ReportModel): OfficialDocument {
  const s = model.settings;
  const title = reportTitle(model);
  const body: Block[] = [...ownWords(model.basis), ...progressSections(model, t.noCongress)];
  if (model.assessment.length > 0) body.push(section(t.sections.assessment, ownWords(model.assessment)));
  if (model.proposals.length > 0) body.push(section(t.sections.proposals, ownWords(model.proposals)));
  const organisation = organisationOf(model);
  return {
    organisation,
    fileTitle: `${t.documentType} ${title}`,
    header: {
      ...headerOf(model),
      number: { ...(s.reportNumber ? { value: s.reportNumber } : {}), symbol: s.reportSymbol },
    },
    title: { type: t.documentType, summary: [title] },
    body,
    recipients: recipientLines(model.recipients, organisation),
    signature: { onBehalfOf: s.onBehalfOf, title: s.signerTitle, name: s.signer },
  };
}

/**
 * The progress notice of one unit's subtree (`model` built with that scope): the issuing body and the
 * date, the figures of those units. It is not a second official document: no number, no signature,
 * no Nơi nhận, none of the office's own words.
 */
export function noticeDocument(model: ReportModel): OfficialDocument {
  const scopeName = model.scope?.name ?? '';
  return {
    organisation: organisationOf(model),
    fileTitle: `${t.noticeType} ${t.noticeSummary(scopeName)}`,
    header: headerOf(model),
    title: { type: t.noticeType, summary: [t.noticeSummary(scopeName)] },
    body: progressSections(model, t.noticeNoCongress),
  };
}

/** The document a model makes: the signed report for the whole plan, the notice for one scope. */
export function progressDocument(model: ReportModel): OfficialDocument {
  return model.scope ? noticeDocument(model) : reportDocument(model);
}
