/** daihoi validate FILE.xlsx [--json] [--today D] — exit 0 no Lỗi, 1 some Lỗi, 2 unreadable. */
import { parseArgs } from 'node:util';
import { countFindings } from '../../core';
import type { Output } from '../io';
import { findingsJson, findingsTable } from '../render';
import { loadWorkbook } from '../workbook';
import { requireFile } from './args';

export async function validateCommand(argv: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, today: { type: 'string' } },
    allowPositionals: true,
  });
  const file = requireFile('validate', positionals);
  const { findings, workbook } = await loadWorkbook(file, values.today);
  output.out(values.json ? findingsJson(findings) : findingsTable(findings, workbook.sheetNames));
  return countFindings(findings).errors > 0 ? 1 : 0;
}
