/** The report as plain text: the text part of every e-mail. */
import { pushAll } from '../arrays';
import { formatDateLongVi, formatDateVi } from '../dates';
import { nationalHeading, sectionNumber } from '../document/model';
import { documentText } from '../messages/document';
import { reportText as t } from '../messages/report';
import { formatMoneyVi, formatNumberVi } from '../numbers';
import type { ReportModel } from './model';

/** The same numbering as the document's sections. */
const numbered = (depth: number, index: number, title: string) => `${sectionNumber(depth, index)} ${title}`;

const progress = (done: number, total: number) =>
  `${formatNumberVi(done)}/${formatNumberVi(total)} (${Math.round((done / total) * 100)}%)`;

/** Each responsible unit, then its milestones with their due date and how late or how soon. */
function milestoneLines(groups: ReportModel['overdue'], days: (count: number) => string): string[] {
  return groups.flatMap((group) => [
    t.responsible(group.unitName),
    ...group.items.map(
      (item) => `  - ${item.code}: ${item.content} (hạn ${formatDateVi(item.due)}, ${days(item.days)})`,
    ),
  ]);
}

export function renderReportText(model: ReportModel): string {
  const s = model.settings;
  const pilot = model.byForm.find((f) => f.form === 'Đại hội điểm')?.count ?? 0;
  const regular = model.byForm.find((f) => f.form === 'Đại hội')?.count ?? 0;
  const lines: string[] = [
    [s.issuingBody, nationalHeading(s.organisation === 'Đoàn' ? 'Đoàn' : 'Đảng')].filter(Boolean).join(' — '),
    `${s.place ? `${s.place}, ` : ''}${formatDateLongVi(model.today)}`,
    '',
    t.documentType,
    t.title(regular === 0, model.directElections > 0),
    ...(model.scope ? [t.scopeLine(model.scope.name)] : []),
    '',
  ];
  if (model.quality.errors > 0) lines.push(t.banner(model.quality.errors), '');
  lines.push(
    numbered(1, 0, t.sections.overview),
    t.overview(model.congresses.length, pilot, regular, model.directElections, model.delegates),
  );
  for (const row of model.byStatus) lines.push(`- ${row.status}: ${formatNumberVi(row.count)}`);
  if (model.congresses.length > 0) {
    lines.push(
      `- ${t.progressDocuments}: ${progress(model.documentsApproved, model.congresses.length)}`,
      `- ${t.progressHeld}: ${progress(model.held, model.congresses.length)}`,
    );
  }
  lines.push('', numbered(1, 1, t.sections.congresses));
  if (model.congresses.length === 0) lines.push(t.noCongress);
  model.congresses.forEach((line, index) => {
    const parts = [
      `${index + 1}. ${line.unitName}`,
      line.form,
      line.directElection ? t.direct : undefined,
      line.status,
      line.date ? `ngày ${formatDateVi(line.date)}` : undefined,
      line.deadline ? `hạn ${formatDateVi(line.deadline)}` : undefined,
      line.daysLeft !== undefined ? t.daysLeft(line.daysLeft) : undefined,
      line.delegates !== undefined
        ? `${t.delegates(line.members, line.invited, line.delegates)} đại biểu`
        : undefined,
      `dự toán ${formatMoneyVi(line.budget)}`,
    ];
    lines.push(parts.filter(Boolean).join('; '));
  });
  lines.push('', numbered(1, 2, t.sections.milestones), numbered(2, 0, t.overdueHeading));
  if (model.overdue.length === 0) lines.push(t.noneOverdue);
  pushAll(lines, milestoneLines(model.overdue, t.overdueDays));
  lines.push(numbered(2, 1, t.dueSoonHeading(s.remindDays)));
  if (model.dueSoon.length === 0) lines.push(t.noneDueSoon);
  pushAll(lines, milestoneLines(model.dueSoon, t.dueDays));
  lines.push('', numbered(1, 3, t.sections.budget), `${t.budgetTotal}: ${formatMoneyVi(model.budget.total)}`);
  for (const line of model.budget.byUnit) lines.push(`- ${line.name}: ${formatMoneyVi(line.amount)}`);
  if (model.budget.unpricedLines > 0) lines.push(t.unpriced(model.budget.unpricedLines));
  if (model.budget.funding) lines.push(`${t.request}: ${formatMoneyVi(model.budget.funding.request)}`);
  for (const line of model.budget.overCap)
    lines.push(
      `- ${t.overCapLine(line.unitName, line.category, formatMoneyVi(line.unitPrice), formatMoneyVi(line.cap))}`,
    );
  const topTabs = model.quality.tabs
    .slice(0, 3)
    .map((tab) => `${tab.sheet} (${formatNumberVi(tab.count)})`)
    .join(', ');
  lines.push(
    '',
    numbered(1, 4, t.sections.quality),
    `${t.quality(model.quality.errors, model.quality.warnings)}${topTabs ? ` ${t.qualityWhere(topTabs)}` : ''}`,
    '',
  );
  lines.push(documentText.recipientsHeading);
  for (const line of model.recipients) lines.push(`- ${line}`);
  lines.push('');
  lines.push(s.onBehalfOf, s.signerTitle, s.signer);
  return `${lines.join('\n')}\n`;
}
