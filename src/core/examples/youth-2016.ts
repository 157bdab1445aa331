/**
 * Example plan: Kế hoạch of Ban Thường vụ Đoàn Khối các cơ quan tỉnh Lai Châu (2016) for pilot
 * congresses and the pilot direct election of secretaries. Facts from the plan: the 18 units of its
 * list (3 đoàn cơ sở, 15 chi đoàn cơ sở, all electing the secretary directly), the two pilot
 * congresses, the deadlines (before 15/01/2017; quý I năm 2017; documents approved in tháng 12/2016)
 * and the signer. The plan gives no counts, days, dates or budget: congress figures stay empty, the
 * budget tabs are empty (no Youth Union spending norm is public), and the members and current term
 * a unit row must hold are marked as illustrative in its `Ghi chú`. The plan's new term is
 * contradictory (2017-2019 in its title, 2017-2022 in its body), so `Nhiệm kỳ mới` is left empty
 * and the conflict is noted.
 */

import { type Cell, dateCell } from '../cells';
import { TAB } from '../workbook/contract';
import { type PlanRows, settingsRows } from '../workbook/template';

const MAIL = 'doankhoi-laichau.example.vn';
const PILOT_DEADLINE = dateCell('2017-01-15');
const QUARTER_DEADLINE = dateCell('2017-03-31');

interface YouthUnit {
  readonly code: string;
  readonly name: string;
  readonly type: 'Đoàn cơ sở' | 'Chi đoàn cơ sở';
  readonly members: number;
  readonly pilot: boolean;
}

const LIST: readonly YouthUnit[] = [
  {
    code: 'DCS-SNN',
    name: 'Đoàn cơ sở Sở Nông nghiệp và Phát triển nông thôn',
    type: 'Đoàn cơ sở',
    members: 86,
    pilot: true,
  },
  {
    code: 'DCS-SLD',
    name: 'Đoàn cơ sở Sở Lao động thương binh và Xã hội',
    type: 'Đoàn cơ sở',
    members: 54,
    pilot: false,
  },
  {
    code: 'DCS-SYT',
    name: 'Đoàn cơ sở Sở Y tế',
    type: 'Đoàn cơ sở',
    members: 120,
    pilot: false,
  },
  {
    code: 'CD-BHXH',
    name: 'Chi đoàn Bảo hiểm xã hội tỉnh',
    type: 'Chi đoàn cơ sở',
    members: 28,
    pilot: false,
  },
  {
    code: 'CD-STC',
    name: 'Chi đoàn Sở Tài chính',
    type: 'Chi đoàn cơ sở',
    members: 22,
    pilot: false,
  },
  {
    code: 'CD-SNV',
    name: 'Chi đoàn Sở Nội vụ',
    type: 'Chi đoàn cơ sở',
    members: 19,
    pilot: false,
  },
  {
    code: 'CD-STP',
    name: 'Chi đoàn Sở Tư pháp',
    type: 'Chi đoàn cơ sở',
    members: 16,
    pilot: false,
  },
  {
    code: 'CD-KHCN',
    name: 'Chi đoàn Sở Khoa học và Công nghệ',
    type: 'Chi đoàn cơ sở',
    members: 18,
    pilot: false,
  },
  {
    code: 'CD-KHDT',
    name: 'Chi đoàn Sở Kế hoạch và Đầu tư',
    type: 'Chi đoàn cơ sở',
    members: 21,
    pilot: false,
  },
  {
    code: 'CD-GTVT',
    name: 'Chi đoàn Sở Giao thông vận tải',
    type: 'Chi đoàn cơ sở',
    members: 25,
    pilot: false,
  },
  {
    code: 'CD-KBNN',
    name: 'Chi đoàn Kho bạc Nhà nước tỉnh Lai Châu',
    type: 'Chi đoàn cơ sở',
    members: 24,
    pilot: true,
  },
  { code: 'CD-TA', name: 'Chi đoàn Tòa án', type: 'Chi đoàn cơ sở', members: 17, pilot: false },
  {
    code: 'CD-TT',
    name: 'Chi đoàn Thanh tra',
    type: 'Chi đoàn cơ sở',
    members: 12,
    pilot: false,
  },
  {
    code: 'CD-CTK',
    name: 'Chi đoàn Cục thống kê',
    type: 'Chi đoàn cơ sở',
    members: 14,
    pilot: false,
  },
  {
    code: 'CD-THADS',
    name: 'Chi đoàn Cục thi hành án dân sự',
    type: 'Chi đoàn cơ sở',
    members: 15,
    pilot: false,
  },
  {
    code: 'CD-NHNN',
    name: 'Chi đoàn Ngân hàng Nhà nước',
    type: 'Chi đoàn cơ sở',
    members: 20,
    pilot: false,
  },
  {
    code: 'CD-VKS',
    name: 'Chi đoàn Viện kiểm sát nhân dân',
    type: 'Chi đoàn cơ sở',
    members: 18,
    pilot: false,
  },
  {
    code: 'CD-TCT',
    name: 'Chi đoàn Trường Chính trị tỉnh',
    type: 'Chi đoàn cơ sở',
    members: 16,
    pilot: false,
  },
];

const NOTE = 'Ghi chú';
const TERM_CONFLICT =
  'Kế hoạch ghi nhiệm kỳ 2017-2019 ở tên kế hoạch nhưng 2017-2022 ở phần thân: Nhiệm kỳ mới để trống cho đến khi cấp trên xác nhận.';

const units: Record<string, Cell>[] = [
  {
    'Mã đơn vị': 'DK',
    'Tên đơn vị': 'Đoàn Khối các cơ quan tỉnh Lai Châu',
    'Loại đơn vị': 'Đoàn cấp trên cơ sở',
    'Đơn vị cấp trên': null,
    'Số thành viên': 1850,
    'Nhiệm kỳ': '2012-2017',
    Email: `btckt@${MAIL}`,
    [NOTE]:
      'Số đoàn viên: minh họa, kế hoạch không nêu. Nhiệm kỳ hiện tại suy từ Đại hội Đoàn Khối lần thứ VIII, nhiệm kỳ 2017 - 2022.',
  },
  ...LIST.map((unit) => ({
    'Mã đơn vị': unit.code,
    'Tên đơn vị': unit.name,
    'Loại đơn vị': unit.type,
    'Đơn vị cấp trên': 'DK',
    'Số thành viên': unit.members,
    'Nhiệm kỳ': '2014-2017',
    Email: `${unit.code.toLowerCase()}@${MAIL}`,
    [NOTE]: 'Số đoàn viên và nhiệm kỳ hiện tại: minh họa, kế hoạch không nêu.',
  })),
];

export const YOUTH_2016: PlanRows = {
  [TAB.settings]: settingsRows({
    'Cơ quan cấp trên': 'TỈNH ĐOÀN LAI CHÂU',
    'Cơ quan ban hành': 'BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH',
    'Địa danh': 'Lai Châu',
    'Ký hiệu báo cáo': 'BC/ĐTN',
    'Số báo cáo': '',
    'Người ký': 'Hồ Thị Nhung',
    'Chức vụ người ký': 'PHÓ BÍ THƯ',
    'Thay mặt': 'TM. BAN CHẤP HÀNH',
    'Tổ chức': 'Đoàn',
    // The plan's own number and date, as its appendix gives them; no term, since the plan gives two.
    'Căn cứ':
      'Thực hiện Kế hoạch số 29-KH/DTN, ngày 11/11/2016 của Ban Thường vụ Đoàn Khối các cơ quan tỉnh về chỉ đạo Đại hội điểm và thí điểm bầu trực tiếp Bí thư tại Đại hội Chi đoàn và Đoàn cơ sở, Ban Thường vụ Đoàn Khối các cơ quan tỉnh báo cáo tiến độ như sau:',
    // The recipients the plan itself is sent to, as it writes them.
    'Nơi nhận': ['TT ĐUKCCQ', 'TT Tỉnh đoàn', 'Các đ/c UVBCH', 'Các cơ sở Đoàn', 'Lưu VP'].join('\n'),
    'Email gửi': `btckt@${MAIL}`,
    'Tên người gửi': 'Ban Tổ chức - Kiểm tra Đoàn Khối các cơ quan tỉnh',
    'Ghi chú dữ liệu mẫu': `Dữ liệu mẫu từ Kế hoạch chỉ đạo đại hội điểm và thí điểm bầu trực tiếp Bí thư của Đoàn Khối các cơ quan tỉnh Lai Châu (2016). Mã đơn vị, email, số đoàn viên và nhiệm kỳ hiện tại là giá trị minh họa (ghi ở cột Ghi chú); kế hoạch không nêu số đại biểu, số ngày, ngày đại hội nên các ô đó để trống. Kế hoạch không có mục kinh phí và chưa có định mức chi đại hội Đoàn được công bố, nên tab Dự toán và Định mức để trống. ${TERM_CONFLICT}`,
  }),
  [TAB.units]: units,
  [TAB.congresses]: LIST.map((unit) => ({
    'Mã đơn vị': unit.code,
    'Hình thức': unit.pilot ? 'Đại hội điểm' : 'Đại hội',
    'Bầu trực tiếp Bí thư': 'Có',
    'Hạn hoàn thành': unit.pilot ? PILOT_DEADLINE : QUARTER_DEADLINE,
    'Trạng thái': 'Chưa bắt đầu',
    [NOTE]: TERM_CONFLICT,
  })),
  [TAB.milestones]: [
    {
      'Mã công việc': 'VK-12',
      'Nội dung': 'Chỉ đạo và duyệt văn kiện đại hội cấp cơ sở (trong tháng 12/2016)',
      'Đơn vị chủ trì': 'DK',
      Hạn: dateCell('2016-12-31'),
    },
    {
      'Mã công việc': 'DHD-SNN',
      'Nội dung': 'Đại hội điểm Đoàn cơ sở Sở Nông nghiệp và PTNT, bầu trực tiếp Bí thư',
      'Đơn vị chủ trì': 'DCS-SNN',
      Hạn: PILOT_DEADLINE,
      'Phụ thuộc': 'VK-12',
    },
    {
      'Mã công việc': 'DHD-KBNN',
      'Nội dung': 'Đại hội điểm Chi đoàn Kho bạc Nhà nước tỉnh Lai Châu, bầu trực tiếp Bí thư',
      'Đơn vị chủ trì': 'CD-KBNN',
      Hạn: PILOT_DEADLINE,
      'Phụ thuộc': 'VK-12',
    },
    {
      'Mã công việc': 'DH-QI',
      'Nội dung': 'Hoàn thành đại hội chi đoàn và đoàn cơ sở (quý I năm 2017)',
      'Đơn vị chủ trì': 'DK',
      Hạn: QUARTER_DEADLINE,
      'Phụ thuộc': 'DHD-SNN; DHD-KBNN',
    },
  ],
  // No Youth Union congress spending norm is public: no Party norms here, and no budget lines.
  [TAB.norms]: [],
  [TAB.budget]: [],
  [TAB.recipients]: [
    { 'Họ tên': 'Hồ Thị Nhung', Email: `phobithu@${MAIL}`, 'Phạm vi': 'Tất cả', 'Định kỳ': 'Hằng tuần' },
    {
      'Họ tên': 'Ban Tổ chức - Kiểm tra',
      Email: `btckt@${MAIL}`,
      'Phạm vi': 'Tất cả',
      'Định kỳ': 'Hằng ngày',
    },
    {
      'Họ tên': 'Đoàn cơ sở Sở Y tế',
      Email: `dcs-syt@${MAIL}`,
      'Phạm vi': 'DCS-SYT',
      'Định kỳ': 'Hằng ngày',
    },
  ],
};
