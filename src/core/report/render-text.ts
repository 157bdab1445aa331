/** The report (or a scoped notice) as plain text: the same words as its HTML, for the mail's text part. */
import { renderDocumentText } from '../document/render-text';
import { progressDocument } from './document';
import type { ReportModel } from './model';

export function renderReportText(model: ReportModel): string {
  return renderDocumentText(progressDocument(model));
}
