import {
  buildReport,
  renderReportHtml,
  renderReportText,
  reportSheet,
  validateWorkbook,
} from '../../../src/core';
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
    'V. CHẤT LƯỢNG DỮ LIỆU',
  ];
  const positions = sections.map((s) => text.indexOf(s));
  expect(positions.every((p) => p > 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  // Nơi nhận without the office's own list: the whole-plan recipients, then Lưu (WORKBOOK.md).
  expect(text).toContain('Nơi nhận: - Tần Thị Quế, - Lưu.');
  expect(text).toContain('T/M BAN THƯỜNG VỤ BÍ THƯ');
  expect(text).toContain('Tần Thị Quế');
  expect(text).toContain('Tổng dự toán: 38.200.000 đ');
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

test('a report on data with errors carries a banner', () => {
  expect(html()).not.toContain('Lưu ý: dữ liệu còn');
  expect(html(withCells(TAB.congresses, 1, { 'Số ngày': 3 }))).toContain(
    'Lưu ý: dữ liệu còn 1 lỗi chưa sửa; các số liệu dưới đây dựa trên dữ liệu có lỗi và cần được kiểm tra lại.',
  );
});

test('the text rendering and the Báo cáo tab carry the same figures', () => {
  const { workbook, findings } = validateWorkbook(buildWorkbook(), { today: TODAY });
  const report = buildReport({ workbook, findings, today: TODAY });
  expect(renderReportText(report)).toContain('Tổng dự toán: 38.200.000 đ');
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
  const none = html();
  expect(none).toContain('Đã tổ chức: 0/2 (0%)');
  expect(none).not.toContain('background:#2e6b3f');
});

test('the text part carries the progress, the late deadlines and where to look for findings', () => {
  const tabs = withCells(TAB.congresses, 1, { 'Hạn hoàn thành': '11/12/2024', 'Số ngày': 3 });
  const { workbook, findings } = validateWorkbook(buildWorkbook(tabs), { today: TODAY });
  const text = renderReportText(buildReport({ workbook, findings, today: TODAY }));
  expect(text).toContain('- Đã tổ chức: 0/2 (0%)\n');
  expect(text).toContain(
    '2. Đảng bộ xã Bản Hon; Đại hội điểm; bầu trực tiếp Bí thư; Chưa bắt đầu; ngày 20/03/2025; hạn 11/12/2024; quá hạn 10 ngày;',
  );
  expect(text).toMatch(
    /Dữ liệu còn \d+ lỗi, \d+ cảnh báo\. Xem chi tiết ở tab "Kiểm tra dữ liệu" \(nhiều nhất ở: Đại hội/,
  );
});
