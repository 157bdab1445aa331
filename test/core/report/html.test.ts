import { buildReport, renderReportHtml, reportSheet, validateWorkbook } from '../../../src/core';
import { renderReportText } from '../../../src/core/report/render-text';
import { TAB } from '../../../src/core/workbook/contract';
import { buildWorkbook, type PlanTabs, withCells } from '../../helpers/workbook-builder';

const TODAY = '2024-12-21';

function html(tabs: Partial<PlanTabs> = {}) {
  const { workbook, findings } = validateWorkbook(buildWorkbook(tabs), { today: TODAY });
  return renderReportHtml(buildReport({ workbook, findings, today: TODAY }));
}

const ALLOWED = new Set([
  '!doctype',
  'html',
  'head',
  'meta',
  'title',
  'body',
  'div',
  'span',
  'br',
  'p',
  'b',
  'i',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'style',
]);

test('the document has the Party header, title, numbered sections, Nơi nhận and signature', () => {
  const page = html();
  const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  expect(text).toContain('ĐẢNG BỘ TỈNH LAI CHÂU HUYỆN ỦY PHONG THỔ * Số 12-BC/HU');
  expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(text).toContain('Phong Thổ, ngày 21 tháng 12 năm 2024');
  expect(text).toContain('BÁO CÁO Tiến độ chuẩn bị và tổ chức đại hội điểm, thí điểm bầu trực tiếp Bí thư');
  const sections = [
    'I. TÌNH HÌNH CHUNG',
    'II. TIẾN ĐỘ TỪNG ĐẠI HỘI',
    'III. CÔNG VIỆC',
    'IV. DỰ TOÁN KINH PHÍ',
  ];
  const positions = sections.map((s) => text.indexOf(s));
  expect(positions.every((p) => p > 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  // Nơi nhận without the office's own list: the whole-plan recipients, then Lưu (WORKBOOK.md).
  expect(text).toContain('Nơi nhận: - Tần Thị Quế, - Lưu.');
  expect(text).toContain('T/M BAN THƯỜNG VỤ BÍ THƯ');
  expect(text).toContain('Tần Thị Quế');
  expect(text).toContain('Tổng dự toán: 38.200.000 đồng (bằng chữ: ba mươi tám triệu hai trăm nghìn đồng).');
  // The data's own quality is not the report's business: no fifth section.
  expect(text).not.toMatch(/\bV\. /);
  expect(text).toContain('282 (13 + 269)');
  expect(text).toContain('còn 20 ngày');
});

test('a Youth Union report uses its own heading and asterisks', () => {
  const tabs = withCells(TAB.settings, 8, { 'Giá trị': 'Đoàn' });
  const text = html(tabs).replace(/<[^>]+>/g, ' ');
  expect(text).toContain('ĐOÀN TNCS HỒ CHÍ MINH');
  expect(text).toContain('***');
  expect(text).toContain('Số: 12-BC/HU');
  // As the 2016 Youth Union plan: lines end with ";" and the file copy is "Lưu VP."
  expect(text.replace(/\s+/g, ' ')).toContain('Nơi nhận: - Tần Thị Quế; - Lưu VP.');
});

test('each congress line shows its form, direct election, deadline countdown and delegates', () => {
  const page = html(withCells(TAB.congresses, 1, { 'Hạn hoàn thành': '11/12/2024' }));
  const rows = [...page.matchAll(/<tr><td[^>]*>(\d+)<\/td>([\s\S]*?)<\/tr>/g)].map((m) =>
    `${m[1]} ${m[2]!.replace(/<[^>]+>/g, ' ')}`.replace(/\s+/g, ' ').trim(),
  );
  expect(rows.slice(0, 2)).toEqual([
    '1 Chi bộ 02 (bản Nà Phát) Đại hội điểm 08/01/2025 10/01/2025 còn 20 ngày 282 (13 + 269) 1 33.200.000 Đang chuẩn bị',
    '2 Đảng bộ xã Bản Hon Đại hội điểm; bầu trực tiếp Bí thư 20/03/2025 11/12/2024 quá hạn 10 ngày 250 (195 + 55) 2 5.000.000 Chưa bắt đầu',
  ]);
  // A late deadline is printed in red, a running one is not.
  expect(page).toMatch(/color:#b3261e;[^"]*">quá hạn 10 ngày</);
  expect(page).not.toMatch(/color:#b3261e;[^"]*">còn 20 ngày</);
});

test('cell text is escaped: a script in a unit name and a formula stay literal text', () => {
  let tabs = withCells(TAB.units, 2, { 'Tên đơn vị': '<script>alert(1)</script>' });
  tabs = withCells(TAB.milestones, 0, { 'Nội dung': '=HYPERLINK("x")' }, tabs);
  const page = html(tabs);
  expect(page).not.toContain('<script>');
  expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(page).toContain('=HYPERLINK(&quot;x&quot;)');
});

test('only tables and simple text elements: no script, SVG, image or link; the one style only prints', () => {
  const page = html(withCells(TAB.units, 2, { 'Tên đơn vị': '<img src=x onerror=alert(1)>' }));
  // The only <style> sits in <head> and holds nothing but the A4 page and print rules, so a mail
  // client that drops it loses nothing: every essential style is inline.
  const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  expect(styles).toHaveLength(1);
  expect(page.indexOf('<style>')).toBeLessThan(page.indexOf('</head>'));
  // A4 with the Party margins; the page number at the top of every page but the first (HD 36).
  expect(styles[0]!.replace(/@media print\{.*\}\}$/, '')).toMatch(
    /^@page\{size:A4;margin:20mm 15mm 20mm 30mm;@top-center\{content:counter\(page\);[^}]*\}\}@page:first\{@top-center\{content:none\}\}$/,
  );
  expect(page).not.toMatch(/url\(|@import|https?:/i);
  const tags = [...page.matchAll(/<\s*([!a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase());
  expect(tags.filter((tag) => !ALLOWED.has(tag))).toEqual([]);
  const tagText = [...page.matchAll(/<[^>]*>/g)].map((m) => m[0]);
  expect(tagText.filter((tag) => /\son\w+\s*=/i.test(tag))).toEqual([]);
});

test('a report on data with errors carries no banner and no word about the findings', () => {
  const page = html(withCells(TAB.congresses, 1, { 'Số ngày': 3 }));
  const text = page.replace(/<[^>]+>/g, ' ');
  expect(text).not.toMatch(/Lưu ý|lỗi|cảnh báo|Kiểm tra dữ liệu|CHẤT LƯỢNG/);
  expect(page).not.toContain('border:2px solid #b3261e');
});

test('the text rendering and the Báo cáo tab carry the same figures', () => {
  const { workbook, findings } = validateWorkbook(buildWorkbook(), { today: TODAY });
  const report = buildReport({ workbook, findings, today: TODAY });
  expect(renderReportText(report)).toContain('Tổng dự toán: 38.200.000 đồng');
  const sheet = reportSheet(report);
  expect(sheet.rows[1]![0]).toBe('STT');
  expect(sheet.rows.at(-1)).toEqual([
    '',
    '',
    'Tổng cộng',
    '',
    1,
    '',
    '',
    '',
    '',
    208,
    324,
    532,
    '',
    38_200_000,
    1,
  ]);
});

test('progress bars are table cells sized by the share of congresses held and documents approved', () => {
  const page = html(
    withCells(TAB.congresses, 0, { 'Trạng thái': 'Đã tổ chức', 'Ngày đại hội': '08/12/2024' }),
  );
  const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  expect(text).toContain('Đã duyệt văn kiện: 1/2 (50%)');
  expect(text).toContain('Đã tổ chức: 1/2 (50%)');
  expect(page.match(/<td style="background:#2e6b3f;width:50%;/g)).toHaveLength(2);
  // Nothing held or approved yet: no bar counting zero, the sentence says where they stand.
  const none = html();
  expect(none).not.toMatch(/Đã tổ chức: 0|Đã duyệt văn kiện: 0|background:#2e6b3f/);
  expect(none.replace(/<[^>]+>/g, ' ')).toContain(
    'Đến nay: 1 đại hội đang chuẩn bị; 1 đại hội chưa bắt đầu chuẩn bị.',
  );
});

test('the text part carries the same words as the document, the late deadlines, no findings', () => {
  const tabs = withCells(TAB.congresses, 1, { 'Hạn hoàn thành': '11/12/2024', 'Số ngày': 3 });
  const { workbook, findings } = validateWorkbook(buildWorkbook(tabs), { today: TODAY });
  const text = renderReportText(buildReport({ workbook, findings, today: TODAY }));
  expect(text).toContain('\nI. TÌNH HÌNH CHUNG\nSố đại hội theo dõi: 2 đại hội điểm;');
  expect(text).toContain(
    '2. Đảng bộ xã Bản Hon, Đại hội điểm; bầu trực tiếp Bí thư; Ngày đại hội: 20/03/2025; Hạn hoàn thành: 11/12/2024, quá hạn 10 ngày;',
  );
  expect(text).toContain(
    'Đơn vị chủ trì: Đảng bộ xã Bình Lư\n- Duyệt văn kiện đại hội Chi bộ 02; Hạn: 20/12/2024; Số ngày: quá 1 ngày\n',
  );
  expect(text).toContain('\nNơi nhận:\n- Tần Thị Quế,\n- Lưu.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nTần Thị Quế\n');
  expect(text).not.toMatch(/lỗi|Kiểm tra dữ liệu|CV01/);
});
