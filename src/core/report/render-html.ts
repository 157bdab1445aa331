/** The report (or a scoped notice) as HTML: the preview, the mail body and what the PDF is printed from. */
import { renderDocumentHtml } from '../document/render-html';
import { progressDocument } from './document';
import type { ReportModel } from './model';

export function renderReportHtml(model: ReportModel): string {
  return renderDocumentHtml(progressDocument(model));
}
