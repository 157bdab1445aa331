/**
 * What a plan says about itself (issue 16): the issuing body and its parent, the place, number and
 * date from the header; the signature block; Party or Youth Union; the term each kind of unit opens;
 * the report's `Căn cứ` sentence. Headers and signatures here are written for these tests in the
 * layouts plans use (a two-column header pasted with tabs, or one cell per line).
 */
import { extractPlan } from '../../../src/core';

const PARTY = [
  'ĐẢNG BỘ TỈNH ĐIỆN BIÊN\tĐẢNG CỘNG SẢN VIỆT NAM',
  'HUYỆN ỦY MƯỜNG ẢNG',
  '*\tMường Ảng, ngày 05 tháng 8 năm 2024',
  'Số 112-KH/HU',
  '',
  'KẾ HOẠCH',
  'tổ chức đại hội điểm chi bộ trực thuộc nhiệm kỳ 2025 - 2027 và đảng bộ cơ sở nhiệm kỳ 2025 - 2030',
  '',
  'Căn cứ Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành kế hoạch như sau:',
  'I. NỘI DUNG',
  '1. Đối với chi bộ trực thuộc đảng ủy cơ sở',
  '- Chi bộ bản Co Kham, Đảng bộ xã Ẳng Cang: Không quá 01 ngày, hoàn thành trước ngày 15/01/2025.',
  '2. Đối với đảng bộ cơ sở',
  '- Đảng bộ xã Ẳng Tở: Không quá 02 ngày, hoàn thành trước ngày 31/3/2025.',
  'Nơi nhận:\tK/T BÍ THƯ',
  '- Ban Tổ chức Tỉnh ủy (b/c),\tPHÓ BÍ THƯ',
  '- Lưu Văn phòng Huyện ủy.',
  '\t(Đã ký)',
  '\tLò Văn Tiến',
].join('\n');

const YOUTH = [
  'TỈNH ĐOÀN SƠN LA',
  'BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH',
  '***',
  'Số: 45-KH/ĐTN',
  'ĐOÀN TNCS HỒ CHÍ MINH',
  'Sơn La, ngày 20 tháng 10 năm 2021',
  'KẾ HOẠCH',
  'Chỉ đạo đại hội điểm chi đoàn, đoàn cơ sở nhiệm kỳ 2022 - 2024',
  '- Thí điểm bầu trực tiếp Bí thư tại 01 đoàn cơ sở và 02 chi đoàn cơ sở (có danh sách kèm theo).',
  '- Các đơn vị hoàn thành đại hội trong quý I năm 2022.',
  'TM. BAN THƯỜNG VỤ',
  'BÍ THƯ',
  'Quàng Thị Mai',
  'DANH SÁCH',
  'STT\tTên đơn vị',
  '1\tĐoàn cơ sở Sở Xây dựng',
  '2\tChi đoàn Sở Tư pháp',
  '3\tChi đoàn Thanh tra tỉnh',
].join('\n');

test('a Party plan’s header, number, place, date and a K/T signature beside "Nơi nhận"', () => {
  const { plan, references } = extractPlan(PARTY);
  expect(plan).toMatchObject({
    organisation: 'Đảng',
    parentBody: 'ĐẢNG BỘ TỈNH ĐIỆN BIÊN',
    issuingBody: 'HUYỆN ỦY MƯỜNG ẢNG',
    place: 'Mường Ảng',
    number: '112-KH/HU',
    date: '2024-08-05',
    reportSymbol: 'BC/HU',
    onBehalfOf: 'K/T BÍ THƯ',
    signerTitle: 'PHÓ BÍ THƯ',
    signer: 'Lò Văn Tiến',
    basis:
      'Thực hiện Kế hoạch số 112-KH/HU, ngày 05/08/2024 của Ban Thường vụ Huyện ủy về tổ chức đại hội điểm chi bộ trực thuộc nhiệm kỳ 2025 - 2027 và đảng bộ cơ sở nhiệm kỳ 2025 - 2030',
  });
  // The plan's own date line dates the plan; it is no deadline.
  expect(references.map((item) => item.date)).toContain('2024-08-05');
});

test('each congress opens the term the title states for its kind of unit; the header names the issuer as a unit', () => {
  const { units } = extractPlan(PARTY);
  expect(units.map((unit) => [unit.name, unit.type, unit.parent, unit.congress, unit.newTerm])).toEqual([
    ['Đảng bộ huyện Mường Ảng', 'Đảng bộ cấp trên cơ sở', null, false, null],
    ['Chi bộ bản Co Kham', 'Chi bộ trực thuộc', 'Đảng bộ xã Ẳng Cang', true, '2025-2027'],
    ['Đảng bộ xã Ẳng Cang', 'Đảng bộ cơ sở', 'Đảng bộ huyện Mường Ảng', false, null],
    ['Đảng bộ xã Ẳng Tở', 'Đảng bộ cơ sở', 'Đảng bộ huyện Mường Ảng', true, '2025-2030'],
  ]);
});

test('a Youth Union plan: Tổ chức = Đoàn, its header pasted one cell per line, types from its counts', () => {
  const { plan, units, checks } = extractPlan(YOUTH);
  expect(plan).toMatchObject({
    organisation: 'Đoàn',
    parentBody: 'TỈNH ĐOÀN SƠN LA',
    issuingBody: 'BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH',
    place: 'Sơn La',
    number: '45-KH/ĐTN',
    date: '2021-10-20',
    reportSymbol: 'BC/ĐTN',
    onBehalfOf: 'TM. BAN THƯỜNG VỤ',
    signerTitle: 'BÍ THƯ',
    signer: 'Quàng Thị Mai',
  });
  // The header names the issuer in full: it is the root of the listed units.
  expect(units.map((unit) => [unit.name, unit.type, unit.parent, unit.deadline, unit.newTerm])).toEqual([
    ['Đoàn Khối các cơ quan tỉnh', 'Đoàn cấp trên cơ sở', null, null, null],
    ['Đoàn cơ sở Sở Xây dựng', 'Đoàn cơ sở', 'Đoàn Khối các cơ quan tỉnh', '2022-03-31', '2022-2024'],
    ['Chi đoàn Sở Tư pháp', 'Chi đoàn cơ sở', 'Đoàn Khối các cơ quan tỉnh', '2022-03-31', '2022-2024'],
    ['Chi đoàn Thanh tra tỉnh', 'Chi đoàn cơ sở', 'Đoàn Khối các cơ quan tỉnh', '2022-03-31', '2022-2024'],
  ]);
  expect(checks.map((check) => [check.phrase, check.ok])).toEqual([
    ['01 đoàn cơ sở', true],
    ['02 chi đoàn cơ sở', true],
  ]);
});

test('without a header, the plan’s own sentence names the issuer; nothing it does not say is made up', () => {
  const { plan } = extractPlan(
    [
      'KẾ HOẠCH',
      'Tổ chức đại hội điểm nhiệm kỳ 2025 - 2030',
      'Ban Thường vụ Đảng ủy xã Tà Tổng ban hành Kế hoạch tổ chức đại hội điểm như sau:',
      '- Chi bộ bản Pa Ham: Không quá 01 ngày, hoàn thành trước ngày 20/12/2024.',
    ].join('\n'),
  );
  expect(plan).toMatchObject({
    organisation: 'Đảng',
    issuingBody: 'ĐẢNG ỦY XÃ TÀ TỔNG',
    // No "Huyện ủy <tên>" in the text: the parent body is left for the office to type.
    parentBody: null,
    place: null,
    number: null,
    signer: null,
  });
});

test('a count that names two types for the same units leaves the type as written', () => {
  const { units } = extractPlan(
    [
      '- Thí điểm bầu trực tiếp Bí thư tại 01 chi đoàn cơ sở và 01 chi đoàn.',
      'DANH SÁCH',
      'STT\tĐơn vị',
      '1\tChi đoàn Sở Công Thương',
      '2\tChi đoàn Báo Lai Châu',
    ].join('\n'),
  );
  expect(units.map((unit) => unit.type)).toEqual(['Chi đoàn', 'Chi đoàn']);
});
