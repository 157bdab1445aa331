/**
 * Lập mốc công việc gợi ý in the core: which standard steps each congress gets, dated back from its
 * congress date or deadline, with owners and dependencies; what counts as a step already there; and
 * that a second run adds nothing.
 */
import {
  type Cell,
  dateCell,
  examplePlan,
  type PlanRows,
  readWorkbook,
  TAB,
  validateWorkbook,
} from '../../../src/core';
import { planToRawWorkbook } from '../../../src/core/examples/index';
import { foldWords, kindsOf } from '../../../src/core/pilot/match';
import { type SuggestedTask, suggestTasks, taskRows } from '../../../src/core/pilot/tasks';
import { buildWorkbook, cleanTabs, type PlanTabs, type RowObject } from '../../helpers/workbook-builder';

const read = (plan: PlanRows) => readWorkbook(planToRawWorkbook(plan)).workbook;
const byCode = (tasks: readonly SuggestedTask[]) => new Map(tasks.map((task) => [task.code, task]));

/** The plan as the office had it before its first run: its own tasks, without the ones marked Gợi ý. */
function withoutSuggested(plan: PlanRows): PlanRows {
  const own = (plan[TAB.milestones] ?? []).filter((row) => !String(row['Ghi chú'] ?? '').startsWith('Gợi ý'));
  return { ...plan, [TAB.milestones]: own };
}

/** The plan with the suggested rows appended to `Mốc thời gian`, as `--write` or the menu would. */
function applied(plan: PlanRows): PlanRows {
  const rows = taskRows(suggestTasks(read(plan)).tasks);
  return { ...plan, [TAB.milestones]: [...(plan[TAB.milestones] ?? []), ...rows] };
}

describe('the district example (Huyện ủy, 2024)', () => {
  const plan = examplePlan('huyen-uy');
  // The example already carries the suggested tasks; start from the plan's own tasks.
  const own = withoutSuggested(plan);
  const suggestion = suggestTasks(read(own));
  const tasks = byCode(suggestion.tasks);

  test('each congress gets the standard steps it lacks, counted back from its deadline', () => {
    expect(suggestion.tasks.map((task) => task.code)).toEqual([
      'KH-BL-CB02',
      'VK-BL-CB02',
      'YKVK-BL-CB02',
      'YKNS-BL-CB02',
      'DY-BL-CB02',
      'GM-BL-CB02',
      'BCKQ-BL-CB02',
      'KH-PTDTNT',
      'VK-PTDTNT',
      'YKVK-PTDTNT',
      'YKNS-PTDTNT',
      'DY-PTDTNT',
      'GM-PTDTNT',
      'BCKQ-PTDTNT',
      'KH-BH',
      'VK-BH',
      'YKVK-BH',
      'YKNS-BH',
      'DY-BH',
      'GM-BH',
      'BCKQ-BH',
      'RKN-BTC-HU',
    ]);
    // The congresses are the plan's own tasks (DH-CB02 ...), and so is the Ban Tổ chức's "tổng hợp và
    // báo cáo kết quả đại hội điểm" (BC-KQ): matched, not added again.
    expect(suggestion.matched).toBe(4);
    expect(suggestion.congresses).toBe(3);
  });

  test('dates count back from the plan deadline (10/01/2025 for Chi bộ 02) and say so', () => {
    expect(tasks.get('YKVK-BL-CB02')).toMatchObject({
      due: '2024-12-11',
      owner: 'BL-CB02',
      dependsOn: ['VK-BL-CB02'],
      content:
        'Xin ý kiến cấp ủy cấp trên (Đảng bộ xã Bình Lư) về báo cáo chính trị, báo cáo kiểm điểm đại hội Chi bộ 02 (bản Nà Phát)',
      note: 'Gợi ý: 30 ngày trước hạn hoàn thành 10/01/2025 (chưa có ngày đại hội)',
    });
    expect(tasks.get('KH-BL-CB02')!.due).toBe('2024-11-11');
    expect(tasks.get('GM-BL-CB02')!.due).toBe('2024-12-31');
    // Results within 15 days (the default of "Hạn báo cáo kết quả (ngày)"), after the plan's own DH task.
    expect(tasks.get('BCKQ-BL-CB02')).toMatchObject({ due: '2025-01-25', dependsOn: ['DH-CB02'] });
  });

  test('the approval belongs to the level that approves: Bình Lư for its chi bộ; for the others the Huyện ủy, through its Ban Tổ chức', () => {
    expect(tasks.get('DY-BL-CB02')).toMatchObject({
      owner: 'BL',
      content: 'Cho ý kiến về văn kiện, phương án nhân sự đại hội Chi bộ 02 (bản Nà Phát)',
      dependsOn: ['YKVK-BL-CB02', 'YKNS-BL-CB02'],
    });
    // The Huyện ủy issues the plan (Cấu hình), it is no row of Đơn vị: its Ban Tổ chức (a Cơ quan)
    // advises it on documents and personnel, and owns the step; the words name no level they cannot.
    expect(tasks.get('DY-BH')!.owner).toBe('BTC-HU');
    expect(tasks.get('DY-PTDTNT')!.owner).toBe('BTC-HU');
    expect(tasks.get('YKNS-BH')!.content).toBe(
      'Xin ý kiến cấp ủy cấp trên về phương án nhân sự đại hội Đảng bộ xã Bản Hon',
    );
  });

  test("the lessons meeting after the last pilot goes to the Ban Tổ chức; its own summary task stays the plan's", () => {
    expect(tasks.get('RKN-BTC-HU')).toMatchObject({
      owner: 'BTC-HU',
      due: '2025-04-15',
      dependsOn: ['DH-CB02', 'DH-PTDTNT', 'DH-BH'],
      note: 'Gợi ý: 15 ngày sau đại hội điểm cuối cùng (31/03/2025)',
    });
    expect([...tasks.keys()].some((code) => code.startsWith('BCDD'))).toBe(false);
  });

  test('a second run adds nothing, and the rows validate without a new error', () => {
    const once = applied(own);
    expect(suggestTasks(read(once)).tasks).toEqual([]);
    const findings = validateWorkbook(planToRawWorkbook(once), { today: '2024-11-01' }).findings;
    expect(findings.filter((f) => f.sheet === TAB.milestones && f.severity === 'Lỗi')).toEqual([]);
    expect(findings.filter((f) => f.code === 'M004')).toEqual([]);
  });

  test('the example ships with exactly these suggested tasks, marked "Gợi ý"', () => {
    const shipped = (plan[TAB.milestones] ?? []).filter((row) =>
      String(row['Ghi chú'] ?? '').startsWith('Gợi ý'),
    );
    expect(shipped.map((row) => row['Mã công việc'])).toEqual(suggestion.tasks.map((task) => task.code));
    expect(suggestTasks(read(plan)).tasks).toEqual([]);
  });
});

describe('the Youth Union example (Đoàn Khối, 2016)', () => {
  const plan = examplePlan('doan');
  const own = withoutSuggested(plan);
  const suggestion = suggestTasks(read(own));
  const tasks = byCode(suggestion.tasks);

  test('the plan\'s "duyệt văn kiện trong tháng 12/2016" by the Đoàn Khối is every congress\'s approval', () => {
    expect([...tasks.keys()].filter((code) => code.startsWith('DY-'))).toEqual([]);
    expect(tasks.get('GM-DCS-SNN')!.dependsOn).toEqual(['VK-12', 'DYCU-DCS-SNN']);
  });

  test('a Youth Union congress also needs its Party committee, and reports to both', () => {
    expect(tasks.get('DYCU-CD-KBNN')).toMatchObject({
      owner: 'CD-KBNN',
      due: '2016-12-31',
      content:
        'Cấp ủy cùng cấp đồng ý văn kiện, đề án nhân sự đại hội Chi đoàn Kho bạc Nhà nước tỉnh Lai Châu',
    });
    expect(tasks.get('YKNS-CD-KBNN')!.content).toBe(
      'Báo cáo đề án nhân sự đại hội Chi đoàn Kho bạc Nhà nước tỉnh Lai Châu với cấp ủy cùng cấp và Ban Thường vụ Đoàn Khối các cơ quan tỉnh Lai Châu',
    );
  });

  test('the pilots keep their own congress tasks; the 16 others get one, with the direct election', () => {
    expect(tasks.has('DH-DCS-SNN')).toBe(false);
    expect(tasks.has('DH-CD-KBNN')).toBe(false);
    expect(tasks.get('DH-CD-TA')).toMatchObject({
      due: '2017-03-31',
      content: 'Tổ chức đại hội Chi đoàn Tòa án, bầu trực tiếp Bí thư',
    });
    expect(suggestion.congresses).toBe(18);
  });

  test('the lessons meeting of the Đoàn Khối comes after the last pilot (15/01/2017), before the roll-out', () => {
    expect(tasks.get('RKN-DK')).toMatchObject({
      owner: 'DK',
      due: '2017-01-30',
      dependsOn: ['DHD-SNN', 'DHD-KBNN'],
    });
  });

  test('a second run adds nothing', () => {
    expect(suggestTasks(read(applied(own))).tasks).toEqual([]);
    expect(suggestTasks(read(plan)).tasks).toEqual([]);
  });
});

describe('what counts as a step already there', () => {
  const tasksOf = (tabs: Partial<PlanTabs>) =>
    byCode(suggestTasks(readWorkbook(buildWorkbook(tabs)).workbook).tasks);

  test('the clean plan: "Duyệt văn kiện đại hội Chi bộ 02" by Bình Lư is its approval, its DH task its congress', () => {
    const tasks = tasksOf({});
    expect(tasks.has('DY-CB02')).toBe(false);
    expect(tasks.has('DH-CB02')).toBe(false);
    expect(tasks.get('GM-CB02')!.dependsOn).toEqual(['CV01']);
    // Bản Hon has a date: its steps count back from 20/03/2025, not from its deadline.
    expect(tasks.get('YKNS-BH')).toMatchObject({
      due: '2025-02-18',
      note: 'Gợi ý: 30 ngày trước ngày đại hội 20/03/2025',
    });
    // Its congress lasts two days: results within 15 days of the second.
    expect(tasks.get('BCKQ-BH')).toMatchObject({
      due: '2025-04-05',
      note: 'Gợi ý: 15 ngày sau ngày kết thúc đại hội 21/03/2025',
    });
  });

  test('the wording of a plan (as the importer copies it) matches, whoever typed it', () => {
    const base = cleanTabs();
    const typed: RowObject = {
      'Mã công việc': 'KH07',
      'Nội dung':
        'Xin ý kiến Ban Thường vụ Huyện ủy về báo cáo chính trị, báo cáo kiểm điểm và Đề án nhân sự Ban Chấp hành',
      'Đơn vị chủ trì': 'BH',
      Hạn: dateCell('2025-02-20'),
    };
    const tasks = tasksOf({ [TAB.milestones]: [...base[TAB.milestones], typed] });
    expect(tasks.has('YKVK-BH')).toBe(false);
    expect(tasks.has('YKNS-BH')).toBe(false);
    expect(tasks.get('DY-BH')!.dependsOn).toEqual(['KH07']);
  });

  test('a task naming its unit counts whoever owns it; a budget task never counts', () => {
    const base = cleanTabs();
    const rows: RowObject[] = [
      {
        'Mã công việc': 'X1',
        'Nội dung': 'Gửi giấy mời dự đại hội Đảng bộ xã Bản Hon',
        Hạn: dateCell('2025-03-10'),
      },
      {
        'Mã công việc': 'X2',
        'Nội dung': 'Lập dự toán kinh phí đại hội Đảng bộ xã Bản Hon, gửi Phòng Tài chính - Kế hoạch',
        'Đơn vị chủ trì': 'BH',
        Hạn: dateCell('2024-12-10'),
      },
    ];
    const tasks = tasksOf({ [TAB.milestones]: [...base[TAB.milestones], ...rows] });
    expect(tasks.has('GM-BH')).toBe(false);
    expect(tasks.has('KH-BH')).toBe(true);
  });

  test('a task with the suggested code counts even after the office rewrote its text', () => {
    const base = cleanTabs();
    const row: RowObject = { 'Mã công việc': 'KH-BH', 'Nội dung': 'Việc riêng', Hạn: dateCell('2025-01-01') };
    expect(tasksOf({ [TAB.milestones]: [...base[TAB.milestones], row] }).has('KH-BH')).toBe(false);
  });

  test("the approver named beside its chi bộ does not make it the approver's own step", () => {
    const base = cleanTabs();
    const bl: RowObject = {
      ...base[TAB.congresses][0]!,
      'Mã đơn vị': 'BL',
      'Ngày đại hội': dateCell('2025-04-10'),
      'Hạn hoàn thành': dateCell('2025-04-30'),
      'Thành viên dự': 300,
      'Đại biểu mời': 10,
      'Tổng đại biểu': 310,
    };
    const row: RowObject = {
      'Mã công việc': 'X1',
      'Nội dung': 'Xin ý kiến Đảng bộ xã Bình Lư về phương án nhân sự đại hội Chi bộ 02 (bản Nà Phát)',
      'Đơn vị chủ trì': 'CB02',
      Hạn: dateCell('2024-12-10'),
    };
    const tasks = tasksOf({
      [TAB.congresses]: [...base[TAB.congresses], bl],
      [TAB.milestones]: [...base[TAB.milestones], row],
    });
    expect(tasks.has('YKNS-CB02')).toBe(false);
    expect(tasks.has('YKNS-BL')).toBe(true);
  });

  test("what a task's words say it does", () => {
    const kinds = (text: string) => kindsOf(foldWords(text));
    expect(kinds('Chỉ đạo và duyệt văn kiện đại hội cấp cơ sở (trong tháng 12/2016)')).toEqual(['approval']);
    expect(
      kinds('Báo cáo đề án tổ chức đại hội, việc chuẩn bị văn kiện, đề án nhân sự với cấp ủy Đảng cùng cấp'),
    ).toEqual(['opinionDocuments', 'opinionPersonnel']);
    expect(kinds('Cấp ủy cùng cấp đồng ý văn kiện')).toEqual(['partyApproval']);
    expect(kinds('Hợp rút kinh nghiệm sau khi kết thúc đại hội điểm cấp cơ sở')).toEqual(['lessons']);
    expect(kinds('Báo cáo kết quả tổ chức Đại hội điểm cấp cơ sở')).toEqual(['results']);
    expect(kinds('Đại hội điểm Đoàn cơ sở Sở Nông nghiệp và PTNT, bầu trực tiếp Bí thư')).toEqual([
      'congress',
    ]);
    expect(kinds('Xây dựng Kế hoạch chỉ đạo Đại hội điểm')).toEqual(['plan']);
    expect(kinds('Lập dự toán kinh phí đại hội, gửi Phòng Tài chính - Kế hoạch')).toEqual([]);
    expect(kinds('Thành lập tổ công tác chỉ đạo, theo dõi, hướng dẫn')).toEqual([]);
  });
});

describe('owners, held congresses and Cấu hình', () => {
  const withSettings = (entries: Record<string, Cell>): PlanTabs => {
    const base = cleanTabs();
    return {
      ...base,
      [TAB.settings]: [
        ...base[TAB.settings],
        ...Object.entries(entries).map(([Khóa, v]) => ({ Khóa, 'Giá trị': v })),
      ],
    };
  };
  const suggest = (tabs: PlanTabs) => suggestTasks(readWorkbook(buildWorkbook(tabs)).workbook);

  test('Cấu hình moves a step and the results deadline', () => {
    const tasks = byCode(
      suggest(
        withSettings({
          'Ngày trước đại hội: Xin ý kiến nhân sự': 40,
          'Hạn báo cáo kết quả (ngày)': 10,
          'Ngày sau đại hội điểm cuối: Rút kinh nghiệm': 7,
        }),
      ).tasks,
    );
    expect(tasks.get('YKNS-BH')).toMatchObject({
      due: '2025-02-08',
      note: 'Gợi ý: 40 ngày trước ngày đại hội 20/03/2025',
    });
    expect(tasks.get('BCKQ-BH')!.due).toBe('2025-03-31');
    expect(tasks.get('RKN-HU')!.due).toBe('2025-03-28');
  });

  test('a value that is not a number of days is T004 and the default is used', () => {
    const raw = buildWorkbook(withSettings({ 'Ngày trước đại hội: Gửi giấy mời': 'mười' }));
    const { findings, workbook } = validateWorkbook(raw, { today: '2024-12-01' });
    expect(findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual(['T004 Cấu hình!B13']);
    expect(byCode(suggestTasks(workbook).tasks).get('GM-BH')!.due).toBe('2025-03-10');
  });

  test('a held congress gets only what is still ahead: its results report, none once reported', () => {
    const base = cleanTabs();
    const held = (status: string): PlanTabs => ({
      ...base,
      [TAB.congresses]: base[TAB.congresses].map((row) =>
        row['Mã đơn vị'] === 'BH'
          ? { ...row, 'Trạng thái': status, 'Ngày đại hội': dateCell('2024-11-20') }
          : row,
      ),
    });
    const steps = (status: string) =>
      suggest(held(status))
        .tasks.filter((task) => task.congressUnit === 'BH')
        .map((task) => task.code);
    expect(steps('Đã tổ chức')).toEqual(['BCKQ-BH']);
    expect(steps('Đã báo cáo')).toEqual([]);
  });

  test('the summary goes to the Ban Tổ chức when the plan level has it as a Cơ quan', () => {
    const base = cleanTabs();
    const office: RowObject = {
      'Mã đơn vị': 'BTC',
      'Tên đơn vị': 'Ban Tổ chức Huyện ủy',
      'Loại đơn vị': 'Cơ quan',
      'Đơn vị cấp trên': 'HU',
    };
    const tasks = byCode(suggest({ ...base, [TAB.units]: [...base[TAB.units], office] }).tasks);
    expect(tasks.get('BCDD-BTC')).toMatchObject({ owner: 'BTC', dependsOn: ['RKN-HU'] });
  });

  test('a congress unit with no upper level: its approval has no owner to guess', () => {
    const base = cleanTabs();
    const units = base[TAB.units].map((row) =>
      row['Mã đơn vị'] === 'BH' ? { ...row, 'Đơn vị cấp trên': '' } : row,
    );
    const task = byCode(suggest({ ...base, [TAB.units]: units }).tasks).get('DY-BH')!;
    expect(task.owner).toBeUndefined();
    expect(task.content).toBe('Cho ý kiến về văn kiện, phương án nhân sự đại hội Đảng bộ xã Bản Hon');
  });

  test('suggested rows are rows of Mốc thời gian, with the mark in Ghi chú', () => {
    const [row] = taskRows(suggest(cleanTabs()).tasks);
    expect(Object.keys(row!)).toEqual([
      'Mã công việc',
      'Nội dung',
      'Đơn vị chủ trì',
      'Hạn',
      'Phụ thuộc',
      'Ghi chú',
    ]);
    expect(String(row!['Ghi chú'])).toMatch(/^Gợi ý: /);
  });
});
