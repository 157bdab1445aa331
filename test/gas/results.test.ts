/**
 * The results in Sheets: once a congress is held the preview of Tạo báo cáo has the results section,
 * and once every pilot congress is held it also offers "Báo cáo kết quả đại hội điểm" as a Word file
 * beside the report's, built from the same document model as the command line's.
 */
import { dateCell } from '../../src/core/cells';
import { OPTIONAL_TAB } from '../../src/core/workbook/contract';
import { createWorld, loadRawWorkbook } from '../fakes/environment';
import { loadBundle } from '../helpers/load-bundle';
import { heldPlan, RESULT_ROWS } from '../helpers/results';
import { unzipText } from '../helpers/unzip';
import { buildWorkbook, sheetFrom } from '../helpers/workbook-builder';

const NOW = new Date('2025-04-10T02:00:00Z');
function preview(held: readonly string[]) {
  const tabs = heldPlan(held);
  // Bản Hon's results went up on 28/03, within its deadline.
  const results = RESULT_ROWS.filter((row) => held.includes(String(row['Mã đơn vị']))).map((row) =>
    row['Mã đơn vị'] === 'BH' ? { ...row, 'Ngày báo cáo kết quả': dateCell('2025-03-28') } : row,
  );
  const world = createWorld();
  loadRawWorkbook(world, buildWorkbook(tabs, { extraSheets: [sheetFrom(OPTIONAL_TAB.results, results)] }));
  const app = loadBundle(world.globals, { now: NOW });
  app.generateReport!();
  const html = world.ui.dialogs.at(-1)!.html;
  const links = [
    ...html.matchAll(/<a download="([^"]+)" href="data:[^;]+;base64,([^"]+)"[^>]*>([^<]+)<\/a>/g),
  ];
  return { html, links: links.map((m) => ({ fileName: m[1]!, base64: m[2]!, label: m[3]! })) };
}

test('every pilot held: the results section in the preview, and the results report as a second Word file', () => {
  const { html, links } = preview(['CB02', 'BH']);
  expect(html).toContain('KẾT QUẢ ĐẠI HỘI');
  expect(html).toContain('Tao Văn Hòa');
  expect(links.map((link) => [link.fileName, link.label])).toEqual([
    ['Bao-cao-tien-do-2025-04-10.docx', 'Báo cáo'],
    ['Bao-cao-ket-qua-dai-hoi-diem-2025-04-10.docx', 'Báo cáo kết quả đại hội điểm (.docx)'],
  ]);
  const xml = unzipText(new Uint8Array(Buffer.from(links[1]!.base64, 'base64')))['word/document.xml']!;
  expect(xml).toContain('Kết quả đại hội điểm, thí điểm bầu trực tiếp Bí thư');
  expect(xml).toContain('246/250');
});

test('one pilot still ahead: the section shows the one held, and no results report is offered yet', () => {
  const { html, links } = preview(['CB02']);
  expect(html).toContain('KẾT QUẢ ĐẠI HỘI');
  expect(html).toContain('Vàng A Sử');
  expect(links.map((link) => link.fileName)).toEqual(['Bao-cao-tien-do-2025-04-10.docx']);
});
