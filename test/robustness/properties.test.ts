/** Property-based tests: random workbooks, random names, random values. */

import { join } from 'node:path';
import fc from 'fast-check';
import { readXlsx } from '../../src/cli/xlsx/read';
import { planWorkbook, saveWorkbook } from '../../src/cli/xlsx/write';
import {
  buildReport,
  type Cell,
  dateCell,
  extractPlan,
  matchKey,
  readWorkbook,
  renderReportHtml,
  validateWorkbook,
} from '../../src/core';
import { escapeHtml } from '../../src/core/html';
import { formatNumberVi, parseNumberCell } from '../../src/core/numbers';
import { COLUMNS, INPUT_TABS, TAB } from '../../src/core/workbook/contract';
import { tempDir } from '../helpers/cli';
import { buildWorkbook, cleanTabs } from '../helpers/workbook-builder';

const RUNS = { cells: 300, html: 300, numbers: 1000, keys: 500, xlsx: 15, importer: 200 };

/** Vietnamese-looking text: base letters with combining marks, NBSP, zero-width space, BOM. */
const vietnamese = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'a',
        'e',
        'o',
        'u',
        'y',
        'd',
        'đ',
        'Đ',
        'ư',
        'ơ',
        ' ',
        '\u00a0',
        '\u200b',
        '\ufeff',
        '<',
        '&',
        '"',
        '=',
      ),
      fc.constantFrom('\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031b'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

const cell: fc.Arbitrary<Cell> = fc.oneof(
  vietnamese,
  fc.string(),
  fc.integer({ min: -1e6, max: 1e9 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('#REF!', '#N/A', '31/02/2025', '10/01/2025', '1.234.567 đ', 'Tất cả', 'Có', 'Đại hội điểm'),
  fc
    .date({ min: new Date('1980-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => dateCell(d.toISOString().slice(0, 10))),
);

const sheet = (name: string) =>
  fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 8 }).map((rows) => {
    const headers = (COLUMNS[name as keyof typeof COLUMNS] as readonly { header: string }[]).map(
      (c) => c.header,
    );
    return { name, rows: [headers, ...rows] };
  });

const workbook = fc.tuple(...INPUT_TABS.map((tab) => sheet(tab))).map((sheets) => ({ sheets }));

test('random workbooks never make validation, the report or the importer throw; findings stay inside their tab', () => {
  fc.assert(
    fc.property(
      workbook,
      fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
      (raw, day) => {
        const today = day.toISOString().slice(0, 10);
        const { workbook: plan, findings } = validateWorkbook(raw, { today });
        for (const finding of findings) {
          if (!finding.cell) continue;
          const tab = raw.sheets.find((s) => s.name === finding.sheet)!;
          const row = Number(/\d+$/.exec(finding.cell)![0]);
          expect(row).toBeGreaterThanOrEqual(1);
          expect(row).toBeLessThanOrEqual(tab.rows.length);
        }
        renderReportHtml(buildReport({ workbook: plan, findings, today }));
        for (const sheetRows of raw.sheets)
          extractPlan(
            sheetRows.rows
              .flat()
              .map((c) => String(c))
              .join('\n'),
          );
      },
    ),
    { numRuns: RUNS.cells },
  );
});

test('the report HTML never contains a unit name unescaped', () => {
  fc.assert(
    fc.property(vietnamese, (text) => {
      // The report has no <q> element of its own, so "<q" could only come from the cell.
      const name = `<q ${text} onclick="x">`;
      const tabs = cleanTabs();
      tabs[TAB.units] = tabs[TAB.units].map((row, i) => (i === 2 ? { ...row, 'Tên đơn vị': name } : row));
      const {
        workbook: plan,
        findings,
        today,
      } = validateWorkbook(buildWorkbook(tabs), { today: '2024-12-01' });
      const html = renderReportHtml(buildReport({ workbook: plan, findings, today }));
      expect(html).not.toContain('<q');
      expect(html).toContain(escapeHtml(plan.units[2]!.name));
    }),
    { numRuns: RUNS.html },
  );
});

test('Vietnamese number text round-trips: parse(format(x)) = x', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 9_999_999_999 }),
      fc.integer({ min: 0, max: 99 }),
      (whole, cents) => {
        const value = whole + cents / 100;
        const text = formatNumberVi(value, cents === 0 ? 0 : 2);
        expect(parseNumberCell(text)).toEqual({ ok: true, value: Number(value.toFixed(2)) });
        expect(parseNumberCell(`${text} đ`)).toEqual({ ok: true, value: Number(value.toFixed(2)) });
      },
    ),
    { numRuns: RUNS.numbers },
  );
});

test('header keys are idempotent and blind to NFC/NFD, case and spacing', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(
        ...INPUT_TABS.flatMap((tab) => (COLUMNS[tab] as readonly { header: string }[]).map((c) => c.header)),
      ),
      fc.boolean(),
      fc.nat(3),
      (header, upper, pad) => {
        const noisy = `${' '.repeat(pad)}${(upper ? header.toUpperCase() : header).normalize('NFD').replace(/ /g, '\u00a0 ')}${' '.repeat(pad)}`;
        expect(matchKey(noisy)).toBe(matchKey(header));
        expect(matchKey(matchKey(header))).toBe(matchKey(header));
      },
    ),
    { numRuns: RUNS.keys },
  );
});

test('writing and reading an .xlsx round-trips text, numbers and dates', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.tuple(
          vietnamese.filter((s) => s.trim() !== ''),
          fc.integer({ min: 0, max: 1e9 }),
          fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        ),
        { minLength: 1, maxLength: 5 },
      ),
      async (rows) => {
        const file = join(tempDir(), 'roundtrip.xlsx');
        const units = rows.map(([name, members, day], i) => ({
          'Mã đơn vị': `DV${i}`,
          'Tên đơn vị': name,
          'Số thành viên': members,
          'Ngày hết nhiệm kỳ': dateCell(day.toISOString().slice(0, 10)),
        }));
        await saveWorkbook(planWorkbook({ [TAB.units]: units }), file);
        const read = readWorkbook(await readXlsx(file)).workbook.units;
        expect(read.map((u) => [u.code, u.members, u.termEnd])).toEqual(
          units.map((u) => [
            u['Mã đơn vị'],
            u['Số thành viên'],
            (u['Ngày hết nhiệm kỳ'] as { iso: string }).iso,
          ]),
        );
        const sheetRows = (await readXlsx(file)).sheets.find((s) => s.name === TAB.units)!.rows.slice(1);
        expect(sheetRows.map((r) => r[1])).toEqual(units.map((u) => u['Tên đơn vị']));
      },
    ),
    { numRuns: RUNS.xlsx },
  );
});

test('the importer never throws on arbitrary text', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ maxLength: 400 }),
        vietnamese,
        fc.constantFrom('trước ngày 31/02/2025', 'quý V/2017', 'Chi bộ (((', 'DANH SÁCH\n1\t'),
      ),
      (text) => {
        const result = extractPlan(text);
        for (const d of [...result.deadlines, ...result.references])
          expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      },
    ),
    { numRuns: RUNS.importer },
  );
});
