/** The document model rendered as HTML: layout per HD 36 / QĐ 367, optional parts, escaping. */
import { renderDocumentHtml } from '../../../src/core';
import { estimatedWidthMm, headerLeftShare } from '../../../src/core/document/model';
import { hostileDocument, sampleDocument } from './fixtures';

const visible = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

test('the Party header, title, numbered sections, Nơi nhận and signature, in reading order', () => {
  const text = visible(renderDocumentHtml(sampleDocument()));
  expect(text).toContain(
    'ĐẢNG BỘ TỈNH LAI CHÂU HUYỆN ỦY TAM ĐƯỜNG * Số 12-BC/HU ĐẢNG CỘNG SẢN VIỆT NAM Tam Đường, ngày 09 tháng 01 năm 2025',
  );
  expect(text).toContain('BÁO CÁO Tiến độ chuẩn bị đại hội điểm -----');
  expect(text).toContain('I. Tình hình chung Theo dõi 2 đại hội. II. Tiến độ 1. Quá hạn');
  expect(text).toContain('2. Sắp đến hạn Không có.');
  expect(text).toContain(
    'Nơi nhận: - Thường trực Tỉnh ủy (b/c), - Lưu. T/M BAN THƯỜNG VỤ BÍ THƯ Tần Thị Quế',
  );
});

test('a section left out renumbers the ones after it', () => {
  const doc = sampleDocument();
  const text = visible(renderDocumentHtml({ ...doc, body: doc.body.slice(1) }));
  expect(text).toContain('I. Tiến độ 1. Quá hạn');
  expect(text).not.toContain('II.');
});

test('a notice has no number line, no Nơi nhận and no signature block', () => {
  const doc = sampleDocument();
  const { number: _number, ...header } = doc.header;
  const { recipients: _r, signature: _s, ...rest } = doc;
  const html = renderDocumentHtml({ ...rest, header });
  const text = visible(html);
  expect(text).not.toMatch(/\* Số/);
  expect(text).not.toContain('Nơi nhận');
  expect(text).not.toContain('BÍ THƯ');
  expect(text).toContain('HUYỆN ỦY TAM ĐƯỜNG *');
  expect(text).toContain('Tam Đường, ngày 09 tháng 01 năm 2025');
});

test('a report without its number keeps a blank for the clerk before the symbol', () => {
  const doc = sampleDocument();
  const html = renderDocumentHtml({ ...doc, header: { ...doc.header, number: { symbol: 'BC/HU' } } });
  expect(html).toContain('<div>Số \u00a0\u00a0\u00a0\u00a0\u00a0-BC/HU</div>');
});

test('the Youth Union variant: its heading, three asterisks, "Số:" with a colon and TM.', () => {
  const doc = sampleDocument({
    organisation: 'Đoàn',
    signature: { onBehalfOf: 'TM. BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Lò Thị Hoa' },
  });
  const html = renderDocumentHtml(doc);
  const text = visible(html);
  expect(text).toContain('HUYỆN ỦY TAM ĐƯỜNG *** Số: 12-BC/HU ĐOÀN TNCS HỒ CHÍ MINH');
  expect(text).not.toContain('ĐẢNG CỘNG SẢN');
  expect(text).toContain('TM. BAN THƯỜNG VỤ PHÓ BÍ THƯ Lò Thị Hoa');
  // QĐ 367: the issuing body on one line where it fits; the columns are split by what each side needs.
  const share = headerLeftShare(doc, 'Tam Đường, ngày 09 tháng 01 năm 2025');
  expect(html).toContain(`<td style="width:${share}%;text-align:center;vertical-align:top;">`);
});

test('the Youth Union header gives the issuing body the room it needs when both sides fit', () => {
  const place = 'Lai Châu, ngày 20 tháng 12 năm 2016';
  const share = (issuingBody: string) =>
    headerLeftShare({ organisation: 'Đoàn', header: { issuingBody, date: '2016-12-20' } }, place);
  const textWidth = 210 - 30 - 15;
  const name = 'BCH Huyện đoàn Tam Đường';
  expect((share(name) / 100) * textWidth).toBeGreaterThanOrEqual(
    estimatedWidthMm(name.toUpperCase(), 14, true),
  );
  // Too long for one line beside the heading and the date: an even split, and the name wraps.
  expect(share('BCH Đoàn Khối các cơ quan tỉnh Lai Châu')).toBe(50);
  // Party documents keep their 45/55 split.
  expect(
    headerLeftShare({ organisation: 'Đảng', header: { issuingBody: 'X', date: '2016-12-20' } }, place),
  ).toBe(45);
});

test('A4, the Party margins, page numbers from the second page; Nơi nhận underlined, its lines 12 pt', () => {
  const html = renderDocumentHtml(sampleDocument());
  expect(html).toContain('@page{size:A4;margin:20mm 15mm 20mm 30mm;@top-center{content:counter(page);');
  expect(html).toContain('@page:first{@top-center{content:none}}');
  expect(html).toContain("font-family:'Times New Roman'");
  expect(html).toContain('font-size:14pt;line-height');
  expect(html).toContain('<div style="text-decoration:underline;">Nơi nhận:</div>');
  expect(html).toContain('<div style="font-size:12pt;">- Lưu.</div>');
});

test('tables: header row, full-width group row, total row in bold, column alignment and red alerts', () => {
  const html = renderDocumentHtml(sampleDocument());
  expect(html).toContain(
    '<th style="border:1px solid #444;padding:4px 6px;vertical-align:top;background:#eef1f6;font-weight:bold;text-align:center;width:30%;">Đơn vị</th>',
  );
  expect(html).toMatch(
    /<td colspan="2" style="[^"]*font-weight:bold;background:#f6f7f9;">Đơn vị chủ trì: Văn phòng<\/td>/,
  );
  expect(html).toMatch(
    /<td style="[^"]*text-align:right;"><span style="color:#b3261e;">quá 3 ngày<\/span><\/td>/,
  );
  expect(html).toMatch(/<td style="[^"]*font-weight:bold;">Tổng cộng<\/td>/);
  expect(html).toContain('<td style="background:#2e6b3f;width:50%;');
});

test('every text is escaped and line breaks stay line breaks', () => {
  const html = renderDocumentHtml(hostileDocument());
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  const doc = sampleDocument();
  const multi = renderDocumentHtml({ ...doc, body: [{ kind: 'paragraph', runs: ['Dòng một\nDòng <hai>'] }] });
  expect(multi).toContain('Dòng một<br>Dòng &lt;hai&gt;');
});
