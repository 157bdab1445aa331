import { addDays, examplePlan, planToRawWorkbook, validateWorkbook } from '../../../src/core';

const TODAYS = [
  '2016-01-01',
  '2016-12-20',
  '2017-02-01',
  '2024-09-01',
  '2025-01-05',
  '2026-11-22',
  '2030-01-01',
];

describe.each(['huyen-uy', 'doan'] as const)('example %s', (name) => {
  test.each(TODAYS)('validates with no Lỗi on %s', (today) => {
    const { findings } = validateWorkbook(planToRawWorkbook(examplePlan(name)), { today });
    expect(findings.filter((f) => f.severity === 'Lỗi')).toEqual([]);
  });
});

test('the district example holds the three pilot congresses of the 2024 plan', () => {
  const { workbook } = validateWorkbook(planToRawWorkbook(examplePlan('huyen-uy')), { today: '2024-10-01' });
  const figures = workbook.congresses.map((c) => [
    c.unitCode,
    c.members,
    c.invited,
    c.total,
    c.days,
    c.deadline,
  ]);
  expect(figures).toEqual([
    ['BL-CB02', 13, 269, 282, 1, '2025-01-10'],
    ['PTDTNT', 17, 49, 66, 2, '2025-03-31'],
    ['BH', 195, 55, 250, 2, '2025-03-31'],
  ]);
  expect(workbook.milestones.filter((m) => m.due === '2024-11-01')).toHaveLength(3);
});

test('the district example explains, as warnings, which categories still need a cap', () => {
  const { findings } = validateWorkbook(planToRawWorkbook(examplePlan('huyen-uy')), { today: '2024-10-01' });
  const noCap = findings.filter((f) => f.code === 'B007');
  expect(noCap.length).toBeGreaterThan(0);
  expect(noCap.every((f) => f.severity === 'Cảnh báo' && f.sheet === 'Định mức')).toBe(true);
  expect(noCap.map((f) => f.message)).toContain(
    'Khoản "Tiền ăn đại biểu dự đại hội" chưa có định mức (Mức tối đa) cho Chi bộ trực thuộc, Chi bộ cơ sở; 2 dòng dự toán đang dùng khoản này.',
  );
});

test('the Youth Union example lists 3 đoàn cơ sở and 15 chi đoàn, all electing the secretary directly', () => {
  const { workbook } = validateWorkbook(planToRawWorkbook(examplePlan('doan')), { today: '2016-12-01' });
  expect(workbook.settings.organisation).toBe('Đoàn');
  const types = workbook.units.filter((u) => u.parent === 'DK').map((u) => u.type);
  expect(types.filter((t) => t === 'Đoàn cơ sở')).toHaveLength(3);
  expect(types.filter((t) => t === 'Chi đoàn cơ sở')).toHaveLength(15);
  expect(workbook.congresses.every((c) => c.directElection)).toBe(true);
  expect(workbook.congresses.filter((c) => c.form === 'Đại hội điểm').map((c) => c.unitCode)).toEqual([
    'DCS-SNN',
    'CD-KBNN',
  ]);
});

test.each(['huyen-uy', 'doan'] as const)('example %s: no Lỗi on any day from 2015 to 2031', (name) => {
  const raw = planToRawWorkbook(examplePlan(name));
  const errors = new Map<string, string>();
  for (let today = '2015-01-01'; today <= '2031-12-31'; today = addDays(today, 13)) {
    for (const f of validateWorkbook(raw, { today }).findings) {
      if (f.severity === 'Lỗi') errors.set(`${f.code} ${f.sheet}!${f.cell}`, today);
    }
  }
  expect([...errors]).toEqual([]);
});

test.each(['huyen-uy', 'doan'] as const)(
  'example %s: a weekly recipient for everything and a daily one scoped to a unit',
  (name) => {
    const { workbook } = validateWorkbook(planToRawWorkbook(examplePlan(name)), { today: '2024-10-01' });
    const recipients = workbook.recipients.map((r) => [r.scope, r.frequency]);
    expect(recipients).toContainEqual(['Tất cả', 'Hằng tuần']);
    const scopedDaily = workbook.recipients.filter(
      (r) => r.scope !== 'Tất cả' && r.frequency === 'Hằng ngày',
    );
    expect(scopedDaily.length).toBeGreaterThan(0);
    const codes = workbook.units.map((u) => u.code);
    for (const r of scopedDaily) expect(codes).toContain(r.scope);
    // Every milestone names a unit in charge that exists.
    for (const m of workbook.milestones) expect(codes).toContain(m.owner);
    // Nothing is marked as done: an example must stay valid whatever the date.
    expect(workbook.milestones.every((m) => m.done === undefined || m.done === null)).toBe(true);
    expect(workbook.congresses.map((c) => c.status)).not.toContain('Đã tổ chức');
  },
);

test('the examples say what is illustrative filler', () => {
  for (const name of ['huyen-uy', 'doan'] as const) {
    const settings = examplePlan(name)['Cấu hình']!;
    const note = settings.find((row) => row.Khóa === 'Ghi chú dữ liệu mẫu')?.['Giá trị'];
    expect(String(note)).toMatch(/minh họa/);
  }
});
