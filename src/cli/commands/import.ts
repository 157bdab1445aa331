/** daihoi import PLAN.txt [--json] [--into FILE.xlsx] */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractPlan, importJson, importRows, readWorkbook, toUnicode } from '../../core';
import { importMenuText, importText as t } from '../../core/messages/import';
import { UnusableInputError } from '../errors';
import type { Output } from '../io';
import { readXlsx } from '../xlsx/read';
import { appendRows, BACKUP_SUFFIX } from '../xlsx/write';
import { requireFile } from './args';

/** UTF-8, or UTF-16 with its byte-order mark (as Windows Notepad may save it). */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UnusableInputError(t.cannotRead(file));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  if (bytes.includes(0)) throw new UnusableInputError(t.cannotRead(file));
  return bytes.toString('utf8');
}

export async function importCommand(argv: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, into: { type: 'string' } },
    allowPositionals: true,
  });
  const file = requireFile('import', positionals);
  const text = readText(file);
  const result = extractPlan(text);
  if (values.json) {
    output.out(`${JSON.stringify(importJson(result), null, 2)}\n`);
  } else {
    const converted = toUnicode(text.replace(/^\ufeff/, '')).converted;
    const lines = [t.heading];
    if (converted > 0) lines.push(importMenuText.converted(converted));
    lines.push(t.deadlines);
    for (const d of result.deadlines) lines.push(t.dated(d.date, d.text));
    lines.push(t.references);
    for (const d of result.references) lines.push(t.dated(d.date, d.text));
    lines.push(t.units);
    for (const u of result.units)
      lines.push(t.unitLine(u.name, u.type, u.total, u.members, u.invited, u.days, u.deadline));
    for (const c of result.checks) lines.push(t.check(c.phrase, c.stated, c.found));
    if (result.emails.length > 0) lines.push(t.emails(result.emails));
    output.out(`${lines.join('\n')}\n`);
  }
  if (values.into) {
    const { workbook } = readWorkbook(await readXlsx(values.into));
    const { rows, counts } = importRows(result, workbook);
    if (counts.units + counts.congresses + counts.milestones === 0) {
      output.out(`${t.nothingNew}\n`);
      return 0;
    }
    await appendRows(values.into, rows);
    output.out(
      `${t.added(counts.units, counts.congresses, counts.milestones, `${values.into}${BACKUP_SUFFIX}`)}\n`,
    );
  }
  return 0;
}
