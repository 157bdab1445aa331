/** daihoi report FILE.xlsx --out DIR [--today D] [--json] */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import {
  type AnyInputTab,
  blockedNotice,
  buildReport,
  checkedAt,
  findingsSheet,
  pilotResultsDocument,
  pilotsNotHeld,
  recipientsByScope,
  renderDocumentDocx,
  renderDocumentHtml,
  renderReportHtml,
  reportDocument,
  reportFigures,
  reportSheet,
} from '../../core';
import { cliText, reportCliText, resultsReportText } from '../../core/messages';
import { UnusableInputError } from '../errors';
import type { Output } from '../io';
import { composeEml } from '../mail/message';
import { recipientMessages } from '../mail/recipient-messages';
import { fitName, OutputDir } from '../output-dir';
import { ChromiumMissingError, findChromium, printHtmlToPdf } from '../pdf';
import { loadWorkbook } from '../workbook';
import { writeWorkbookWithExtraSheets } from '../xlsx/report-workbook';
import { commandArgs, TODAY_OPTION } from './args';

export async function reportCommand(argv: string[], output: Output): Promise<number> {
  const options = { out: { type: 'string' }, json: { type: 'boolean' }, ...TODAY_OPTION } as const;
  const { values, file } = commandArgs('report', argv, options);
  if (!values.out) throw new UnusableInputError(reportCliText.missingOut);
  const loaded = await loadWorkbook(file, values.today);
  const out = OutputDir.open(values.out);
  const model = buildReport({ workbook: loaded.workbook, findings: loaded.findings, today: loaded.today });
  const html = renderReportHtml(model);
  const written: string[] = [];
  const write = (name: string, content: string | Uint8Array) => {
    written.push(out.write(name, content));
  };
  write('report.html', html);
  // The same document as an editable Word file, for the number, a last sentence and the signature.
  const signedDocument = reportDocument(model);
  const docx = renderDocumentDocx(signedDocument, deflateRawSync);
  write('report.docx', docx);

  const withPdf = findChromium() !== null;
  if (withPdf) {
    written.push(await out.writeWith('report.pdf', (temporary) => printHtmlToPdf(html, temporary)));
  } else {
    output.err(`daihoi: ${reportCliText.noChromium}\n`);
  }

  // Once every pilot congress is held: the pilots' results as a document of their own.
  const results = pilotResultsDocument(model, signedDocument);
  if (results) {
    const base = resultsReportText.fileBase;
    const resultsHtml = renderDocumentHtml(results);
    write(`${base}.html`, resultsHtml);
    write(`${base}.docx`, renderDocumentDocx(results, deflateRawSync));
    if (withPdf) {
      written.push(await out.writeWith(`${base}.pdf`, (temporary) => printHtmlToPdf(resultsHtml, temporary)));
    }
  } else if (model.results && pilotsNotHeld(model) > 0) {
    output.err(`daihoi: ${resultsReportText.notYetAll(pilotsNotHeld(model))}\n`);
  }

  const workbookCopy = out.file(fitName(basename(file).replace(/\.xlsx$/i, ''), '-bao-cao.xlsx'));
  const checked = checkedAt(new Date(), loaded.workbook.settings.timeZone);
  const renamed = await writeWorkbookWithExtraSheets(file, workbookCopy, [
    reportSheet(model),
    findingsSheet(loaded.findings, checked, (tab) => loaded.workbook.sheetNames[tab as AnyInputTab] ?? tab),
  ]);
  written.push(workbookCopy);
  for (const { from, to } of renamed) output.err(`daihoi: ${reportCliText.tabRenamed(from, to)}\n`);

  // One message at a time, written and let go: 2.000 recipients need no more memory than one.
  const signed = { model, html, docx, ...(withPdf ? { pdf: readFileSync(out.file('report.pdf')) } : {}) };
  const messages = recipientMessages({ ...loaded, withPdf, signed });
  try {
    for (let index = 0; index < messages.recipients.length; index++) {
      const entry = messages.build(index);
      write(entry.fileName, await composeEml(entry.message));
    }
  } catch (error) {
    if (!(error instanceof ChromiumMissingError)) throw error;
  }
  // No .eml for a scoped recipient whose scope cannot be cut from the unit tree: say who and why.
  for (const line of blockedNotice(recipientsByScope(loaded.workbook).blocked)) output.err(`${line}\n`);

  if (values.json) {
    output.out(`${JSON.stringify(reportFigures(model), null, 2)}\n`);
  } else {
    output.out(`${written.map((path) => cliText.wrote(path)).join('\n')}\n`);
  }
  return 0;
}
