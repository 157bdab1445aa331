/**
 * Output stays inside --out: links already in it are replaced, never followed (not even one to the
 * user's own workbook), and file names made from codes are one per code and bounded in length.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OutputDir } from '../../src/cli/output-dir';
import { dateCell } from '../../src/core/cells';
import { codeFileBase, shortHash } from '../../src/core/file-names';
import { TAB } from '../../src/core/workbook/contract';
import { daihoi, tempDir } from '../helpers/cli';
import { cleanTabs, type PlanTabs } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

const LONG = `X${'Ư'.repeat(299)}`;
const CODES = ['A/B', 'A.B', 'A-B', 'Đ1', 'D1', LONG];

test('report replaces links left in --out, so neither a file elsewhere nor the workbook itself is overwritten', async () => {
  const dir = tempDir();
  const file = join(dir, 'ke-hoach.xlsx');
  await writePlan(file, cleanTabs());
  const workbookBefore = readFileSync(file);
  const victim = join(dir, 'nan-nhan.txt');
  writeFileSync(victim, 'không được ghi đè');
  const out = join(dir, 'bao-cao');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(out);
  symlinkSync(victim, join(out, 'report.html'));
  symlinkSync(victim, join(out, 'report.pdf'));
  symlinkSync(victim, join(out, 'report.docx'));
  symlinkSync(file, join(out, 'ke-hoach-bao-cao.xlsx'));
  symlinkSync(victim, join(out, '001-Tan-Thi-Que.eml'));

  const run = daihoi(['report', file, '--out', out, '--today', '2024-12-21']);
  expect(run.code).toBe(0);
  expect(readFileSync(victim, 'utf8')).toBe('không được ghi đè');
  expect(readFileSync(file).equals(workbookBefore)).toBe(true);
  for (const name of [
    'report.html',
    'report.pdf',
    'report.docx',
    'ke-hoach-bao-cao.xlsx',
    '001-Tan-Thi-Que.eml',
  ]) {
    expect({ name, link: lstatSync(join(out, name)).isSymbolicLink() }).toEqual({ name, link: false });
  }
  expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('BÁO CÁO');
  // Nothing but the outputs, no temporary file left behind.
  expect(readdirSync(out).sort()).toEqual(
    [
      '001-Tan-Thi-Que.eml',
      '002-Lo-Van-Minh.eml',
      'ke-hoach-bao-cao.xlsx',
      'report.docx',
      'report.html',
      'report.pdf',
    ].sort(),
  );
});

function codesPlan(): PlanTabs {
  const tabs = cleanTabs();
  const units = CODES.map((code, index) => ({
    ...tabs[TAB.units][3]!,
    'Mã đơn vị': code,
    'Tên đơn vị': `Đảng bộ thứ ${index + 1}`,
  }));
  const congresses = CODES.map((code) => ({
    ...tabs[TAB.congresses][1]!,
    'Mã đơn vị': code,
    'Ngày đại hội': dateCell('2025-03-20'),
  }));
  const budget = CODES.map((code) => ({ ...tabs[TAB.budget][2]!, 'Mã đơn vị': code }));
  return {
    ...tabs,
    [TAB.units]: [...tabs[TAB.units], ...units],
    [TAB.congresses]: [...tabs[TAB.congresses], ...congresses],
    [TAB.budget]: [...tabs[TAB.budget], ...budget],
  };
}

test('budget --print: one file per code (A/B, A.B, A-B; Đ1, D1) and a 300-character code, each naming its own unit', async () => {
  const dir = tempDir();
  const file = join(dir, 'ma.xlsx');
  await writePlan(file, codesPlan());
  const out = join(dir, 'du-toan');
  const run = daihoi(['budget', file, '--print', out], { CHROMIUM_PATH: '' });
  expect(run.code).toBe(0);
  const pages = readdirSync(out).filter((name) => name.endsWith('.html'));
  expect(pages).toHaveLength(2 + CODES.length); // CB02, BH and the six
  CODES.forEach((code, index) => {
    const name = `${codeFileBase('du-toan', code)}.html`;
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(readFileSync(join(out, name), 'utf8')).toContain(`Đảng bộ thứ ${index + 1}`);
  });
  expect(existsSync(join(out, 'du-toan-CB02.html'))).toBe(true);
});

describe('names from codes', () => {
  test('a plain code is kept as it is; any other gets a stable hash after an underscore', () => {
    expect(codeFileBase('du-toan', 'CB02')).toBe('du-toan-CB02');
    expect(codeFileBase('du-toan', 'A-B')).toBe('du-toan-A-B');
    expect(codeFileBase('du-toan', 'A/B')).toBe(`du-toan-A-B_${shortHash('A/B')}`);
    expect(codeFileBase('du-toan', 'Đ1')).toBe(`du-toan-D1_${shortHash('Đ1')}`);
    // Lower case could meet upper case on a case-insensitive disk.
    expect(codeFileBase('du-toan', 'cb02')).toBe(`du-toan-cb02_${shortHash('cb02')}`);
    // NFD and NFC spellings are the same code.
    expect(codeFileBase('x', 'Đ1'.normalize('NFD'))).toBe(codeFileBase('x', 'Đ1'));
  });

  test('distinct for distinct codes, bounded for long ones', () => {
    const names = [...CODES, 'cb02', 'CB02', 'Cb02', 'a b', 'a  b', '.', '..', '/', ''].map((code) =>
      codeFileBase('p', code).toLowerCase(),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(codeFileBase('du-toan', LONG).length).toBeLessThanOrEqual('du-toan-'.length + 74);
    for (const name of names) expect(name).toMatch(/^p-[A-Za-z0-9_-]+$/);
  });

  test('the output directory takes only plain names', () => {
    const dir = OutputDir.open(join(tempDir(), 'ra'));
    for (const name of ['../thoat.txt', 'a/b.txt', '', '..', 'a\\b', 'x'.repeat(256)]) {
      expect(() => dir.file(name)).toThrow(/Not a plain file name/);
    }
    expect(dir.file('report.html')).toBe(join(dir.path, 'report.html'));
  });
});
