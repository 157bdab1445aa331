import {
  COLUMNS,
  gridOf,
  INPUT_TABS,
  type InputTab,
  SETTING_DROPDOWNS,
  TAB,
  TEMPLATE_ROWS,
  validateWorkbook,
  WORKBOOK_TEMPLATE,
} from '../../../src/core';
import { dateCell } from '../../../src/core/cells';
import {
  CONGRESS_FORMS,
  type ColumnSpec,
  FREQUENCIES,
  OPTIONAL_TAB,
  ORGANISATIONS,
  STATUSES,
  UNIT_TYPES,
  YES_NO,
} from '../../../src/core/workbook/contract';
import {
  DEFAULT_SETTINGS_ROWS,
  HIGHLIGHT_FILL,
  type TemplateColumn,
} from '../../../src/core/workbook/template';

function column(tab: InputTab, header: string): TemplateColumn {
  const found = WORKBOOK_TEMPLATE.find((t) => t.name === tab)?.columns.find((c) => c.header === header);
  if (!found) throw new Error(`no column ${tab}!${header}`);
  return found;
}

test('one template tab per input tab, in contract order, with every header and its note', () => {
  // The seven required tabs, then the optional Kết quả đại hội (issue 19: a new workbook has it).
  expect(WORKBOOK_TEMPLATE.map((tab) => tab.name)).toEqual([...INPUT_TABS, OPTIONAL_TAB.results]);
  for (const tab of WORKBOOK_TEMPLATE) {
    const specs = COLUMNS[tab.name] as readonly ColumnSpec[];
    expect(tab.columns.map((c) => c.header)).toEqual(specs.map((s) => s.header));
    expect(tab.columns.map((c) => c.note)).toEqual(specs.map((s) => s.note));
    for (const c of tab.columns) {
      expect(c.note.length).toBeGreaterThan(5);
      expect(c.width).toBeGreaterThanOrEqual(10);
      expect(c.width).toBeLessThanOrEqual(60);
    }
  }
});

test('the fixed lists are dropdowns with exactly the contract values', () => {
  expect(column(TAB.units, 'Loại đơn vị').dropdown).toEqual({ kind: 'list', values: UNIT_TYPES });
  expect(column(TAB.congresses, 'Hình thức').dropdown).toEqual({ kind: 'list', values: CONGRESS_FORMS });
  expect(column(TAB.congresses, 'Trạng thái').dropdown).toEqual({ kind: 'list', values: STATUSES });
  expect(column(TAB.congresses, 'Bầu trực tiếp Bí thư').dropdown).toEqual({ kind: 'list', values: YES_NO });
  expect(column(TAB.recipients, 'Định kỳ').dropdown).toEqual({ kind: 'list', values: FREQUENCIES });
  expect(SETTING_DROPDOWNS['Tổ chức']).toEqual(ORGANISATIONS);
  expect(UNIT_TYPES).toContain('Chi bộ trực thuộc');
  expect(STATUSES).toEqual([
    'Chưa bắt đầu',
    'Đang chuẩn bị',
    'Đã duyệt văn kiện',
    'Đã tổ chức',
    'Đã báo cáo',
  ]);
});

test('unit codes and categories come from their own tabs', () => {
  const unitCodes = { kind: 'codes', tab: 'Đơn vị', header: 'Mã đơn vị' };
  expect(column(TAB.units, 'Đơn vị cấp trên').dropdown).toEqual(unitCodes);
  expect(column(TAB.congresses, 'Mã đơn vị').dropdown).toEqual(unitCodes);
  expect(column(TAB.milestones, 'Đơn vị chủ trì').dropdown).toEqual(unitCodes);
  expect(column(TAB.budget, 'Mã đơn vị').dropdown).toEqual(unitCodes);
  expect(column(TAB.budget, 'Khoản chi').dropdown).toEqual({
    kind: 'codes',
    tab: 'Định mức',
    header: 'Mã khoản chi',
  });
  // The keys of a tab are typed, never picked from the tab itself.
  expect(column(TAB.units, 'Mã đơn vị').dropdown).toBeUndefined();
  expect(column(TAB.norms, 'Mã khoản chi').dropdown).toBeUndefined();
  // "Tất cả" or a unit code: a list of either would flag the other as invalid.
  expect(column(TAB.recipients, 'Phạm vi').dropdown).toBeUndefined();
});

test('every dropdown source points at a real header of a real tab', () => {
  for (const tab of WORKBOOK_TEMPLATE) {
    for (const c of tab.columns) {
      const dropdown = c.dropdown;
      if (dropdown?.kind !== 'codes') continue;
      const source = WORKBOOK_TEMPLATE.find((t) => t.name === dropdown.tab);
      expect(source?.columns.map((s) => s.header)).toContain(dropdown.header);
    }
  }
  expect(TEMPLATE_ROWS).toBe(1000);
});

test('money and counts are #,##0 numbers, dates dd/mm/yyyy, codes and terms plain text', () => {
  expect(column(TAB.budget, 'Đơn giá').format).toBe('money');
  expect(column(TAB.budget, 'Thành tiền').format).toBe('money');
  expect(column(TAB.norms, 'Mức tối đa').format).toBe('money');
  expect(column(TAB.units, 'Số thành viên').format).toBe('count');
  expect(column(TAB.congresses, 'Tổng đại biểu').format).toBe('count');
  // Fractions (half a day) must stay visible, so these keep the general format.
  expect(column(TAB.budget, 'Số lượng').format).toBeUndefined();
  expect(column(TAB.budget, 'Số ngày').format).toBeUndefined();
  expect(column(TAB.congresses, 'Số ngày').format).toBe('count');
  for (const [tab, header] of [
    [TAB.units, 'Ngày hết nhiệm kỳ'],
    [TAB.congresses, 'Ngày đại hội'],
    [TAB.congresses, 'Hạn hoàn thành'],
    [TAB.milestones, 'Hạn'],
    [TAB.milestones, 'Ngày hoàn thành'],
  ] as const) {
    expect(column(tab, header).format).toBe('date');
  }
  // "2020-2025" typed into a General cell stays text; a code like "02" keeps its zero.
  expect(column(TAB.units, 'Nhiệm kỳ').format).toBe('text');
  expect(column(TAB.units, 'Mã đơn vị').format).toBe('text');
  expect(column(TAB.units, 'Tên đơn vị').format).toBeUndefined();
});

test('milestones and congresses are coloured: done green, overdue red, due soon amber', () => {
  const milestones = WORKBOOK_TEMPLATE.find((t) => t.name === TAB.milestones)!.highlights;
  expect(milestones.map((h) => [h.when, h.fill, h.dueHeader, h.doneHeader, h.doneMeans])).toEqual([
    ['done', HIGHLIGHT_FILL.done, 'Hạn', 'Ngày hoàn thành', 'pastDate'],
    ['overdue', HIGHLIGHT_FILL.overdue, 'Hạn', 'Ngày hoàn thành', 'pastDate'],
    ['dueSoon', HIGHLIGHT_FILL.dueSoon, 'Hạn', 'Ngày hoàn thành', 'pastDate'],
  ]);
  const congresses = WORKBOOK_TEMPLATE.find((t) => t.name === TAB.congresses)!.highlights;
  expect(congresses.map((h) => [h.when, h.dueHeader, h.doneHeader, h.doneMeans])).toEqual([
    ['done', 'Hạn hoàn thành', 'Trạng thái', ['Đã tổ chức', 'Đã báo cáo']],
    ['overdue', 'Hạn hoàn thành', 'Trạng thái', ['Đã tổ chức', 'Đã báo cáo']],
    ['dueSoon', 'Hạn hoàn thành', 'Trạng thái', ['Đã tổ chức', 'Đã báo cáo']],
  ]);
  expect(HIGHLIGHT_FILL).toEqual({ overdue: '#F4CCCC', dueSoon: '#FFE599', done: '#D9EAD3' });
  for (const tab of [TAB.settings, TAB.units, TAB.budget, TAB.norms, TAB.recipients]) {
    expect(WORKBOOK_TEMPLATE.find((t) => t.name === tab)!.highlights).toEqual([]);
  }
});

test('the default settings hold every key of the contract, with the documented defaults', () => {
  const settings = Object.fromEntries(DEFAULT_SETTINGS_ROWS);
  for (const key of [
    'Cơ quan cấp trên',
    'Cơ quan ban hành',
    'Địa danh',
    'Ký hiệu báo cáo',
    'Người ký',
    'Chức vụ người ký',
    'Thay mặt',
    'Tổ chức',
    'Nhắc trước (ngày)',
    'Múi giờ',
    'Căn cứ',
    'Nơi nhận',
    'Đánh giá',
    'Đề xuất',
    'Nhắc chọn ngày đại hội (ngày)',
  ]) {
    expect(settings).toHaveProperty([key]);
  }
  expect(settings['Nhắc trước (ngày)']).toBe(7);
  expect(settings['Nhắc chọn ngày đại hội (ngày)']).toBe(30);
  expect(settings['Múi giờ']).toBe('Asia/Ho_Chi_Minh');
  expect(settings['Tổ chức']).toBe('Đảng');
});

test('gridOf lays rows out in header order and leaves missing cells empty', () => {
  const grid = gridOf(TAB.milestones, [
    { Hạn: dateCell('2024-11-01'), 'Mã công việc': 'CV01', 'Nội dung': 'Lập dự toán' },
  ]);
  expect(grid).toEqual([
    ['Mã công việc', 'Nội dung', 'Đơn vị chủ trì', 'Hạn', 'Ngày hoàn thành', 'Phụ thuộc', 'Ghi chú'],
    ['CV01', 'Lập dự toán', null, dateCell('2024-11-01'), null, null, null],
  ]);
});

test('a workbook of the template headers alone has no missing tab or column', () => {
  const raw = { sheets: INPUT_TABS.map((tab) => ({ name: tab, rows: gridOf(tab, []) })) };
  const { findings } = validateWorkbook(raw, { today: '2025-01-05' });
  expect(findings.filter((f) => f.code.startsWith('S'))).toEqual([]);
});
