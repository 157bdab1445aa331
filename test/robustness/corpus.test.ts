/** The bad-input corpus through the core, the built bundle and the command line. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, extractPlan, renderReportHtml, validateWorkbook } from '../../src/core';
import { INPUT_TABS } from '../../src/core/workbook/contract';
import { createWorld, loadRawWorkbook } from '../fakes/environment';
import { daihoi, tempDir } from '../helpers/cli';
import { loadBundle } from '../helpers/load-bundle';
import { corpus } from './corpus';

const CASES = corpus();
const NOW = new Date('2024-12-01T02:00:00Z');

test('the corpus holds at least 40 workbooks', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
});

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_, { raw, expected }) => {
  test('the core gives findings inside their tab, a report and an import, never a crash', () => {
    const { workbook, findings, today } = validateWorkbook(raw, { today: '2024-12-01' });
    if (expected) {
      const given = findings.map((f) => `${f.code} ${f.sheet}${f.cell ? `!${f.cell}` : ''}`);
      expect(given).toEqual(expect.arrayContaining([...expected]));
    }
    // One cell, one finding per code: a second would say the same thing again.
    const perCell = findings.filter((f) => f.cell).map((f) => `${f.sheet}!${f.cell} ${f.code}`);
    expect(perCell.filter((key, index) => perCell.indexOf(key) !== index)).toEqual([]);
    for (const finding of findings) {
      expect(finding.message.length).toBeGreaterThan(0);
      expect(finding.hint.length).toBeGreaterThan(10);
      if (!finding.cell) continue;
      const sheet =
        raw.sheets.find(
          (s) => s.name.normalize('NFC').trim().toLowerCase() === finding.sheet.toLowerCase(),
        ) ?? raw.sheets.find(() => true);
      const row = Number(/\d+$/.exec(finding.cell)![0]);
      expect(row).toBeGreaterThanOrEqual(1);
      if (sheet) expect(row).toBeLessThanOrEqual(Math.max(1, sheet.rows.length));
    }
    const html = renderReportHtml(buildReport({ workbook, findings, today }));
    expect(html).toContain('BÁO CÁO');
    expect(() => extractPlan(JSON.stringify(raw.sheets.map((s) => s.rows)).slice(0, 20_000))).not.toThrow();
  });

  test('in Sheets: validate and report answer in Vietnamese and leave the input tabs as they were', () => {
    const world = createWorld();
    loadRawWorkbook(world, raw);
    const app = loadBundle(world.globals, { now: NOW });
    const inputs = () =>
      world.spreadsheet.sheets
        .filter((s) => !['Kiểm tra dữ liệu', 'Báo cáo'].includes(s.getName()))
        .map((s) => createHash('sha256').update(JSON.stringify(s.snapshot())).digest('hex'));
    const before = inputs();
    app.validateData!();
    app.generateReport!();
    expect(inputs()).toEqual(before);
    for (const alert of world.ui.alerts) expect(alert.message).not.toMatch(/lỗi không mong đợi/);
    expect(world.ui.alerts[0]!.message).toMatch(/^Đã kiểm tra/);
    if (expected) {
      const rows = world.spreadsheet.sheet('Kiểm tra dữ liệu').snapshot().slice(2);
      // A whole-tab finding shows "(cả tab)" in the cell column: it is then named by its tab.
      const given = rows.map((row) => `${row[1]} ${row[3] === '(cả tab)' ? row[2] : row[3]}`);
      expect(given).toEqual(expect.arrayContaining([...expected]));
    }
  });
});

/** A corpus workbook as an .xlsx file, its tabs named as .xlsx allows. */
async function corpusFile(raw: (typeof CASES)[number]['raw'], dir: string): Promise<string> {
  const { saveWorkbook, excelValue } = await import('../../src/cli/xlsx/write');
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  for (const [index, sheet] of raw.sheets.entries()) {
    const target = workbook.addWorksheet(`${index}`);
    target.name = sheet.name.slice(0, 31).replace(/[\\/*?:[\]]/g, '-') || `${index}`;
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        target.getCell(r + 1, c + 1).value = excelValue(value);
      });
    });
  }
  const file = join(dir, 'corpus.xlsx');
  await saveWorkbook(workbook, file);
  return file;
}

test.each(CASES.filter((_, i) => i % 4 === 0).map((c) => [c.name, c] as const))(
  'the command line on "%s": exit 0 or 1 and the file untouched',
  async (_, { raw }) => {
    const file = await corpusFile(raw, tempDir());
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    const run = daihoi(['validate', file, '--json', '--today', '2024-12-01']);
    if (raw.sheets.length === 0) {
      // A workbook without a single sheet is not a plan at all: exit 2 and one clear line.
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    } else {
      expect([0, 1]).toContain(run.code);
      expect(Array.isArray(JSON.parse(run.stdout))).toBe(true);
    }
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(hash);
  },
);

/** A plan of one congress with one task: `import --into` adds a unit, a congress and a task. */
const WRITE_PLAN = [
  'KẾ HOẠCH',
  'Tổ chức đại hội điểm nhiệm kỳ 2025 - 2030',
  '- Đảng bộ cơ sở: Đảng bộ xã Tà Mít.',
  '- Đảng bộ xã Tà Mít: Không quá 02 ngày, hoàn thành trước ngày 28/02/2025.',
  'Văn phòng Huyện ủy bố trí hội trường, hoàn thành trước ngày 05/02/2025.',
].join('\n');

test.each(CASES.filter((_, i) => i % 8 === 2).map((c) => [c.name, c] as const))(
  'the writing commands on "%s": the original kept byte for byte in the first backup, or nothing written',
  async (_, { raw }) => {
    if (raw.sheets.length === 0) return; // no workbook to write into (the read test covers it)
    const dir = tempDir();
    const file = await corpusFile(raw, dir);
    const original = readFileSync(file);
    const plan = join(dir, 'ke-hoach.txt');
    writeFileSync(plan, WRITE_PLAN);
    const backups: string[] = [];
    for (const args of [
      ['import', plan, '--into', file],
      ['budget', file, '--suggest', '--write', '--today', '2024-12-01'],
      ['tasks', file, '--write', '--today', '2024-12-01'],
    ]) {
      const before = readFileSync(file);
      const run = daihoi(args);
      expect({ args, code: [0, 1, 2].includes(run.code) }).toEqual({ args, code: true });
      const backup = /\(bản sao lưu: (.+?)\)/.exec(run.stdout)?.[1];
      if (backup) {
        backups.push(backup);
        expect(readFileSync(backup).equals(before)).toBe(true);
      } else {
        // Nothing claimed, nothing written.
        expect(readFileSync(file).equals(before)).toBe(true);
        if (run.code === 2) expect(run.stderr.trim().split('\n')).toHaveLength(1);
      }
    }
    // Backups are numbered, never reused; the first is the original; no temporary file is left.
    expect(new Set(backups).size).toBe(backups.length);
    if (backups.length > 0) expect(readFileSync(`${file}.bak`).equals(original)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  },
);

test('every input tab of the contract is exercised by the corpus', () => {
  const seen = new Set(CASES.flatMap((c) => c.raw.sheets.map((s) => s.name)));
  for (const tab of INPUT_TABS) expect(seen.has(tab)).toBe(true);
});
