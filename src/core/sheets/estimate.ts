/** The `Dự toán chi tiết` tab: each congress's estimate as its lines and a total row. */
import { type Estimate, isAboveNorm, lacksAmount } from '../budget/estimate';
import { estimateText as t } from '../messages/budget';
import { OUTPUT_TAB } from '../workbook/contract';
import { columnsFrom, type OutputTabSpec, type SheetBlock, sheetBlock, type TabRow } from './output-tab';

type Field = keyof typeof t.sheetHeader;

const ESTIMATE_TAB: OutputTabSpec<Field> = {
  name: OUTPUT_TAB.estimate,
  columns: columnsFrom(t.sheetHeader, [
    ['unit', 'text', 220],
    ['position', 'count', 40],
    ['category', 'text', 280],
    ['measure', 'text', 90],
    // Quantities and days may be fractions (0,5 ngày): the general format shows them as typed.
    ['quantity', 'general', 80],
    ['days', 'general', 70],
    ['unitPrice', 'money', 110],
    ['amount', 'money', 130],
    ['basis', 'text', 300],
    // The amount above the norm of a line priced above it, and their sum on the total row.
    ['overNorm', 'money', 120],
  ]),
};

/** One block of rows per congress: its lines (numbered from 1), then its total in figures and in words. */
export function estimateSheet(estimates: readonly Estimate[]): SheetBlock {
  const rows: TabRow<Field>[] = [];
  for (const estimate of estimates) {
    const unit = estimate.unitName;
    estimate.lines.forEach((costed, index) => {
      const { line, norm, perDay, amount } = costed;
      rows.push({
        unit,
        position: index + 1,
        category: norm?.name ?? line.category,
        measure: norm?.unitOfMeasure,
        quantity: line.quantity,
        days: perDay ? line.days : '',
        unitPrice: line.unitPrice,
        // Empty, not 0, for a line with no amount yet: the printed estimate shows it the same way.
        amount: lacksAmount(costed) ? '' : amount,
        basis: norm?.basis,
        overNorm: isAboveNorm(costed) ? costed.excess : '',
      });
    });
    rows.push({
      unit,
      category: t.total,
      amount: estimate.total,
      basis: estimate.totalInWords,
      overNorm: estimate.overNormLines > 0 ? estimate.excessTotal : '',
    });
  }
  return sheetBlock(ESTIMATE_TAB, rows);
}
