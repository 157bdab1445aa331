/**
 * Lập mốc công việc gợi ý: append the standard steps each congress lacks to `Mốc thời gian`, below
 * its last row in one write (existing rows untouched, each new row marked "Gợi ý" in `Ghi chú`). A
 * second run finds every step present and adds nothing.
 */
import { readWorkbook, suggestTasks, TAB, taskRows } from '../../core';
import { tasksMenuText as t } from '../../core/messages/pilot';
import { NoticeError, withDocumentLock } from '../run-safely';
import { services } from '../services';
import { appendRowsByHeader, readSheetWorkbook } from '../sheets-io';

export function suggestTasksFromMenu(): void {
  const message = withDocumentLock(() => {
    const read = readSheetWorkbook(services.spreadsheet());
    if (!read.sheets[TAB.milestones]) throw new NoticeError(t.missingTab);
    const suggestion = suggestTasks(readWorkbook(read.raw).workbook);
    if (suggestion.tasks.length === 0) return suggestion.dated === 0 ? t.noCongress : t.nothing;
    const { missing } = appendRowsByHeader(read, TAB.milestones, taskRows(suggestion.tasks));
    const added = t.added(suggestion.tasks.length, suggestion.congresses, suggestion.matched);
    return missing.includes('Ghi chú') ? `${added}\n\n${t.missingNoteColumn}` : added;
  });
  const ui = services.ui();
  ui.alert(t.item, message, ui.ButtonSet.OK);
}
