/**
 * One workbook that breaks every S, T, R, D, M and E rule exactly once (T008 has its own tests, the
 * B rules theirs): every planted finding must come out at its row and cell, and nothing else.
 */
import { type Finding, validateWorkbook } from '../../../src/core';
import { dateCell } from '../../../src/core/cells';
import { RULE_CODES } from '../../../src/core/validation/finding';
import { OPTIONAL_TAB, TAB } from '../../../src/core/workbook/contract';
import {
  buildWorkbook,
  CLEAN_TODAY,
  cleanTabs,
  type PlanTabs,
  type RowObject,
  sheetFrom,
} from '../../helpers/workbook-builder';

const clean = cleanTabs();
const [HU, BL, CB02, BH] = clean[TAB.units] as [RowObject, RowObject, RowObject, RowObject];
const [congressCB02, congressBH] = clean[TAB.congresses] as [RowObject, RowObject];

function unit(code: string, type: string, parent: string, members = 10): RowObject {
  return {
    'Mã đơn vị': code,
    'Tên đơn vị': `Đơn vị ${code}`,
    'Loại đơn vị': type,
    'Đơn vị cấp trên': parent,
    'Số thành viên': members,
    'Nhiệm kỳ': '2022-2025',
  };
}

function congress(code: string, cells: RowObject): RowObject {
  return {
    'Mã đơn vị': code,
    'Hình thức': 'Đại hội',
    'Ngày đại hội': dateCell('2025-01-05'),
    'Số ngày': 1,
    'Thành viên dự': 10,
    'Đại biểu mời': 5,
    'Tổng đại biểu': 15,
    'Hạn hoàn thành': dateCell('2025-01-10'),
    'Trạng thái': 'Đang chuẩn bị',
    ...cells,
  };
}

function task(code: string, due: string, cells: RowObject = {}): RowObject {
  return {
    'Mã công việc': code,
    'Nội dung': `Việc ${code}`,
    'Đơn vị chủ trì': 'BL',
    Hạn: dateCell(due),
    ...cells,
  };
}

function brokenPlan() {
  const tabs: PlanTabs = {
    ...clean,
    [TAB.settings]: clean[TAB.settings].map((row) =>
      row.Khóa === 'Địa danh' ? { ...row, 'Giá trị': '#REF!' } : row,
    ),
    [TAB.units]: [
      { ...HU, 'Tên đơn vị': '' },
      { ...BL, 'Ngày hết nhiệm kỳ': '31/02/2025', 'Nhiệm kỳ': '2025-2020' },
      { ...CB02, Email: 'chibo02@' },
      { ...BH, 'Số thành viên': '13,5' },
      { ...BL, 'Tên đơn vị': 'Đảng bộ xã Bình Lư (nhập lại)' },
      unit('CB03', 'Chi bộ cơ sở', 'XX'),
      unit('V1', 'Chi bộ cơ sở', 'V2'),
      unit('V2', 'Chi bộ cơ sở', 'V1'),
      unit('CB04', 'Chi bộ trực thuộc', 'HU'),
      unit('CB\u200b09', 'Chi bộ cơ sở', 'HU'),
      // A Cơ quan has no members and no term: no T001 for those empty cells.
      {
        'Mã đơn vị': 'VP',
        'Tên đơn vị': 'Văn phòng Huyện ủy',
        'Loại đơn vị': 'Cơ quan',
        'Đơn vị cấp trên': 'HU',
      },
      unit('CB05', 'Chi bộ cơ sở', 'HU'),
      unit('CB06', 'Chi bộ cơ sở', 'HU'),
      // The whole pilot: approvals (D010, D011) and the Kết quả đại hội tab (D012–D017).
      unit('CB07', 'Chi bộ cơ sở', 'HU'),
      unit('CB08', 'Chi bộ cơ sở', 'HU'),
      unit('KQ1', 'Chi bộ cơ sở', 'HU'),
      unit('KQ2', 'Chi bộ cơ sở', 'HU'),
      unit('KQ3', 'Chi bộ cơ sở', 'HU'),
    ],
    [TAB.congresses]: [
      { ...congressCB02, 'Tổng đại biểu': 283 },
      { ...congressBH, 'Hình thức': 'Thí điểm' },
      { ...congressCB02 },
      congress('ZZ', {}),
      congress('BL', {
        'Ngày đại hội': dateCell('2025-06-20'),
        'Hạn hoàn thành': dateCell('2025-06-30'),
        'Số ngày': 2,
        'Thành viên dự': 311,
        'Đại biểu mời': 0,
        'Tổng đại biểu': 311,
      }),
      congress('CB04', { 'Số ngày': 2 }),
      congress('CB03', { 'Ngày đại hội': dateCell('2025-02-01'), 'Hạn hoàn thành': dateCell('2025-01-31') }),
      congress('HU', { 'Ngày đại hội': dateCell('2025-04-29'), 'Hạn hoàn thành': dateCell('2025-05-31') }),
      congress('V1', {
        'Ngày đại hội': dateCell('2024-12-15'),
        'Hạn hoàn thành': dateCell('2024-12-31'),
        'Trạng thái': 'Đã tổ chức',
      }),
      congress('VP', {}),
      congress('V2', { 'Ngày đại hội': dateCell('2024-12-05'), 'Trạng thái': 'Chưa bắt đầu' }),
      congress('CB05', { 'Ngày đại hội': dateCell('2024-11-25'), 'Hạn hoàn thành': dateCell('2024-12-31') }),
      congress('CB06', { 'Ngày đại hội': '', 'Hạn hoàn thành': dateCell('2024-12-20') }),
      congress('CB07', { 'Ngày đại hội': dateCell('2024-12-06'), 'Hạn hoàn thành': dateCell('2024-12-31') }),
      congress('CB08', {
        'Ngày đại hội': dateCell('2024-11-20'),
        'Hạn hoàn thành': dateCell('2024-12-31'),
        'Trạng thái': 'Đã tổ chức',
      }),
      ...['KQ1', 'KQ2', 'KQ3'].map((code) =>
        congress(code, {
          'Bầu trực tiếp Bí thư': 'Có',
          'Ngày đại hội': dateCell('2024-11-01'),
          'Hạn hoàn thành': dateCell('2024-12-31'),
          'Trạng thái': 'Đã tổ chức',
        }),
      ),
    ],
    [TAB.milestones]: [
      task('CV01', '2024-11-20'),
      task('CV02', '2024-12-05', { 'Phụ thuộc': 'CV01' }),
      task('CV03', '2024-11-10', { 'Ngày hoàn thành': dateCell('2024-11-15') }),
      task('CV04', '2024-12-20', { 'Phụ thuộc': 'CV05' }),
      task('CV05', '2024-12-25'),
      task('CV06', '2024-12-31', { 'Ngày hoàn thành': dateCell('2024-12-02') }),
      // Known by its code: this tab's "Nội dung" is duplicated (S003), so no task here has a text.
      task('YKNS-CB07', '2024-12-20', { 'Đơn vị chủ trì': 'CB07' }),
      task('DY-CB08', '2024-12-25', { 'Đơn vị chủ trì': 'HU' }),
    ],
    [TAB.recipients]: clean[TAB.recipients].map((row) => ({ ...row, 'Định kỳ': 'Không' })),
  };
  const congressHeaders = [
    'Mã đơn vị',
    'Hình thức',
    'Bầu trực tiếp Bí thư',
    'Ngày đại hội',
    'Số ngày',
    'Thành viên dự',
    'Đại biểu mời',
    'Tổng đại biểu',
    'Hạn hoàn thành',
    'Trạng thái',
  ];
  const milestoneHeaders = [
    'Mã công việc',
    'Nội dung',
    'Đơn vị chủ trì',
    'Hạn',
    'Ngày hoàn thành',
    'Phụ thuộc',
  ];
  const milestones = sheetFrom(TAB.milestones, tabs[TAB.milestones], milestoneHeaders);
  const result = (code: string, cells: RowObject): RowObject => ({
    'Mã đơn vị': code,
    'Đại biểu có mặt': 14,
    'Số ủy viên được bầu': 3,
    'Bí thư được bầu': 'Nguyễn Văn An',
    'Tỷ lệ phiếu (%)': 92.5,
    'Ngày báo cáo kết quả': dateCell('2024-11-10'),
    ...cells,
  });
  const results = sheetFrom(OPTIONAL_TAB.results, [
    result('CB08', { 'Đại biểu có mặt': 16, 'Ngày báo cáo kết quả': '' }),
    result('KQ1', { 'Tỷ lệ phiếu (%)': '120%' }),
    result('KQ2', { 'Tỷ lệ phiếu (%)': 45, 'Ngày báo cáo kết quả': dateCell('2024-11-25') }),
    result('KQ3', { 'Bí thư được bầu': '', 'Ngày báo cáo kết quả': dateCell('2024-10-30') }),
  ]);
  return buildWorkbook(tabs, {
    extraSheets: [results],
    omit: [TAB.budget],
    rawTabs: {
      [TAB.congresses]: sheetFrom(TAB.congresses, tabs[TAB.congresses], congressHeaders),
      [TAB.milestones]: {
        ...milestones,
        rows: milestones.rows.map((row, i) => [...row, i === 0 ? ' NỘI DUNG ' : 'trùng cột']),
      },
    },
  });
}

/** Every planted finding: code, tab, cell, and a piece of the message that proves it is the right one. */
const PLANTED: [string, string, string | null, string][] = [
  ['S001', TAB.budget, null, 'Thiếu tab "Dự toán"'],
  ['S002', TAB.congresses, null, 'thiếu cột "Nhiệm kỳ mới"'],
  ['S003', TAB.milestones, 'G1', 'Tiêu đề "Nội dung" xuất hiện hai lần (đã có ở ô B1)'],
  ['T001', TAB.units, 'B2', 'Ô "Tên đơn vị" đang trống'],
  ['T002', TAB.units, 'G3', '"31/02/2025" ở cột "Ngày hết nhiệm kỳ" không phải ngày có thật'],
  ['T003', TAB.units, 'E5', '"13,5" ở cột "Số thành viên" phải là số nguyên'],
  ['T004', TAB.congresses, 'B3', '"Thí điểm" không phải giá trị hợp lệ của cột "Hình thức"'],
  ['T005', TAB.settings, 'B4', 'đang báo lỗi công thức #REF!'],
  ['T006', TAB.units, 'I4', '"chibo02@" ở cột "Email" không phải địa chỉ email hợp lệ'],
  ['T007', TAB.units, 'F3', '"2025-2020" ở cột "Nhiệm kỳ" không phải nhiệm kỳ hợp lệ'],
  ['T009', TAB.units, 'A11', 'chứa ký tự ẩn'],
  ['R001', TAB.units, 'A6', 'Mã đơn vị "BL" bị trùng (đã có ở ô A3)'],
  ['R002', TAB.units, 'D7', 'Đơn vị cấp trên "XX" không có trong tab "Đơn vị"'],
  ['R002', TAB.congresses, 'A5', 'Mã đơn vị "ZZ" không có trong tab "Đơn vị"'],
  ['R003', TAB.units, 'D8', 'V1 → V2 → V1'],
  ['R004', TAB.units, 'D10', 'Chi bộ trực thuộc không thể trực thuộc "HU" (Đảng bộ cấp trên cơ sở)'],
  ['R006', TAB.congresses, 'A11', 'Đơn vị "VP" là Cơ quan (ô Đơn vị!C12)'],
  ['R005', TAB.congresses, 'A4', 'Đơn vị "CB02" đã có một hàng trong tab Đại hội (ô A2)'],
  ['D001', TAB.congresses, 'H2', 'Tổng đại biểu là 283 nhưng Thành viên dự + Đại biểu mời = 282'],
  [
    'D002',
    TAB.congresses,
    'F6',
    'Thành viên dự là 311, nhiều hơn Số thành viên của đơn vị (310, ô Đơn vị!E3)',
  ],
  ['D003', TAB.congresses, 'E7', 'vượt giới hạn 1 ngày của Chi bộ trực thuộc'],
  ['D004', TAB.congresses, 'D8', 'Ngày đại hội 01/02/2025 sau Hạn hoàn thành 31/01/2025'],
  ['D005', TAB.congresses, 'D9', 'Ngày đại hội 29/04/2025 cách ngày hết nhiệm kỳ 31/10/2025 quá 6 tháng'],
  ['D006', TAB.congresses, 'D10', 'Ngày đại hội 15/12/2024 còn ở tương lai'],
  ['D007', TAB.congresses, 'J12', 'Còn 4 ngày đến đại hội (05/12/2024) mà Trạng thái vẫn là "Chưa bắt đầu"'],
  [
    'D008',
    TAB.congresses,
    'J13',
    'Ngày đại hội 25/11/2024 đã qua (hôm nay 01/12/2024) mà Trạng thái vẫn là "Đang chuẩn bị"',
  ],
  ['D009', TAB.congresses, 'D14', 'Chưa có Ngày đại hội mà chỉ còn 19 ngày đến Hạn hoàn thành 20/12/2024'],
  ['M001', TAB.milestones, 'D2', 'Công việc CV01 quá hạn 11 ngày (hạn 20/11/2024)'],
  ['M002', TAB.milestones, 'D3', 'Công việc CV02 còn 4 ngày đến hạn (05/12/2024)'],
  [
    'M003',
    TAB.milestones,
    'E4',
    'Công việc CV03 hoàn thành ngày 15/11/2024, trễ 5 ngày so với hạn 10/11/2024',
  ],
  [
    'M004',
    TAB.milestones,
    'D5',
    'Hạn của CV04 (20/12/2024) sớm hơn hạn của công việc phụ thuộc CV05 (25/12/2024)',
  ],
  ['M005', TAB.milestones, 'E7', 'Ngày hoàn thành 02/12/2024 còn ở tương lai'],
  ['E001', TAB.recipients, null, 'Không có người nhận nào sẽ nhận báo cáo định kỳ'],
  [
    'D010',
    TAB.congresses,
    'D15',
    'Còn 5 ngày đến đại hội (06/12/2024) mà việc xin ý kiến, được cấp trên đồng ý chưa xong: YKNS-CB07',
  ],
  ['D011', TAB.congresses, 'J16', 'Trạng thái "Đã tổ chức" (đại hội ngày 20/11/2024) nhưng việc xin ý kiến'],
  [
    'D012',
    OPTIONAL_TAB.results,
    'B2',
    'Đại biểu có mặt là 16, nhiều hơn tổng số đại biểu được triệu tập (15',
  ],
  ['D013', OPTIONAL_TAB.results, 'E3', 'Tỷ lệ phiếu 120% nằm ngoài khoảng 0–100'],
  ['D014', OPTIONAL_TAB.results, 'E4', 'Bầu trực tiếp Bí thư nhưng tỷ lệ phiếu chỉ 45%'],
  [
    'D015',
    OPTIONAL_TAB.results,
    'F4',
    'Kết quả đại hội báo cáo ngày 25/11/2024, trễ 9 ngày so với hạn 16/11/2024',
  ],
  ['D016', OPTIONAL_TAB.results, 'F5', 'Ngày báo cáo kết quả 30/10/2024 trước ngày đại hội 01/11/2024'],
  ['D017', OPTIONAL_TAB.results, 'D5', 'chưa ghi họ tên Bí thư được bầu'],
];

const key = (code: string, sheet: string, cell: string | null) => `${code} ${sheet}!${cell ?? '-'}`;

describe('a workbook breaking each rule once', () => {
  const findings: readonly Finding[] = validateWorkbook(brokenPlan(), { today: CLEAN_TODAY }).findings;

  test('reports exactly the planted findings, each at its cell', () => {
    expect(findings.map((f) => key(f.code, f.sheet, f.cell)).sort()).toEqual(
      PLANTED.map(([code, sheet, cell]) => key(code, sheet, cell)).sort(),
    );
  });

  test.each(PLANTED)('%s at %s!%s says what is wrong', (code, sheet, cell, text) => {
    const found = findings.filter((f) => f.code === code && f.sheet === sheet && f.cell === cell);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(text);
    expect(found[0]!.hint.length).toBeGreaterThan(10);
  });

  test('covers every S, T, R, D, M and E code but T008 (legacy text has its own tests)', () => {
    const covered = new Set(PLANTED.map(([code]) => code));
    const expected = RULE_CODES.filter((code) => /^[STRDME]/.test(code) && code !== 'T008');
    expect([...covered].sort()).toEqual([...expected].sort());
  });

  test('errors come first, then warnings, then information', () => {
    const severities = findings.map((f) => f.severity);
    const firstWarning = severities.indexOf('Cảnh báo');
    const firstInfo = severities.indexOf('Thông tin');
    expect(severities.slice(0, firstWarning).every((s) => s === 'Lỗi')).toBe(true);
    expect(severities.slice(firstWarning, firstInfo).every((s) => s === 'Cảnh báo')).toBe(true);
    expect(severities.slice(firstInfo)).toEqual(['Thông tin']);
    expect(findings.filter((f) => f.severity === 'Cảnh báo').map((f) => f.code)).toEqual([
      'T009',
      'D007',
      'D008',
      'D009',
      'D010',
      'D011',
      'M001',
      'M003',
      'D015',
      'D017',
    ]);
  });
});

test('the clean plan reports nothing, on its day and a month later with nothing due', () => {
  expect(validateWorkbook(buildWorkbook(), { today: CLEAN_TODAY }).findings).toEqual([]);
  const done = cleanTabs();
  done[TAB.milestones] = done[TAB.milestones].map((row) => ({ ...row, 'Ngày hoàn thành': row.Hạn! }));
  // Its congress date has passed by then: held, as the clerk would have recorded it (else D008).
  done[TAB.congresses] = done[TAB.congresses].map((row) =>
    row['Mã đơn vị'] === 'CB02' ? { ...row, 'Trạng thái': 'Đã tổ chức' } : row,
  );
  expect(validateWorkbook(buildWorkbook(done), { today: '2025-01-10' }).findings).toEqual([]);
});
