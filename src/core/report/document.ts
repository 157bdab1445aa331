/**
 * The progress report as an official document (see ../document/model.ts): what the HTML, the PDF and
 * the .docx all print. Only the content is decided here; the layout is the document renderers'.
 */

import { formatDateVi } from '../dates';
import {
  type Block,
  cell,
  type OfficialDocument,
  paragraph,
  section,
  type Table,
  type TableCell,
  type TableRow,
} from '../document/model';
import { reportText as t } from '../messages/report';
import { formatMoneyVi, formatNumberVi } from '../numbers';
import type { MilestoneGroup, ReportModel } from './model';
import { resultsSection } from './results-document';

const small = (text: string, alert = false): TableCell['lines'][number] => [
  { text, size: 9, italic: true, tone: alert ? 'alert' : 'muted' },
];

function amountTable(lines: ReportModel['budget']['byUnit']): Table {
  return {
    kind: 'table',
    columns: [{ width: 15, noWrap: true }, { width: 60 }, { width: 25, align: 'right', noWrap: true }],
    header: [...t.amountHeader],
    rows: lines.map((line) => ({
      cells: [cell(line.code), cell(line.name), cell(formatNumberVi(line.amount))],
    })),
  };
}

/** One table for all groups, so the columns line up; each responsible unit opens with a full-width row. */
function milestoneTable(groups: readonly MilestoneGroup[], overdue: boolean): Table {
  const rows: TableRow[] = [];
  for (const group of groups) {
    rows.push({ group: true, cells: [cell(t.responsible(group.unitName), { colSpan: 4 })] });
    for (const item of group.items) {
      const days = overdue ? t.overdueDays(item.days) : t.dueDays(item.days);
      rows.push({
        cells: [
          cell(item.code),
          cell(item.content),
          cell(formatDateVi(item.due)),
          cell(overdue ? { text: days, tone: 'alert' } : days),
        ],
      });
    }
  }
  return {
    kind: 'table',
    columns: [
      { width: 13, noWrap: true },
      { width: 55 },
      { width: 14, noWrap: true },
      { width: 18, noWrap: true },
    ],
    header: [...t.milestoneHeader],
    rows,
  };
}

function congressTable(model: ReportModel): Table {
  const rows = model.congresses.map((line, index): TableRow => {
    const detail = [line.form, line.directElection ? t.direct : ''].filter(Boolean).join('; ');
    const name: TableCell = {
      lines: [[line.unitName], ...(detail ? [[{ text: detail, italic: true }]] : [])],
    };
    const deadline: TableCell = {
      lines: [
        [line.deadline ? formatDateVi(line.deadline) : ''],
        ...(line.daysLeft !== undefined ? [small(t.daysLeft(line.daysLeft), line.daysLeft < 0)] : []),
      ],
    };
    const delegates: TableCell =
      line.members !== undefined && line.invited !== undefined
        ? {
            lines: [
              [formatNumberVi(line.members + line.invited)],
              small(`(${formatNumberVi(line.members)} + ${formatNumberVi(line.invited)})`),
            ],
          }
        : cell(t.delegates(line.members, line.invited, line.delegates));
    return {
      cells: [
        cell(formatNumberVi(index + 1)),
        name,
        cell(line.date ? formatDateVi(line.date) : ''),
        deadline,
        delegates,
        cell(line.days !== undefined ? String(line.days) : ''),
        cell(formatNumberVi(line.budget)),
        cell(line.status ?? ''),
      ],
    };
  });
  return {
    kind: 'table',
    size: 10.5,
    columns: [
      { width: 7, align: 'right' },
      { width: 22 },
      { width: 11, noWrap: true },
      { width: 13, noWrap: true },
      { width: 11, align: 'right' },
      { width: 8, align: 'right' },
      { width: 13, align: 'right' },
      { width: 15 },
    ],
    header: [...t.congressHeader],
    rows,
  };
}

function budgetBlocks(model: ReportModel): Block[] {
  const budget = model.budget;
  if (budget.byUnit.length === 0) return [paragraph(t.noBudget)];
  const overCap: Block[] =
    budget.overCap.length === 0
      ? [paragraph(t.noneOverCap)]
      : [
          {
            kind: 'table',
            columns: [
              { width: 28 },
              { width: 30 },
              { width: 14, align: 'right', noWrap: true },
              { width: 14, align: 'right', noWrap: true },
              { width: 14, align: 'right', noWrap: true },
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
        ];
  if (budget.unpricedLines > 0)
    overCap.push(paragraph({ text: t.unpriced(budget.unpricedLines), italic: true }));
  if (budget.uncappedLines > 0)
    overCap.push(paragraph({ text: t.uncapped(budget.uncappedLines), italic: true }));
  if (budget.funding) {
    const f = budget.funding;
    overCap.push({
      kind: 'table',
      columns: [{ width: 70 }, { width: 30, align: 'right', noWrap: true }],
      header: [t.funding, 'Số tiền (đồng)'],
      rows: [
        { cells: [cell(t.estimate), cell(formatNumberVi(f.estimate))] },
        { cells: [cell(t.retainedDues), cell(formatNumberVi(f.retainedDues))] },
        { cells: [cell(t.otherFunding), cell(formatNumberVi(f.otherFunding))] },
        { total: true, cells: [cell(t.request), cell(formatNumberVi(f.request))] },
      ],
    });
  }
  return [
    paragraph(
      { text: `${t.budgetTotal}: ${formatMoneyVi(budget.total)}`, bold: true },
      { keepWithNext: true },
    ),
    section(t.budgetByUnit, [amountTable(budget.byUnit)]),
    section(t.budgetByCategory, [amountTable(budget.byCategory)]),
    section(t.overCapHeading, overCap),
  ];
}

/** The title of the report: the forms of congress it follows. */
export function reportTitle(model: ReportModel): string {
  const regular = model.byForm.find((f) => f.form === 'Đại hội')?.count ?? 0;
  return t.title(regular === 0, model.directElections > 0);
}

export function reportDocument(model: ReportModel): OfficialDocument {
  const s = model.settings;
  const pilot = model.byForm.find((f) => f.form === 'Đại hội điểm')?.count ?? 0;
  const regular = model.byForm.find((f) => f.form === 'Đại hội')?.count ?? 0;
  const title = reportTitle(model);
  const topTabs = model.quality.tabs
    .slice(0, 3)
    .map((tab) => `${tab.sheet} (${formatNumberVi(tab.count)})`)
    .join(', ');
  // The plans' own style: the Party plan ends each line with a comma, the Youth Union plan with a semicolon.
  const separator = s.organisation === 'Đoàn' ? ';' : ',';

  const body: Block[] = [];
  if (model.quality.errors > 0) body.push(paragraph(t.banner(model.quality.errors), { alert: true }));
  body.push(
    section(t.sections.overview, [
      paragraph(t.overview(model.congresses.length, pilot, regular, model.directElections, model.delegates)),
      {
        kind: 'table',
        columns: [{ width: 70 }, { width: 30, align: 'right' }],
        header: [...t.statusTableHeader],
        rows: model.byStatus.map((row) => ({ cells: [cell(row.status), cell(formatNumberVi(row.count))] })),
      },
      {
        kind: 'progress',
        label: t.progressDocuments,
        done: model.documentsApproved,
        total: model.congresses.length,
      },
      { kind: 'progress', label: t.progressHeld, done: model.held, total: model.congresses.length },
    ]),
    section(t.sections.congresses, [
      model.congresses.length === 0 ? paragraph(t.noCongress) : congressTable(model),
    ]),
  );
  // Once a congress is held, its results follow the progress of each congress.
  const results = resultsSection(model);
  if (results) body.push(results);
  body.push(
    section(t.sections.milestones, [
      section(t.overdueHeading, [
        model.overdue.length === 0 ? paragraph(t.noneOverdue) : milestoneTable(model.overdue, true),
      ]),
      section(t.dueSoonHeading(s.remindDays), [
        model.dueSoon.length === 0 ? paragraph(t.noneDueSoon) : milestoneTable(model.dueSoon, false),
      ]),
    ]),
    section(t.sections.budget, budgetBlocks(model)),
    section(t.sections.quality, [
      paragraph(
        `${t.quality(model.quality.errors, model.quality.warnings)}${topTabs ? ` ${t.qualityWhere(topTabs)}` : ''}`,
      ),
    ]),
  );

  return {
    organisation: s.organisation === 'Đoàn' ? 'Đoàn' : 'Đảng',
    fileTitle: `${t.documentType} ${title}`,
    header: {
      ...(s.parentBody ? { parentBody: s.parentBody } : {}),
      issuingBody: s.issuingBody,
      number: { ...(s.reportNumber ? { value: s.reportNumber } : {}), symbol: s.reportSymbol },
      ...(s.place ? { place: s.place } : {}),
      date: model.today,
    },
    title: {
      type: t.documentType,
      summary: [title],
      ...(model.scope ? { notes: [[{ text: t.scopeLine(model.scope.name), italic: true }]] } : {}),
    },
    body,
    recipients: model.recipients.map((line, i, all) => `- ${line}${i === all.length - 1 ? '.' : separator}`),
    signature: { onBehalfOf: s.onBehalfOf, title: s.signerTitle, name: s.signer },
  };
}
