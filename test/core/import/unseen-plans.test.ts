/**
 * Two plans of kinds the real ones are not (a Huyện đoàn plan, a Đảng ủy xã plan), written for this
 * test in the forms plans use, read end to end: what the plan says about itself, which units hold a
 * congress (and which are only mentioned), the types the title or counts give, deadlines and days
 * stated for a group, members written after a name, and tasks with their owners.
 */
import { extractPlan } from '../../../src/core';

const YOUTH_DISTRICT = [
  'HUYỆN ĐOÀN TRÀ BỒNG\t\tĐOÀN TNCS HỒ CHÍ MINH',
  '***',
  'Số: 12-KH/HĐTN\t\tTrà Bồng, ngày 15 tháng 8 năm 2016',
  '',
  'KẾ HOẠCH',
  'Chỉ đạo đại hội điểm chi đoàn, đoàn cơ sở nhiệm kỳ 2017 - 2019',
  '',
  'Căn cứ Hướng dẫn số 05-HD/TĐTN ngày 01/8/2016 của Ban Thường vụ Tỉnh đoàn Quảng Ngãi;',
  'Ban Thường vụ Huyện đoàn Trà Bồng xây dựng kế hoạch như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '- Đánh giá kết quả hoạt động của Chi đoàn năm 2015 và 6 tháng đầu năm 2016.',
  'II. NỘI DUNG',
  '1. Đơn vị chỉ đạo điểm: Chi đoàn Xuân Thọ- Tam Trà và Chi đoàn Trà Bình- Trà Phú (thuộc Đoàn xã Trà Bình).',
  '2. Thời gian: các đơn vị hoàn thành đại hội trước ngày 30/9/2016.',
  '- Chi đoàn Trà Sơn đến tháng 3 năm 2018 mới hết nhiệm kỳ nên không tổ chức đại hội đợt này.',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Ban Thường vụ Huyện đoàn',
  '- Duyệt văn kiện, nhân sự của các chi đoàn chậm nhất ngày 12/9/2016.',
  '2. Các chi đoàn được chọn chỉ đạo điểm',
  '- Gửi dự thảo báo cáo về Văn phòng Huyện đoàn trước ngày 05/9/2016.',
  '- Danh sách đoàn viên gửi về Huyện đoàn, Chi đoàn chậm nhất ngày 10/9/2016.',
  '3. Văn phòng Huyện đoàn',
  '- Chuẩn bị hội trường, khánh tiết cho đại hội điểm, xong trước ngày 20/9/2016.',
  'Nơi nhận:',
  '- TT Tỉnh đoàn;',
  '- Lưu VP.',
  'TM. BAN THƯỜNG VỤ',
  'BÍ THƯ',
  'Đinh Văn Hùng',
].join('\n');

const COMMUNE = [
  'ĐẢNG BỘ HUYỆN THAN UYÊN',
  'ĐẢNG ỦY XÃ MƯỜNG KIM',
  '*',
  'Số 25-KH/ĐU',
  'Mường Kim, ngày 10 tháng 9 năm 2024',
  'KẾ HOẠCH',
  'Tổ chức đại hội điểm chi bộ trực thuộc nhiệm kỳ 2025 - 2027',
  'Thực hiện Kế hoạch số 112-KH/HU, ngày 20/8/2024 của Ban Thường vụ Huyện ủy Than Uyên, Ban Thường vụ Đảng ủy xã ban hành kế hoạch như sau:',
  'I. NỘI DUNG',
  '1. Chi bộ được chọn đại hội điểm: Chi bộ bản Mè, Chi bộ bản Phiêng Ngày.',
  '2. Số lượng đại biểu: Chi bộ bản Mè 32 đảng viên; Chi bộ bản Phiêng Ngày 28 đảng viên.',
  '3. Thời gian: Đại hội điểm hoàn thành trong tháng 11/2024; thời gian tiến hành không quá 01 ngày.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Các chi bộ được chọn làm điểm',
  '- Xây dựng dự thảo báo cáo chính trị, gửi Đảng ủy xã trước ngày 15/10/2024.',
  '2. Văn phòng Đảng ủy',
  '- Chuẩn bị cơ sở vật chất phục vụ đại hội điểm.',
  'T/M ĐẢNG ỦY',
  'BÍ THƯ',
  'Lò Văn Thắng',
].join('\n');

const congressesOf = (text: string) =>
  extractPlan(text)
    .units.filter((unit) => unit.congress)
    .map((unit) => [unit.name, unit.type, unit.parent, unit.members, unit.days, unit.deadline, unit.newTerm]);

test('a Huyện đoàn plan: two pilot chi đoàn, a third only mentioned at its term’s end, tasks per owner', () => {
  const result = extractPlan(YOUTH_DISTRICT);
  expect(result.plan).toMatchObject({
    organisation: 'Đoàn',
    issuingBody: 'HUYỆN ĐOÀN TRÀ BỒNG',
    parentBody: 'TỈNH ĐOÀN QUẢNG NGÃI',
    place: 'Trà Bồng',
    reportSymbol: 'BC/HĐTN',
    signer: 'Đinh Văn Hùng',
  });
  expect(congressesOf(YOUTH_DISTRICT)).toEqual([
    ['Chi đoàn Xuân Thọ- Tam Trà', 'Chi đoàn', null, null, null, '2016-09-30', '2017-2019'],
    [
      'Chi đoàn Trà Bình- Trà Phú (thuộc Đoàn xã Trà Bình)',
      'Chi đoàn',
      null,
      null,
      null,
      '2016-09-30',
      '2017-2019',
    ],
  ]);
  expect(result.skipped.map((item) => [item.text, item.reason])).toEqual([
    ['tháng 3 năm 2018', 'term'],
    ['Chi đoàn Trà Sơn', 'mentioned'],
  ]);
  expect(result.tasks.filter((task) => task.due).map((task) => [task.due, task.owner])).toEqual([
    ['2016-09-12', 'Huyện đoàn Trà Bồng'],
    ['2016-09-05', 'Chi đoàn Xuân Thọ- Tam Trà'],
    ['2016-09-05', 'Chi đoàn Trà Bình- Trà Phú (thuộc Đoàn xã Trà Bình)'],
    ['2016-09-10', 'Chi đoàn Xuân Thọ- Tam Trà'],
    ['2016-09-10', 'Chi đoàn Trà Bình- Trà Phú (thuộc Đoàn xã Trà Bình)'],
    ['2016-09-20', 'Văn phòng Huyện đoàn'],
  ]);
  expect(result.units.find((unit) => unit.name === 'Văn phòng Huyện đoàn')?.type).toBe('Cơ quan');
});

test('a Đảng ủy xã plan: chi bộ trực thuộc from the title, members after each name, a deadline and days for the group', () => {
  const result = extractPlan(COMMUNE);
  expect(result.plan).toMatchObject({
    organisation: 'Đảng',
    parentBody: 'ĐẢNG BỘ HUYỆN THAN UYÊN',
    issuingBody: 'ĐẢNG ỦY XÃ MƯỜNG KIM',
    onBehalfOf: 'T/M ĐẢNG ỦY',
    signer: 'Lò Văn Thắng',
  });
  expect(congressesOf(COMMUNE)).toEqual([
    ['Chi bộ bản Mè', 'Chi bộ trực thuộc', 'Đảng bộ xã Mường Kim', 32, 1, '2024-11-30', '2025-2027'],
    ['Chi bộ bản Phiêng Ngày', 'Chi bộ trực thuộc', 'Đảng bộ xã Mường Kim', 28, 1, '2024-11-30', '2025-2027'],
  ]);
  expect(result.tasks.map((task) => [task.text, task.owner, task.due])).toEqual([
    ['Xây dựng dự thảo báo cáo chính trị, gửi Đảng ủy xã', 'Chi bộ bản Mè', '2024-10-15'],
    ['Xây dựng dự thảo báo cáo chính trị, gửi Đảng ủy xã', 'Chi bộ bản Phiêng Ngày', '2024-10-15'],
    ['Chuẩn bị cơ sở vật chất phục vụ đại hội điểm', 'Văn phòng Đảng ủy', null],
  ]);
});
