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
  'p',
  'b',
  'i',
  'table',
  'tr',
  'th',
  'td',
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
  expect(text).toContain('Nơi nhận: - Tần Thị Quế, - Lò Văn Minh, - Lưu.');
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
});

test('cell text is escaped: a script in a unit name and a formula stay literal text', () => {
  let tabs = withCells(TAB.units, 2, { 'Tên đơn vị': '<script>alert(1)</script>' });
  tabs = withCells(TAB.milestones, 0, { 'Nội dung': '=HYPERLINK("x")' }, tabs);
  const page = html(tabs);
  expect(page).not.toContain('<script>');
  expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(page).toContain('=HYPERLINK(&quot;x&quot;)');
});

test('only tables and simple text elements: no script, SVG, image, link or style element', () => {
  const page = html(withCells(TAB.units, 2, { 'Tên đơn vị': '<img src=x onerror=alert(1)>' }));
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
