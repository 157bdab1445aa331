/**
 * Province-sized plans for benchmarks and the call-count test: per unit one congress, 4 milestones and
 * 10 budget lines, with about one unit in fifty carrying a planted error.
 */
import { dateCell } from '../../src/core/cells';
import { TAB } from '../../src/core/workbook/contract';
import { cleanTabs, type PlanTabs, type RowObject } from './workbook-builder';

export interface GenerateOptions {
  /** Recipients besides the plan's own: `scoped` ones each get one unit, `whole` ones the whole plan. */
  readonly recipients?: number;
  readonly recipientScope?: 'scoped' | 'whole';
}

export function generatePlan(unitCount: number, options: GenerateOptions = {}): PlanTabs {
  const base = cleanTabs();
  const units: RowObject[] = [
    {
      'Mã đơn vị': 'TINH',
      'Tên đơn vị': 'Đảng bộ tỉnh',
      'Loại đơn vị': 'Đảng bộ cấp trên cơ sở',
      'Số thành viên': 100000,
      'Nhiệm kỳ': '2020-2025',
    },
  ];
  const congresses: RowObject[] = [];
  const milestones: RowObject[] = [];
  const budget: RowObject[] = [];
  for (let i = 0; i < unitCount; i++) {
    const code = `DV${i}`;
    const planted = i % 50 === 7;
    units.push({
      'Mã đơn vị': code,
      'Tên đơn vị': `Đảng bộ xã số ${i}`,
      'Loại đơn vị': 'Đảng bộ cơ sở',
      'Đơn vị cấp trên': 'TINH',
      'Số thành viên': 200,
      'Nhiệm kỳ': '2020-2025',
      'Ngày hết nhiệm kỳ': dateCell('2025-06-30'),
      Email: `dv${i}@example.vn`,
    });
    congresses.push({
      'Mã đơn vị': code,
      'Hình thức': i % 10 === 0 ? 'Đại hội điểm' : 'Đại hội',
      'Bầu trực tiếp Bí thư': 'Không',
      'Ngày đại hội': dateCell('2025-05-10'),
      'Nhiệm kỳ mới': '2025-2030',
      'Số ngày': 2,
      'Thành viên dự': 150,
      'Đại biểu mời': 50,
      'Tổng đại biểu': planted ? 199 : 200,
      'Hạn hoàn thành': dateCell('2025-06-30'),
      'Trạng thái': 'Đang chuẩn bị',
    });
    for (let m = 0; m < 4; m++) {
      milestones.push({
        'Mã công việc': `${code}-CV${m}`,
        'Nội dung': `Công việc ${m} của ${code}`,
        'Đơn vị chủ trì': code,
        Hạn: dateCell(`2025-0${m + 1}-15`),
        'Phụ thuộc': m > 0 ? `${code}-CV${m - 1}` : '',
      });
    }
    for (let b = 0; b < 10; b++) {
      const category = ['AN', 'HT', 'TL'][b % 3]!;
      budget.push({
        'Mã đơn vị': code,
        'Khoản chi': category,
        'Số lượng': category === 'HT' ? 1 : 200,
        'Số ngày': category === 'AN' ? 2 : '',
        'Đơn giá':
          planted && b === 0 ? 999999 : category === 'AN' ? 100000 : category === 'HT' ? 1000000 : 20000,
        'Thành tiền': '',
        'Ghi chú': '',
      });
    }
  }
  const recipients = [...base[TAB.recipients]];
  for (let i = 0; i < (options.recipients ?? 0); i++) {
    recipients.push({
      'Họ tên': `Người nhận số ${i}`,
      Email: `nguoi-nhan-${i}@example.vn`,
      'Phạm vi': options.recipientScope === 'whole' ? 'Tất cả' : `DV${i % unitCount}`,
      'Định kỳ': 'Hằng ngày',
    });
  }
  return {
    ...base,
    [TAB.recipients]: recipients,
    [TAB.units]: units,
    [TAB.congresses]: congresses,
    [TAB.milestones]: milestones,
    [TAB.budget]: budget,
  };
}

/** The clean plan's units replaced by a chain of `depth` units closed into a cycle (U0 under U1, …, the last under U0), each with one line of 1.000. */
export function cycleChainPlan(depth: number): PlanTabs {
  const units = Array.from({ length: depth }, (_, i) => ({
    'Mã đơn vị': `U${i}`,
    'Tên đơn vị': `Đảng bộ ${i}`,
    'Loại đơn vị': 'Đảng bộ cơ sở',
    'Đơn vị cấp trên': `U${(i + 1) % depth}`,
    'Số thành viên': 10,
  }));
  const lines = units.map((unit) => ({
    'Mã đơn vị': unit['Mã đơn vị'],
    'Khoản chi': 'HT',
    'Số lượng': 1,
    'Đơn giá': 1000,
  }));
  return { ...cleanTabs(), [TAB.units]: units, [TAB.budget]: lines };
}
