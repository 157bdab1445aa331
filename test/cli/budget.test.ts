import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAB } from '../../src/core/workbook/contract';
import { daihoi, tempDir } from '../helpers/cli';
import { cleanTabs } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

test('budget prints the totals per unit with the roll-up and the plan total', async () => {
  const file = join(tempDir(), 'dt.xlsx');
  await writePlan(file, cleanTabs());
  const run = daihoi(['budget', file]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('- Chi bộ 02 (bản Nà Phát): 33.200.000 đ\n');
  expect(run.stdout).toContain('Tổng dự toán: 38.200.000 đ\n');
});

test('--suggest --write appends lines for congresses without any, keeps a backup, and a second run adds nothing', async () => {
  const dir = tempDir();
  const file = join(dir, 'goi-y.xlsx');
  const tabs = cleanTabs();
  await writePlan(file, {
    ...tabs,
    [TAB.budget]: tabs[TAB.budget].filter((row) => row['Mã đơn vị'] !== 'BH'),
  });
  const first = daihoi(['budget', file, '--suggest', '--write']);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain('Dự toán gợi ý: 3 dòng mới cho tab Dự toán.');
  expect(first.stdout).toContain(`Đã thêm 3 dòng vào tab Dự toán (bản sao lưu: ${file}.bak).`);
  expect(existsSync(`${file}.bak`)).toBe(true);
  const validate = daihoi(['validate', file, '--json', '--today', '2024-12-01']);
  expect(JSON.parse(validate.stdout)).toEqual([]);
  const second = daihoi(['budget', file, '--suggest', '--write']);
  expect(second.stdout).toBe('Không có gì để gợi ý: mọi đại hội đã có dòng dự toán.\n');
  const after = daihoi(['budget', file]);
  expect(after.stdout).toContain('Tổng dự toán: 125.700.000 đ'); // 33.200.000 + 75.000.000 + 10.000.000 + 7.500.000
});

test('--suggest: a category paid per serving staff gets an empty quantity and a note, which validation then asks for', async () => {
  const dir = tempDir();
  const file = join(dir, 'phuc-vu.xlsx');
  const tabs = cleanTabs();
  await writePlan(file, {
    ...tabs,
    [TAB.norms]: [
      ...tabs[TAB.norms],
      {
        'Mã khoản chi': 'PV',
        'Nội dung chi': 'Bồi dưỡng người phục vụ đại hội',
        'Đơn vị tính': 'người/ngày',
        'Áp dụng cho': 'Tất cả',
        'Mức tối đa': 100_000,
        'Căn cứ': 'Quy định 3041-QĐ/VPTW',
      },
    ],
    [TAB.budget]: tabs[TAB.budget].filter((row) => row['Mã đơn vị'] !== 'BH'),
  });
  const run = daihoi(['budget', file, '--suggest', '--write']);
  expect(run.code).toBe(0);
  const serving = run.stdout.split('\n').find((line) => line.includes(' PV '))!;
  expect(serving).toMatch(
    /^Đảng bộ xã Bản Hon {2}PV +2 +100\.000 đ +gợi ý: nhập số người phục vụ đại hội vào Số lượng$/,
  );
  const validate = JSON.parse(daihoi(['validate', file, '--json', '--today', '2024-12-01']).stdout);
  expect(validate.map((f: { code: string; cell: string }) => `${f.code} ${f.cell}`)).toEqual(['T001 C7']);
});

test('--print writes one estimate per congress as HTML and PDF', async () => {
  const dir = tempDir();
  const file = join(dir, 'in.xlsx');
  await writePlan(file, cleanTabs());
  const run = daihoi(['budget', file, '--print', join(dir, 'du-toan'), '--today', '2024-12-21']);
  expect(run.code).toBe(0);
  expect(readdirSync(join(dir, 'du-toan')).sort()).toEqual([
    'du-toan-BH.docx',
    'du-toan-BH.html',
    'du-toan-BH.pdf',
    'du-toan-CB02.docx',
    'du-toan-CB02.html',
    'du-toan-CB02.pdf',
  ]);
  expect(readFileSync(join(dir, 'du-toan', 'du-toan-CB02.html'), 'utf8')).toContain(
    'Ba mươi ba triệu hai trăm nghìn đồng',
  );
});

describe('more of daihoi budget', () => {
  test('the summary rolls totals up to every parent unit and shows the request', async () => {
    const file = join(tempDir(), 'tong.xlsx');
    const tabs = cleanTabs();
    await writePlan(file, {
      ...tabs,
      [TAB.settings]: [
        ...tabs[TAB.settings],
        { Khóa: 'Đảng phí trích giữ lại', 'Giá trị': '8.200.000' },
        { Khóa: 'Nguồn khác', 'Giá trị': 1_000_000 },
      ],
    });
    const run = daihoi(['budget', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Dự toán theo đơn vị (gồm các đơn vị trực thuộc):',
        '- Đảng bộ huyện Phong Thổ: 0 đ (cả đơn vị trực thuộc: 38.200.000 đ)',
        '- Đảng bộ xã Bình Lư: 0 đ (cả đơn vị trực thuộc: 33.200.000 đ)',
        '- Chi bộ 02 (bản Nà Phát): 33.200.000 đ',
        '- Đảng bộ xã Bản Hon: 5.000.000 đ',
        'Tổng dự toán: 38.200.000 đ',
        'Đề nghị cấp: 29.000.000 đ (= 38.200.000 đ − đảng phí trích giữ lại 8.200.000 đ − nguồn khác 1.000.000 đ)',
        '',
      ].join('\n'),
    );
  });

  test('--suggest without --write only prints the proposed lines and leaves the file alone', async () => {
    const file = join(tempDir(), 'chi-in.xlsx');
    const tabs = cleanTabs();
    await writePlan(file, {
      ...tabs,
      [TAB.budget]: tabs[TAB.budget].filter((row) => row['Mã đơn vị'] !== 'BH'),
    });
    const before = readFileSync(file);
    const run = daihoi(['budget', file, '--suggest']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Dự toán gợi ý: 3 dòng mới cho tab Dự toán.',
        'Đơn vị              Khoản chi  Số lượng  Số ngày       Đơn giá    Thành tiền  Ghi chú',
        'Đảng bộ xã Bản Hon  AN              250        2     150.000 đ  75.000.000 đ  gợi ý: số lượng theo Tổng đại biểu, điều chỉnh theo thực tế',
        'Đảng bộ xã Bản Hon  HT                1           10.000.000 đ  10.000.000 đ  gợi ý',
        'Đảng bộ xã Bản Hon  TL              250               30.000 đ   7.500.000 đ  gợi ý: số lượng theo Tổng đại biểu, điều chỉnh theo thực tế',
        '',
      ].join('\n'),
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  test('--write without --suggest and an unreadable file exit 2 with one line on stderr', async () => {
    const file = join(tempDir(), 'x.xlsx');
    await writePlan(file, cleanTabs());
    const write = daihoi(['budget', file, '--write']);
    expect(write.code).toBe(2);
    expect(write.stderr).toContain('--write chỉ dùng cùng --suggest.');
    const missing = daihoi(['budget', join(tempDir(), 'khong-co.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('--print escapes cell text and the PDF carries the estimate', async () => {
    const dir = tempDir();
    const file = join(dir, 'in.xlsx');
    const tabs = cleanTabs();
    await writePlan(file, {
      ...tabs,
      [TAB.units]: tabs[TAB.units].map((row) =>
        row['Mã đơn vị'] === 'CB02' ? { ...row, 'Tên đơn vị': 'Chi bộ <script>alert(1)</script>' } : row,
      ),
    });
    const run = daihoi(['budget', file, '--print', join(dir, 'out'), '--today', '2025-01-10']);
    expect(run.code).toBe(0);
    const html = readFileSync(join(dir, 'out', 'du-toan-CB02.html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Chi bộ &lt;script&gt;alert(1)&lt;/script&gt;');
    const pdf = readFileSync(join(dir, 'out', 'du-toan-CB02.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = spawnSync('pdftotext', ['-layout', join(dir, 'out', 'du-toan-CB02.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text.status).toBe(0); // poppler-utils, installed by .ci/run
    expect(text.stdout).toContain('DỰ TOÁN KINH PHÍ');
    expect(text.stdout).toContain('Phong Thổ, ngày 10 tháng 01 năm 2025');
    expect(text.stdout).toContain('Ba mươi ba triệu hai trăm nghìn đồng');
  });
});

test('the example workbook: nothing left to suggest, and validation warns which categories still need a cap', async () => {
  const dir = tempDir();
  const file = join(dir, 'vi-du.xlsx');
  expect(daihoi(['init', file, '--example']).code).toBe(0);
  const suggested = daihoi(['budget', file, '--suggest']);
  expect(suggested.stdout).toBe('Không có gì để gợi ý: mọi đại hội đã có dòng dự toán.\n');
  const validate = JSON.parse(daihoi(['validate', file, '--json', '--today', '2024-12-01']).stdout) as {
    code: string;
    severity: string;
    sheet: string;
    message: string;
  }[];
  const b007 = validate.filter((f) => f.code === 'B007');
  expect(b007.length).toBeGreaterThan(0);
  expect(b007.every((f) => f.severity === 'Cảnh báo' && f.sheet === 'Định mức')).toBe(true);
  expect(b007.map((f) => f.message)).toContain(
    'Khoản "Tiền ăn đại biểu dự đại hội" chưa có định mức (Mức tối đa) cho Đảng bộ cơ sở; 1 dòng dự toán đang dùng khoản này.',
  );
});
