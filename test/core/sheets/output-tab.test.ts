/** One spec per output tab: title, header, one row per item, the total of exactly the cells above. */
import { blockFormats } from '../../../src/core';
import {
  columnsFrom,
  type OutputTabSpec,
  sheetBlock,
  sumOf,
  type TabRow,
} from '../../../src/core/sheets/output-tab';

const HEADERS = { position: 'STT', name: 'Đơn vị', direct: 'Trực tiếp', amount: 'Kinh phí' };
type Field = keyof typeof HEADERS;

const SPEC: OutputTabSpec<Field> = {
  name: 'Thử',
  columns: columnsFrom(HEADERS, [
    ['position', 'count', 40],
    ['name', 'text', 200, () => 'Tổng cộng'],
    ['direct', 'text', undefined, (cells) => cells.filter((cell) => cell === 'Có').length],
    ['amount', 'money', 120, sumOf],
  ]),
};

const ROWS: TabRow<Field>[] = [
  { position: 1, name: 'Chi bộ 01', direct: 'Có', amount: 1_000_000 },
  { position: 2, name: 'Chi bộ 02', direct: 'Không' },
  { position: 3, name: 'Chi bộ 03', direct: 'Có', amount: 2_500_000 },
];

test('title, header, a row per item (a field left out is empty), and a total row that adds up its column', () => {
  const block = sheetBlock(SPEC, ROWS, { title: 'BÁO CÁO' });
  expect(block.name).toBe('Thử');
  expect(block.titleRows).toBe(1);
  expect(block.rows).toEqual([
    ['BÁO CÁO', '', '', ''],
    ['STT', 'Đơn vị', 'Trực tiếp', 'Kinh phí'],
    [1, 'Chi bộ 01', 'Có', 1_000_000],
    [2, 'Chi bộ 02', 'Không', ''],
    [3, 'Chi bộ 03', 'Có', 2_500_000],
    ['', 'Tổng cộng', 2, 3_500_000],
  ]);
  expect(block.widths).toEqual([40, 200, undefined, 120]);
});

test('title and header cells are text; the body and the total take their column’s format', () => {
  const block = sheetBlock(SPEC, ROWS.slice(0, 1), { title: 'BÁO CÁO' });
  expect(blockFormats(block)).toEqual([
    ['text', 'text', 'text', 'text'],
    ['text', 'text', 'text', 'text'],
    ['count', 'text', 'text', 'money'],
    ['count', 'text', 'text', 'money'],
  ]);
});

test('an empty tab shows its note row; a spec with no total has no total row', () => {
  const plain: OutputTabSpec<Field> = {
    name: 'Thử',
    columns: SPEC.columns.map(({ total: _, ...column }) => column),
  };
  expect(sheetBlock(plain, [], { whenEmpty: { name: 'Không có dòng nào.' } }).rows).toEqual([
    ['STT', 'Đơn vị', 'Trực tiếp', 'Kinh phí'],
    ['', 'Không có dòng nào.', '', ''],
  ]);
  expect(sheetBlock(plain, ROWS).rows).toHaveLength(1 + ROWS.length);
});

test('a column whose field the headers do not name, or a wrong format, does not compile', () => {
  // Checked by `npm run typecheck` (tsconfig.json includes the tests): each line below must be an error.
  const wrongField = () =>
    // @ts-expect-error `amout` is not a field of HEADERS: a typo in a spec fails to compile.
    columnsFrom(HEADERS, [['amout', 'money', 120]]);
  const wrongFormat = () =>
    // @ts-expect-error `currency` is not a format.
    columnsFrom(HEADERS, [['amount', 'currency', 120]]);
  // At run time the typo would leave the header empty: exactly what the compiler stops.
  expect(wrongField()[0]!.header).toBeUndefined();
  expect(wrongFormat()[0]!.header).toBe('Kinh phí');
});
