/**
 * Tạo báo cáo: validate, rebuild the `Báo cáo` tab in one batched write, then preview the HTML with
 * the report and each congress's estimate as Word files to download (no Drive access needed).
 */
import {
  buildReport,
  countFindings,
  estimatesOf,
  OUTPUT_TAB,
  previewDownloads,
  previewWithDownloads,
  renderReportHtml,
  reportSheet,
} from '../../core';
import { reportMenuText } from '../../core/messages/menu';
import { gzipDeflate } from '../deflate';
import { withDocumentLock } from '../run-safely';
import { services } from '../services';
import { writeOutputTab } from '../sheets-io';
import { validateActive } from './validate';

export function generateReport(): void {
  const now = new Date();
  const { html, errors } = withDocumentLock(() => {
    const run = validateActive(now);
    const model = buildReport({ workbook: run.workbook, findings: run.findings, today: run.today });
    const sheet = reportSheet(model);
    writeOutputTab(services.spreadsheet(), OUTPUT_TAB.report, sheet);
    const downloads = previewDownloads(
      model,
      run.workbook,
      estimatesOf(run.workbook),
      run.today,
      gzipDeflate,
    );
    return {
      html: previewWithDownloads(renderReportHtml(model), downloads),
      errors: countFindings(run.findings).errors,
    };
  });
  const ui = services.ui();
  const preview = services.html().createHtmlOutput(html).setWidth(900).setHeight(700);
  ui.showModalDialog(preview, reportMenuText.dialogTitle);
  services.spreadsheet().toast(reportMenuText.done(errors));
}
