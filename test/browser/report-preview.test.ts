/**
 * The Tạo báo cáo preview's download bar in headless Chromium, google.script.run stubbed: the report's
 * link saves the .docx it carries; "Lập tệp dự toán" asks the server for the chosen congress and then
 * offers that file to save. Both downloads are real browser downloads of valid Word archives.
 */
import { readFileSync } from 'node:fs';
import {
  buildReport,
  bytesToBase64,
  estimateChoices,
  estimateDownload,
  estimatesOf,
  previewWithDownloads,
  renderReportHtml,
  reportDownload,
  validateWorkbook,
} from '../../src/core';
import { launchChromium, openWithStub, recordedCalls } from '../helpers/browser';
import { unzipText } from '../helpers/unzip';
import { buildWorkbook } from '../helpers/workbook-builder';

const TODAY = '2024-12-21';

function documentXml(path: string): string {
  return unzipText(new Uint8Array(readFileSync(path)))['word/document.xml']!;
}

test('the report and a chosen estimate download from the dialog as .docx files', async () => {
  const { workbook, findings } = validateWorkbook(buildWorkbook(), { today: TODAY });
  const model = buildReport({ workbook, findings, today: TODAY });
  const estimates = estimatesOf(workbook);
  const html = previewWithDownloads(
    renderReportHtml(model),
    reportDownload(model, TODAY),
    estimateChoices(estimates),
  );
  const second = estimateDownload(workbook, estimates[1]!, TODAY);
  const browser = await launchChromium();
  try {
    const page = await openWithStub(
      browser,
      html,
      { estimateDocx: { fileName: second.fileName, base64: bytesToBase64(second.bytes) } },
      { width: 900, height: 700 },
    );
    const reportSaved = page.waitForEvent('download');
    await page.click('text=Báo cáo');
    const report = await reportSaved;
    expect(report.suggestedFilename()).toBe('Bao-cao-tien-do-2024-12-21.docx');
    expect(documentXml((await report.path())!)).toContain('Tiến độ chuẩn bị và tổ chức đại hội điểm');

    await page.selectOption('#du-toan', estimates[1]!.unitCode);
    await page.click('#nut-du-toan');
    await page.waitForSelector('#luu-du-toan', { state: 'visible' });
    expect(await recordedCalls(page)).toEqual([['estimateDocx', estimates[1]!.unitCode]]);
    expect(await page.textContent('#luu-du-toan')).toBe(`Lưu ${second.fileName}`);
    const estimateSaved = page.waitForEvent('download');
    await page.click('#luu-du-toan');
    const estimate = await estimateSaved;
    expect(estimate.suggestedFilename()).toBe(second.fileName);
    expect(documentXml((await estimate.path())!)).toContain(estimates[1]!.unitName);
  } finally {
    await browser.close();
  }
});
