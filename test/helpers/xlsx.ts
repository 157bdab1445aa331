/** Writes the test plans as real .xlsx files through the CLI's own writer. */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

import { planWorkbook, saveWorkbook } from '../../src/cli/xlsx/write';
import { INPUT_TABS, type InputTab, type PlanRows } from '../../src/core';
import type { RawWorkbook } from '../../src/core/cells';
import type { PlanTabs } from './workbook-builder';

/** `optional`: rows of the optional tabs (Kết quả đại hội), written after the required ones. */
export async function writePlan(file: string, tabs: PlanTabs, optional: PlanRows = {}): Promise<void> {
  const plan: PlanRows = {
    ...Object.fromEntries(INPUT_TABS.map((tab: InputTab) => [tab, tabs[tab]])),
    ...optional,
  };
  await saveWorkbook(planWorkbook(plan), file);
}

export type { RawWorkbook };

/**
 * Rewrites one part of an .xlsx (e.g. `xl/worksheets/sheet1.xml`) in place: for cells that exceljs
 * never writes itself (ISO `t="d"` dates, as SheetJS and openpyxl do). Python's zipfile does the
 * zip work, as elsewhere in these tests.
 */
export function editXlsxPart(file: string, part: string, edit: (xml: string) => string): void {
  const script = [
    'import sys, zipfile',
    'path, part = sys.argv[1], sys.argv[2]',
    'with zipfile.ZipFile(path) as z:',
    '    if part not in z.namelist(): sys.exit("no part " + part)',
    '    sys.stdout.buffer.write(z.read(part))',
  ].join('\n');
  const xml = execFileSync('python3', ['-c', script, file, part]).toString('utf8');
  const edited = `${file}.part.xml`;
  writeFileSync(edited, edit(xml));
  const rewrite = [
    'import sys, zipfile, shutil',
    'path, part, edited = sys.argv[1], sys.argv[2], sys.argv[3]',
    'with zipfile.ZipFile(path) as src, zipfile.ZipFile(path + ".new", "w", zipfile.ZIP_DEFLATED) as out:',
    '    for info in src.infolist():',
    '        out.writestr(info, open(edited, "rb").read() if info.filename == part else src.read(info))',
    'shutil.move(path + ".new", path)',
  ].join('\n');
  execFileSync('python3', ['-c', rewrite, file, part, edited]);
  rmSync(edited);
}
