import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { findChromium } from '../../src/cli/pdf';
import { TAB } from '../../src/core/workbook/contract';
import { daihoi, tempDir } from '../helpers/cli';
import { cleanTabs, withCells } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

const TODAY = '2024-12-21';
const NEEDLE = 'KIM-CHAM-7Q';

async function planted() {
  const dir = tempDir();
  const file = join(dir, 'ke-hoach.xlsx');
  // The needle sits in the name of a unit outside Bình Lư's subtree.
  await writePlan(
    file,
    withCells(TAB.units, 3, { 'Tên đơn vị': `Đảng bộ xã Bản Hon ${NEEDLE}` }, cleanTabs()),
  );
  return { dir, file };
}

test('report writes the HTML, the PDF, the workbook with its report tab and one .eml per recipient', async () => {
  const { dir, file } = await planted();
  const out = join(dir, 'bao-cao');
  const run = daihoi(['report', file, '--out', out, '--today', TODAY]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(readdirSync(out).sort()).toEqual(
    [
      '001-Tan-Thi-Que.eml',
      '002-Lo-Van-Minh.eml',
      'ke-hoach-bao-cao.xlsx',
      'report.docx',
      'report.html',
      'report.pdf',
    ].sort(),
  );
  expect(readFileSync(join(out, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, 'ke-hoach-bao-cao.xlsx'));
  const sheet = workbook.getWorksheet('Báo cáo')!;
  expect(sheet.getRow(2).getCell(1).value).toBe('STT');
  expect(sheet.getRow(3).getCell(3).value).toBe('Chi bộ 02 (bản Nà Phát)');
  expect(sheet.getRow(3).getCell(14).value).toBe(33_200_000);
  expect(sheet.getRow(3).getCell(14).numFmt).toBe('#,##0');
  expect(workbook.getWorksheet('Đơn vị')).toBeDefined();

  // The whole-plan recipient gets the signed report, in the body and as PDF and Word files.
  const signed = await simpleParser(readFileSync(join(out, '001-Tan-Thi-Que.eml')));
  expect(signed.subject).toBe('Báo cáo tiến độ đại hội điểm ngày 21/12/2024');
  expect(signed.html).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(signed.attachments.map((a) => [a.filename, a.contentType])).toEqual([
    ['Bao-cao-tien-do-2024-12-21.pdf', 'application/pdf'],
    [
      'Bao-cao-tien-do-2024-12-21.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  ]);
  // The scoped recipient gets the notice of their units in the body, with no file to sign.
  const message = await simpleParser(readFileSync(join(out, '002-Lo-Van-Minh.eml')));
  expect(message.subject).toBe('Tiến độ đại hội ngày 21/12/2024 — Đảng bộ xã Bình Lư');
  expect((message.to as { text: string }).text).toBe('"Lò Văn Minh" <minh@binhlu.example.vn>');
  expect(message.text).toContain('Chi bộ 02 (bản Nà Phát)');
  expect(message.html).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(message.attachments).toEqual([]);
});

test('a scoped message never mentions a unit outside its subtree, in any part', async () => {
  const { dir, file } = await planted();
  const out = join(dir, 'pham-vi');
  daihoi(['report', file, '--out', out, '--today', TODAY]);
  const scoped = await simpleParser(readFileSync(join(out, '002-Lo-Van-Minh.eml')));
  const whole = await simpleParser(readFileSync(join(out, '001-Tan-Thi-Que.eml')));
  expect(whole.html).toContain(NEEDLE);
  for (const part of [scoped.html, scoped.text, scoped.subject]) expect(part).not.toContain(NEEDLE);
  // A notice, not a second official document: no number, no Nơi nhận, no signature.
  for (const part of [scoped.html!, scoped.text!]) {
    expect(part).toContain('Chi bộ 02');
    expect(part).not.toMatch(/Số\s+12-BC\/HU|Nơi nhận|T\/M BAN THƯỜNG VỤ|Tần Thị Quế/);
  }
});

test('--json prints the figures in the contract shape', async () => {
  const { dir, file } = await planted();
  const run = daihoi(['report', file, '--out', join(dir, 'json'), '--today', TODAY, '--json']);
  expect(run.code).toBe(0);
  const figures = JSON.parse(run.stdout);
  expect(Object.keys(figures)).toEqual(['today', 'totals', 'units']);
  expect(figures.totals).toEqual({
    units: 4,
    congresses: 2,
    delegates: 532,
    budget: 38_200_000,
    overdue: 1,
    dueSoon: 0,
    errors: 0,
    warnings: 1,
  });
  expect(Object.keys(figures.units[0])).toEqual([
    'code',
    'name',
    'form',
    'status',
    'congressDate',
    'delegates',
    'budget',
    'overdue',
  ]);
});

test('report still comes out, exit 0, when the data has errors', async () => {
  const dir = tempDir();
  const file = join(dir, 'loi.xlsx');
  await writePlan(file, withCells(TAB.congresses, 1, { 'Số ngày': 3 }));
  const run = daihoi(['report', file, '--out', join(dir, 'o'), '--today', TODAY]);
  expect(run.code).toBe(0);
  // The signed report says nothing of the data's findings; the message's covering note does.
  expect(readFileSync(join(dir, 'o', 'report.html'), 'utf8')).not.toMatch(/lỗi|Kiểm tra dữ liệu/);
  const message = await simpleParser(readFileSync(join(dir, 'o', '001-Tan-Thi-Que.eml')));
  expect(message.text).toContain('Lưu ý về số liệu: bảng tính theo dõi còn 1 lỗi');
  expect(message.html).toContain('Lưu ý về số liệu: bảng tính theo dõi còn 1 lỗi');
});

test('without Chromium every other file is still written, and stderr says how to get the PDF', async () => {
  const { dir, file } = await planted();
  const out = join(dir, 'khong-pdf');
  const run = daihoi(['report', file, '--out', out, '--today', TODAY], {
    CHROMIUM_PATH: join(dir, 'khong-co-chromium'),
  });
  expect(run.code).toBe(0);
  expect(run.stderr).toBe(
    'daihoi: không tìm thấy Chromium nên chưa tạo được report.pdf và tệp đính kèm PDF; các tệp khác vẫn được ghi. Cài bằng: sudo apt-get install chromium (hoặc đặt biến CHROMIUM_PATH).\n',
  );
  expect(readdirSync(out).sort()).toEqual(
    // The Word file needs no browser: it is written all the same.
    [
      '001-Tan-Thi-Que.eml',
      '002-Lo-Van-Minh.eml',
      'ke-hoach-bao-cao.xlsx',
      'report.docx',
      'report.html',
    ].sort(),
  );
  // Without a PDF the Word file still travels with the signed report.
  const message = await simpleParser(readFileSync(join(out, '001-Tan-Thi-Que.eml')));
  expect(message.attachments.map((a) => a.filename)).toEqual(['Bao-cao-tien-do-2024-12-21.docx']);
  expect(message.html).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
});

test('a recipient name cannot steer the .eml outside the output folder', async () => {
  const dir = tempDir();
  const file = join(dir, 'ten.xlsx');
  await writePlan(file, withCells(TAB.recipients, 1, { 'Họ tên': '../../../etc/Đ/c Minh\\..' }, cleanTabs()));
  const out = join(dir, 'o');
  expect(daihoi(['report', file, '--out', out, '--today', TODAY]).code).toBe(0);
  expect(readdirSync(out).filter((name) => name.endsWith('.eml'))).toEqual([
    '001-Tan-Thi-Que.eml',
    '002-etc-D-c-Minh.eml',
  ]);
  expect(readdirSync(dir).sort()).toEqual(['o', 'ten.xlsx']);
});

test('report needs --out and a readable file', () => {
  expect(daihoi(['report', 'x.xlsx']).stderr).toBe(
    'daihoi: lệnh "report" cần --out THƯ_MỤC (nơi ghi báo cáo).\n',
  );
  expect(daihoi(['report', 'khong-co.xlsx', '--out', tempDir()]).code).toBe(2);
});

test('whole-plan recipients all get the signed report, printed once; recipients of one scope share one notice', async () => {
  const dir = tempDir();
  const file = join(dir, 'ke-hoach.xlsx');
  const tabs = cleanTabs();
  const wholePlan = Array.from({ length: 12 }, (_, i) => ({
    'Họ tên': `Thường trực ${i + 1}`,
    Email: `thuong-truc-${i + 1}@example.vn`,
    'Phạm vi': 'Tất cả',
    'Định kỳ': 'Hằng ngày',
  }));
  const sameScope = {
    'Họ tên': 'Lường Thị Ánh',
    Email: 'anh@binhlu.example.vn',
    'Phạm vi': 'BL',
    'Định kỳ': 'Không',
  };
  await writePlan(file, { ...tabs, [TAB.recipients]: [...tabs[TAB.recipients], ...wholePlan, sameScope] });
  // A Chromium that notes each launch, then prints with the real one.
  const launches = join(dir, 'launches.log');
  const chromium = join(dir, 'chromium');
  writeFileSync(chromium, `#!/bin/sh\necho launch >> '${launches}'\nexec '${findChromium()}' "$@"\n`, {
    mode: 0o755,
  });
  const out = join(dir, 'bao-cao');
  const run = daihoi(['report', file, '--out', out, '--today', TODAY], { CHROMIUM_PATH: chromium });
  expect(run.code).toBe(0);
  // report.pdf only: the notices travel in their message bodies. 1 print for 15 messages.
  expect(readFileSync(launches, 'utf8').trim().split('\n')).toHaveLength(1);
  const emls = readdirSync(out).filter((name) => name.endsWith('.eml'));
  expect(emls).toHaveLength(15);
  const signedPdf = readFileSync(join(out, 'report.pdf'));
  const signedHtml = readFileSync(join(out, 'report.html'), 'utf8');
  const scopedNames = ['002-Lo-Van-Minh.eml', '015-Luong-Thi-Anh.eml'];
  const bodies = new Set<string>();
  for (const name of emls.filter((n) => !scopedNames.includes(n))) {
    const message = await simpleParser(readFileSync(join(out, name)));
    // The message body: the covering note above the signed report itself.
    expect(message.html).toContain(signedHtml.slice(signedHtml.indexOf('<div class="trang"')));
    bodies.add(message.html as string);
    expect(message.attachments[0]!.content.equals(signedPdf)).toBe(true);
  }
  expect(bodies.size).toBe(1);
  const [minh, anh] = await Promise.all(
    scopedNames.map(async (n) => simpleParser(readFileSync(join(out, n)))),
  );
  expect(minh!.html).toBe(anh!.html);
  expect(minh!.html).toContain('TIẾN ĐỘ CHUẨN BỊ ĐẠI HỘI');
});
