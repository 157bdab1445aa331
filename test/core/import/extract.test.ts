import { extractPlan, toUnicode } from '../../../src/core';
import { convertPassage, detectLegacy } from '../../../src/core/encoding/legacy';
import { DISTRICT_PLAN, planText, withPlans, YOUTH_PLAN } from '../../helpers/plans';

const deadlineOf = (sentence: string) => extractPlan(sentence).deadlines.map((d) => d.date);

describe('deadlines in every form, with the date each implies', () => {
  test.each([
    ['Hoàn thành trước ngày 15/01/2017.', '2017-01-15'],
    ['Báo cáo gửi về Ban Tổ chức chậm nhất ngày 12/9/2016.', '2016-09-12'],
    ['Các chi bộ hoàn thành trong quý I năm 2017.', '2017-03-31'],
    ['Tổng kết xong trong quý III/2017.', '2017-09-30'],
    ['Duyệt văn kiện trong tháng 12/2016.', '2016-12-31'],
    ['Hoàn thành tháng 4 năm 2015.', '2015-04-30'],
    ['Tổ chức đại hội trong nửa cuối tháng 6 năm 2015.', '2015-06-30'],
    ['Hoàn thành nửa đầu tháng 2 năm 2016.', '2016-02-15'],
    ['Hoàn thành trước ngày 05 tháng 5 năm 2015.', '2015-05-05'],
    ['Nộp dự toán trước ngày 29-2-2024.', '2024-02-29'],
    ['Nộp hồ sơ trước 17 giờ ngày 15/01/2017.', '2017-01-15'],
    ['Tổ chức đại hội từ ngày 01/12/2024 đến ngày 15/12/2024.', '2024-12-15'],
    ['Hạn cuối nhận báo cáo: 30/11/2024.', '2024-11-30'],
    ['Chậm nhất là ngày 05 tháng 5 năm 2015 phải hoàn thành.', '2015-05-05'],
  ])('%s', (sentence, date) => {
    expect(deadlineOf(sentence)).toEqual([date]);
  });

  test('an impossible date, a meeting date and a data cut-off are no deadlines', () => {
    expect(deadlineOf('Hoàn thành trước ngày 31/02/2025.')).toEqual([]);
    expect(deadlineOf('Ngày 20/10/2024, Ban Thường vụ đã họp.')).toEqual([]);
    expect(deadlineOf('Số liệu tính đến ngày 30/6/2024.')).toEqual([]);
  });
});

describe('dates of cited documents are references, never deadlines', () => {
  test.each([
    ['Căn cứ Kế hoạch số 12-KH/HU, ngày 19/7/2024 của Huyện ủy;', '2024-07-19'],
    ['Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị, hoàn thành đúng hạn.', '2024-06-14'],
    ['theo Quyết định số 99-QĐ/TW, ngày 30/5/2012 của Ban Bí thư', '2012-05-30'],
    ['Thực hiện Kế hoạch số 188-KH/ĐTN-TCKT ngày 25/7/2016 của Tỉnh đoàn', '2016-07-25'],
    ['(Kèm theo Kế hoạch số 29-KH/DTN, ngày 11 tháng 11 năm 2016)', '2016-11-11'],
    ['Căn cứ Hướng dẫn số: 08-HD/TU ngày 03/10/2024', '2024-10-03'],
  ])('%s', (sentence, date) => {
    const result = extractPlan(sentence);
    expect(result.references.map((r) => r.date)).toEqual([date]);
    expect(result.deadlines).toEqual([]);
  });

  test('the plan’s own date line is a reference', () => {
    const result = extractPlan('ĐẢNG BỘ TỈNH X\nSìn Hồ, ngày 02 tháng 8 năm 2024\nKẾ HOẠCH');
    expect(result.references.map((r) => r.date)).toEqual(['2024-08-02']);
    expect(result.deadlines).toEqual([]);
  });

  test('a citation and a deadline in one sentence are told apart', () => {
    const result = extractPlan(
      'Lập dự toán theo Quy định số 7-QĐ/VPTW, ngày 21/8/2024 (gửi về Phòng Tài chính trước ngày 01/11/2024).',
    );
    expect(result.references.map((r) => r.date)).toEqual(['2024-08-21']);
    expect(result.deadlines).toEqual([
      { date: '2024-11-01', text: 'gửi về Phòng Tài chính trước ngày 01/11/2024' },
    ]);
  });
});

describe('units, delegates, durations', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đại hội điểm nhiệm kỳ 2025 - 2030',
    '1. Đối với chi bộ trực thuộc đảng ủy cơ sở',
    'Chi bộ 05 (bản Pa Cheo), Đảng bộ xã Mường Mít.',
    'Đại biểu dự đại hội gồm: cấp ủy cấp trên (khoảng 120 đại biểu, trong đó: đảng viên chi bộ 20 đồng chí; đại biểu mời 100 đồng chí).',
    '2. Đối với đảng bộ cơ sở',
    '- Đảng bộ cơ sở: Đảng bộ xã Tà Mít.',
    'Đại biểu (khoảng 180 đại biểu, trong đó: đảng viên của đảng bộ 150 đồng chí; đại biểu mời 30 đồng chí).',
    '- Chi bộ 05 (bản Pa Cheo), Đảng bộ xã Mường Mít: Không quá 01 ngày, hoàn thành trước ngày 15/12/2024.',
    '- Đảng bộ xã Tà Mít: Không quá 02 ngày, hoàn thành trước ngày 28/02/2025.',
    'Gửi báo cáo về địa chỉ bantochuc@muongte.example.vn.',
  ].join('\n');

  test('each unit with its type, parent, delegates, days and deadline', () => {
    const units = extractPlan(text).units.map((u) => [
      u.name,
      u.type,
      u.parent,
      u.members,
      u.invited,
      u.total,
      u.days,
      u.deadline,
      u.pilot,
    ]);
    expect(units).toEqual([
      [
        'Chi bộ 05 (bản Pa Cheo)',
        'Chi bộ trực thuộc',
        'Đảng bộ xã Mường Mít',
        20,
        100,
        120,
        1,
        '2024-12-15',
        true,
      ],
      ['Đảng bộ xã Mường Mít', 'Đảng bộ cơ sở', null, null, null, null, null, null, false],
      ['Đảng bộ xã Tà Mít', 'Đảng bộ cơ sở', null, 150, 30, 180, 2, '2025-02-28', true],
    ]);
    expect(extractPlan(text).emails).toEqual(['bantochuc@muongte.example.vn']);
  });

  test('an attached list with STT, and stated counts checked against it', () => {
    const plan = [
      '- Bầu trực tiếp Bí thư tại 02 đoàn cơ sở.',
      '- Bầu trực tiếp Bí thư tại 03 chi đoàn.',
      'DANH SÁCH',
      'Các đơn vị thí điểm bầu trực tiếp Bí thư',
      'STT\tĐƠN VỊ\tGHI CHÚ',
      '1\tĐoàn cơ sở Sở Công Thương\t',
      '2\tĐoàn cơ sở Bệnh viện Đa khoa tỉnh\t',
      '3\tChi đoàn Sở Xây dựng\t',
      '4\tChi đoàn Văn phòng UBND tỉnh\t',
    ].join('\n');
    const result = extractPlan(plan);
    expect(result.units.map((u) => [u.name, u.type, u.directElection])).toEqual([
      ['Đoàn cơ sở Sở Công Thương', 'Đoàn cơ sở', true],
      ['Đoàn cơ sở Bệnh viện Đa khoa tỉnh', 'Đoàn cơ sở', true],
      ['Chi đoàn Sở Xây dựng', 'Chi đoàn', true],
      ['Chi đoàn Văn phòng UBND tỉnh', 'Chi đoàn', true],
    ]);
    expect(result.checks.map((c) => [c.stated, c.found, c.ok])).toEqual([
      [2, 2, true],
      [3, 2, false],
    ]);
  });

  test('generic phrases are not units', () => {
    expect(extractPlan('Các chi bộ, đảng bộ cơ sở và Chi đoàn và Đoàn cơ sở khác thực hiện.').units).toEqual(
      [],
    );
  });
});

describe('legacy encodings', () => {
  const unicode = 'Ban Thường vụ Đảng ủy xã Bình Lư lãnh đạo đại hội điểm của Chi đoàn Kho bạc Nhà nước.';
  test('a TCVN3 paragraph is converted', () => {
    const tcvn3 =
      'Ban Th\u00adêng vô §¶ng ñy x· B×nh L\u00ad l·nh ®¹o ®¹i héi ®iÓm cña Chi ®oµn Kho b¹c Nhµ n\u00adíc.';
    expect(detectLegacy(tcvn3)).toBe('TCVN3');
    expect(toUnicode(tcvn3).text).toBe(unicode);
  });
  test('a VNI paragraph is converted', () => {
    const vni =
      'Ban Thöôøng vuï Ñaûng uûy xaõ Bình Lö laõnh ñaïo ñaïi hoäi ñieåm cuûa Chi ñoaøn Kho baïc Nhaø nöôùc.';
    expect(detectLegacy(vni)).toBe('VNI');
    expect(convertPassage(vni, 'VNI')).toBe(unicode);
  });
  test('Unicode text, plain ASCII and French are left intact; a mixed text converts only its legacy lines', () => {
    for (const text of [unicode, 'Ke hoach so 12', 'Café crème brûlée', 'Hoàng Hoài Thủy'])
      expect(toUnicode(text).text).toBe(text);
    const mixed = `${unicode}\n§¶ng bé x· B×nh L\u00ad`;
    expect(toUnicode(mixed)).toEqual({ text: `${unicode}\nĐảng bộ xã Bình Lư`, converted: 1 });
  });
  test('extraction works on a legacy-encoded plan', () => {
    const result = extractPlan(
      '§¶ng bé x· T¶ MÝt: Kh«ng qu¸ 02 ngµy, hoµn thµnh tr\u00adíc ngµy 28/02/2025.',
    );
    expect(result.units.map((u) => [u.name, u.days, u.deadline])).toEqual([
      ['Đảng bộ xã Tả Mít', 2, '2025-02-28'],
    ]);
  });
});

// The two real plans of the project brief, when they are beside the project (CI has them).
const realPlan = (name: string) => extractPlan(planText(name));

test(
  'the 2024 district plan: every deadline, unit and delegate count, no reference among deadlines',
  withPlans(() => {
    const result = realPlan(DISTRICT_PLAN);
    expect(result.deadlines.map((d) => d.date).sort()).toEqual(['2024-11-01', '2025-01-10', '2025-03-31']);
    expect([...new Set(result.references.map((d) => d.date))].sort()).toEqual(
      ['2012-05-30', '2024-06-14', '2024-07-19', '2024-08-21', '2024-10-03'].sort(),
    );
    expect(result.references.slice(0, 2)).toEqual([
      { date: '2024-07-19', text: 'Kế hoạch số 294-KH/HU, ngày 19/7/2024 của Huyện ủy' },
      { date: '2024-06-14', text: 'Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị' },
    ]);
    expect(result.references.find((r) => r.date === '2024-08-21')?.text).toBe(
      'Quy định số 3041-QĐ/VPTW, ngày 21/8/2024 của Văn phòng Trung ương Đảng',
    );
    const congresses = result.units.filter((u) => u.total !== null);
    expect(
      congresses.map((u) => [u.name, u.type, u.members, u.invited, u.total, u.days, u.deadline]),
    ).toEqual([
      ['Chi bộ 02 (bản Nà Phát)', 'Chi bộ trực thuộc', 13, 269, 282, 1, '2025-01-10'],
      [
        'Chi bộ trường Phổ thông dân tộc Nội trú Trung học phổ thông',
        'Chi bộ cơ sở',
        17,
        49,
        66,
        2,
        '2025-03-31',
      ],
      ['Đảng bộ xã Bản Hon', 'Đảng bộ cơ sở', 195, 55, 250, 2, '2025-03-31'],
    ]);
    // The text names its issuer only as "Ban Thường vụ Huyện ủy": the clerk is told to add the name.
    expect(result.skipped.map((item) => [item.text, item.reason])).toEqual([['Huyện ủy', 'unnamedIssuer']]);
  }),
);

test(
  'the 2016 Youth Union plan: deadlines, 3 đoàn cơ sở and 15 chi đoàn, counts that match',
  withPlans(() => {
    const result = realPlan(YOUTH_PLAN);
    expect(result.deadlines.map((d) => d.date).sort()).toEqual(['2016-12-31', '2017-01-15', '2017-03-31']);
    expect([...new Set(result.references.map((d) => d.date))].sort()).toEqual(['2016-07-25', '2016-11-11']);
    expect(result.references.at(-1)).toEqual({
      date: '2016-11-11',
      text: 'Kế hoạch số 29-KH/DTN, ngày 11 tháng 11 năm 2016',
    });
    // The 18 congresses of the list, under the issuer (named in the plan, added as their root unit);
    // the plan counts "15 chi đoàn cơ sở", so the list's chi đoàn take that type (issue 16).
    const congresses = result.units.filter((u) => u.congress);
    expect(congresses).toHaveLength(18);
    expect(congresses.filter((u) => u.type === 'Đoàn cơ sở')).toHaveLength(3);
    expect(congresses.filter((u) => u.type === 'Chi đoàn cơ sở')).toHaveLength(15);
    expect(congresses.every((u) => u.directElection && u.parent === 'Đoàn Khối các cơ quan tỉnh')).toBe(true);
    expect(congresses.every((u) => u.newTerm === '2017-2019')).toBe(true);
    expect(result.units.filter((u) => !u.congress).map((u) => [u.name, u.type])).toEqual([
      ['Đoàn Khối các cơ quan tỉnh', 'Đoàn cấp trên cơ sở'],
    ]);
    expect(result.units.filter((u) => u.pilot).map((u) => [u.name, u.deadline])).toEqual([
      ['Đoàn cơ sở Sở Nông nghiệp và Phát triển nông thôn', '2017-01-15'],
      ['Chi đoàn Kho bạc Nhà nước tỉnh Lai Châu', '2017-01-15'],
    ]);
    expect(result.units.find((u) => u.name === 'Chi đoàn Sở Tài chính')?.deadline).toBe('2017-03-31');
    expect(result.checks.map((c) => [c.phrase, c.stated, c.found, c.ok])).toEqual([
      ['03 đoàn cơ sở', 3, 3, true],
      ['15 chi đoàn cơ sở', 15, 15, true],
    ]);
  }),
);

describe('forms seen in other plans', () => {
  test('a document cited without "số" is a reference; each citation keeps only its own clause', () => {
    const result = extractPlan(
      'Thực hiện Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị; Công văn số 1234-CV/BTCTU ngày 20/8/2024 của Ban Tổ chức Tỉnh ủy; kinh phí theo Quyết định 99-QĐ/TW ngày 30-5-2012.',
    );
    expect(result.deadlines).toEqual([]);
    expect(result.references).toEqual([
      { date: '2024-06-14', text: 'Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị' },
      { date: '2024-08-20', text: 'Công văn số 1234-CV/BTCTU ngày 20/8/2024 của Ban Tổ chức Tỉnh ủy' },
      { date: '2012-05-30', text: 'Quyết định 99-QĐ/TW ngày 30-5-2012' },
    ]);
  });

  test('"Chi bộ … thuộc Đảng bộ …" names the parent; delegates and days on the same line', () => {
    const result = extractPlan(
      '1. Chi bộ trực thuộc: Chi bộ thôn Co Muông thuộc Đảng bộ xã Ẳng Nưa; dự kiến 95 đại biểu, trong đó: đảng viên chi bộ 25 đồng chí, đại biểu mời 70 đồng chí. Thời gian không quá 01 ngày; hoàn thành trong tháng 11/2024.',
    );
    expect(
      result.units.map((u) => [u.name, u.type, u.parent, u.members, u.invited, u.total, u.days, u.deadline]),
    ).toEqual([
      ['Chi bộ thôn Co Muông', 'Chi bộ trực thuộc', 'Đảng bộ xã Ẳng Nưa', 25, 70, 95, 1, '2024-11-30'],
      ['Đảng bộ xã Ẳng Nưa', 'Đảng bộ cơ sở', null, null, null, null, null, null],
    ]);
  });

  test('a list numbered "1." with columns separated by spaces, and a count that does not match it', () => {
    const result = extractPlan(
      [
        '- Thí điểm bầu trực tiếp Bí thư tại 02 đoàn cơ sở và 04 chi đoàn (có danh sách kèm theo).',
        'DANH SÁCH',
        'Đơn vị thí điểm bầu trực tiếp Bí thư',
        'STT   Tên đơn vị                                   Số đoàn viên',
        '1.    Đoàn cơ sở Công ty Cổ phần Mía đường Sơn La    85',
        '2.    Đoàn cơ sở Ngân hàng Nông nghiệp tỉnh          60',
        '3.    Chi đoàn Công ty Điện lực Sơn La               25',
        '4.    Chi đoàn Bưu điện tỉnh                         21',
      ].join('\n'),
    );
    expect(result.units.map((u) => [u.name, u.type])).toEqual([
      ['Đoàn cơ sở Công ty Cổ phần Mía đường Sơn La', 'Đoàn cơ sở'],
      ['Đoàn cơ sở Ngân hàng Nông nghiệp tỉnh', 'Đoàn cơ sở'],
      ['Chi đoàn Công ty Điện lực Sơn La', 'Chi đoàn'],
      ['Chi đoàn Bưu điện tỉnh', 'Chi đoàn'],
    ]);
    expect(result.checks.map((c) => [c.stated, c.found, c.ok])).toEqual([
      [2, 2, true],
      [4, 2, false],
    ]);
  });

  test('a TCVN3 line inside a Unicode plan is read after conversion', () => {
    const result = extractPlan(
      'KẾ HOẠCH\nC\u00b8c chi \u00aeo\u00b5n ho\u00b5n th\u00b5nh \u00ae\u00b9i h\u00e9i trong th\u00b8ng 3 n\u00a8m 2017.',
    );
    expect(result.deadlines).toEqual([
      { date: '2017-03-31', text: 'Các chi đoàn hoàn thành đại hội trong tháng 3 năm 2017.' },
    ]);
    expect(result.text).toBe('KẾ HOẠCH\nCác chi đoàn hoàn thành đại hội trong tháng 3 năm 2017.');
  });
});
