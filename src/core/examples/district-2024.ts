/**
 * Example plan: Kế hoạch of Ban Thường vụ Huyện ủy Tam Đường, Lai Châu (2024) for three pilot
 * congresses (Chi bộ 02 bản Nà Phát of Đảng bộ xã Bình Lư, Chi bộ trường PTDTNT THPT, Đảng bộ xã Bản
 * Hon). Facts from the plan: the units, delegates (members + invited), the limit on days, deadlines
 * (estimates 01/11/2024, congresses 10/01/2025 and 31/3/2025), the bodies that own tasks, where the
 * estimates go, the issuing body and the signer. What the plan does not give stays empty (congress
 * dates and days, prices) or, where a cell must hold something, is marked as illustrative in the
 * row's `Ghi chú` column, which staff see beside it.
 */

import { NORMS_CATALOGUE } from '../budget/norms-catalogue';
import { type Cell, dateCell } from '../cells';
import { TAB } from '../workbook/contract';
import { type PlanRows, settingsRows } from '../workbook/template';

const MAIL = 'tamduong.example.vn';
const ESTIMATES_DUE = dateCell('2024-11-01');
const BRANCH_DEADLINE = dateCell('2025-01-10');
const BASE_DEADLINE = dateCell('2025-03-31');

/** Said of every illustrative value, so nobody takes it for the plan's. */
const ILLUSTRATIVE = 'minh họa, kế hoạch không nêu';
const ILLUSTRATIVE_DUE = `Hạn: ${ILLUSTRATIVE} hạn của việc này.`;

const NOTE = 'Ghi chú';

const unit = (cells: Record<string, Cell>): Record<string, Cell> => ({ 'Đơn vị cấp trên': null, ...cells });
const office = (code: string, name: string): Record<string, Cell> =>
  unit({
    'Mã đơn vị': code,
    'Tên đơn vị': name,
    'Loại đơn vị': 'Cơ quan',
    Email: `${code.toLowerCase()}@${MAIL}`,
  });

export const DISTRICT_2024: PlanRows = {
  [TAB.settings]: settingsRows({
    'Cơ quan cấp trên': 'ĐẢNG BỘ TỈNH LAI CHÂU',
    'Cơ quan ban hành': 'HUYỆN ỦY TAM ĐƯỜNG',
    'Địa danh': 'Tam Đường',
    'Ký hiệu báo cáo': 'BC/HU',
    'Người ký': 'Tần Thị Quế',
    'Chức vụ người ký': 'BÍ THƯ',
    'Thay mặt': 'T/M BAN THƯỜNG VỤ',
    'Căn cứ':
      'Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy về tổ chức đại hội điểm đối với chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ 2025 - 2027 và chi bộ, đảng bộ cơ sở nhiệm kỳ 2025 - 2030 (căn cứ Kế hoạch số 294-KH/HU, ngày 19/7/2024 của Huyện ủy), Ban Thường vụ Huyện ủy báo cáo tiến độ chuẩn bị đại hội điểm như sau:',
    // The recipients the plan itself is sent to, without the one person named in it.
    'Nơi nhận': [
      'Thường trực Tỉnh ủy (b/c)',
      'Ban Tổ chức Tỉnh ủy (b/c)',
      'Thường trực Huyện ủy, HĐND huyện',
      'Lãnh đạo UBND huyện',
      'Các ban xây dựng Đảng, Văn phòng Huyện ủy',
      'Các chi, đảng bộ cơ sở',
      'Các đồng chí Ủy viên BCH Đảng bộ huyện',
      'Lưu',
    ].join('\n'),
    'Nơi nhận dự toán': 'Phòng Tài chính - Kế hoạch huyện',
    'Email gửi': `vanphong@${MAIL}`,
    'Tên người gửi': 'Văn phòng Huyện ủy Tam Đường',
    'Ghi chú dữ liệu mẫu':
      'Dữ liệu mẫu từ Kế hoạch tổ chức đại hội điểm của Ban Thường vụ Huyện ủy Tam Đường, tỉnh Lai Châu (2024). Mã đơn vị và email là giá trị minh họa; mọi giá trị khác kế hoạch không nêu đều để trống hoặc ghi "minh họa" ở cột Ghi chú của hàng đó. Ngày đại hội và số ngày để trống vì kế hoạch hẹn có giấy mời sau; đơn giá để trống cho đến khi nhập định mức.',
  }),
  [TAB.units]: [
    unit({
      'Mã đơn vị': 'BL',
      'Tên đơn vị': 'Đảng bộ xã Bình Lư',
      'Loại đơn vị': 'Đảng bộ cơ sở',
      'Số thành viên': 320,
      'Nhiệm kỳ': '2020-2025',
      Email: `binhlu@${MAIL}`,
      [NOTE]: `Số đảng viên: ${ILLUSTRATIVE}. Nhiệm kỳ hiện tại suy từ nhiệm kỳ mới 2025 - 2030 của kế hoạch.`,
    }),
    unit({
      'Mã đơn vị': 'BL-CB02',
      'Tên đơn vị': 'Chi bộ 02 (bản Nà Phát)',
      'Loại đơn vị': 'Chi bộ trực thuộc',
      'Đơn vị cấp trên': 'BL',
      'Số thành viên': 13,
      'Nhiệm kỳ': '2022-2025',
      Email: `chibo02.binhlu@${MAIL}`,
      [NOTE]: 'Số đảng viên theo kế hoạch; nhiệm kỳ hiện tại suy từ nhiệm kỳ mới 2025 - 2027.',
    }),
    unit({
      'Mã đơn vị': 'PTDTNT',
      'Tên đơn vị': 'Chi bộ trường Phổ thông dân tộc Nội trú Trung học phổ thông',
      'Loại đơn vị': 'Chi bộ cơ sở',
      'Số thành viên': 17,
      'Nhiệm kỳ': '2020-2025',
      Email: `ptdtnt@${MAIL}`,
      [NOTE]: 'Số đảng viên theo kế hoạch; nhiệm kỳ hiện tại suy từ nhiệm kỳ mới 2025 - 2030.',
    }),
    unit({
      'Mã đơn vị': 'BH',
      'Tên đơn vị': 'Đảng bộ xã Bản Hon',
      'Loại đơn vị': 'Đảng bộ cơ sở',
      'Số thành viên': 195,
      'Nhiệm kỳ': '2020-2025',
      Email: `banhon@${MAIL}`,
      [NOTE]: 'Số đảng viên theo kế hoạch; nhiệm kỳ hiện tại suy từ nhiệm kỳ mới 2025 - 2030.',
    }),
    // Bodies the plan gives tasks to: they hold no congress.
    office('BTC-HU', 'Ban Tổ chức Huyện ủy'),
    office('VP-HU', 'Văn phòng Huyện ủy'),
    office('UBND', 'UBND huyện Tam Đường'),
  ],
  [TAB.congresses]: [
    {
      'Mã đơn vị': 'BL-CB02',
      'Hình thức': 'Đại hội điểm',
      'Bầu trực tiếp Bí thư': 'Không',
      'Nhiệm kỳ mới': '2025-2027',
      'Thành viên dự': 13,
      'Đại biểu mời': 269,
      'Tổng đại biểu': 282,
      'Hạn hoàn thành': BRANCH_DEADLINE,
      'Trạng thái': 'Chưa bắt đầu',
      [NOTE]:
        'Kế hoạch: không quá 01 ngày, thời gian họp trù bị tính vào thời gian đại hội; ngày và số ngày có giấy mời sau.',
    },
    {
      'Mã đơn vị': 'PTDTNT',
      'Hình thức': 'Đại hội điểm',
      'Bầu trực tiếp Bí thư': 'Không',
      'Nhiệm kỳ mới': '2025-2030',
      'Thành viên dự': 17,
      'Đại biểu mời': 49,
      'Tổng đại biểu': 66,
      'Hạn hoàn thành': BASE_DEADLINE,
      'Trạng thái': 'Chưa bắt đầu',
      [NOTE]:
        'Kế hoạch: không quá 02 ngày, thời gian họp trù bị tính vào thời gian đại hội; ngày và số ngày có giấy mời sau.',
    },
    {
      'Mã đơn vị': 'BH',
      'Hình thức': 'Đại hội điểm',
      'Bầu trực tiếp Bí thư': 'Không',
      'Nhiệm kỳ mới': '2025-2030',
      'Thành viên dự': 195,
      'Đại biểu mời': 55,
      'Tổng đại biểu': 250,
      'Hạn hoàn thành': BASE_DEADLINE,
      'Trạng thái': 'Chưa bắt đầu',
      [NOTE]:
        'Kế hoạch: không quá 02 ngày, thời gian họp trù bị tính vào thời gian đại hội; ngày và số ngày có giấy mời sau.',
    },
  ],
  [TAB.milestones]: [
    {
      'Mã công việc': 'DT-CB02',
      'Nội dung':
        'Chỉ đạo xây dựng dự toán kinh phí đại hội điểm Chi bộ 02 (bản Nà Phát), gửi Phòng Tài chính - Kế hoạch',
      'Đơn vị chủ trì': 'BL',
      Hạn: ESTIMATES_DUE,
    },
    {
      'Mã công việc': 'DT-PTDTNT',
      'Nội dung':
        'Xây dựng dự toán kinh phí đại hội điểm Chi bộ trường PTDTNT THPT, gửi Phòng Tài chính - Kế hoạch',
      'Đơn vị chủ trì': 'PTDTNT',
      Hạn: ESTIMATES_DUE,
    },
    {
      'Mã công việc': 'DT-BH',
      'Nội dung': 'Xây dựng dự toán kinh phí đại hội điểm Đảng bộ xã Bản Hon, gửi Phòng Tài chính - Kế hoạch',
      'Đơn vị chủ trì': 'BH',
      Hạn: ESTIMATES_DUE,
    },
    {
      'Mã công việc': 'TH-DT',
      'Nội dung':
        'Phối hợp với cơ quan chuyên môn UBND huyện tổng hợp dự toán chi tổ chức đại hội điểm, trình Thường trực Huyện ủy',
      'Đơn vị chủ trì': 'VP-HU',
      Hạn: dateCell('2024-11-15'),
      'Phụ thuộc': 'DT-CB02; DT-PTDTNT; DT-BH',
      [NOTE]: ILLUSTRATIVE_DUE,
    },
    {
      'Mã công việc': 'KP-UBND',
      'Nội dung': 'Chỉ đạo cơ quan chuyên môn tham mưu bố trí nguồn kinh phí tổ chức đại hội điểm',
      'Đơn vị chủ trì': 'UBND',
      Hạn: dateCell('2024-11-30'),
      'Phụ thuộc': 'TH-DT',
      [NOTE]: ILLUSTRATIVE_DUE,
    },
    {
      'Mã công việc': 'DH-CB02',
      'Nội dung': 'Tổ chức đại hội điểm Chi bộ 02 (bản Nà Phát), không quá 01 ngày',
      'Đơn vị chủ trì': 'BL-CB02',
      Hạn: BRANCH_DEADLINE,
      'Phụ thuộc': 'DT-CB02',
    },
    {
      'Mã công việc': 'DH-PTDTNT',
      'Nội dung': 'Tổ chức đại hội điểm Chi bộ trường PTDTNT THPT, không quá 02 ngày',
      'Đơn vị chủ trì': 'PTDTNT',
      Hạn: BASE_DEADLINE,
      'Phụ thuộc': 'DT-PTDTNT',
    },
    {
      'Mã công việc': 'DH-BH',
      'Nội dung': 'Tổ chức đại hội điểm Đảng bộ xã Bản Hon, không quá 02 ngày',
      'Đơn vị chủ trì': 'BH',
      Hạn: BASE_DEADLINE,
      'Phụ thuộc': 'DT-BH',
    },
    {
      'Mã công việc': 'BC-KQ',
      'Nội dung': 'Đôn đốc, theo dõi, tổng hợp và báo cáo kết quả đại hội điểm',
      'Đơn vị chủ trì': 'BTC-HU',
      Hạn: dateCell('2025-04-15'),
      'Phụ thuộc': 'DH-CB02; DH-PTDTNT; DH-BH',
      [NOTE]: ILLUSTRATIVE_DUE,
    },
  ],
  [TAB.norms]: NORMS_CATALOGUE,
  [TAB.recipients]: [
    { 'Họ tên': 'Tần Thị Quế', Email: `bithu@${MAIL}`, 'Phạm vi': 'Tất cả', 'Định kỳ': 'Hằng tuần' },
    {
      'Họ tên': 'Ban Tổ chức Huyện ủy',
      Email: `btc-hu@${MAIL}`,
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
