/**
 * Precision as well as recall (issue 16): the importer takes an organisation's name, never a clause,
 * and a date as a deadline only when something must be done by it. Each sentence here is of a kind
 * found in real plans (a period under review, a term's end, a list of two units joined by "và", a
 * cited document), written for these tests.
 */
import { extractPlan } from '../../../src/core';

const unitNamesOf = (text: string) => extractPlan(text).units.map((unit) => unit.name);
const deadlinesOf = (text: string) => extractPlan(text).deadlines.map((deadline) => deadline.date);
const skippedOf = (text: string) => extractPlan(text).skipped.map((item) => [item.text, item.reason]);

describe('a unit is the name of an organisation, never a clause', () => {
  test('a year or a period after a type word is no name', () => {
    const text =
      'Các chi đoàn báo cáo kết quả hoạt động của Chi đoàn năm 2019 và 6 tháng đầu năm 2020 gửi về Văn phòng.';
    expect(unitNamesOf(text)).toEqual([]);
    expect(deadlinesOf(text)).toEqual([]);
  });

  test('a deadline right after a type word is no name, and stays a deadline', () => {
    const text = 'Danh sách đề nghị kết nạp của từng Chi đoàn chậm nhất ngày 18/10/2020 gửi về Ban Tổ chức.';
    expect(unitNamesOf(text)).toEqual([]);
    expect(deadlinesOf(text)).toEqual(['2020-10-18']);
  });

  test('"Chi đoàn X- Y và Chi đoàn Z- W" is two units, each with the deadline that follows them', () => {
    const result = extractPlan(
      '- Chi đoàn Phước Lộc- Phước Hòa và Chi đoàn Sơn Kim- Sơn Tây tổ chức đại hội điểm, hoàn thành trong tháng 10/2021.',
    );
    expect(result.units.map((unit) => [unit.name, unit.deadline])).toEqual([
      ['Chi đoàn Phước Lộc- Phước Hòa', '2021-10-31'],
      ['Chi đoàn Sơn Kim- Sơn Tây', '2021-10-31'],
    ]);
    // The congresses' own deadline is not a task as well.
    expect(result.tasks).toEqual([]);
  });

  test('a name stops at a conjunction before a generic phrase, and at a verb', () => {
    expect(
      unitNamesOf(
        'Chi bộ thôn Nậm Tăm và các chi bộ khác tổ chức đại hội trong quý II năm 2025. Chi bộ Trường Tiểu học số 1 được chọn làm điểm, hoàn thành trước ngày 30/5/2025.',
      ),
    ).toEqual(['Chi bộ thôn Nậm Tăm', 'Chi bộ Trường Tiểu học số 1']);
  });

  test('"và" inside a name stays: "Sở Lao động - Thương binh và Xã hội"', () => {
    expect(
      unitNamesOf('Thí điểm bầu trực tiếp Bí thư tại Đoàn cơ sở Sở Văn hóa và Thể thao, Chi đoàn Sở Y tế.'),
    ).toEqual(['Đoàn cơ sở Sở Văn hóa và Thể thao', 'Chi đoàn Sở Y tế']);
  });

  test('a unit only mentioned (no congress, no task) is reported, not added', () => {
    const result = extractPlan('Chi bộ bản Huổi Luông đến tháng 3 năm 2026 mới hết nhiệm kỳ.');
    expect(result.units).toEqual([]);
    expect(result.skipped.map((item) => [item.text, item.reason])).toEqual([
      ['tháng 3 năm 2026', 'term'],
      ['Chi bộ bản Huổi Luông', 'mentioned'],
    ]);
  });
});

describe('a date is a deadline only when something must be done by it', () => {
  test.each([
    ['a term’s end', 'Đảng bộ xã Pa Tần đến tháng 9 năm 2025 mới hết nhiệm kỳ 2020 - 2025.', 'term'],
    ['a term ending on a day', 'Nhiệm kỳ của chi ủy kết thúc nhiệm kỳ vào ngày 15/7/2025.', 'term'],
    ['a period under review', 'Báo cáo tình hình tháng 8/2020 của các chi đoàn trực thuộc.', 'period'],
    ['a data cut-off', 'Số đoàn viên tính đến ngày 31/12/2020 là 1.250 đồng chí.', 'cutoff'],
    ['a past meeting', 'Ngày 12/3/2024, Ban Thường vụ đã họp cho ý kiến về phương án nhân sự.', 'noAction'],
  ])('%s', (_kind, sentence, reason) => {
    const result = extractPlan(sentence);
    expect(result.deadlines).toEqual([]);
    expect(result.skipped.map((item) => item.reason)).toContain(reason);
    expect(result.skipped.every((item) => item.why.length > 0)).toBe(true);
  });

  test('the start of a range is skipped, its end is the deadline', () => {
    const text = 'Các chi bộ tiến hành đại hội từ ngày 05/01/2025 đến ngày 25/01/2025.';
    expect(deadlinesOf(text)).toEqual(['2025-01-25']);
    expect(skippedOf(text)).toEqual([['05/01/2025', 'start']]);
  });

  test('a cited document’s date is a reference, listed with its kind, number and issuer', () => {
    const result = extractPlan(
      'Thực hiện Hướng dẫn số 12-HD/TĐTN-TCKT ngày 05/8/2020 của Ban Thường vụ Tỉnh đoàn Điện Biên, các cơ sở đoàn gửi danh sách trước ngày 30/9/2020.',
    );
    expect(result.references.map((item) => item.date)).toEqual(['2020-08-05']);
    expect(result.deadlines.map((item) => item.date)).toEqual(['2020-09-30']);
    expect(result.documents).toEqual([
      {
        kind: 'Hướng dẫn',
        number: '12-HD/TĐTN-TCKT',
        date: '2020-08-05',
        issuer: 'Ban Thường vụ Tỉnh đoàn Điện Biên',
        text: 'Hướng dẫn số 12-HD/TĐTN-TCKT ngày 05/8/2020 của Ban Thường vụ Tỉnh đoàn Điện Biên',
      },
    ]);
  });
});

describe('dates are never guessed (issue 14)', () => {
  test.each([
    ['a year 0024', 'Nộp báo cáo trước ngày 10/01/0024.', '10/01/0024', 'range'],
    ['a year 0000', 'Hoàn thành trước ngày 01/01/0000.', '01/01/0000', 'range'],
    [
      'day 32 in words',
      'Hoàn thành trước ngày 32 tháng 1 năm 2025.',
      'ngày 32 tháng 1 năm 2025',
      'impossible',
    ],
    ['day 32 in figures', 'Hoàn thành trước ngày 32/1/2025.', '32/1/2025', 'impossible'],
    ['month 13', 'Duyệt văn kiện trong tháng 13/2024.', 'tháng 13/2024', 'impossible'],
    ['digits broken by spaces', 'Hoàn thành trước ngày 1 0/01/2 025.', '1 0/01/2 025', 'spaced'],
    ['a two-digit year', 'Hoàn thành trước ngày 10/01/25.', '10/01/25', 'shortYear'],
    ['a year beyond the window', 'Hoàn thành trước ngày 10/01/2125.', '10/01/2125', 'range'],
  ])('%s is skipped with its reason, never read as another day', (_kind, sentence, phrase, reason) => {
    const result = extractPlan(sentence);
    expect(result.deadlines).toEqual([]);
    expect(result.tasks).toEqual([]);
    expect(result.skipped.map((item) => [item.text, item.reason])).toEqual([[phrase, reason]]);
  });
});

describe('tasks with owners', () => {
  const plan = [
    'KẾ HOẠCH',
    'Tổ chức đại hội điểm chi bộ, đảng bộ cơ sở nhiệm kỳ 2025 - 2030',
    'I. NỘI DUNG',
    '- Đảng bộ xã Nà Tấu: Không quá 02 ngày, hoàn thành trước ngày 20/3/2025.',
    'Đại biểu (khoảng 160 đại biểu, trong đó: đảng viên của đảng bộ 130 đồng chí; đại biểu mời 30 đồng chí).',
    '- Chi bộ cơ sở: Chi bộ Trung tâm Y tế huyện: Không quá 02 ngày, hoàn thành trước ngày 15/3/2025.',
    'Các chi bộ, đảng bộ thực hiện đại hội điểm gửi dự thảo báo cáo chính trị về Ban Tổ chức Huyện ủy trước ngày 15/01/2025.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Ban Tổ chức Huyện ủy',
    '- Tổng hợp kết quả đại hội điểm, báo cáo Ban Thường vụ Huyện ủy trước ngày 10/4/2025.',
    '- Thường xuyên theo dõi, đôn đốc các đơn vị.',
    '2. Văn phòng Huyện ủy',
    'Văn phòng Huyện ủy bố trí hội trường, hoàn thành trước ngày 05/3/2025.',
  ].join('\n');
  const result = extractPlan(plan);

  test('a task for "the units holding a pilot congress" is one task per unit', () => {
    const draft = result.tasks.filter((task) => task.due === '2025-01-15');
    expect(draft.map((task) => [task.owner, task.text])).toEqual([
      ['Đảng bộ xã Nà Tấu', 'Gửi dự thảo báo cáo chính trị về Ban Tổ chức Huyện ủy'],
      ['Chi bộ Trung tâm Y tế huyện', 'Gửi dự thảo báo cáo chính trị về Ban Tổ chức Huyện ủy'],
    ]);
  });

  test('under "Tổ chức thực hiện" each part names who does what follows; bodies become Cơ quan', () => {
    expect(result.tasks.filter((task) => task.due && task.due > '2025-02-01')).toEqual([
      {
        text: 'Tổng hợp kết quả đại hội điểm, báo cáo Ban Thường vụ Huyện ủy',
        owner: 'Ban Tổ chức Huyện ủy',
        due: '2025-04-10',
      },
      { text: 'Bố trí hội trường', owner: 'Văn phòng Huyện ủy', due: '2025-03-05' },
    ]);
    expect(result.tasks).toContainEqual({
      text: 'Thường xuyên theo dõi, đôn đốc các đơn vị',
      owner: 'Ban Tổ chức Huyện ủy',
      due: null,
    });
    expect(result.units.filter((unit) => unit.type === 'Cơ quan').map((unit) => unit.name)).toEqual([
      'Ban Tổ chức Huyện ủy',
      'Văn phòng Huyện ủy',
    ]);
  });

  test('a congress’s own deadline is not repeated as a task', () => {
    expect(result.tasks.map((task) => task.due)).not.toContain('2025-03-20');
    expect(result.tasks.map((task) => task.due)).not.toContain('2025-03-15');
    expect(result.units.filter((unit) => unit.congress).map((unit) => [unit.name, unit.deadline])).toEqual([
      ['Đảng bộ xã Nà Tấu', '2025-03-20'],
      ['Chi bộ Trung tâm Y tế huyện', '2025-03-15'],
    ]);
  });
});
