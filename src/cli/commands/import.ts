/** daihoi import PLAN.txt [--json] [--into FILE.xlsx] */
import {
  extractPlan,
  type ImportResult,
  importJson,
  importRows,
  isEmptyImport,
  LIMITS,
  readWorkbook,
  TAB,
  toUnicode,
} from '../../core';
import { cliText, importMenuText, importText as t } from '../../core/messages';
import { UnusableInputError } from '../errors';
import { type Output, readAtMost } from '../io';
import { readXlsx } from '../xlsx/read';
import { appendNotes, appendRows } from '../xlsx/write';
import { commandArgs } from './args';

/** UTF-8, or UTF-16 with its byte-order mark (as Windows Notepad may save it). */
function readText(file: string): string {
  let bytes: Buffer | null;
  try {
    bytes = readAtMost(file, LIMITS.planTextBytes);
  } catch {
    throw new UnusableInputError(t.cannotRead(file));
  }
  if (bytes === null) throw new UnusableInputError(cliText.planTooLarge(file, LIMITS.planTextBytes));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  if (bytes.includes(0)) throw new UnusableInputError(t.cannotRead(file));
  return bytes.toString('utf8');
}

/**
 * The summary a clerk reads: what the plan says about itself, then each kind of finding. Lines are
 * pushed one by one: a plan can hold tens of thousands of dates, too many to spread into a call.
 */
function summary(result: ImportResult, converted: number): string[] {
  const { plan } = result;
  const lines = [t.heading];
  if (converted > 0) lines.push(importMenuText.converted(converted));
  if (plan.issuingBody || plan.number)
    lines.push(t.document(t.planKind, plan.number, plan.date, plan.issuingBody));
  if (plan.parentBody) lines.push(t.parent(plan.parentBody));
  if (plan.organisation) lines.push(t.organisation(plan.organisation));
  const signature = [plan.onBehalfOf, plan.signerTitle, plan.signer].filter((part) => part !== null);
  if (signature.length > 0) lines.push(t.signature(signature));
  lines.push(t.deadlines);
  for (const d of result.deadlines) lines.push(t.dated(d.date, d.text));
  lines.push(t.references);
  for (const d of result.references) lines.push(t.dated(d.date, d.text));
  lines.push(t.units);
  for (const u of result.units)
    lines.push(t.unitLine(u.name, u.type, u.total, u.members, u.invited, u.days, u.deadline, u.newTerm));
  if (result.tasks.length > 0) lines.push(t.tasks);
  for (const task of result.tasks) lines.push(t.taskLine(task.due, task.text, task.owner));
  for (const c of result.checks) lines.push(t.check(c.phrase, c.stated, c.found));
  if (result.skipped.length > 0) lines.push(t.skipped);
  for (const item of result.skipped) lines.push(t.skippedLine(item.text, item.why));
  if (result.emails.length > 0) lines.push(t.emails(result.emails));
  return lines;
}

export async function importCommand(argv: string[], output: Output): Promise<number> {
  const { values, file } = commandArgs('import', argv, {
    json: { type: 'boolean' },
    into: { type: 'string' },
  });
  const text = readText(file);
  const result = extractPlan(text);
  if (values.json) {
    output.out(`${JSON.stringify(importJson(result), null, 2)}\n`);
  } else {
    const converted = toUnicode(text.replace(/^\ufeff/, '')).converted;
    output.out(`${summary(result, converted).join('\n')}\n`);
  }
  if (values.into) {
    const { workbook } = readWorkbook(await readXlsx(values.into));
    const { rows, settings, counts } = importRows(result, workbook);
    if (isEmptyImport(counts)) {
      output.out(`${t.nothingNew}\n`);
      return 0;
    }
    const appended = await appendRows(values.into, rows, { settings });
    const { added } = appended;
    const lines = settings.map((change) => t.settingLine(change.key, change.value));
    lines.push(
      t.added(
        added[TAB.units] ?? 0,
        added[TAB.congresses] ?? 0,
        added[TAB.milestones] ?? 0,
        added[TAB.settings] ?? 0,
        appended.backup,
      ),
    );
    output.out(`${lines.join('\n')}\n`);
    output.out(appendNotes(appended));
  }
  return 0;
}
