/** The document model as a .docx: the package, the page, the fonts, the layout and escaping. */
import { renderDocumentDocx } from '../../../src/core';
import { docxParts } from '../../../src/core/document/render-docx';
import { unzipText as unzip } from '../../helpers/unzip';
import { HOSTILE, hostileDocument, sampleDocument } from './fixtures';

/** Every tag closed in order, every & an entity, no character XML 1.0 forbids. */
function expectWellFormed(xml: string): void {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  for (const match of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|>/g)) {
    if (match[0] === '<') throw new Error(`stray < at ${match.index}`);
    if (match[0] === '>') throw new Error(`stray > at ${match.index}`);
    const [, closing, name, , selfClosing] = match;
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
  expect(body).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids.
  expect(body).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
}

test('a zip with the parts Word needs, each declared in [Content_Types].xml and well-formed', () => {
  const parts = unzip(renderDocumentDocx(sampleDocument()));
  expect(Object.keys(parts).sort()).toEqual(
    [
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/header1.xml',
      'word/header2.xml',
      'word/settings.xml',
      'word/styles.xml',
    ].sort(),
  );
  for (const path of ['/word/document.xml', '/word/styles.xml', '/word/header1.xml', '/docProps/core.xml']) {
    expect(parts['[Content_Types].xml']).toContain(`PartName="${path}"`);
  }
  for (const xml of Object.values(parts)) expectWellFormed(xml);
});

test('A4, margins top 20 / bottom 20 / left 30 / right 15 mm, Times New Roman 14 pt, Vietnamese', () => {
  const parts = unzip(renderDocumentDocx(sampleDocument()));
  const doc = parts['word/document.xml']!;
  expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
  expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" /);
  const styles = parts['word/styles.xml']!;
  expect(styles).toContain(
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/>',
  );
  expect(styles).toContain('<w:lang w:val="vi-VN"');
});

test('page numbers at the top centre of every page but the first', () => {
  const parts = unzip(renderDocumentDocx(sampleDocument()));
  const doc = parts['word/document.xml']!;
  expect(doc).toContain('<w:headerReference w:type="default" r:id="rIdPageNumber"/>');
  expect(doc).toContain('<w:headerReference w:type="first" r:id="rIdFirstPage"/>');
  expect(doc).toContain('<w:titlePg/>');
  expect(parts['word/_rels/document.xml.rels']).toContain(
    'Id="rIdPageNumber" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"',
  );
  expect(parts['word/header1.xml']).toMatch(/<w:jc w:val="center"\/><\/w:pPr><w:fldSimple w:instr=" PAGE ">/);
  expect(parts['word/header2.xml']).not.toContain('PAGE');
});

test('the header is a two-column borderless table; title centred; data tables bordered; Nơi nhận beside the signature', () => {
  const doc = unzip(renderDocumentDocx(sampleDocument()))['word/document.xml']!;
  const tables = doc.split('<w:tbl>').slice(1);
  const header = tables[0]!;
  expect(header).toContain('<w:top w:val="nil"/>');
  expect(header.match(/<w:gridCol /g)).toHaveLength(2);
  expect(header).toContain('ĐẢNG BỘ TỈNH LAI CHÂU');
  expect(header).toContain('<w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">HUYỆN ỦY TAM ĐƯỜNG</w:t>');
  expect(header).toContain('Số 12-BC/HU');
  expect(header).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">ĐẢNG CỘNG SẢN VIỆT NAM</);
  expect(doc).toMatch(
    /<w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr><w:b\/><w:bCs\/><w:sz w:val="30"\/><w:szCs w:val="30"\/><\/w:rPr><w:t xml:space="preserve">BÁO CÁO</,
  );
  const data = tables.find((table) => table.includes('Đơn vị chủ trì'))!;
  expect(data).toContain('<w:insideH w:val="single"');
  expect(data).toContain('<w:tblHeader/>');
  expect(data).toContain('<w:gridSpan w:val="2"/><w:shd w:val="clear" w:color="auto" w:fill="F6F7F9"/>');
  expect(data).toContain('<w:color w:val="B3261E"/>');
  const closing = tables.find((table) => table.includes('Nơi nhận:'))!;
  expect(closing).toContain('T/M BAN THƯỜNG VỤ');
  expect(closing).toContain('Tần Thị Quế');
  expect(closing).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">Nơi nhận:/);
});

test('sections are numbered as in the HTML; a notice has no number, signature or Nơi nhận', () => {
  const full = unzip(renderDocumentDocx(sampleDocument()))['word/document.xml']!;
  expect(full).toContain('>I. Tình hình chung<');
  expect(full).toContain('>II. Tiến độ<');
  expect(full).toContain('>2. Sắp đến hạn<');
  const doc = sampleDocument();
  const { number: _n, ...header } = doc.header;
  const { recipients: _r, signature: _s, ...rest } = doc;
  const notice = unzip(renderDocumentDocx({ ...rest, header }))['word/document.xml']!;
  expect(notice).not.toContain('Số 12');
  expect(notice).not.toContain('Nơi nhận');
  expect(notice).not.toContain('T/M');
});

test('the Youth Union variant: its heading, *** and "Số:"', () => {
  const doc = unzip(renderDocumentDocx(sampleDocument({ organisation: 'Đoàn' })))['word/document.xml']!;
  expect(doc).toContain('>ĐOÀN TNCS HỒ CHÍ MINH<');
  expect(doc).toContain('>***<');
  expect(doc).toContain('>Số: 12-BC/HU<');
});

test('hostile text in every field leaves every part well-formed and reads back literally', () => {
  const parts = unzip(renderDocumentDocx(hostileDocument()));
  for (const xml of Object.values(parts)) expectWellFormed(xml);
  const doc = parts['word/document.xml']!;
  expect(doc).not.toContain('<script>');
  expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; ]]&gt;');
  expect(parts['docProps/core.xml']).toContain('<dc:title>&lt;script&gt;');
  expect(HOSTILE).toContain('\u0001');
});

test('line breaks in a text become Word line breaks; the same document gives the same bytes', () => {
  const doc = sampleDocument({ body: [{ kind: 'paragraph', runs: ['Dòng một\nDòng hai'] }] });
  expect(docxParts(doc)['word/document.xml']).toContain(
    '<w:t xml:space="preserve">Dòng một</w:t></w:r><w:r><w:rPr></w:rPr><w:br/><w:t xml:space="preserve">Dòng hai</w:t>',
  );
  expect(renderDocumentDocx(doc)).toEqual(renderDocumentDocx(doc));
});
