/**
 * daihoi tasks FILE.xlsx [--write] — Lập mốc công việc gợi ý: lists the standard steps each congress
 * lacks in `Mốc thời gian`; `--write` appends them below the last row, after a backup of the file.
 * Nothing the user typed is changed, and a second run finds nothing to add.
 */
import { formatDateVi, matchKey, suggestTasks, TAB, taskRows } from '../../core';
import { tasksCliText as t } from '../../core/messages';
import type { Output } from '../io';
import { textTable } from '../text-table';
import { loadWorkbook } from '../workbook';
import { appendNotes, appendRows } from '../xlsx/write';
import { commandArgs, TODAY_OPTION } from './args';

export async function tasksCommand(argv: string[], output: Output): Promise<number> {
  const { values, file } = commandArgs('tasks', argv, { write: { type: 'boolean' }, ...TODAY_OPTION });
  const loaded = await loadWorkbook(file, values.today);
  const { workbook } = loaded;
  if (workbook.sheetNames[TAB.milestones] === undefined) {
    output.err(`daihoi: ${t.noMilestonesTab}\n`);
    return 1;
  }
  const suggestion = suggestTasks(workbook);
  if (suggestion.tasks.length === 0) {
    output.out(`${suggestion.dated === 0 ? t.noCongress : t.nothing}\n`);
    return 0;
  }
  output.out(`${t.heading(suggestion.tasks.length, suggestion.congresses)}\n`);
  if (suggestion.matched > 0) output.out(`${t.matched(suggestion.matched)}\n`);
  const rows = suggestion.tasks.map((task) => [
    task.code,
    task.content,
    task.owner ?? '',
    formatDateVi(task.due),
    task.dependsOn.join('; '),
  ]);
  output.out(textTable([...t.columns], rows, []));
  if (!values.write) {
    output.out(`${t.notWritten}\n`);
    return 0;
  }
  const columns = workbook.columns[TAB.milestones] ?? {};
  if (!Object.keys(columns).some((header) => matchKey(header) === matchKey('Ghi chú'))) {
    output.err(`daihoi: ${t.missingNoteColumn}\n`);
  }
  // The "Gợi ý" note may go without its column (said above); anything else refuses (issue 14).
  const result = await appendRows(
    file,
    { [TAB.milestones]: taskRows(suggestion.tasks) },
    { droppable: ['Ghi chú'] },
  );
  output.out(`${t.appended(result.added[TAB.milestones] ?? 0, result.backup ?? '')}\n`);
  output.out(appendNotes(result));
  return 0;
}
