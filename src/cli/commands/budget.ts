/** daihoi budget FILE.xlsx [--suggest [--write]] [--print DIR] [--today D] */
import { deflateRawSync } from 'node:zlib';
import {
  computeBudget,
  estimateDocument,
  estimateFileBase,
  estimatesOf,
  renderDocumentDocx,
  renderDocumentHtml,
  suggestEstimate,
  suggestionRows,
  TAB,
  unitsByCode,
} from '../../core';
import { cliText, fileText, reportCliText, budgetCliText as t } from '../../core/messages';
import { UnusableInputError } from '../errors';
import type { Output } from '../io';
import { OutputDir } from '../output-dir';
import { findChromium, printHtmlToPdf } from '../pdf';
import { textTable } from '../text-table';
import { type LoadedWorkbook, loadWorkbook } from '../workbook';
import { appendNotes, appendRows } from '../xlsx/write';
import { commandArgs, TODAY_OPTION } from './args';

/** --suggest [--write]: lines for congresses without any, appended with --write. */
async function suggest(
  file: string,
  loaded: LoadedWorkbook,
  write: boolean,
  output: Output,
): Promise<number> {
  const units = unitsByCode(loaded.workbook.units);
  const lines = suggestEstimate(loaded.workbook);
  if (lines.length === 0) {
    output.out(`${t.noSuggestion}\n`);
    return 0;
  }
  output.out(`${t.suggestionHeading(lines.length)}\n`);
  const rows = lines.map((line) =>
    t.suggestionRow(
      units.get(line.unitCode)?.name ?? line.unitCode,
      line.category,
      line.quantity,
      line.days,
      line.unitPrice,
      line.amount,
      line.note,
    ),
  );
  output.out(textTable([...t.suggestionColumns], rows, [2, 3, 4, 5]));
  if (write) {
    const result = await appendRows(
      file,
      { [TAB.budget]: suggestionRows(lines) },
      { droppable: ['Ghi chú'] },
    );
    output.out(`${t.appended(result.added[TAB.budget] ?? 0, result.backup)}\n`);
    for (const { tab, header } of result.dropped) output.out(`${fileText.droppedColumn(tab, header)}\n`);
    output.out(appendNotes(result));
  }
  return 0;
}

/** --print DIR: each congress's estimate as HTML, Word and (with Chromium) PDF. */
async function print(folder: string, loaded: LoadedWorkbook, output: Output): Promise<number> {
  const dir = OutputDir.open(folder);
  const withPdf = findChromium() !== null;
  if (!withPdf) output.err(`daihoi: ${reportCliText.noChromium}\n`);
  for (const estimate of estimatesOf(loaded.workbook)) {
    // One name per code, bounded: A/B, A.B and A-B (or Đ1 and D1) never overwrite each other.
    const base = estimateFileBase(estimate);
    const document = estimateDocument(loaded.workbook, estimate, loaded.today);
    const html = renderDocumentHtml(document);
    output.out(`${cliText.wrote(dir.write(`${base}.html`, html))}\n`);
    const docx = dir.write(`${base}.docx`, renderDocumentDocx(document, deflateRawSync));
    output.out(`${cliText.wrote(docx)}\n`);
    if (withPdf) {
      const pdf = await dir.writeWith(`${base}.pdf`, (temporary) => printHtmlToPdf(html, temporary));
      output.out(`${cliText.wrote(pdf)}\n`);
    }
  }
  return 0;
}

/** The totals per unit (own and with the units under it), the amount to request, the warnings. */
function totals(loaded: LoadedWorkbook, output: Output): number {
  const { workbook } = loaded;
  const units = unitsByCode(workbook.units);
  const summary = computeBudget(workbook);
  output.out(`${t.heading}\n`);
  // Every unit that has lines or units with lines under it, in the order of `Đơn vị`; then codes
  // of lines whose unit is not in `Đơn vị` (validate reports those).
  const codes = [
    ...workbook.units.map((unit) => unit.code).filter((code) => summary.byUnitRollup.has(code)),
    ...[...summary.byUnit.keys()].filter((code) => !units.has(code)),
  ];
  for (const code of new Set(codes)) {
    const own = summary.byUnit.get(code) ?? 0;
    output.out(`${t.unitLine(units.get(code)?.name ?? code, own, summary.byUnitRollup.get(code) ?? own)}\n`);
  }
  output.out(`${t.total(summary.total)}\n`);
  if (summary.funding) {
    const f = summary.funding;
    output.out(`${t.request(f.estimate, f.retainedDues, f.otherFunding, f.request)}\n`);
  }
  if (summary.overCap.length > 0) output.out(`${t.overCap(summary.overCap.length)}\n`);
  if (summary.uncapped.length > 0) output.out(`${t.uncapped(summary.uncapped.length)}\n`);
  return 0;
}

export async function budgetCommand(argv: string[], output: Output): Promise<number> {
  const { values, file } = commandArgs('budget', argv, {
    suggest: { type: 'boolean' },
    write: { type: 'boolean' },
    print: { type: 'string' },
    ...TODAY_OPTION,
  });
  if (values.write && !values.suggest) throw new UnusableInputError(t.writeNeedsSuggest);
  const loaded = await loadWorkbook(file, values.today);
  if (values.suggest) return suggest(file, loaded, values.write ?? false, output);
  if (values.print) return print(values.print, loaded, output);
  return totals(loaded, output);
}
