import { strFromU8, unzipSync } from 'fflate';
import { TAB } from '../../src/core/workbook/contract';
import { createWorld, loadRawWorkbook } from '../fakes/environment';
import { loadBundle } from '../helpers/load-bundle';
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
  return { world, inputs };
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

test('a report on data with errors still comes out, and says so', () => {
  const { world } = run(withCells(TAB.congresses, 1, { 'Số ngày': 3 }));
  expect(world.ui.dialogs.at(-1)!.html).toContain('Lưu ý: dữ liệu còn 1 lỗi');
  expect(world.spreadsheet.toasts.at(-1)).toMatch(/^Đã tạo tab "Báo cáo"\. Dữ liệu còn 1 lỗi/);
});

describe('the Word files offered in the preview', () => {
  /** The files of the dialog's download links: name and unzipped parts. */
  function downloads(html: string) {
    return [
      ...html.matchAll(/<a download="([^"]+)" href="data:([^;]+);base64,([^"]+)"[^>]*>([^<]+)<\/a>/g),
    ].map(([, name, mime, data, label]) => ({
      name: name!,
      mime: mime!,
      label: label!,
      parts: Object.fromEntries(
        Object.entries(unzipSync(new Uint8Array(Buffer.from(data!, 'base64')))).map(([path, bytes]) => [
          path,
          strFromU8(bytes),
        ]),
      ),
    }));
  }

  test('the report and each congress estimate as .docx, with no new permission', () => {
    const { world } = run();
    const html = world.ui.dialogs.at(-1)!.html;
    const files = downloads(html);
    expect(files.map((file) => [file.name, file.label])).toEqual([
      ['Bao-cao-tien-do-2024-12-21.docx', 'Báo cáo'],
      ['du-toan-CB02.docx', 'Dự toán Chi bộ 02 (bản Nà Phát)'],
      ['du-toan-BH.docx', 'Dự toán Đảng bộ xã Bản Hon'],
    ]);
    for (const file of files) {
      expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(file.parts['word/document.xml']).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    }
    expect(files[0]!.parts['word/document.xml']).toContain('Tiến độ chuẩn bị và tổ chức đại hội điểm');
    expect(files[1]!.parts['word/document.xml']).toContain('DỰ TOÁN KINH PHÍ');
    expect(files[1]!.parts['word/document.xml']).toContain('Chi bộ 02 (bản Nà Phát)');
    // The bar is for the screen only; the document under it is the report itself.
    expect(html).toContain('@media print{.tai-ve{display:none!important}}');
    expect(html).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    // Compressed through Utilities.gzip (the core has no DEFLATE of its own), so the links stay small.
    const sizes = [...html.matchAll(/base64,([^"]+)"/g)].map((m) => Buffer.from(m[1]!, 'base64').length);
    const unpacked = Object.values(files[0]!.parts).reduce((sum, part) => sum + Buffer.byteLength(part), 0);
    expect(sizes[0]!).toBeLessThan(unpacked / 3);
    // Downloads come from the dialog: nothing was asked of Drive or any other service.
    expect(world.log.count(/^(DriveApp|DocumentApp|UrlFetchApp)/)).toBe(0);
  });

  test('a hostile unit name cannot break the link or the file', () => {
    const { world } = run(withCells(TAB.units, 2, { 'Tên đơn vị': '"><script>alert(1)</script>' }));
    const html = world.ui.dialogs.at(-1)!.html;
    expect(html).not.toContain('<script>alert(1)');
    const hostile = downloads(html).find((file) => file.label.includes('script'))!;
    expect(hostile.label).toBe('Dự toán &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile.parts['word/document.xml']).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
