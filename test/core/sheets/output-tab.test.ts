/** One spec per output tab: title, header, one row per item, the total of exactly the cells above. */
import { blockFormats, countOf, type OutputTabSpec, sheetBlock, sumOf } from '../../../src/core';

interface Line {
  readonly name: string;
  readonly amount: number | '';
  readonly direct: boolean;
}

const SPEC: OutputTabSpec<Line> = {
  name: 'Thử',
  columns: [
    { header: 'STT', value: (_, index) => index + 1, format: 'count', width: 40 },
    { header: 'Đơn vị', value: (line) => line.name, format: 'text', width: 200, total: () => 'Tổng cộng' },
    {
      header: 'Trực tiếp',
      value: (line) => (line.direct ? 'Có' : 'Không'),
      format: 'text',
      total: countOf('Có'),
    },
    { header: 'Kinh phí', value: (line) => line.amount, format: 'money', width: 120, total: sumOf },
  ],
};

const LINES: Line[] = [
  { name: 'Chi bộ 01', amount: 1_000_000, direct: true },
  { name: 'Chi bộ 02', amount: '', direct: false },
  { name: 'Chi bộ 03', amount: 2_500_000, direct: true },
];

test('title, header, rows numbered from 1, and a total row that adds up its column', () => {
  const block = sheetBlock(SPEC, LINES, { title: 'BÁO CÁO' });
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
  const block = sheetBlock(SPEC, LINES.slice(0, 1), { title: 'BÁO CÁO' });
  expect(blockFormats(block)).toEqual([
    ['text', 'text', 'text', 'text'],
    ['text', 'text', 'text', 'text'],
    ['count', 'text', 'text', 'money'],
    ['count', 'text', 'text', 'money'],
  ]);
});

test('an empty tab says why in the named column; a spec with no total has no total row', () => {
  const plain: OutputTabSpec<Line> = {
    name: 'Thử',
    columns: SPEC.columns.map(({ total: _, ...column }) => column),
  };
  expect(sheetBlock(plain, [], { whenEmpty: { header: 'Đơn vị', text: 'Không có dòng nào.' } }).rows).toEqual(
    [
      ['STT', 'Đơn vị', 'Trực tiếp', 'Kinh phí'],
      ['', 'Không có dòng nào.', '', ''],
    ],
  );
  expect(sheetBlock(plain, LINES).rows).toHaveLength(1 + LINES.length);
});
