/**
 * The R, D, M and E rules beyond the one-trigger-one-near-miss table of rules.test.ts: every reference
 * column, every boundary, exact messages, cycles, and no rule firing on a value that was unreadable.
 */
import { type Finding, validateWorkbook } from '../../../src/core';
import { dateCell } from '../../../src/core/cells';
import { findCycles } from '../../../src/core/validation/rules/graph';
import { TAB } from '../../../src/core/workbook/contract';
import {
  buildWorkbook,
  CLEAN_TODAY,
  cleanTabs,
  type PlanTabs,
  type RowObject,
  withCells,
} from '../../helpers/workbook-builder';

function findingsOf(tabs: Partial<PlanTabs>, today = CLEAN_TODAY): Finding[] {
  return [...validateWorkbook(buildWorkbook(tabs), { today }).findings];
}

function codesAt(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code} ${f.sheet}!${f.cell ?? '-'}`);
}

function only(tabs: Partial<PlanTabs>, today = CLEAN_TODAY): Finding {
  const findings = findingsOf(tabs, today);
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

const base = cleanTabs();
function appended(tab: keyof PlanTabs, extra: RowObject[], from: PlanTabs = base): PlanTabs {
  return { ...from, [tab]: [...from[tab], ...extra] };
}

describe('R001 duplicate codes', () => {
  test('a unit code repeated (after trimming) points back to the first row', () => {
    const f = only(appended(TAB.units, [{ ...base[TAB.units][3]!, 'Mã đơn vị': ' BH ' }]));
    expect([f.code, f.cell, f.message]).toEqual(['R001', 'A6', 'Mã đơn vị "BH" bị trùng (đã có ở ô A5).']);
  });

  test('a task code repeated', () => {
    const f = only(appended(TAB.milestones, [{ ...base[TAB.milestones][1]!, 'Phụ thuộc': '' }]));
    expect([f.code, f.sheet, f.cell, f.message]).toEqual([
      'R001',
      TAB.milestones,
      'A4',
      'Mã công việc "CV02" bị trùng (đã có ở ô A3).',
    ]);
  });

  test('a category code repeated in Định mức', () => {
    const f = only(appended(TAB.norms, [{ ...base[TAB.norms][2]! }]));
    expect([f.code, f.sheet, f.cell]).toEqual(['R001', TAB.norms, 'A5']);
  });

  test('an email repeated in another case and with spaces', () => {
    const f = only(
      appended(TAB.recipients, [
        { 'Họ tên': 'Tần Thị Quế', Email: ' QUE@phongtho.example.vn ', 'Phạm vi': 'BL', 'Định kỳ': 'Không' },
      ]),
    );
    expect([f.code, f.cell, f.message]).toEqual([
      'R001',
      'B4',
      'Email "que@phongtho.example.vn" bị trùng (đã có ở ô B2).',
    ]);
  });

  test('near miss: codes differing in case are different codes, and a task may share a unit code', () => {
    const units = appended(TAB.units, [
      { ...base[TAB.units][3]!, 'Mã đơn vị': 'bh', 'Ngày hết nhiệm kỳ': '' },
    ]);
    const tasks = appended(
      TAB.milestones,
      [{ 'Mã công việc': 'BH', 'Nội dung': 'Việc riêng', Hạn: dateCell('2025-02-01') }],
      units,
    );
    expect(findingsOf(tasks)).toEqual([]);
  });
});

describe('R002 references that do not exist', () => {
  test.each([
    [
      'Đại hội.Mã đơn vị',
      appended(TAB.congresses, [{ ...base[TAB.congresses][1]!, 'Mã đơn vị': 'XX' }]),
      'R002 Đại hội!A4',
    ],
    [
      'Mốc thời gian.Đơn vị chủ trì',
      withCells(TAB.milestones, 0, { 'Đơn vị chủ trì': 'XX' }),
      'R002 Mốc thời gian!C2',
    ],
    [
      'Mốc thời gian.Phụ thuộc',
      withCells(TAB.milestones, 1, { 'Phụ thuộc': 'CV01; CV09' }),
      'R002 Mốc thời gian!F3',
    ],
    ['Người nhận.Phạm vi', withCells(TAB.recipients, 1, { 'Phạm vi': 'XX' }), 'R002 Người nhận!C3'],
    ['Dự toán.Mã đơn vị', withCells(TAB.budget, 2, { 'Mã đơn vị': 'XX' }), 'R002 Dự toán!A4'],
  ])('%s', (_name, tabs, expected) => {
    expect(codesAt(findingsOf(tabs))).toEqual([expected]);
  });

  test('the message names the value and the tab it should be in', () => {
    const f = only(withCells(TAB.milestones, 1, { 'Phụ thuộc': 'CV01, CV09' }));
    expect(f.message).toBe('Phụ thuộc "CV09" không có trong tab "Mốc thời gian".');
    const g = only(withCells(TAB.units, 1, { 'Đơn vị cấp trên': 'HUYEN' }));
    expect(g.message).toBe('Đơn vị cấp trên "HUYEN" không có trong tab "Đơn vị".');
  });

  test('near miss: Tất cả in any case, an empty owner, dependencies split by , and ;', () => {
    let tabs = withCells(TAB.recipients, 0, { 'Phạm vi': ' TẤT CẢ ' });
    tabs = withCells(TAB.milestones, 0, { 'Đơn vị chủ trì': '' }, tabs);
    tabs = appended(
      TAB.milestones,
      [
        {
          'Mã công việc': 'CV03',
          'Nội dung': 'Báo cáo kết quả',
          Hạn: dateCell('2025-01-20'),
          'Phụ thuộc': 'CV01 ;CV02,',
        },
      ],
      tabs,
    );
    const result = validateWorkbook(buildWorkbook(tabs), { today: CLEAN_TODAY });
    expect(result.findings).toEqual([]);
    expect(result.workbook.recipients[0]!.scope).toBe('Tất cả');
    expect(result.workbook.milestones[2]!.dependsOn).toEqual(['CV01', 'CV02']);
  });

  test('a budget unit that exists but has no congress is B006, not R002', () => {
    expect(codesAt(findingsOf(withCells(TAB.budget, 2, { 'Mã đơn vị': 'HU' })))).toEqual(['B006 Dự toán!A4']);
  });
});

describe('hints say what to type', () => {
  test('a unit name typed where its code belongs: R002 whose hint gives the code, in every unit column', () => {
    const name = 'Đảng bộ xã Bình Lư';
    const cases: [Partial<PlanTabs>, string][] = [
      [withCells(TAB.recipients, 1, { 'Phạm vi': name }), 'C3'],
      [withCells(TAB.recipients, 1, { 'Phạm vi': ' đảng bộ xã  bình lư ' }), 'C3'],
      [withCells(TAB.milestones, 0, { 'Đơn vị chủ trì': name }), 'C2'],
      [withCells(TAB.units, 2, { 'Đơn vị cấp trên': name }), 'D4'],
    ];
    for (const [tabs, cell] of cases) {
      const f = only(tabs);
      expect([f.code, f.cell]).toEqual(['R002', cell]);
      expect(f.hint).toMatch(/là tên đơn vị; ô này cần mã đơn vị: nhập BL\.$/);
    }
  });

  test('a code in the wrong case, part of a name, a category by its name, a task by its content', () => {
    expect(only(withCells(TAB.recipients, 1, { 'Phạm vi': 'bl' })).hint).toBe(
      'Mã phân biệt chữ hoa, chữ thường: nhập BL.',
    );
    expect(only(withCells(TAB.recipients, 1, { 'Phạm vi': 'Bản Hon' })).hint).toBe(
      'Có phải đơn vị "Đảng bộ xã Bản Hon"? Ô này cần mã: nhập BH.',
    );
    const category = only(
      withCells(TAB.budget, 1, { 'Khoản chi': 'Thuê hội trường, trang trí, khánh tiết' }),
    );
    expect([category.code, category.hint]).toEqual([
      'B001',
      '"Thuê hội trường, trang trí, khánh tiết" là tên khoản chi; ô này cần mã khoản chi: nhập HT.',
    ]);
    const task = only(withCells(TAB.milestones, 1, { 'Phụ thuộc': 'Duyệt văn kiện đại hội Chi bộ 02' }));
    expect(task.hint).toBe(
      '"Duyệt văn kiện đại hội Chi bộ 02" là tên công việc; ô này cần mã công việc: nhập CV01.',
    );
  });

  test('a code that resembles nothing keeps the general hint', () => {
    expect(only(withCells(TAB.recipients, 1, { 'Phạm vi': 'XX' })).hint).toBe(
      'Nhập "Tất cả" hoặc mã một đơn vị có trong tab "Đơn vị" (cột Mã đơn vị).',
    );
  });

  test('"1 ngày" in a number cell: type 1, not a word about thousands separators', () => {
    const f = only(withCells(TAB.congresses, 0, { 'Số ngày': '1 ngày' }));
    expect([f.code, f.cell, f.message, f.hint]).toEqual([
      'T003',
      'F2',
      '"1 ngày" ở cột "Số ngày" không phải số hợp lệ.',
      'Ô chỉ chứa con số, không kèm chữ (đơn vị tính đã có ở tiêu đề cột): nhập 1.',
    ]);
    expect(only(withCells(TAB.congresses, 1, { 'Thành viên dự': 'khoảng 195 đồng chí' })).hint).toMatch(
      /nhập 195\.$/,
    );
    // A word that changes the number ("rưỡi" = and a half) gets no guess.
    expect(only(withCells(TAB.congresses, 1, { 'Số ngày': '1 ngày rưỡi' })).hint).toContain(
      'ví dụ 1.234.567',
    );
  });

  test('an empty required cell: the hint explains the column', () => {
    expect(only(withCells(TAB.milestones, 0, { Hạn: '' })).hint).toBe(
      'Hạn: Hạn hoàn thành (dd/mm/yyyy). Nếu ô nằm trong vùng đã gộp (merge), hãy bỏ gộp và nhập cho từng hàng.',
    );
    expect(only(withCells(TAB.units, 1, { 'Nhiệm kỳ': '' })).hint).toContain(
      'để trống nếu Loại đơn vị là "Cơ quan"',
    );
  });
});

describe('one cell, one finding that says it', () => {
  test('every unknown code of one Phụ thuộc cell in one R002; a repeated code once', () => {
    const f = only(withCells(TAB.milestones, 1, { 'Phụ thuộc': 'CV01, CV08; CV09, CV08' }));
    expect([f.code, f.cell, f.message]).toEqual([
      'R002',
      'F3',
      'Phụ thuộc có các mã không có trong tab "Mốc thời gian": "CV08", "CV09".',
    ]);
  });

  test('every later dependency of one task in one M004', () => {
    const tabs = appended(TAB.milestones, [
      { 'Mã công việc': 'CV03', 'Nội dung': 'Việc ba', Hạn: dateCell('2025-01-20'), 'Phụ thuộc': '' },
      {
        'Mã công việc': 'CV04',
        'Nội dung': 'Việc bốn',
        Hạn: dateCell('2024-12-15'),
        'Phụ thuộc': 'CV02, CV03',
      },
    ]);
    const f = only(tabs);
    expect([f.code, f.cell, f.message]).toEqual([
      'M004',
      'D5',
      'Hạn của CV04 (15/12/2024) sớm hơn hạn của công việc phụ thuộc CV02 (10/01/2025), CV03 (20/01/2025).',
    ]);
  });

  test('two unknown levels of one Áp dụng cho cell in one T004', () => {
    const findings = findingsOf(withCells(TAB.norms, 0, { 'Áp dụng cho': 'Chi bộ; Đảng bộ xã' }));
    expect(findings.filter((f) => f.code === 'T004').map((f) => [f.cell, f.message])).toEqual([
      ['D2', '"Chi bộ", "Đảng bộ xã" ở cột "Áp dụng cho" không phải loại đơn vị.'],
    ]);
  });

  test('two cycles through one task in one R003', () => {
    const tabs = appended(
      TAB.milestones,
      [{ 'Mã công việc': 'CV03', 'Nội dung': 'Việc ba', Hạn: dateCell('2025-01-20'), 'Phụ thuộc': 'CV01' }],
      withCells(TAB.milestones, 0, { 'Phụ thuộc': 'CV02; CV03' }),
    );
    const cycles = findingsOf(tabs).filter((f) => f.code === 'R003');
    expect(cycles.map((f) => f.cell)).toEqual(['F2']);
  });
});

describe('R003 cycles', () => {
  test('a cycle of parent units is reported once, at its first member, naming the whole cycle', () => {
    const f = only(withCells(TAB.units, 0, { 'Đơn vị cấp trên': 'CB02' }));
    expect([f.code, f.cell, f.message]).toEqual([
      'R003',
      'D2',
      'Đơn vị cấp trên tạo thành vòng lặp: HU → CB02 → BL → HU.',
    ]);
  });

  test('a unit that is its own parent', () => {
    const f = only(withCells(TAB.units, 3, { 'Đơn vị cấp trên': 'BH' }));
    expect([f.code, f.cell, f.message]).toEqual([
      'R003',
      'D5',
      'Đơn vị cấp trên tạo thành vòng lặp: BH → BH.',
    ]);
  });

  test('a task that depends on itself, and a two-task cycle reported once', () => {
    expect(codesAt(findingsOf(withCells(TAB.milestones, 0, { 'Phụ thuộc': 'CV01' })))).toEqual([
      'R003 Mốc thời gian!F2',
    ]);
    const cycle = findingsOf(withCells(TAB.milestones, 0, { 'Phụ thuộc': 'CV02' }));
    expect(cycle.filter((f) => f.code === 'R003').map((f) => [f.cell, f.message])).toEqual([
      ['F2', 'Phụ thuộc tạo thành vòng lặp: CV01 → CV02 → CV01.'],
    ]);
  });

  test('near miss: a diamond of dependencies is no cycle', () => {
    const tabs = appended(TAB.milestones, [
      {
        'Mã công việc': 'CV03',
        'Nội dung': 'Chuẩn bị nhân sự',
        Hạn: dateCell('2024-12-25'),
        'Phụ thuộc': 'CV01',
      },
      {
        'Mã công việc': 'CV04',
        'Nội dung': 'Báo cáo kết quả',
        Hạn: dateCell('2025-01-20'),
        'Phụ thuộc': 'CV02; CV03; CV01',
      },
    ]);
    expect(findingsOf(tabs)).toEqual([]);
  });

  test('the search survives a chain of 50.000 nodes and finds the ring at its end', () => {
    const order = Array.from({ length: 50_000 }, (_, i) => `N${i}`);
    const edges = new Map(order.map((node, i) => [node, i + 1 < order.length ? [`N${i + 1}`] : ['N49998']]));
    expect(findCycles(order, edges)).toEqual([['N49998', 'N49999', 'N49998']]);
  });

  test('a web of 50.000 tasks where every task also points back to the first is one knot, found in one pass', () => {
    // Each task depends on the next and on the first: a search that copied its path at every step
    // back to N0 did 50.000²/2 steps here.
    const order = Array.from({ length: 50_000 }, (_, i) => `N${i}`);
    const edges = new Map(
      order.map((node, i) => [
        node,
        [...(i + 1 < order.length ? [`N${i + 1}`] : []), ...(i > 0 ? ['N0'] : [])],
      ]),
    );
    expect(findCycles(order, edges)).toEqual([['N0', 'N1', 'N0']]);
  });

  test('two cycles sharing a member are one knot, shown by its shortest cycle', () => {
    const edges = new Map<string, string[]>([
      ['A', ['B', 'C']],
      ['B', ['C']],
      ['C', ['A']],
    ]);
    expect(findCycles(['A', 'B', 'C'], edges)).toEqual([['A', 'C', 'A']]);
  });

  test('a cycle of thousands of codes is named by its ends and its length, not code by code', () => {
    const units = Array.from({ length: 5000 }, (_, i) => ({
      'Mã đơn vị': `U${i}`,
      'Tên đơn vị': `Đảng bộ ${i}`,
      'Loại đơn vị': 'Đảng bộ cơ sở',
      'Đơn vị cấp trên': `U${(i + 1) % 5000}`,
      'Số thành viên': 10,
    }));
    const cycle = findingsOf({ ...base, [TAB.units]: units }).filter((f) => f.code === 'R003');
    expect(cycle.map((f) => [f.cell, f.message])).toEqual([
      [
        'D2',
        'Đơn vị cấp trên tạo thành vòng lặp gồm 5.000 mã: U0 → U1 → U2 → U3 → U4 → U5 → … → U4997 → U4998 → U4999 → U0.',
      ],
    ]);
  });

  test('two separate cycles are both reported, each once', () => {
    const edges = new Map<string, string[]>([
      ['A', ['B']],
      ['B', ['A']],
      ['C', ['D', 'X']],
      ['D', ['C', 'A']],
    ]);
    expect(findCycles(['D', 'C', 'B', 'A'], edges)).toEqual([
      ['D', 'C', 'D'],
      ['B', 'A', 'B'],
    ]);
  });
});

describe('R004 parent of the wrong type', () => {
  test('a Chi bộ trực thuộc directly under the district', () => {
    const f = only(withCells(TAB.units, 2, { 'Đơn vị cấp trên': 'HU' }));
    expect([f.code, f.cell, f.message]).toEqual([
      'R004',
      'D4',
      'Chi bộ trực thuộc không thể trực thuộc "HU" (Đảng bộ cấp trên cơ sở).',
    ]);
    expect(f.hint).toBe('Đơn vị cấp trên của Chi bộ trực thuộc phải là: Đảng bộ cơ sở hoặc Đảng bộ bộ phận.');
  });

  test('a Chi đoàn under a Chi đoàn cơ sở', () => {
    const tabs = appended(TAB.units, [
      {
        'Mã đơn vị': 'CDCS',
        'Tên đơn vị': 'Chi đoàn cơ sở xã',
        'Loại đơn vị': 'Chi đoàn cơ sở',
        'Số thành viên': 20,
        'Nhiệm kỳ': '2022-2024',
      },
      {
        'Mã đơn vị': 'CD1',
        'Tên đơn vị': 'Chi đoàn thôn 1',
        'Loại đơn vị': 'Chi đoàn',
        'Đơn vị cấp trên': 'CDCS',
        'Số thành viên': 12,
        'Nhiệm kỳ': '2022-2024',
      },
    ]);
    expect(codesAt(findingsOf(tabs))).toEqual(['R004 Đơn vị!D7']);
  });

  test('near miss: a Chi bộ trực thuộc under a Đảng bộ bộ phận, a Chi đoàn under a Đoàn cơ sở', () => {
    const tabs = appended(TAB.units, [
      {
        'Mã đơn vị': 'DBBP',
        'Tên đơn vị': 'Đảng bộ bộ phận khối trường',
        'Loại đơn vị': 'Đảng bộ bộ phận',
        'Đơn vị cấp trên': 'BL',
        'Số thành viên': 40,
        'Nhiệm kỳ': '2020-2025',
      },
      {
        'Mã đơn vị': 'CB05',
        'Tên đơn vị': 'Chi bộ trường tiểu học',
        'Loại đơn vị': 'CHI BỘ TRỰC THUỘC',
        'Đơn vị cấp trên': 'DBBP',
        'Số thành viên': 9,
        'Nhiệm kỳ': '2022-2025',
      },
      {
        'Mã đơn vị': 'DCS',
        'Tên đơn vị': 'Đoàn xã Bình Lư',
        'Loại đơn vị': 'Đoàn cơ sở',
        'Số thành viên': 120,
        'Nhiệm kỳ': '2022-2027',
      },
      {
        'Mã đơn vị': 'CD2',
        'Tên đơn vị': 'Chi đoàn bản Nà Phát',
        'Loại đơn vị': 'Chi đoàn',
        'Đơn vị cấp trên': 'DCS',
        'Số thành viên': 15,
        'Nhiệm kỳ': '2024-2026',
      },
    ]);
    expect(findingsOf(tabs)).toEqual([]);
  });
});

describe('R005 a second row for a unit in Đại hội', () => {
  test('a second row pointing back to the first (a direct election is a column, not a row)', () => {
    const f = only(appended(TAB.congresses, [{ ...base[TAB.congresses][0]!, 'Bầu trực tiếp Bí thư': 'Có' }]));
    expect([f.code, f.cell, f.message]).toEqual([
      'R005',
      'A4',
      'Đơn vị "CB02" đã có một hàng trong tab Đại hội (ô A2).',
    ]);
  });

  test('near miss: a third unit with its own row', () => {
    const tabs = appended(TAB.congresses, [
      {
        'Mã đơn vị': 'BL',
        'Hình thức': 'Đại hội',
        'Ngày đại hội': dateCell('2025-06-20'),
        'Nhiệm kỳ mới': '2025-2030',
        'Số ngày': 2,
        'Thành viên dự': 300,
        'Đại biểu mời': 10,
        'Tổng đại biểu': 310,
        'Hạn hoàn thành': dateCell('2025-06-30'),
        'Trạng thái': 'Chưa bắt đầu',
      },
    ]);
    expect(findingsOf(tabs)).toEqual([]);
  });
});

describe('D rules on Đại hội', () => {
  test('D001 quotes the total and the sum', () => {
    const f = only(withCells(TAB.congresses, 1, { 'Tổng đại biểu': 251 }));
    expect([f.code, f.cell, f.message]).toEqual([
      'D001',
      'I3',
      'Tổng đại biểu là 251 nhưng Thành viên dự + Đại biểu mời = 250 (195 + 55).',
    ]);
  });

  test('D001 near miss: no member attending, the total is the invited guests', () => {
    expect(
      findingsOf(
        withCells(TAB.congresses, 0, { 'Thành viên dự': 0, 'Tổng đại biểu': 282, 'Đại biểu mời': 282 }),
      ),
    ).toEqual([]);
  });

  test('D001 and D002 never fire on an unreadable count', () => {
    expect(codesAt(findingsOf(withCells(TAB.congresses, 0, { 'Thành viên dự': '#N/A' })))).toEqual([
      'T005 Đại hội!G2',
    ]);
  });

  test('D002 names the unit cell it compares with', () => {
    const f = only(withCells(TAB.congresses, 0, { 'Thành viên dự': 20, 'Tổng đại biểu': 289 }));
    expect([f.code, f.cell, f.message]).toEqual([
      'D002',
      'G2',
      'Thành viên dự là 20, nhiều hơn Số thành viên của đơn vị (13, ô Đơn vị!E4).',
    ]);
  });

  test('D003 names the limit and the level; Cấu hình may raise the limit', () => {
    const f = only(withCells(TAB.congresses, 1, { 'Số ngày': 3 }));
    expect([f.code, f.cell, f.message]).toEqual([
      'D003',
      'F3',
      'Đại hội kéo dài 3 ngày, vượt giới hạn 2 ngày của Đảng bộ cơ sở.',
    ]);
    const raised = withCells(TAB.congresses, 0, { 'Số ngày': 2 });
    raised[TAB.settings] = [
      ...raised[TAB.settings],
      { Khóa: 'Số ngày tối đa: Chi bộ trực thuộc', 'Giá trị': 2 },
    ];
    expect(findingsOf(raised)).toEqual([]);
    const lowered = withCells(TAB.congresses, 1, { 'Số ngày': 2 });
    lowered[TAB.settings] = [
      ...lowered[TAB.settings],
      { Khóa: 'SỐ NGÀY TỐI ĐA: ĐẢNG BỘ CƠ SỞ', 'Giá trị': '1' },
    ];
    expect(codesAt(findingsOf(lowered))).toEqual(['D003 Đại hội!F3']);
  });

  test('D004 quotes both dates', () => {
    const f = only(withCells(TAB.congresses, 1, { 'Ngày đại hội': '01/04/2025' }));
    expect([f.code, f.cell, f.message]).toEqual([
      'D004',
      'D3',
      'Ngày đại hội 01/04/2025 sau Hạn hoàn thành 31/03/2025.',
    ]);
  });

  test('D005 after the term end: exactly 6 months is fine, one day more is not', () => {
    const later = (date: string) =>
      withCells(TAB.congresses, 1, {
        'Ngày đại hội': dateCell(date),
        'Hạn hoàn thành': dateCell('2025-12-31'),
      });
    expect(findingsOf(later('2025-09-30'))).toEqual([]);
    const f = only(later('2025-10-01'));
    expect([f.code, f.cell, f.message]).toEqual([
      'D005',
      'D3',
      'Ngày đại hội 01/10/2025 cách ngày hết nhiệm kỳ 31/03/2025 quá 6 tháng (được từ 30/09/2024 đến 30/09/2025).',
    ]);
  });

  test('D005 only when the unit has a Ngày hết nhiệm kỳ', () => {
    let tabs = withCells(TAB.units, 3, { 'Ngày hết nhiệm kỳ': '' });
    tabs = withCells(
      TAB.congresses,
      1,
      { 'Ngày đại hội': dateCell('2024-01-10'), 'Trạng thái': 'Đã báo cáo' },
      tabs,
    );
    expect(findingsOf(tabs)).toEqual([]);
  });

  test('D006 held without a date, and held in the future', () => {
    const empty = only(withCells(TAB.congresses, 1, { 'Trạng thái': 'Đã báo cáo', 'Ngày đại hội': '' }));
    expect([empty.code, empty.cell, empty.message]).toEqual([
      'D006',
      'D3',
      'Trạng thái "Đã báo cáo" nhưng chưa có Ngày đại hội.',
    ]);
    const future = only(withCells(TAB.congresses, 0, { 'Trạng thái': 'Đã tổ chức' }));
    expect(future.message).toBe(
      'Trạng thái "Đã tổ chức" nhưng Ngày đại hội 08/01/2025 còn ở tương lai (hôm nay 01/12/2024).',
    );
  });

  test('D006 near miss: held today', () => {
    // Its approval (CV01) done before the congress, or D011 would say it was held without it.
    const approved = withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell('2024-11-29') });
    const tabs = withCells(
      TAB.congresses,
      0,
      { 'Trạng thái': 'Đã tổ chức', 'Ngày đại hội': dateCell(CLEAN_TODAY) },
      approved,
    );
    expect(findingsOf(tabs)).toEqual([]);
  });

  test('D006 never fires on an unreadable date: the T002 says it all', () => {
    const tabs = withCells(TAB.congresses, 0, { 'Trạng thái': 'Đã tổ chức', 'Ngày đại hội': '31/02/2025' });
    expect(codesAt(findingsOf(tabs))).toEqual(['T002 Đại hội!D2']);
  });
});

describe('M rules on Mốc thời gian', () => {
  test('M001 counts the days overdue', () => {
    const f = only({}, '2024-12-23');
    expect([f.code, f.severity, f.cell, f.message]).toEqual([
      'M001',
      'Cảnh báo',
      'D2',
      'Công việc CV01 quá hạn 3 ngày (hạn 20/12/2024) mà chưa có Ngày hoàn thành.',
    ]);
  });

  test('M001 near miss: due today is due soon, not overdue', () => {
    const f = only({}, '2024-12-20');
    expect([f.code, f.message]).toEqual(['M002', 'Công việc CV01 đến hạn hôm nay (20/12/2024).']);
  });

  test('M002 at exactly Nhắc trước days, not one day more, with the setting honoured', () => {
    const f = only({}, '2024-12-13');
    expect([f.code, f.severity, f.message]).toEqual([
      'M002',
      'Thông tin',
      'Công việc CV01 còn 7 ngày đến hạn (20/12/2024).',
    ]);
    expect(findingsOf({}, '2024-12-12')).toEqual([]);
    const three = withCells(TAB.settings, 9, { 'Giá trị': 3 });
    expect(codesAt(findingsOf(three, '2024-12-17'))).toEqual(['M002 Mốc thời gian!D2']);
    expect(findingsOf(three, '2024-12-16')).toEqual([]);
  });

  test('M001 and M002 never fire when Ngày hoàn thành is unreadable', () => {
    const tabs = withCells(TAB.milestones, 0, { 'Ngày hoàn thành': '20/13/2024' });
    expect(codesAt(findingsOf(tabs, '2024-12-23'))).toEqual(['T002 Mốc thời gian!E2']);
    expect(codesAt(findingsOf(tabs, '2024-12-18'))).toEqual(['T002 Mốc thời gian!E2']);
  });

  test('M003 counts the days late; finished on time is nothing', () => {
    const late = withCells(TAB.milestones, 0, { 'Ngày hoàn thành': '22/12/2024' });
    const f = only(late, '2024-12-30');
    expect([f.code, f.severity, f.cell, f.message]).toEqual([
      'M003',
      'Cảnh báo',
      'E2',
      'Công việc CV01 hoàn thành ngày 22/12/2024, trễ 2 ngày so với hạn 20/12/2024.',
    ]);
    const onTime = withCells(TAB.milestones, 0, { 'Ngày hoàn thành': '20/12/2024' });
    expect(findingsOf(onTime, '2024-12-30')).toEqual([]);
  });

  test('M004 names the task it depends on and both due dates', () => {
    const f = only(withCells(TAB.milestones, 1, { Hạn: dateCell('2024-12-19') }));
    expect([f.code, f.severity, f.cell, f.message]).toEqual([
      'M004',
      'Lỗi',
      'D3',
      'Hạn của CV02 (19/12/2024) sớm hơn hạn của công việc phụ thuộc CV01 (20/12/2024).',
    ]);
  });

  test('M005 a completion date in the future; today is fine', () => {
    const f = only(withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell('2024-12-02') }));
    expect([f.code, f.severity, f.cell, f.message]).toEqual([
      'M005',
      'Lỗi',
      'E2',
      'Ngày hoàn thành 02/12/2024 còn ở tương lai (hôm nay 01/12/2024).',
    ]);
    expect(findingsOf(withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell(CLEAN_TODAY) }))).toEqual(
      [],
    );
  });
});

describe('E001 nobody receives the scheduled report', () => {
  const unscheduled = withCells(TAB.recipients, 1, { 'Định kỳ': 'Không' });

  test('the only scheduled recipient has an invalid email', () => {
    const findings = findingsOf(withCells(TAB.recipients, 0, { Email: 'que@' }, unscheduled));
    expect(codesAt(findings)).toEqual(['E001 Người nhận!-', 'T006 Người nhận!B2']);
    const e = findings[0]!;
    expect([e.severity, e.cell, e.message]).toEqual([
      'Lỗi',
      null,
      'Không có người nhận nào sẽ nhận báo cáo định kỳ.',
    ]);
  });

  test('the only scheduled recipient has a scope that does not exist', () => {
    const findings = findingsOf(withCells(TAB.recipients, 0, { 'Phạm vi': 'XX' }, unscheduled));
    expect(codesAt(findings)).toEqual(['E001 Người nhận!-', 'R002 Người nhận!C2']);
  });

  test('an empty Người nhận tab', () => {
    expect(codesAt(findingsOf({ [TAB.recipients]: [] }))).toEqual(['E001 Người nhận!-']);
  });

  test('near miss: a weekly recipient scoped to one unit is enough', () => {
    const tabs = withCells(
      TAB.recipients,
      0,
      { 'Định kỳ': 'Không' },
      withCells(TAB.recipients, 1, { 'Định kỳ': 'Hàng tuần' }),
    );
    expect(findingsOf(tabs)).toEqual([]);
  });
});
