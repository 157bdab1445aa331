/**
 * The printable estimate of one congress (dự toán kinh phí), the form an office sends to the finance
 * office: one line per category with quantity, days, unit price, amount and legal basis, and the
 * total in figures and in words, under a Party document header.
 */
import type { IsoDate } from '../cells';
import { formatDateLongVi } from '../dates';
import { escapeHtml } from '../html';
import { formatNumberVi, formatQuantityVi } from '../numbers';
import type { PlanWorkbook } from '../workbook/model';
import { computeBudget } from './compute';
import type { CostedLine } from './types';
import { amountInWords } from './words';

export interface Estimate {
  readonly unitCode: string;
  readonly unitName: string;
  readonly unitType?: string;
  readonly delegates?: number;
  readonly days?: number;
  readonly lines: readonly CostedLine[];
  readonly total: number;
  readonly totalInWords: string;
}

export function estimatesOf(workbook: PlanWorkbook): Estimate[] {
  const summary = computeBudget(workbook);
  const units = new Map(workbook.units.map((unit) => [unit.code, unit]));
  const seen = new Set<string>();
  const estimates: Estimate[] = [];
  for (const congress of workbook.congresses) {
    if (!congress.unitCode || seen.has(congress.unitCode)) continue;
    seen.add(congress.unitCode);
    const lines = summary.lines.filter((line) => line.line.unitCode === congress.unitCode);
    const total = lines.reduce((sum, line) => sum + line.amount, 0);
    const unit = units.get(congress.unitCode);
    estimates.push({
      unitCode: congress.unitCode,
      unitName: unit?.name ?? congress.unitCode,
      ...(unit?.type ? { unitType: unit.type } : {}),
      ...(congress.total !== undefined ? { delegates: congress.total } : {}),
      ...(congress.days !== undefined ? { days: congress.days } : {}),
      lines,
      total,
      totalInWords: amountInWords(total),
    });
  }
  return estimates;
}

const e = (value: string | number | undefined) => escapeHtml(value === undefined ? '' : String(value));
const CELL = 'border:1px solid #444;padding:4px 6px;vertical-align:top;';
const NUM = `${CELL}text-align:right;white-space:nowrap;`;
const HEAD = `${CELL}font-weight:bold;text-align:center;background:#eef1f6;`;

export function renderEstimateHtml(workbook: PlanWorkbook, estimate: Estimate, today: IsoDate): string {
  const s = workbook.settings;
  const youth = s.organisation === 'Đoàn';
  const rows = estimate.lines
    .map(
      (
        line,
        index,
      ) => `<tr><td style="${NUM}">${index + 1}</td><td style="${CELL}">${e(line.norm?.name ?? line.line.category)}</td>
<td style="${CELL}">${e(line.norm?.unitOfMeasure)}</td><td style="${NUM}">${e(line.line.quantity !== undefined ? formatQuantityVi(line.line.quantity) : '')}</td>
<td style="${NUM}">${e(line.perDay && line.line.days !== undefined ? formatQuantityVi(line.line.days) : '')}</td>
<td style="${NUM}">${e(line.line.unitPrice !== undefined ? formatNumberVi(line.line.unitPrice) : '')}</td>
<td style="${NUM}">${e(formatNumberVi(line.amount))}</td><td style="${CELL}font-size:10pt;">${e(line.norm?.basis)}</td></tr>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${e(`Dự toán kinh phí đại hội ${estimate.unitName}`)}</title></head>
<body style="margin:0;background:#fff;"><div style="font-family:'Times New Roman','Liberation Serif','DejaVu Serif',serif;font-size:13pt;line-height:1.4;max-width:780px;margin:0 auto;padding:20px 28px;">
<table style="width:100%;border-collapse:collapse;"><tr>
<td style="width:45%;text-align:center;vertical-align:top;"><div style="text-transform:uppercase;">${e(s.parentBody)}</div>
<div style="font-weight:bold;text-transform:uppercase;">${e(s.issuingBody)}</div><div>${youth ? '***' : '*'}</div></td>
<td style="width:55%;text-align:center;vertical-align:top;"><div style="font-weight:bold;font-size:15pt;">${youth ? 'ĐOÀN TNCS HỒ CHÍ MINH' : 'ĐẢNG CỘNG SẢN VIỆT NAM'}</div>
<div style="font-style:italic;margin-top:10px;">${e(s.place)}${s.place ? ', ' : ''}${e(formatDateLongVi(today))}</div></td></tr></table>
<div style="text-align:center;margin:18px 0 10px 0;"><div style="font-weight:bold;font-size:15pt;">DỰ TOÁN KINH PHÍ</div>
<div style="font-weight:bold;">Tổ chức đại hội ${e(estimate.unitName)}</div>
<div>${e(estimate.unitType)}${estimate.delegates !== undefined ? ` — ${e(formatNumberVi(estimate.delegates))} đại biểu` : ''}${estimate.days !== undefined ? `, ${e(estimate.days)} ngày` : ''}</div></div>
<table style="border-collapse:collapse;width:100%;font-size:11.5pt;"><tr>
<th style="${HEAD}">STT</th><th style="${HEAD}">Nội dung chi</th><th style="${HEAD}">Đơn vị tính</th><th style="${HEAD}">Số lượng</th>
<th style="${HEAD}">Số ngày</th><th style="${HEAD}">Đơn giá (đồng)</th><th style="${HEAD}">Thành tiền (đồng)</th><th style="${HEAD}">Căn cứ</th></tr>
${rows}
<tr><td style="${CELL}" colspan="6"><b>Tổng cộng</b></td><td style="${NUM}"><b>${e(formatNumberVi(estimate.total))}</b></td><td style="${CELL}"></td></tr></table>
<p><i>Bằng chữ: ${e(estimate.totalInWords)}.</i></p>
<table style="width:100%;border-collapse:collapse;margin-top:20px;"><tr><td style="width:50%;"></td>
<td style="width:50%;text-align:center;"><div style="font-weight:bold;text-transform:uppercase;">${e(s.onBehalfOf)}</div>
<div style="font-weight:bold;text-transform:uppercase;">${e(s.signerTitle)}</div><div style="height:70px;">&nbsp;</div>
<div style="font-weight:bold;">${e(s.signer)}</div></td></tr></table>
</div></body></html>
`;
}

/** The estimates as rows of a `Dự toán chi tiết` tab (one block per congress). */
export function estimateSheetRows(estimates: readonly Estimate[]): (string | number)[][] {
  const rows: (string | number)[][] = [
    [
      'Đơn vị',
      'STT',
      'Nội dung chi',
      'Đơn vị tính',
      'Số lượng',
      'Số ngày',
      'Đơn giá',
      'Thành tiền',
      'Căn cứ',
    ],
  ];
  for (const estimate of estimates) {
    estimate.lines.forEach((line, index) => {
      rows.push([
        estimate.unitName,
        index + 1,
        line.norm?.name ?? line.line.category,
        line.norm?.unitOfMeasure ?? '',
        line.line.quantity ?? '',
        line.perDay ? (line.line.days ?? '') : '',
        line.line.unitPrice ?? '',
        line.amount,
        line.norm?.basis ?? '',
      ]);
    });
    rows.push([estimate.unitName, '', 'Tổng cộng', '', '', '', '', estimate.total, estimate.totalInWords]);
  }
  return rows;
}
