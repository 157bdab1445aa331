import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { daihoi, tempDir } from '../helpers/cli';

const PLAN = [
  'KẾ HOẠCH',
  'Tổ chức đại hội điểm nhiệm kỳ 2025 - 2030',
  'Căn cứ Kế hoạch số 12-KH/HU, ngày 19/7/2024 của Huyện ủy;',
  '- Đảng bộ cơ sở: Đảng bộ xã Tà Mít.',
  'Đại biểu (khoảng 180 đại biểu, trong đó: đảng viên của đảng bộ 150 đồng chí; đại biểu mời 30 đồng chí).',
  '- Đảng bộ xã Tà Mít: Không quá 02 ngày, hoàn thành trước ngày 28/02/2025.',
].join('\n');

test('--json prints the contract shape', () => {
  const dir = tempDir();
  const file = join(dir, 'ke-hoach.txt');
  writeFileSync(file, PLAN);
  const run = daihoi(['import', file, '--json']);
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout);
  // The contract's keys first, in its order; then what issue 16 adds (the plan itself, congresses with
  // their term, tasks with owners, cited documents, what was skipped and why, counts checked).
  expect(Object.keys(json)).toEqual([
    'deadlines',
    'references',
    'units',
    'emails',
    'text',
    'plan',
    'congresses',
    'tasks',
    'documents',
    'skipped',
    'checks',
  ]);
  expect(json.documents).toEqual([
    {
      kind: 'Kế hoạch',
      number: '12-KH/HU',
      date: '2024-07-19',
      issuer: 'Huyện ủy',
      text: 'Kế hoạch số 12-KH/HU, ngày 19/7/2024 của Huyện ủy',
    },
  ]);
  expect(json.congresses).toEqual([
    {
      unit: 'Đảng bộ xã Tà Mít',
      form: 'Đại hội điểm',
      directElection: false,
      newTerm: '2025-2030',
      deadline: '2025-02-28',
      parent: null,
    },
  ]);
  // The congress's own deadline is not a task.
  expect(json.tasks).toEqual([]);
  expect(json.deadlines).toEqual([
    {
      date: '2025-02-28',
      text: '- Đảng bộ xã Tà Mít: Không quá 02 ngày, hoàn thành trước ngày 28/02/2025.'.slice(2),
    },
  ]);
  expect(json.references.map((r: { date: string }) => r.date)).toEqual(['2024-07-19']);
  expect(json.units).toEqual([
    {
      name: 'Đảng bộ xã Tà Mít',
      type: 'Đảng bộ cơ sở',
      members: 150,
      invited: 30,
      total: 180,
      days: 2,
      deadline: '2025-02-28',
    },
  ]);
});

test('a UTF-16 file with its byte-order mark reads the same', () => {
  const dir = tempDir();
  const file = join(dir, 'utf16.txt');
  writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN, 'utf16le')]));
  expect(JSON.parse(daihoi(['import', file, '--json']).stdout).units[0].total).toBe(180);
});

test('--into appends the plan’s rows to the example workbook, and a second run adds none', () => {
  const dir = tempDir();
  const plan = join(dir, 'ke-hoach.txt');
  writeFileSync(plan, PLAN);
  const book = join(dir, 'vi-du.xlsx');
  daihoi(['init', book, '--example']);
  const first = daihoi(['import', plan, '--into', book]);
  expect(first.code).toBe(0);
  // The congress's deadline is in `Đại hội`, not repeated as a milestone (issue 16).
  expect(first.stdout).toContain(`Đã thêm 1 đơn vị, 1 đại hội, 0 mốc thời gian (bản sao lưu: ${book}.bak).`);
  const second = daihoi(['import', plan, '--into', book]);
  expect(second.stdout).toContain('Bảng tính đã có mọi nội dung của kế hoạch này: không thêm gì.');
  const findings = JSON.parse(daihoi(['validate', book, '--json', '--today', '2024-12-01']).stdout);
  // The new unit (after the example's seven) still needs what the plan does not say (its term):
  // validation names the cells to fill.
  expect(
    findings.filter((f: { code: string }) => f.code === 'T001').map((f: { cell: string }) => f.cell),
  ).toEqual(['F9']);
});

test('an unreadable plan exits 2', () => {
  const run = daihoi(['import', join(tempDir(), 'khong-co.txt')]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/không đọc được văn bản kế hoạch/);
});

test('the readable summary says which stated count the attached list does not match', () => {
  const dir = tempDir();
  const file = join(dir, 'doan.txt');
  writeFileSync(
    file,
    [
      '- Thí điểm bầu trực tiếp Bí thư tại 01 đoàn cơ sở và 03 chi đoàn.',
      'DANH SÁCH',
      'STT\tĐƠN VỊ',
      '1\tĐoàn cơ sở Sở Công Thương',
      '2\tChi đoàn Sở Xây dựng',
      '3\tChi đoàn Văn phòng UBND tỉnh',
    ].join('\n'),
  );
  const run = daihoi(['import', file]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(
    '- Khớp: văn bản ghi "01 đoàn cơ sở", danh sách kèm theo có 1 đơn vị loại này.',
  );
  expect(run.stdout).toContain(
    '- KHÔNG KHỚP: văn bản ghi "03 chi đoàn" nhưng danh sách kèm theo có 2 đơn vị loại này.',
  );
  expect(run.stdout).toContain('- Chi đoàn Sở Xây dựng (Chi đoàn)');
});

test('a plan typed in TCVN3 is converted, and the summary says so', () => {
  const dir = tempDir();
  const file = join(dir, 'tcvn3.txt');
  // "Đảng bộ xã Tả Mít: Không quá 02 ngày, hoàn thành trước ngày 28/02/2025." in TCVN3.
  writeFileSync(
    file,
    '\u00a7\u00b6ng b\u00e9 x\u00b7 T\u00b6 M\u00ddt: Kh\u00abng qu\u00b8 02 ng\u00b5y, ho\u00b5n th\u00b5nh tr\u00ad\u00edc ng\u00b5y 28/02/2025.',
  );
  const run = daihoi(['import', file]);
  expect(run.stdout).toContain('Đã chuyển 1 đoạn gõ bằng phông cũ (TCVN3/VNI) sang Unicode trước khi đọc.');
  expect(run.stdout).toContain('- Đảng bộ xã Tả Mít (Đảng bộ cơ sở), không quá 2 ngày, hạn 28/02/2025');
  const json = JSON.parse(daihoi(['import', file, '--json']).stdout);
  expect(json.text).toBe('Đảng bộ xã Tả Mít: Không quá 02 ngày, hoàn thành trước ngày 28/02/2025.');
});
