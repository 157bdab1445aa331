/**
 * What the Sheets dialog shows before Lập mốc công việc gợi ý writes anything: the suggested tasks
 * grouped by congress, as plain strings (google.script.run carries no Dates), owners by name.
 */
import { formatDateVi } from '../dates';
import { tasksDialogText as t } from '../messages/pilot';
import type { PlanWorkbook } from '../workbook/model';
import { unitNameOf, unitsByCode } from '../workbook/queries';
import type { TaskSuggestion } from './tasks';

export interface TaskPreviewGroup {
  readonly title: string;
  readonly rows: readonly (readonly string[])[];
}

export interface TaskPreview {
  readonly summary: string;
  readonly count: number;
  readonly headers: readonly string[];
  readonly groups: readonly TaskPreviewGroup[];
}

export function taskPreview(workbook: PlanWorkbook, suggestion: TaskSuggestion): TaskPreview {
  const units = unitsByCode(workbook.units);
  const nameOf = (code: string | undefined) => (code ? unitNameOf(units, code) : '');
  const congresses = new Map(workbook.congresses.map((congress) => [congress.unitCode, congress]));
  const groups = new Map<string, { title: string; rows: string[][] }>();
  for (const task of suggestion.tasks) {
    const key = task.congressUnit ?? '';
    let group = groups.get(key);
    if (!group) {
      const congress = task.congressUnit ? congresses.get(task.congressUnit) : undefined;
      const anchor = congress?.date
        ? t.anchorDate(formatDateVi(congress.date))
        : t.anchorDeadline(congress?.deadline ? formatDateVi(congress.deadline) : '');
      const title = congress
        ? t.congressGroup(
            nameOf(congress.unitCode),
            congress.form === 'Đại hội điểm',
            congress.directElection,
            anchor,
          )
        : t.planGroup(nameOf(task.owner));
      group = { title, rows: [] };
      groups.set(key, group);
    }
    group.rows.push([
      task.code,
      task.content,
      nameOf(task.owner),
      formatDateVi(task.due),
      task.dependsOn.join('; '),
    ]);
  }
  return {
    summary: t.summary(suggestion.tasks.length, suggestion.congresses, suggestion.matched),
    count: suggestion.tasks.length,
    headers: [...t.headers],
    groups: [...groups.values()],
  };
}
