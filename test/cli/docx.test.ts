/**
 * The Word files the command line writes, judged as an office would: LibreOffice converts each one to
 * PDF, and its text is the text of the PDF Chromium prints from the HTML; the page, margins and font
 * are read back from the unzipped file. Needs LibreOffice Writer, Chromium and poppler-utils (.ci/run
 * installs them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAB } from '../../src/core/workbook/contract';
import { daihoi, tempDir } from '../helpers/cli';
import { unzipText } from '../helpers/unzip';
import { withCells } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
const requireSoffice = Boolean(process.env.CI || process.env.DAIHOI_REQUIRE_SOFFICE);
if (!soffice && !requireSoffice) {
  console.warn('LibreOffice (soffice) is not installed: skipping the .docx conversion tests.');
}
const withSoffice = soffice || requireSoffice ? test : test.skip;

const dir = tempDir();

function toPdf(file: string, out: string): string {
  const run = spawnSync(
    soffice!,
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      file,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  expect(run.status).toBe(0);
  const pdf = join(
    out,
    file
      .split('/')
      .pop()!
      .replace(/\.docx$/, '.pdf'),
  );
  expect(existsSync(pdf)).toBe(true);
  return pdf;
}

function pdfText(pdf: string): string {
  const run = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  return run.stdout;
}

/**
 * The words of a PDF's text, split at slashes too and hyphens dropped: the two files wrap table cells
 * at different places ("người/" / "tháng"), and pdftotext joins a word broken after a hyphen.
 */
function words(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[\s/]+/)
    .map((word) => word.replace(/-/g, ''))
    .filter(Boolean);
}

/**
 * Words of `a` that the text of `b` lacks. `b` is read as one stream without spaces, because either
 * PDF may split a word where a cell wraps or at a glyph seam ("ho ặc"); page numbers and the header
 * rows a table repeats depend on where pages break, so each word is looked for once.
 */
function missingWords(a: string, b: string): string[] {
  const stream = words(b).join('');
  return [...new Set(words(a))].filter((word) => !stream.includes(word));
}

function expectSameText(fromWord: string, fromHtml: string): void {
  const word = pdfText(fromWord);
  const html = pdfText(fromHtml);
  expect(missingWords(html, word)).toEqual([]);
  expect(missingWords(word, html)).toEqual([]);
}

function pageCount(pdf: string): number {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

function docxPart(file: string, part: string): string {
  return unzipText(new Uint8Array(readFileSync(file)))[part]!;
}

test('report.docx: A4, the Party margins, Times New Roman 14 pt, page numbers after the first page', () => {
  const file = join(dir, 'vi-du.xlsx');
  expect(daihoi(['init', file, '--example']).code).toBe(0);
  const run = daihoi(['report', file, '--out', join(dir, 'out'), '--today', '2024-12-20']);
  expect(run.code).toBe(0);
  const docx = join(dir, 'out', 'report.docx');
  expect(run.stdout).toContain(docx);
  const document = docxPart(docx, 'word/document.xml');
  expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
  expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" /);
  expect(document).toContain('<w:titlePg/>');
  expect(docxPart(docx, 'word/styles.xml')).toMatch(
    /<w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/,
  );
  expect(docxPart(docx, 'word/header1.xml')).toContain('<w:fldSimple w:instr=" PAGE ">');
});

withSoffice(
  'LibreOffice converts report.docx to a PDF with the same text as the PDF of the HTML report',
  () => {
    const out = join(dir, 'out');
    const fromWord = toPdf(join(out, 'report.docx'), join(dir, 'converted'));
    const fromHtml = join(out, 'report.pdf');
    expectSameText(fromWord, fromHtml);
    const text = pdfText(fromWord);
    for (const phrase of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'HUYỆN ỦY TAM ĐƯỜNG',
      'Tam Đường, ngày 20 tháng 12 năm 2024',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(phrase);
    }
    // No page of the HTML's PDF ends with the stray tips of the accents of a heading that moved to the
    // next page (Chromium printed "Ắ Ế" at the foot of page 1 when the heading's line was too short).
    for (let page = 1; page <= pageCount(fromHtml); page++) {
      const lines = spawnSync(
        'pdftotext',
        ['-f', String(page), '-l', String(page), '-layout', fromHtml, '-'],
        {
          encoding: 'utf8',
        },
      ).stdout.split('\n');
      const last = lines.filter((line) => line.trim() !== '').at(-1) ?? '';
      expect(last).toMatch(/\p{L}{2}|\d/u);
    }
    // Page 2 onwards carries its number; the first page does not.
    expect(pageCount(fromWord)).toBeGreaterThan(1);
    const first = spawnSync('pdftotext', ['-f', '1', '-l', '1', fromWord, '-'], { encoding: 'utf8' }).stdout;
    const second = spawnSync('pdftotext', ['-f', '2', '-l', '2', fromWord, '-'], { encoding: 'utf8' }).stdout;
    expect(second.trimStart().startsWith('2\n')).toBe(true);
    expect(first.trimStart()).not.toMatch(/^\d+\s/);
    expect(first).toContain('ĐẢNG BỘ TỈNH LAI CHÂU');
  },
);

withSoffice(
  'budget --print writes one .docx per congress, and each converts to the text of its HTML estimate',
  () => {
    const file = join(dir, 'vi-du.xlsx');
    const print = join(dir, 'du-toan');
    const run = daihoi(['budget', file, '--print', print, '--today', '2024-12-21']);
    expect(run.code).toBe(0);
    const docx = readdirSync(print)
      .filter((name) => name.endsWith('.docx'))
      .sort();
    const html = readdirSync(print)
      .filter((name) => name.endsWith('.html'))
      .sort();
    expect(docx).toEqual(html.map((name) => name.replace(/\.html$/, '.docx')));
    expect(docx.length).toBeGreaterThan(0);
    const first = join(print, docx[0]!);
    expect(docxPart(first, 'word/document.xml')).toContain('DỰ TOÁN KINH PHÍ');
    const fromWord = toPdf(first, join(dir, 'converted-estimates'));
    expectSameText(fromWord, first.replace(/\.docx$/, '.pdf'));
  },
);

withSoffice(
  'a hostile unit name stays literal text: the .docx still opens and shows it as typed',
  async () => {
    const file = join(dir, 'doc-hai.xlsx');
    const hostile = 'Chi bộ </w:t></w:r><w:r><w:t>&amp; <script>"x"</script> ]]>';
    await writePlan(file, withCells(TAB.units, 2, { 'Tên đơn vị': hostile }));
    const out = join(dir, 'hostile');
    expect(daihoi(['report', file, '--out', out, '--today', '2024-12-20']).code).toBe(0);
    expect(daihoi(['budget', file, '--print', out, '--today', '2024-12-20']).code).toBe(0);
    for (const name of ['report.docx', 'du-toan-CB02.docx']) {
      const text = pdfText(toPdf(join(out, name), join(out, 'converted'))).replace(/\s+/g, ' ');
      expect(text).toContain('Chi bộ </w:t></w:r><w:r><w:t>&amp; <script>"x"</script> ]]>');
    }
  },
);
