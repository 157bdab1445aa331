/** The `Dự toán chi tiết` tab: each congress's estimate as its lines and a total row. */
import { type Estimate, isAboveNorm } from '../budget/estimate';
import type { CostedLine } from '../budget/types';
import { estimateText as t } from '../messages/budget';
import { OUTPUT_TAB } from '../workbook/contract';
import { type OutputTabSpec, type SheetBlock, sheetBlock } from './output-tab';

/** A line of an estimate (numbered from 1 within it), or the estimate's total row when `line` is absent. */
type EstimateTabRow =
  | { readonly estimate: Estimate; readonly line: CostedLine; readonly number: number }
  | { readonly estimate: Estimate; readonly line?: undefined };

const [unit, position, category, measure, quantity, days, unitPrice, amount, basis, overNorm] = t.sheetHeader;

const ESTIMATE_TAB: OutputTabSpec<EstimateTabRow> = {
  name: OUTPUT_TAB.estimate,
  columns: [
    { header: unit, value: (r) => r.estimate.unitName, format: 'text', width: 220 },
    { header: position, value: (r) => (r.line ? r.number : ''), format: 'count', width: 40 },
    {
      header: category,
      value: (r) => (r.line ? (r.line.norm?.name ?? r.line.line.category) : t.total),
      format: 'text',
      width: 280,
    },
    { header: measure, value: (r) => r.line?.norm?.unitOfMeasure ?? '', format: 'text', width: 90 },
    // Quantities and days may be fractions (0,5 ngày): the general format shows them as typed.
    { header: quantity, value: (r) => r.line?.line.quantity ?? '', format: 'general', width: 80 },
    {
      header: days,
      value: (r) => (r.line?.perDay ? (r.line.line.days ?? '') : ''),
      format: 'general',
      width: 70,
    },
    { header: unitPrice, value: (r) => r.line?.line.unitPrice ?? '', format: 'money', width: 110 },
    {
      header: amount,
      value: (r) => (r.line ? r.line.amount : r.estimate.total),
      format: 'money',
      width: 130,
    },
    {
      header: basis,
      value: (r) => (r.line ? (r.line.norm?.basis ?? '') : r.estimate.totalInWords),
      format: 'text',
      width: 300,
    },
    {
      // The amount above the norm of a line priced above it, and their sum on the total row.
      header: overNorm,
      value: (r) =>
        r.line
          ? isAboveNorm(r.line)
            ? r.line.excess
            : ''
          : r.estimate.overNormLines > 0
            ? r.estimate.excessTotal
            : '',
      format: 'money',
      width: 120,
    },
  ],
};

/** One block of rows per congress: its lines, then its total in figures and in words. */
export function estimateSheet(estimates: readonly Estimate[]): SheetBlock {
  const rows: EstimateTabRow[] = [];
  for (const estimate of estimates) {
    estimate.lines.forEach((line, index) => {
      rows.push({ estimate, line, number: index + 1 });
    });
    rows.push({ estimate });
  }
  return sheetBlock(ESTIMATE_TAB, rows);
}
