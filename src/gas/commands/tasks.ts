/**
 * Lập mốc công việc gợi ý: a dialog lists the standard steps each congress lacks in `Mốc thời gian`,
 * grouped by congress, before anything is written; its button appends them below the last row in one
 * write (existing rows untouched, each new row marked "Gợi ý" in `Ghi chú`). The dialog's client calls
 * previewSuggestedTasks and applySuggestedTasks through google.script.run; both take no argument and
 * apply recomputes the suggestion under the lock (it never trusts rows sent by the page), so a second
 * click, or a second run, adds nothing.
 */
import { readWorkbook, suggestTasks, TAB, type TaskPreview, taskPreview, taskRows } from '../../core';
import { tasksMenuText as t, tasksDialogText } from '../../core/messages';
import { NoticeError, withDocumentLock } from '../run-safely';
import { services } from '../services';
import { appendRowsByHeader, readSheetWorkbook } from '../sheets-io';

export function showTasksDialog(): void {
  const output = services.html().createHtmlOutputFromFile('tasks').setWidth(1000).setHeight(660);
  services.ui().showModalDialog(output, tasksDialogText.title);
}

function suggestionNow() {
  const read = readSheetWorkbook(services.spreadsheet());
  if (!read.sheets[TAB.milestones]) throw new NoticeError(t.missingTab);
  const { workbook } = readWorkbook(read.raw);
  return { read, workbook, suggestion: suggestTasks(workbook) };
}

/** What the button would add; with nothing to add, the summary says why and `count` is 0. */
export function previewSuggestedTasks(): TaskPreview {
  const { workbook, suggestion } = suggestionNow();
  if (suggestion.tasks.length === 0) {
    return { summary: suggestion.dated === 0 ? t.noCongress : t.nothing, count: 0, headers: [], groups: [] };
  }
  return taskPreview(workbook, suggestion);
}

export function applySuggestedTasks(): string {
  return withDocumentLock(() => {
    const { read, suggestion } = suggestionNow();
    if (suggestion.tasks.length === 0) return suggestion.dated === 0 ? t.noCongress : t.nothing;
    const { missing } = appendRowsByHeader(read, TAB.milestones, taskRows(suggestion.tasks));
    const added = t.added(suggestion.tasks.length, suggestion.congresses, suggestion.matched);
    return missing.includes('Ghi chú') ? `${added}\n\n${t.missingNoteColumn}` : added;
  });
}
