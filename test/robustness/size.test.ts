/**
 * The size and shape corpus: files a hostile or careless user could hand the command line, generated
 * here (nothing binary is committed), each at the size that once crashed, hung or ran out of memory.
 * Each run gets a 2 GB heap. Each either works (exit 0 or 1) or stops with exit 2 and one Vietnamese
 * sentence naming the limit; nothing is written and the input is left as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { LIMITS } from '../../src/core/limits';
import { TAB } from '../../src/core/workbook/contract';
import { daihoi, tempDir } from '../helpers/cli';
import { generatePlan } from '../helpers/generate';
import { cleanTabs } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';
import { columnName, sheetXml, WORKSHEET_HEAD, WORKSHEET_TAIL, xlsxParts, zipOf } from '../helpers/zip';

jest.setTimeout(240_000);

const TODAY = '2024-12-01';
const HEAP = { NODE_OPTIONS: '--max-old-space-size=2048', CHROMIUM_PATH: '' };
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** `report` on `file`: exit 2, the one message, no output folder, the file unchanged. */
function refused(file: string, message: RegExp): void {
  const before = digest(file);
  const out = join(tempDir(), 'bao-cao');
  const run = daihoi(['report', file, '--out', out, '--today', TODAY], HEAP);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.code).toBe(2);
  expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  expect(digest(file)).toBe(before);
}

async function written(parts: Parameters<typeof xlsxParts>[0]): Promise<string> {
  const file = join(tempDir(), 'ke-hoach.xlsx');
  writeFileSync(file, await zipOf(xlsxParts(parts)));
  return file;
}

const mb = (bytes: number) => `${bytes / 1024 / 1024} MB`;

test('70.000 budget lines: validate answers with every finding (once "Maximum call stack size exceeded")', async () => {
  const file = join(tempDir(), 'ke-hoach.xlsx');
  await writePlan(file, generatePlan(7000));
  const before = digest(file);
  const run = daihoi(['validate', file, '--json', '--today', TODAY], HEAP);
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.code);
  expect(JSON.parse(run.stdout).length).toBeGreaterThan(0);
  expect(digest(file)).toBe(before);
});

test.each([300_000, 1_000_000])('a value on row %i of a tab: refused, naming the row limit', async (row) => {
  const data = Buffer.from(
    `${WORKSHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Mã đơn vị</t></is></c></row><row r="${row}"><c r="A${row}" t="inlineStr"><is><t>X</t></is></c></row>${WORKSHEET_TAIL}`,
  );
  const file = await written([{ name: TAB.budget, data }]);
  refused(
    file,
    new RegExp(`tab "Dự toán" có dữ liệu tới hàng ${row.toLocaleString('de-DE')}, quá giới hạn 200.000 hàng`),
  );
});

test('a value past the column limit: refused, naming the column', async () => {
  const column = columnName(LIMITS.columnsPerTab + 1);
  const data = Buffer.from(
    `${WORKSHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Mã đơn vị</t></is></c><c r="${column}1" t="inlineStr"><is><t>ghi chú</t></is></c></row>${WORKSHEET_TAIL}`,
  );
  refused(
    await written([{ name: TAB.units, data }]),
    new RegExp(`tới cột ${column}, quá giới hạn 5.000 cột`),
  );
});

/** Formatted empty cells from A to XFD on each of `rows` rows. */
function styledToXfd(rows: number) {
  const letters = Array.from({ length: 16_384 }, (_, c) => columnName(c + 1));
  return {
    head: WORKSHEET_HEAD,
    chunk: (i: number) =>
      `<row r="${i + 1}">${letters.map((l) => `<c r="${l}${i + 1}" s="1"/>`).join('')}</row>`,
    times: rows,
    tail: WORKSHEET_TAIL,
  };
}

test('formatted cells out to column XFD over 1.200 rows: refused before inflating (once V8 out of memory)', async () => {
  const file = await written([{ name: TAB.units, data: styledToXfd(1200) }]);
  refused(file, new RegExp(`khi giải nén, tệp lớn hơn ${mb(LIMITS.workbookUnzippedBytes)}`));
});

test('formatted cells out to column XFD over 150 rows: small enough to unzip, refused by counting cells', async () => {
  const file = await written([{ name: TAB.units, data: styledToXfd(150) }]);
  refused(file, /các tab có hơn 2\.000\.000 ô \(tính cả ô trống đã tô màu hay định dạng\)/);
});

describe('a string of 350 MB in each of 7 tabs', () => {
  const bomb = {
    head: `${WORKSHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`,
    chunk: 'Đ'.repeat(512 * 1024),
    times: 350,
    tail: `</t></is></c></row>${WORKSHEET_TAIL}`,
  };
  test('honest sizes: refused from the zip directory, before inflating', async () => {
    const file = await written(Array.from({ length: 7 }, (_, i) => ({ name: `Tab ${i + 1}`, data: bomb })));
    refused(file, new RegExp(`khi giải nén, tệp lớn hơn ${mb(LIMITS.workbookUnzippedBytes)}`));
  });
  test('each part claiming 1 KB: inflating stops at the lie', async () => {
    const file = await written(
      Array.from({ length: 7 }, (_, i) => ({ name: `Tab ${i + 1}`, data: bomb, declaredSize: 1024 })),
    );
    refused(file, new RegExp(`khi giải nén, tệp lớn hơn ${mb(LIMITS.workbookUnzippedBytes)}`));
  });
});

test('a zip of 2.001 parts: refused, naming the limit', async () => {
  const file = join(tempDir(), 'ke-hoach.xlsx');
  const parts = xlsxParts([{ name: TAB.units, data: sheetXml([['Mã đơn vị']]) }]);
  for (let i = 0; i < LIMITS.workbookParts; i++)
    parts.push({ name: `xl/media/p${i}.bin`, data: Buffer.from('x') });
  writeFileSync(file, await zipOf(parts));
  refused(file, /tệp nén chứa hơn 2\.000 phần/);
});

describe('a plan text that does not end', () => {
  test.each(['/dev/zero', '/dev/urandom'])('%s: import stops at the limit', (device) => {
    const run = daihoi(['import', device], HEAP);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `daihoi: không đọc văn bản kế hoạch "${device}": dài hơn ${mb(LIMITS.planTextBytes)}, giới hạn của lệnh import (một kế hoạch thật chỉ vài chục KB). Hãy kiểm tra đúng tệp văn bản chưa.\n`,
    );
  });

  test('a text one byte over the limit is refused; one at the limit is read', () => {
    const dir = tempDir();
    const over = join(dir, 'qua.txt');
    writeFileSync(over, Buffer.alloc(LIMITS.planTextBytes + 1, 'a'));
    expect(daihoi(['import', over], HEAP).code).toBe(2);
    const at = join(dir, 'vua.txt');
    writeFileSync(at, Buffer.alloc(LIMITS.planTextBytes, '\n'));
    expect(daihoi(['import', at], HEAP).code).toBe(0);
  });
});

describe('tab names .xlsx does not accept', () => {
  // Google Sheets allows both; the .xlsx format allows 31 UTF-16 units and none of [ ] : * ? / \.
  const long = 'Danh sách đơn vị được đề nghị dự'; // 32 characters
  const marked = 'Ghi chú [đợt 1]: 10/2024?';

  async function withTabs(): Promise<string> {
    const tabs = cleanTabs();
    const file = await written([
      ...Object.entries(tabs).map(([name, rows]) => {
        const headers = Object.keys(rows[0] ?? { 'Mã đơn vị': '' });
        const text = (value: unknown) =>
          value === null || value === '' || typeof value === 'object' ? null : String(value);
        return { name, data: sheetXml([headers, ...rows.map((row) => headers.map((h) => text(row[h])))]) };
      }),
      { name: long, data: sheetXml([['ghi chú dài']]) },
      { name: marked.replace(/&/g, '&amp;'), data: sheetXml([['ghi chú']]) },
    ]);
    return file;
  }

  test('report writes the copy with legal names, says so, and exits 0 or 1', async () => {
    const file = await withTabs();
    const before = digest(file);
    const out = join(tempDir(), 'bao-cao');
    const run = daihoi(['report', file, '--out', out, '--today', TODAY], HEAP);
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).toContain(`tab "${long}" mang tên "Danh sách đơn vị được đề nghị d"`);
    expect(run.stderr).toContain(`tab "${marked}" mang tên "Ghi chú -đợt 1-- 10-2024-"`);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(join(out, 'ke-hoach-bao-cao.xlsx'));
    const names = copy.worksheets.map((sheet) => sheet.name);
    expect(names).toContain('Danh sách đơn vị được đề nghị d');
    expect(names).toContain('Ghi chú -đợt 1-- 10-2024-');
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    expect(copy.getWorksheet('Danh sách đơn vị được đề nghị d')!.getCell('A1').value).toBe('ghi chú dài');
    expect(digest(file)).toBe(before);
  });

  test('validate and budget --print read the workbook as it is', async () => {
    const file = await withTabs();
    expect([0, 1]).toContain(daihoi(['validate', file, '--today', TODAY], HEAP).code);
    const out = join(tempDir(), 'du-toan');
    const run = daihoi(['budget', file, '--print', out, '--today', TODAY], HEAP);
    expect(run.code).toBe(0);
    expect(readdirSync(out).some((name) => name.endsWith('.html'))).toBe(true);
  });
});
