/**
 * A plan as an office has it a few days before its first pilot congress: the office's own words
 * (Căn cứ, Nơi nhận, Đánh giá, Đề xuất, Nơi nhận dự toán), Cơ quan rows owning tasks, a task whose
 * completion date cannot be read and one dated in the future, a price above its norm, lines not
 * priced yet, and two categories of the same name (one norm per level). Every code is distinctive
 * (CQ-, DV-, CV-, KC-) so a test can say none of them reaches a document.
 */
import { dateCell } from '../../src/core/cells';
import { TAB } from '../../src/core/workbook/contract';
import type { PlanTabs } from './workbook-builder';

export const OFFICE_TODAY = '2025-01-05';

/** Codes typed in the workbook: none of them may appear in the signed report or the notice. */
export const OFFICE_CODES = ['DV-HTD', 'DV-BL7', 'DV-NP2', 'DV-BH9', 'CQ-BTC', 'CQ-VPH', 'CV-TD', 'KC-'];

export const OFFICE_WORDS = {
  basis:
    'Thực hiện Kế hoạch số 294-KH/HU, ngày 19/7/2024 của Ban Thường vụ Huyện ủy về tổ chức đại hội điểm, Ban Thường vụ Huyện ủy báo cáo tiến độ như sau:',
  recipients: ['Thường trực Tỉnh ủy (b/c)', 'Ban Tổ chức Tỉnh ủy (b/c)', 'Các chi, đảng bộ cơ sở'],
  assessment: [
    'Các cấp ủy chuẩn bị đại hội nghiêm túc, đúng quy trình hướng dẫn.',
    'Một số việc chậm so với kế hoạch, nhất là khâu thẩm định văn kiện.',
  ],
  proposals: ['Đề nghị Ban Tổ chức Tỉnh ủy cử cán bộ dự, chỉ đạo đại hội điểm.'],
  estimateRecipients: ['Phòng Tài chính - Kế hoạch huyện', 'Văn phòng Huyện ủy'],
};

/** Tasks as the report lists them: the T002 and M005 ones are still open, the done one is not. */
export const OFFICE_TASKS = {
  byCommission: 'Thẩm định văn kiện đại hội Chi bộ bản Nà Phát',
  unreadableDone: 'Duyệt danh sách đại biểu dự đại hội Chi bộ bản Nà Phát',
  futureDone: 'Đảng ủy xã Bình Lư cho ý kiến phương án nhân sự',
  dueSoon: 'Chuẩn bị hội trường, khánh tiết đại hội Chi bộ bản Nà Phát',
  done: 'Ban hành kế hoạch tổ chức đại hội Đảng bộ xã Bản Hon',
};

const unit = (
  code: string,
  name: string,
  type: string,
  parent: string,
  members: number | '',
  term: string,
  email: string,
) => ({
  'Mã đơn vị': code,
  'Tên đơn vị': name,
  'Loại đơn vị': type,
  'Đơn vị cấp trên': parent,
  'Số thành viên': members,
  'Nhiệm kỳ': term,
  'Người liên hệ': '',
  Email: email,
});

const task = (
  code: string,
  content: string,
  owner: string,
  due: string,
  done: string | ReturnType<typeof dateCell>,
) => ({
  'Mã công việc': code,
  'Nội dung': content,
  'Đơn vị chủ trì': owner,
  Hạn: dateCell(due),
  'Ngày hoàn thành': done,
  'Phụ thuộc': '',
});

const norm = (code: string, name: string, measure: string, appliesTo: string, cap: number) => ({
  'Mã khoản chi': code,
  'Nội dung chi': name,
  'Đơn vị tính': measure,
  'Áp dụng cho': appliesTo,
  'Mức tối đa': cap,
  'Căn cứ': 'Quy định 3041-QĐ/VPTW',
});

const line = (
  unitCode: string,
  category: string,
  quantity: number,
  days: number | '',
  price: number | '',
) => ({
  'Mã đơn vị': unitCode,
  'Khoản chi': category,
  'Số lượng': quantity,
  'Số ngày': days,
  'Đơn giá': price,
  'Thành tiền': '',
  'Ghi chú': '',
});

export function officeTabs(): PlanTabs {
  return {
    [TAB.settings]: [
      { Khóa: 'Cơ quan cấp trên', 'Giá trị': 'ĐẢNG BỘ TỈNH LAI CHÂU' },
      { Khóa: 'Cơ quan ban hành', 'Giá trị': 'HUYỆN ỦY TAM ĐƯỜNG' },
      { Khóa: 'Địa danh', 'Giá trị': 'Tam Đường' },
      { Khóa: 'Ký hiệu báo cáo', 'Giá trị': 'BC/HU' },
      { Khóa: 'Số báo cáo', 'Giá trị': '315' },
      { Khóa: 'Người ký', 'Giá trị': 'Tần Thị Quế' },
      { Khóa: 'Chức vụ người ký', 'Giá trị': 'BÍ THƯ' },
      { Khóa: 'Thay mặt', 'Giá trị': 'T/M BAN THƯỜNG VỤ' },
      { Khóa: 'Tổ chức', 'Giá trị': 'Đảng' },
      { Khóa: 'Nhắc trước (ngày)', 'Giá trị': 7 },
      { Khóa: 'Múi giờ', 'Giá trị': 'Asia/Ho_Chi_Minh' },
      { Khóa: 'Căn cứ', 'Giá trị': OFFICE_WORDS.basis },
      { Khóa: 'Nơi nhận', 'Giá trị': OFFICE_WORDS.recipients.join('\n') },
      { Khóa: 'Đánh giá', 'Giá trị': OFFICE_WORDS.assessment.join('\n') },
      { Khóa: 'Đề xuất', 'Giá trị': OFFICE_WORDS.proposals.join('\n') },
      { Khóa: 'Nơi nhận dự toán', 'Giá trị': OFFICE_WORDS.estimateRecipients.join('\n') },
    ],
    [TAB.units]: [
      unit('DV-HTD', 'Đảng bộ huyện Tam Đường', 'Đảng bộ cấp trên cơ sở', '', 3900, '2020-2025', ''),
      unit('CQ-BTC', 'Ban Tổ chức Huyện ủy', 'Cơ quan', 'DV-HTD', '', '', 'bantochuc@tamduong.example.vn'),
      unit('CQ-VPH', 'Văn phòng Huyện ủy', 'Cơ quan', 'DV-HTD', '', '', 'vanphong@tamduong.example.vn'),
      unit(
        'DV-BL7',
        'Đảng bộ xã Bình Lư',
        'Đảng bộ cơ sở',
        'DV-HTD',
        310,
        '2020-2025',
        'binhlu@tamduong.example.vn',
      ),
      unit(
        'DV-NP2',
        'Chi bộ bản Nà Phát',
        'Chi bộ trực thuộc',
        'DV-BL7',
        13,
        '2022-2025',
        'naphat@tamduong.example.vn',
      ),
      unit(
        'DV-BH9',
        'Đảng bộ xã Bản Hon',
        'Đảng bộ cơ sở',
        'DV-HTD',
        195,
        '2020-2025',
        'banhon@tamduong.example.vn',
      ),
    ],
    [TAB.congresses]: [
      {
        'Mã đơn vị': 'DV-NP2',
        'Hình thức': 'Đại hội điểm',
        'Bầu trực tiếp Bí thư': 'Không',
        'Ngày đại hội': dateCell('2025-01-08'),
        'Nhiệm kỳ mới': '2025-2027',
        'Số ngày': 1,
        'Thành viên dự': 13,
        'Đại biểu mời': 40,
        'Tổng đại biểu': 53,
        'Hạn hoàn thành': dateCell('2025-01-10'),
        'Trạng thái': 'Đang chuẩn bị',
      },
      {
        'Mã đơn vị': 'DV-BH9',
        'Hình thức': 'Đại hội điểm',
        'Bầu trực tiếp Bí thư': 'Có',
        'Ngày đại hội': dateCell('2025-03-20'),
        'Nhiệm kỳ mới': '2025-2030',
        'Số ngày': 2,
        'Thành viên dự': 195,
        'Đại biểu mời': 55,
        'Tổng đại biểu': 250,
        'Hạn hoàn thành': dateCell('2025-03-31'),
        'Trạng thái': 'Đã duyệt văn kiện',
      },
    ],
    [TAB.milestones]: [
      task('CV-TD-01', OFFICE_TASKS.byCommission, 'CQ-BTC', '2024-12-28', ''),
      // 31/02 cannot be read (T002): the task is not done.
      task('CV-TD-02', OFFICE_TASKS.unreadableDone, 'DV-NP2', '2024-12-30', '31/02/2024'),
      // Completed "in the future" (M005): not done either.
      task('CV-TD-03', OFFICE_TASKS.futureDone, 'DV-BL7', '2025-01-02', dateCell('2025-01-20')),
      task('CV-TD-04', OFFICE_TASKS.dueSoon, 'CQ-VPH', '2025-01-07', ''),
      task('CV-TD-05', OFFICE_TASKS.done, 'DV-BH9', '2024-12-15', dateCell('2024-12-14')),
    ],
    [TAB.budget]: [
      // 53 × 200.000 = 10.600.000, 50.000 above the cap for each of 53 delegates: 2.650.000 above.
      line('DV-NP2', 'KC-AN-CB', 53, 1, 200_000),
      line('DV-NP2', 'KC-HT', 1, '', 4_000_000),
      line('DV-NP2', 'KC-NU', 53, 1, ''),
      line('DV-BH9', 'KC-AN-DB', 250, 2, 120_000),
      line('DV-BH9', 'KC-TL', 250, '', 20_000),
      line('DV-BH9', 'KC-NU', 250, 2, ''),
    ],
    [TAB.norms]: [
      norm('KC-AN-CB', 'Tiền ăn đại biểu', 'người/ngày', 'Chi bộ trực thuộc', 150_000),
      norm('KC-AN-DB', 'Tiền ăn đại biểu', 'người/ngày', 'Đảng bộ cơ sở', 150_000),
      norm('KC-HT', 'Thuê hội trường, trang trí, khánh tiết', 'đại hội', 'Tất cả', 10_000_000),
      norm('KC-TL', 'In ấn, phô tô tài liệu', 'người', 'Tất cả', 30_000),
      norm('KC-NU', 'Nước uống, giải khát giữa giờ', 'người/ngày', 'Tất cả', 40_000),
    ],
    [TAB.recipients]: [
      {
        'Họ tên': 'Tần Thị Quế',
        Email: 'que@tamduong.example.vn',
        'Phạm vi': 'Tất cả',
        'Định kỳ': 'Hằng tuần',
      },
      {
        'Họ tên': 'Vàng Văn Thắng',
        Email: 'thang@tamduong.example.vn',
        'Phạm vi': 'Tất cả',
        'Định kỳ': 'Không',
      },
      {
        'Họ tên': 'Lò Văn Minh',
        Email: 'minh@tamduong.example.vn',
        'Phạm vi': 'DV-BL7',
        'Định kỳ': 'Hằng ngày',
      },
    ],
  };
}

/** The totals the office plan must show wherever they are printed. */
export const OFFICE_FIGURES = {
  /** 10.600.000 + 4.000.000 + 60.000.000 + 5.000.000; the two water lines have no price yet. */
  budget: 79_600_000,
  aboveNorm: 2_650_000,
  unpricedLines: 2,
  delegates: 303,
};
