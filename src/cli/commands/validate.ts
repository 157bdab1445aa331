/** daihoi validate FILE.xlsx [--json] [--today D] — exit 0 no Lỗi, 1 some Lỗi, 2 unreadable. */
import { countFindings } from '../../core';
import type { Output } from '../io';
import { findingsJson, findingsTable } from '../render';
import { loadWorkbook } from '../workbook';
import { commandArgs, TODAY_OPTION } from './args';

export async function validateCommand(argv: string[], output: Output): Promise<number> {
  const { values, file } = commandArgs('validate', argv, { json: { type: 'boolean' }, ...TODAY_OPTION });
  const { findings, workbook } = await loadWorkbook(file, values.today);
  output.out(values.json ? findingsJson(findings) : findingsTable(findings, workbook.sheetNames));
  return countFindings(findings).errors > 0 ? 1 : 0;
}
