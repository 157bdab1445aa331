/**
 * The report as HTML in the layout of a Party document. Tables and inline styles only, no script,
 * no SVG, no external image, so Gmail, Outlook and a browser show the same; progress bars are table
 * cells. Every piece of workbook text goes through escapeHtml.
 */
import { formatDateLongVi, formatDateVi } from '../dates';
import { escapeHtml } from '../html';
import { reportText as t } from '../messages/report';
import { formatMoneyVi, formatNumberVi } from '../numbers';
import type { MilestoneGroup, ReportModel } from './model';

const FONT = "font-family:'Times New Roman','Liberation Serif','DejaVu Serif',serif;";
const CELL = 'border:1px solid #444;padding:4px 6px;vertical-align:top;';
const HEAD = `${CELL}background:#eef1f6;font-weight:bold;text-align:center;`;
const NUM = `${CELL}text-align:right;white-space:nowrap;`;

/**
 * Printing only: A4 with the margins of Party documents (top 20, right 15, bottom 20, left 30 mm),
 * the page padding dropped because the margins take its place, and no row split across pages.
 * Mail clients that drop <style> lose nothing the reader needs: every essential style is inline.
 */
const PRINT_STYLE =
  '<style>@page{size:A4;margin:20mm 15mm 20mm 30mm}@media print{.trang{padding:0!important;max-width:none!important}tr{page-break-inside:avoid;break-inside:avoid}p{page-break-after:avoid;break-after:avoid}tr:first-child{page-break-after:avoid;break-after:avoid}}</style>';

const e = (text: string | number | undefined | null) =>
  escapeHtml(text === undefined || text === null ? '' : String(text));

function table(
  header: readonly string[],
  rows: string[][],
  numeric: ReadonlySet<number> = new Set(),
  fontSize = 12,
  noWrap: ReadonlySet<number> = new Set(),
): string {
  const head = header.map((cell) => `<th style="${HEAD}">${e(cell)}</th>`).join('');
  const style = (i: number) => (numeric.has(i) ? NUM : noWrap.has(i) ? `${CELL}white-space:nowrap;` : CELL);
  const body = rows
    .map((row) => `<tr>${row.map((cell, i) => `<td style="${style(i)}">${cell}</td>`).join('')}</tr>`)
    .join('');
  return `<table style="border-collapse:collapse;width:100%;font-size:${fontSize}pt;margin:6px 0 10px 0;" cellpadding="0" cellspacing="0"><thead><tr>${head}</tr></thead>${body}</table>`;
}

function progressBar(label: string, done: number, total: number): string {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  const filled =
    percent === 0
      ? ''
      : `<td style="background:#2e6b3f;width:${percent}%;height:12px;font-size:1px;">&nbsp;</td>`;
  const empty =
    percent === 100 ? '' : `<td style="background:#dde3ea;height:12px;font-size:1px;">&nbsp;</td>`;
  return `<table style="width:100%;border-collapse:collapse;margin:3px 0;" cellpadding="0" cellspacing="0"><tr>
<td style="width:38%;padding-right:8px;white-space:nowrap;">${e(label)}: ${formatNumberVi(done)}/${formatNumberVi(total)} (${percent}%)</td>
<td><table style="width:100%;border-collapse:collapse;border:1px solid #888;" cellpadding="0" cellspacing="0"><tr>${filled}${empty}</tr></table></td>
</tr></table>`;
}

function header(model: ReportModel): string {
  const s = model.settings;
  const youth = s.organisation === 'Đoàn';
  const number = s.reportNumber
    ? `${s.reportNumber}-${s.reportSymbol}`
    : `&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;-${e(s.reportSymbol)}`;
  const numberHtml = s.reportNumber ? e(number) : number;
  const place = `${e(s.place)}${s.place ? ', ' : ''}${e(formatDateLongVi(model.today))}`;
  return `<table style="width:100%;border-collapse:collapse;" cellpadding="0" cellspacing="0"><tr>
<td style="width:45%;text-align:center;vertical-align:top;">
<div style="text-transform:uppercase;">${e(s.parentBody)}</div>
<div style="font-weight:bold;text-transform:uppercase;">${e(s.issuingBody)}</div>
<div>${youth ? '***' : '*'}</div>
<div>${youth ? 'Số:' : 'Số'} ${numberHtml}</div>
</td>
<td style="width:55%;text-align:center;vertical-align:top;">
<table style="border-collapse:collapse;margin:0 auto;" cellpadding="0" cellspacing="0" align="center"><tr><td style="font-weight:bold;font-size:15pt;border-bottom:1px solid #000;padding-bottom:2px;white-space:nowrap;">${youth ? t.youthHeading : t.partyHeading}</td></tr></table>
<div style="font-style:italic;margin-top:10px;">${place}</div>
</td></tr></table>`;
}

/** One table for all groups, so the columns line up; each responsible unit opens with a full-width row. */
function milestoneBlock(groups: readonly MilestoneGroup[], overdue: boolean): string {
  const head = t.milestoneHeader.map((cell) => `<th style="${HEAD}">${e(cell)}</th>`).join('');
  const body = groups
    .map((group) => {
      const title = `<tr><td colspan="4" style="${CELL}font-weight:bold;background:#f6f7f9;">${e(
        t.responsible(group.unitName),
      )}</td></tr>`;
      const items = group.items.map(
        (item) =>
          `<tr><td style="${CELL}white-space:nowrap;">${e(item.code)}</td><td style="${CELL}">${e(
            item.content,
          )}</td><td style="${CELL}white-space:nowrap;">${e(formatDateVi(item.due))}</td><td style="${CELL}white-space:nowrap;${
            overdue ? 'color:#b3261e;' : ''
          }">${e(overdue ? t.overdueDays(item.days) : t.dueDays(item.days))}</td></tr>`,
      );
      return title + items.join('');
    })
    .join('');
  return `<table style="border-collapse:collapse;width:100%;font-size:12pt;margin:6px 0 10px 0;" cellpadding="0" cellspacing="0"><thead><tr>${head}</tr></thead>${body}</table>`;
}

export function renderReportHtml(model: ReportModel): string {
  const pilot = model.byForm.find((f) => f.form === 'Đại hội điểm')?.count ?? 0;
  const regular = model.byForm.find((f) => f.form === 'Đại hội')?.count ?? 0;
  const title = t.title(regular === 0, model.directElections > 0);
  const s = model.settings;
  const banner =
    model.quality.errors > 0
      ? `<table style="width:100%;border-collapse:collapse;margin:10px 0;" cellpadding="0" cellspacing="0"><tr><td style="border:2px solid #b3261e;background:#fce8e6;color:#8c1d18;padding:8px;font-weight:bold;">${e(t.banner(model.quality.errors))}</td></tr></table>`
      : '';

  const small = (html: string, color = '#333') =>
    `<div style="font-size:9pt;font-style:italic;color:${color};white-space:nowrap;">${html}</div>`;
  const congressRows = model.congresses.map((line, index) => [
    e(index + 1),
    `${e(line.unitName)}${
      line.form || line.directElection
        ? `<div style="font-style:italic;">${e([line.form, line.directElection ? t.direct : ''].filter(Boolean).join('; '))}</div>`
        : ''
    }`,
    e(line.date ? formatDateVi(line.date) : ''),
    `${e(line.deadline ? formatDateVi(line.deadline) : '')}${
      line.daysLeft !== undefined
        ? small(e(t.daysLeft(line.daysLeft)), line.daysLeft < 0 ? '#b3261e' : '#333')
        : ''
    }`,
    line.members !== undefined && line.invited !== undefined
      ? `${e(formatNumberVi(line.members + line.invited))}${small(
          e(`(${formatNumberVi(line.members)} + ${formatNumberVi(line.invited)})`),
        )}`
      : e(t.delegates(line.members, line.invited, line.delegates)),
    e(line.days),
    e(formatNumberVi(line.budget)),
    e(line.status),
  ]);

  const budget = model.budget;
  const funding = budget.funding
    ? table(
        [t.funding, 'Số tiền (đồng)'],
        [
          [e(t.estimate), e(formatNumberVi(budget.funding.estimate))],
          [e(t.retainedDues), e(formatNumberVi(budget.funding.retainedDues))],
          [e(t.otherFunding), e(formatNumberVi(budget.funding.otherFunding))],
          [`<b>${e(t.request)}</b>`, `<b>${e(formatNumberVi(budget.funding.request))}</b>`],
        ],
        new Set([1]),
      )
    : '';
  const budgetSection =
    budget.byUnit.length === 0
      ? `<p>${e(t.noBudget)}</p>`
      : `<p><b>${e(t.budgetTotal)}: ${e(formatMoneyVi(budget.total))}</b></p>
<p style="margin:6px 0 2px 0;font-weight:bold;">${e(t.budgetByUnit)}</p>${table(
          t.amountHeader,
          budget.byUnit.map((line) => [e(line.code), e(line.name), e(formatNumberVi(line.amount))]),
          new Set([2]),
        )}
<p style="margin:6px 0 2px 0;font-weight:bold;">${e(t.budgetByCategory)}</p>${table(
          t.amountHeader,
          budget.byCategory.map((line) => [e(line.code), e(line.name), e(formatNumberVi(line.amount))]),
          new Set([2]),
        )}
<p style="margin:6px 0 2px 0;font-weight:bold;">${e(t.overCapHeading)}</p>${
          budget.overCap.length === 0
            ? `<p>${e(t.noneOverCap)}</p>`
            : table(
                t.overCapHeader,
                budget.overCap.map((line) => [
                  e(line.unitName),
                  e(line.category),
                  e(formatNumberVi(line.unitPrice)),
                  e(formatNumberVi(line.cap)),
                  e(formatNumberVi(line.excess)),
                ]),
                new Set([2, 3, 4]),
              )
        }${budget.unpricedLines > 0 ? `<p><i>${e(t.unpriced(budget.unpricedLines))}</i></p>` : ''}${
          budget.uncappedLines > 0 ? `<p><i>${e(t.uncapped(budget.uncappedLines))}</i></p>` : ''
        }${funding}`;

  const topTabs = model.quality.tabs
    .slice(0, 3)
    .map((tab) => `${tab.sheet} (${formatNumberVi(tab.count)})`)
    .join(', ');
  // The plans' own style: the Party plan ends each line with a comma, the Youth Union plan with a semicolon.
  const separator = s.organisation === 'Đoàn' ? ';' : ',';
  const signature = `<td style="width:50%;text-align:center;vertical-align:top;">
<div style="font-weight:bold;text-transform:uppercase;">${e(s.onBehalfOf)}</div>
<div style="font-weight:bold;text-transform:uppercase;">${e(s.signerTitle)}</div>
<div style="height:70px;">&nbsp;</div>
<div style="font-weight:bold;">${e(s.signer)}</div></td>`;
  const recipients = `<td style="width:50%;vertical-align:top;font-size:11pt;">
<div style="font-weight:bold;font-style:italic;">${e(t.recipientsHeading)}</div>
${model.recipients.map((line, i, all) => `<div>- ${e(line)}${i === all.length - 1 ? '.' : separator}</div>`).join('\n')}</td>`;

  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${e(`${t.documentType} ${title}`)}</title>
${PRINT_STYLE}</head>
<body style="margin:0;padding:0;background:#ffffff;">
<div class="trang" style="${FONT}font-size:13pt;line-height:1.4;color:#000;max-width:780px;margin:0 auto;padding:20px 28px;">
${header(model)}
<div style="text-align:center;margin-top:18px;">
<div style="font-weight:bold;font-size:15pt;">${t.documentType}</div>
<div style="font-weight:bold;">${e(title)}</div>
${model.scope ? `<div style="font-style:italic;">${e(t.scopeLine(model.scope.name))}</div>` : ''}
<div>-----</div>
</div>
${banner}
<p style="font-weight:bold;margin:14px 0 4px 0;">${t.sections.overview}</p>
<p style="text-align:justify;margin:4px 0;">${e(t.overview(model.congresses.length, pilot, regular, model.directElections, model.delegates))}</p>
${table(
  t.statusTableHeader,
  model.byStatus.map((row) => [e(row.status), e(formatNumberVi(row.count))]),
  new Set([1]),
)}
${progressBar(t.progressDocuments, model.documentsApproved, model.congresses.length)}
${progressBar(t.progressHeld, model.held, model.congresses.length)}
<p style="font-weight:bold;margin:14px 0 4px 0;">${t.sections.congresses}</p>
${model.congresses.length === 0 ? `<p>${e(t.noCongress)}</p>` : table(t.congressHeader, congressRows, new Set([0, 4, 5, 6]), 10.5, new Set([2, 3]))}
<p style="font-weight:bold;margin:14px 0 4px 0;">${t.sections.milestones}</p>
<p style="margin:6px 0 2px 0;font-weight:bold;">${e(t.overdueHeading)}</p>
${model.overdue.length === 0 ? `<p>${e(t.noneOverdue)}</p>` : milestoneBlock(model.overdue, true)}
<p style="margin:6px 0 2px 0;font-weight:bold;">${e(t.dueSoonHeading(s.remindDays))}</p>
${model.dueSoon.length === 0 ? `<p>${e(t.noneDueSoon)}</p>` : milestoneBlock(model.dueSoon, false)}
<p style="font-weight:bold;margin:14px 0 4px 0;">${t.sections.budget}</p>
${budgetSection}
<p style="font-weight:bold;margin:14px 0 4px 0;">${t.sections.quality}</p>
<p>${e(t.quality(model.quality.errors, model.quality.warnings))}${topTabs ? ` ${e(t.qualityWhere(topTabs))}` : ''}</p>
<table style="width:100%;border-collapse:collapse;margin-top:24px;" cellpadding="0" cellspacing="0"><tr>
${recipients}
${signature}
</tr></table>
</div></body></html>
`;
}
