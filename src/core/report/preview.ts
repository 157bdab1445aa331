/**
 * The Sheets preview of the report with its Word files: a bar above the document with one download
 * link per file, each a data: link, so saving a file needs no Drive access and no extra permission.
 * The bar is not printed.
 */
import { bytesToBase64 } from '../base64';
import { type Estimate, estimateDocument, estimateFileBase } from '../budget/estimate';
import type { IsoDate } from '../cells';
import { DOCX_MIME, renderDocumentDocx } from '../document/render-docx';
import type { Deflate } from '../document/zip';
import { escapeHtml } from '../html';
import { reportMenuText as t } from '../messages/menu';
import { reportText } from '../messages/report';
import type { PlanWorkbook } from '../workbook/model';
import { reportDocument } from './document';
import type { ReportModel } from './model';

export interface Download {
  readonly label: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** The report's .docx, then one per congress estimate, in the order of `Đại hội`. */
export function previewDownloads(
  model: ReportModel,
  workbook: PlanWorkbook,
  estimates: readonly Estimate[],
  today: IsoDate,
  deflate?: Deflate,
): Download[] {
  return [
    {
      label: t.reportDocx,
      fileName: reportText.docxName(today),
      bytes: renderDocumentDocx(reportDocument(model), deflate),
    },
    ...estimates.map((estimate) => ({
      label: t.estimateDocx(estimate.unitName),
      fileName: `${estimateFileBase(estimate)}.docx`,
      bytes: renderDocumentDocx(estimateDocument(workbook, estimate, today), deflate),
    })),
  ];
}

export function previewWithDownloads(html: string, downloads: readonly Download[]): string {
  if (downloads.length === 0) return html;
  const links = downloads
    .map(
      (file) =>
        `<a download="${escapeHtml(file.fileName)}" href="data:${DOCX_MIME};base64,${bytesToBase64(file.bytes)}" style="color:#1a73e8;margin-right:14px;white-space:nowrap;">${escapeHtml(file.label)}</a>`,
    )
    .join(' ');
  const bar = `<style>@media print{.tai-ve{display:none!important}}</style><div class="tai-ve" style="font-family:Arial,sans-serif;font-size:13px;line-height:1.8;background:#f1f3f4;border-bottom:1px solid #dadce0;padding:6px 12px;"><b>${escapeHtml(t.downloadsHeading)}</b> ${links}</div>`;
  return html.replace(/<body[^>]*>/, (body) => `${body}\n${bar}`);
}
