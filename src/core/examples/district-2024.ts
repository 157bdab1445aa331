/**
 * Example plan: Kế hoạch of Ban Thường vụ Huyện ủy Phong Thổ (2024) for three pilot congresses.
 * Facts from the plan: the units, delegates (members + invited), maximum days, deadlines (10/01/2025,
 * 31/3/2025), budget estimates due 01/11/2024, the issuing body and signer. Everything else (codes,
 * member counts of whole units, terms, e-mail addresses, contacts) is plausible filler, said so in
 * `Ghi chú`-like notes below; congress dates are left empty because the plan sends them later.
 */

import { NORMS_CATALOGUE } from '../budget/norms-catalogue';
import { dateCell } from '../cells';
import { TAB } from '../workbook/contract';
import { type PlanRows, settingsRows } from '../workbook/template';

const MAIL = 'phongtho.example.vn';

export const DISTRICT_2024: PlanRows = {
  [TAB.settings]: settingsRows({
    'Cơ quan cấp trên': 'ĐẢNG BỘ TỈNH LAI CHÂU',
    'Cơ quan ban hành': 'HUYỆN ỦY PHONG THỔ',
    'Địa danh': 'Phong Thổ',
    'Ký hiệu báo cáo': 'BC/HU',
    'Số báo cáo': '',
    'Người ký': 'Tần Thị Quế',
    'Chức vụ người ký': 'BÍ THƯ',
    'Thay mặt': 'T/M BAN THƯỜNG VỤ',
    'Tổ chức': 'Đảng',
    'Email gửi': `vanphong@${MAIL}`,
    'Tên người gửi': 'Văn phòng Huyện ủy Phong Thổ',
    'Ghi chú dữ liệu mẫu':
      'Dữ liệu mẫu từ Kế hoạch tổ chức đại hội điểm của Huyện ủy Phong Thổ (2024). Mã đơn vị, số đảng viên của cả đơn vị, nhiệm kỳ, email và người liên hệ là giá trị minh họa; ngày đại hội để trống vì kế hoạch hẹn có giấy mời sau.',
  }),
  [TAB.units]: [
    {
      'Mã đơn vị': 'HU',
      'Tên đơn vị': 'Đảng bộ huyện Phong Thổ',
      'Loại đơn vị': 'Đảng bộ cấp trên cơ sở',
      'Đơn vị cấp trên': null,
      'Số thành viên': 5200,
      'Nhiệm kỳ': '2020-2025',
      'Người liên hệ': 'Văn phòng Huyện ủy',
      Email: `vanphong@${MAIL}`,
    },
    {
      'Mã đơn vị': 'BL',
      'Tên đơn vị': 'Đảng bộ xã Bình Lư',
      'Loại đơn vị': 'Đảng bộ cơ sở',
      'Đơn vị cấp trên': 'HU',
      'Số thành viên': 320,
      'Nhiệm kỳ': '2020-2025',
      'Người liên hệ': 'Văn phòng Đảng ủy xã Bình Lư',
      Email: `binhlu@${MAIL}`,
    },
    {
      'Mã đơn vị': 'BL-CB02',
      'Tên đơn vị': 'Chi bộ 02 (bản Nà Phát)',
      'Loại đơn vị': 'Chi bộ trực thuộc',
      'Đơn vị cấp trên': 'BL',
      'Số thành viên': 13,
      'Nhiệm kỳ': '2022-2025',
      'Người liên hệ': 'Bí thư Chi bộ 02',
      Email: `chibo02.binhlu@${MAIL}`,
    },
    {
      'Mã đơn vị': 'PTDTNT',
      'Tên đơn vị': 'Chi bộ trường Phổ thông dân tộc Nội trú Trung học phổ thông',
      'Loại đơn vị': 'Chi bộ cơ sở',
      'Đơn vị cấp trên': 'HU',
      'Số thành viên': 17,
      'Nhiệm kỳ': '2020-2025',
      'Người liên hệ': 'Bí thư Chi bộ trường PTDTNT THPT',
      Email: `ptdtnt@${MAIL}`,
    },
    {
      'Mã đơn vị': 'BH',
      'Tên đơn vị': 'Đảng bộ xã Bản Hon',
      'Loại đơn vị': 'Đảng bộ cơ sở',
      'Đơn vị cấp trên': 'HU',
      'Số thành viên': 195,
      'Nhiệm kỳ': '2020-2025',
      'Người liên hệ': 'Văn phòng Đảng ủy xã Bản Hon',
      Email: `banhon@${MAIL}`,
    },
  ],
  [TAB.congresses]: [
    {
      'Mã đơn vị': 'BL-CB02',
      'Hình thức': 'Đại hội điểm',
      'Bầu trực tiếp Bí thư': 'Không',
      'Nhiệm kỳ mới': '2025-2027',
      'Số ngày': 1,
      'Thành viên dự': 13,
      'Đại biểu mời': 269,
      'Tổng đại biểu': 282,
      'Hạn hoàn thành': dateCell('2025-01-10'),
      'Trạng thái': 'Đang chuẩn bị',
    },
    {
      'Mã đơn vị': 'PTDTNT',
      'Hình thức': 'Đại hội điểm',
      'Bầu trực tiếp Bí thư': 'Không',
      'Nhiệm kỳ mới': '2025-2030',
      'Số ngày': 2,
      'Thành viên dự': 17,
      'Đại biểu mời': 49,
      'Tổng đại biểu': 66,
      'Hạn hoàn thành': dateCell('2025-03-31'),
      'Trạng thái': 'Đang chuẩn bị',
    },
    {
      'Mã đơn vị': 'BH',
      'Hình thức': 'Đại hội điểm',
      'Bầu trực tiếp Bí thư': 'Không',
      'Nhiệm kỳ mới': '2025-2030',
      'Số ngày': 2,
      'Thành viên dự': 195,
      'Đại biểu mời': 55,
      'Tổng đại biểu': 250,
      'Hạn hoàn thành': dateCell('2025-03-31'),
      'Trạng thái': 'Đang chuẩn bị',
    },
  ],
  [TAB.milestones]: [
    {
      'Mã công việc': 'DT-CB02',
      'Nội dung': 'Lập dự toán kinh phí đại hội điểm Chi bộ 02 (bản Nà Phát), gửi Phòng Tài chính - Kế hoạch',
      'Đơn vị chủ trì': 'BL',
      Hạn: dateCell('2024-11-01'),
    },
    {
      'Mã công việc': 'DT-PTDTNT',
      'Nội dung':
        'Lập dự toán kinh phí đại hội điểm Chi bộ trường PTDTNT THPT, gửi Phòng Tài chính - Kế hoạch',
      'Đơn vị chủ trì': 'PTDTNT',
      Hạn: dateCell('2024-11-01'),
    },
    {
      'Mã công việc': 'DT-BH',
      'Nội dung': 'Lập dự toán kinh phí đại hội điểm Đảng bộ xã Bản Hon, gửi Phòng Tài chính - Kế hoạch',
      'Đơn vị chủ trì': 'BH',
      Hạn: dateCell('2024-11-01'),
    },
    {
      'Mã công việc': 'DH-CB02',
      'Nội dung': 'Tổ chức đại hội điểm Chi bộ 02 (bản Nà Phát), không quá 01 ngày',
      'Đơn vị chủ trì': 'BL-CB02',
      Hạn: dateCell('2025-01-10'),
      'Phụ thuộc': 'DT-CB02',
    },
    {
      'Mã công việc': 'DH-PTDTNT',
      'Nội dung': 'Tổ chức đại hội điểm Chi bộ trường PTDTNT THPT, không quá 02 ngày',
      'Đơn vị chủ trì': 'PTDTNT',
      Hạn: dateCell('2025-03-31'),
      'Phụ thuộc': 'DT-PTDTNT',
    },
    {
      'Mã công việc': 'DH-BH',
      'Nội dung': 'Tổ chức đại hội điểm Đảng bộ xã Bản Hon, không quá 02 ngày',
      'Đơn vị chủ trì': 'BH',
      Hạn: dateCell('2025-03-31'),
      'Phụ thuộc': 'DT-BH',
    },
  ],
  [TAB.norms]: NORMS_CATALOGUE,
  [TAB.recipients]: [
    { 'Họ tên': 'Tần Thị Quế', Email: `bithu@${MAIL}`, 'Phạm vi': 'Tất cả', 'Định kỳ': 'Hằng tuần' },
    {
      'Họ tên': 'Ban Tổ chức Huyện ủy',
      Email: `bantochuc@${MAIL}`,
      'Phạm vi': 'Tất cả',
      'Định kỳ': 'Hằng ngày',
    },
    { 'Họ tên': 'Đảng ủy xã Bình Lư', Email: `binhlu@${MAIL}`, 'Phạm vi': 'BL', 'Định kỳ': 'Hằng ngày' },
    { 'Họ tên': 'Đảng ủy xã Bản Hon', Email: `banhon@${MAIL}`, 'Phạm vi': 'BH', 'Định kỳ': 'Hằng tuần' },
    {
      'Họ tên': 'Chi bộ trường PTDTNT THPT',
      Email: `ptdtnt@${MAIL}`,
      'Phạm vi': 'PTDTNT',
      'Định kỳ': 'Không',
    },
  ],
};
