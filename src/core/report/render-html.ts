/** The report as HTML: the preview, the mail body and what the PDF is printed from. */
import { renderDocumentHtml } from '../document/render-html';
import { reportDocument } from './document';
import type { ReportModel } from './model';

export function renderReportHtml(model: ReportModel): string {
  return renderDocumentHtml(reportDocument(model));
}
