/**
 * Tạo báo cáo: validate, rebuild the `Báo cáo` tab in one batched write, then preview the HTML with
 * the report as a Word file to download, and each congress's estimate as one on request (no Drive
 * access needed: the files are saved from the dialog).
 */
import {
  buildReport,
  bytesToBase64,
  countFindings,
  estimateChoices,
  estimateDownload,
  estimatesOf,
  isoInZone,
  pilotResultsDownload,
  previewWithDownloads,
  readWorkbook,
  renderReportHtml,
  reportDownload,
  reportSheet,
} from '../../core';
import { reportMenuText } from '../../core/messages';
import { gzipDeflate } from '../deflate';
import { writeSheetBlock } from '../output-tab';
import { NoticeError, withDocumentLock } from '../run-safely';
import { services } from '../services';
import { readSheetWorkbook } from '../sheets-io';
import { validateActive } from './validate';

export function generateReport(): void {
  const now = new Date();
  const { html, errors } = withDocumentLock(() => {
    const run = validateActive(now);
    const model = buildReport({ workbook: run.workbook, findings: run.findings, today: run.today });
    writeSheetBlock(services.spreadsheet(), reportSheet(model));
    const { errors, warnings } = countFindings(run.findings);
    return {
      html: previewWithDownloads(
        renderReportHtml(model),
        reportDownload(model, run.today, gzipDeflate),
        estimateChoices(estimatesOf(run.workbook)),
        undefined,
        [pilotResultsDownload(model, run.today, gzipDeflate)].filter((file) => file !== null),
        errors + warnings > 0 ? reportMenuText.qualityNote(errors, warnings) : '',
      ),
      errors,
    };
  });
  const ui = services.ui();
  const preview = services.html().createHtmlOutput(html).setWidth(900).setHeight(700);
  ui.showModalDialog(preview, reportMenuText.dialogTitle);
  services.spreadsheet().toast(reportMenuText.done(errors));
}

export interface EstimateFile {
  readonly fileName: string;
  readonly base64: string;
}

/**
 * One congress's estimate as a .docx, for the preview's "Lập tệp dự toán" (google.script.run): the
 * workbook is read as it is now, once; nothing is written. `unitCode` comes from the browser.
 */
export function estimateDocx(unitCode: unknown): EstimateFile {
  if (typeof unitCode !== 'string' || unitCode.length > 200)
    throw new NoticeError(reportMenuText.noEstimate(''));
  // The estimate needs the plan and today's date, not the findings: no validation rule runs here.
  const { workbook } = readWorkbook(readSheetWorkbook(services.spreadsheet()).raw);
  const estimate = estimatesOf(workbook).find((candidate) => candidate.unitCode === unitCode);
  if (!estimate) throw new NoticeError(reportMenuText.noEstimate(unitCode));
  const today = isoInZone(new Date(), workbook.settings.timeZone);
  const file = estimateDownload(workbook, estimate, today, gzipDeflate);
  return { fileName: file.fileName, base64: bytesToBase64(file.bytes) };
}
