import { TAB } from '../../src/core/workbook/contract';
import { createWorld, loadRawWorkbook } from '../fakes/environment';
import { loadBundle } from '../helpers/load-bundle';
import { unzipText } from '../helpers/unzip';
import { buildWorkbook, cleanTabs, withCells } from '../helpers/workbook-builder';

const NOW = new Date('2024-12-21T02:00:00Z');

function run(tabs = cleanTabs()) {
  const world = createWorld();
  loadRawWorkbook(world, buildWorkbook(tabs));
  const app = loadBundle(world.globals, { now: NOW });
  app.onOpen!({ authMode: 'FULL' });
  const item = world.ui.menus[0]!.items.find((i) => i !== 'separator' && i.label === 'Tạo báo cáo') as {
    functionName: string;
  };
  const inputs = Object.values(TAB).map((tab) => world.spreadsheet.sheet(tab).snapshot());
  world.log.clear();
  app[item.functionName]!();
  return { world, inputs, app };
}

test('Tạo báo cáo writes the Báo cáo tab in one batched write and opens the preview', () => {
  const { world, inputs } = run();
  const sheet = world.spreadsheet.sheet('Báo cáo');
  const rows = sheet.snapshot();
  expect(rows[0]![0]).toBe('BÁO CÁO TIẾN ĐỘ ĐẠI HỘI — số liệu đến 21/12/2024');
  expect(rows[1]!.slice(0, 3)).toEqual(['STT', 'Mã đơn vị', 'Đơn vị']);
  expect(rows[2]!.slice(0, 3)).toEqual([1, 'CB02', 'Chi bộ 02 (bản Nà Phát)']);
  expect(rows[2]![13]).toBe(33_200_000);
  const deadline = rows[2]![7] as Date;
  expect(Object.prototype.toString.call(deadline)).toBe('[object Date]');
  expect(deadline.toISOString()).toBe('2025-01-09T17:00:00.000Z'); // midnight of 10/01/2025 in Vietnam
  expect(sheet.formats.get('3:14')).toBe('#,##0');
  expect(sheet.formats.get('3:8')).toBe('dd/mm/yyyy');
  expect(sheet.frozenRows).toBe(2);
  expect(world.log.count(/^Range\(Báo cáo!.*\)\.setValues$/)).toBe(1);

  const dialog = world.ui.dialogs.at(-1)!;
  expect(dialog).toMatchObject({ kind: 'modal', title: 'Xem trước báo cáo' });
  expect(dialog.html).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(world.spreadsheet.toasts).toEqual(['Đã tạo tab "Báo cáo".']);
  expect(Object.values(TAB).map((tab) => world.spreadsheet.sheet(tab).snapshot())).toEqual(inputs);
});

test('text that looks like a formula is written as text', () => {
  const { world } = run(withCells(TAB.units, 2, { 'Tên đơn vị': '=IMPORTXML("http://x")' }));
  const sheet = world.spreadsheet.sheet('Báo cáo');
  expect(sheet.snapshot()[2]![2]).toBe('=IMPORTXML("http://x")');
  expect(sheet.formulas.size).toBe(0);
});

test('a report on data with errors still comes out; the preview says so above the document, unprinted', () => {
  const { world } = run(withCells(TAB.congresses, 1, { 'Số ngày': 3 }));
  const html = world.ui.dialogs.at(-1)!.html;
  const note =
    'Lưu ý (không in trong báo cáo): dữ liệu còn 1 lỗi, 1 cảnh báo; xem tab &quot;Kiểm tra dữ liệu&quot; và sửa trước khi in, ký.';
  expect(html).toContain(note);
  // In the bar, which is not printed, and nowhere in the document under it.
  const bar = html.slice(html.indexOf('<div class="tai-ve"'), html.indexOf('<div class="trang"'));
  expect(bar).toContain(note);
  expect(html.slice(html.indexOf('<div class="trang"'))).not.toMatch(/lỗi|Kiểm tra dữ liệu/);
  expect(world.spreadsheet.toasts.at(-1)).toMatch(/^Đã tạo tab "Báo cáo"\. Dữ liệu còn 1 lỗi/);
});

describe('the Word files offered in the preview', () => {
  const unzip = (base64: string) => unzipText(new Uint8Array(Buffer.from(base64, 'base64')));

  test('the report as .docx in its link; each congress estimate made on request; no new permission', () => {
    const { world, app } = run();
    const html = world.ui.dialogs.at(-1)!.html;
    const links = [
      ...html.matchAll(/<a download="([^"]+)" href="data:([^;]+);base64,([^"]+)"[^>]*>([^<]+)<\/a>/g),
    ];
    expect(links.map((m) => [m[1], m[2], m[4]])).toEqual([
      [
        'Bao-cao-tien-do-2024-12-21.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Báo cáo',
      ],
    ]);
    const report = unzip(links[0]![3]!);
    expect(report['word/document.xml']).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(report['word/document.xml']).toContain('Tiến độ chuẩn bị và tổ chức đại hội điểm');
    // Compressed through Utilities.gzip (the core has no DEFLATE of its own), so the link stays small.
    const unpacked = Object.values(report).reduce((sum, part) => sum + Buffer.byteLength(part), 0);
    expect(Buffer.from(links[0]![3]!, 'base64').length).toBeLessThan(unpacked / 3);
    expect([...html.matchAll(/<option value="([^"]*)">([^<]*)<\/option>/g)].map((m) => [m[1], m[2]])).toEqual(
      [
        ['CB02', 'Dự toán Chi bộ 02 (bản Nà Phát)'],
        ['BH', 'Dự toán Đảng bộ xã Bản Hon'],
      ],
    );
    expect(html).toContain('["estimateDocx"]($(\'du-toan\').value)');
    // The bar is for the screen only; the document under it is the report itself.
    expect(html).toContain('@media print{.tai-ve{display:none!important}}');
    expect(html).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');

    // What google.script.run.estimateDocx('CB02') returns to the dialog: the estimate, nothing written.
    const inputs = Object.values(TAB).map((tab) => world.spreadsheet.sheet(tab).snapshot());
    world.log.clear();
    const file = app.estimateDocx!('CB02') as { fileName: string; base64: string };
    expect(file.fileName).toBe('du-toan-CB02.docx');
    const estimate = unzip(file.base64)['word/document.xml']!;
    expect(estimate).toContain('DỰ TOÁN KINH PHÍ');
    expect(estimate).toContain('Chi bộ 02 (bản Nà Phát)');
    expect(world.log.calls.filter((call) => /\.set|insert|delete|clear/.test(call))).toEqual([]);
    expect(Object.values(TAB).map((tab) => world.spreadsheet.sheet(tab).snapshot())).toEqual(inputs);
  });

  test('a code that is not a congress, or not text, gets a Vietnamese message', () => {
    const { app } = run();
    expect(() => app.estimateDocx!('KHONG-CO')).toThrow('Không có đại hội nào của đơn vị "KHONG-CO"');
    expect(() => app.estimateDocx!({ toString: () => 'CB02' })).toThrow('Không có đại hội nào');
  });

  test('a hostile unit name cannot break the page, the script or the file', () => {
    const hostile = '"><script>alert(1)</script></option>';
    const { world, app } = run(withCells(TAB.units, 2, { 'Tên đơn vị': hostile }));
    const html = world.ui.dialogs.at(-1)!.html;
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain(
      '<option value="CB02">Dự toán &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/option&gt;</option>',
    );
    const file = app.estimateDocx!('CB02') as { base64: string };
    expect(unzip(file.base64)['word/document.xml']).toContain(
      '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/option&gt;',
    );
  });
});
