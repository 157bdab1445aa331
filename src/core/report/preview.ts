/** The Sheets preview of the report with its Word files (the report's, and each congress estimate's). */
import { bytesToBase64 } from '../base64';
import { type Estimate, estimateDocument, estimateFileBase } from '../budget/estimate';
import type { IsoDate } from '../cells';
import { DOCX_MIME, renderDocumentDocx } from '../document/render-docx';
import type { Deflate } from '../document/zip';
import { escapeHtml } from '../html';
import { reportMenuText as t } from '../messages/menu';
import { resultsReportText } from '../messages/pilot';
import { reportText } from '../messages/report';
import type { PlanWorkbook } from '../workbook/model';
import { reportDocument } from './document';
import type { ReportModel } from './model';
import { pilotResultsDocument } from './results-document';

export interface Download {
  readonly label: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** A congress whose estimate the preview offers: made on request, so a province's preview stays small. */
export interface EstimateChoice {
  readonly unitCode: string;
  readonly label: string;
}

/** The report's .docx: built with the preview, carried by its link. */
export function reportDownload(model: ReportModel, today: IsoDate, deflate?: Deflate): Download {
  return {
    label: t.reportDocx,
    fileName: reportText.docxName(today),
    bytes: renderDocumentDocx(reportDocument(model), deflate),
  };
}

/** "Báo cáo kết quả đại hội điểm" as a .docx, once every pilot congress is held; null before. */
export function pilotResultsDownload(model: ReportModel, today: IsoDate, deflate?: Deflate): Download | null {
  const document = pilotResultsDocument(model, reportDocument(model));
  if (!document) return null;
  return {
    label: resultsReportText.docxLabel,
    fileName: resultsReportText.docxName(today),
    bytes: renderDocumentDocx(document, deflate),
  };
}

/** One congress's estimate as a .docx, named after its unit's code. */
export function estimateDownload(
  workbook: PlanWorkbook,
  estimate: Estimate,
  today: IsoDate,
  deflate?: Deflate,
): Download {
  return {
    label: t.estimateDocx(estimate.unitName),
    fileName: `${estimateFileBase(estimate)}.docx`,
    bytes: renderDocumentDocx(estimateDocument(workbook, estimate, today), deflate),
  };
}

export function estimateChoices(estimates: readonly Estimate[]): EstimateChoice[] {
  return estimates.map((estimate) => ({
    unitCode: estimate.unitCode,
    label: t.estimateDocx(estimate.unitName),
  }));
}

/** A value for an inline script: JSON with "<" escaped, so no text can close the script element. */
const scriptValue = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The preview with a bar above the document: the report's link (the file inside it), and a list of
 * congresses whose estimate the server makes when asked (`estimateDocx` through google.script.run),
 * then offers as a link to save. Saving from the dialog needs no Drive access. The bar is not printed.
 */
export function previewWithDownloads(
  html: string,
  report: Download,
  estimates: readonly EstimateChoice[],
  serverFunction = 'estimateDocx',
  /** Other documents built with the preview (the pilots' results report, once they are all held). */
  more: readonly Download[] = [],
  /** A note for the person previewing (the data's findings): shown above, never printed. */
  note = '',
): string {
  const link = (file: Download) =>
    `<a download="${escapeHtml(file.fileName)}" href="data:${DOCX_MIME};base64,${bytesToBase64(file.bytes)}" style="color:#1a73e8;margin-right:14px;white-space:nowrap;">${escapeHtml(file.label)}</a>`;
  const picker =
    estimates.length === 0
      ? ''
      : `<select id="du-toan" style="max-width:340px;">${estimates
          .map(
            (choice) => `<option value="${escapeHtml(choice.unitCode)}">${escapeHtml(choice.label)}</option>`,
          )
          .join(
            '',
          )}</select> <button id="nut-du-toan" type="button" onclick="taiDuToan()">${escapeHtml(t.estimateButton)}</button> <a id="luu-du-toan" style="display:none;color:#1a73e8;font-weight:bold;"></a> <span id="trang-thai" style="color:#5f6368;"></span>
<script>
function taiDuToan() {
  var t = ${scriptValue({ busy: t.estimateBusy, save: t.estimateSave(''), mime: DOCX_MIME })};
  var $ = function (id) { return document.getElementById(id); };
  var button = $('nut-du-toan'), status = $('trang-thai'), save = $('luu-du-toan');
  button.disabled = true; save.style.display = 'none'; status.textContent = t.busy;
  google.script.run.withSuccessHandler(function (file) {
    button.disabled = false; status.textContent = '';
    save.href = 'data:' + t.mime + ';base64,' + file.base64; save.download = file.fileName;
    save.textContent = t.save + file.fileName; save.style.display = 'inline';
  }).withFailureHandler(function (error) {
    button.disabled = false; status.textContent = error && error.message ? error.message : String(error);
  })[${scriptValue(serverFunction)}]($('du-toan').value);
}
</script>`;
  const bar = `<style>@media print{.tai-ve{display:none!important}}</style><div class="tai-ve" style="font-family:Arial,sans-serif;font-size:13px;line-height:2;background:#f1f3f4;border-bottom:1px solid #dadce0;padding:6px 12px;">${note ? `<div style="color:#b3261e;font-weight:bold;">${escapeHtml(note)}</div>` : ''}<b>${escapeHtml(t.downloadsHeading)}</b> ${link(report)} ${more.map(link).join(' ')} ${picker}</div>`;
  return html.replace(/<body[^>]*>/, (body) => `${body}\n${bar}`);
}
