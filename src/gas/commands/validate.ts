/** Kiểm tra dữ liệu: read every input tab once, validate, write the findings tab and the marks. */
import {
  checkedAt,
  countFindings,
  sameWallClock,
  type ValidatedWorkbook,
  validateWorkbook,
} from '../../core';
import { menuText } from '../../core/messages';
import { writeFindingsSheet } from '../findings-sheet';
import { markFindings } from '../marks';
import { withDocumentLock } from '../run-safely';
import { services } from '../services';
import { readSheetWorkbook, type SheetWorkbook } from '../sheets-io';

export interface ValidationRun extends ValidatedWorkbook {
  readonly read: SheetWorkbook;
}

/** Reads and validates the active workbook; `now` comes from the caller (the clock is not the core's). */
export function validateActive(now: Date): ValidationRun {
  const read = readSheetWorkbook(services.spreadsheet());
  return { read, ...validateWorkbook(read.raw, { now }) };
}

/**
 * "Today" is one thing everywhere: the date in `Múi giờ` (the spreadsheet's zone when that is empty).
 * When the two zones disagree the user is told, since dates typed into cells follow the spreadsheet's.
 */
export function zoneNotice(run: ValidationRun, now: Date): string | null {
  const sheetZone = run.read.raw.spreadsheetTimeZone;
  const zone = run.workbook.settings.timeZone;
  if (!sheetZone || sameWallClock(zone, sheetZone, now)) return null;
  return menuText.zoneMismatch(zone, sheetZone);
}

export function validateData(): void {
  const now = new Date();
  const run = withDocumentLock(() => {
    const result = validateActive(now);
    const spreadsheet = services.spreadsheet();
    writeFindingsSheet(
      spreadsheet,
      result.findings,
      result.read.sheets,
      checkedAt(now, result.workbook.settings.timeZone),
    );
    markFindings(result.read.sheets, result.findings);
    return result;
  });
  const { errors, warnings, infos } = countFindings(run.findings);
  const ui = services.ui();
  const text =
    run.findings.length === 0 ? menuText.validatedClean : menuText.validated(errors, warnings, infos);
  const notice = zoneNotice(run, now);
  ui.alert(menuText.menuTitle, notice ? `${text}\n\n${notice}` : text, ui.ButtonSet.OK);
}
