/**
 * Writes that cannot lose anything, as a careless or hostile user would meet them: two writes in a
 * row, a private file, a read-only file, a symlink, a hard link, a renamed tab, `init --force`.
 * Every case runs the built command line on a generated workbook.
 */
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { UnusableInputError } from '../../src/cli/errors';
import { keepBackup, replaceFile, writeTarget } from '../../src/cli/safe-write';
import { TAB } from '../../src/core/workbook/contract';
import { daihoi, tempDir } from '../helpers/cli';
import { unzip } from '../helpers/unzip';
import { cleanTabs } from '../helpers/workbook-builder';
import { addChartPictureAndProperty, writePlan } from '../helpers/xlsx';

const PLAN = [
  'KẾ HOẠCH',
  'Tổ chức đại hội điểm nhiệm kỳ 2025 - 2030',
  '- Đảng bộ cơ sở: Đảng bộ xã Tà Mít.',
  'Đại biểu (khoảng 180 đại biểu, trong đó: đảng viên của đảng bộ 150 đồng chí; đại biểu mời 30 đồng chí).',
  '- Đảng bộ xã Tà Mít: Không quá 02 ngày, hoàn thành trước ngày 28/02/2025.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Văn phòng Huyện ủy',
  'Văn phòng Huyện ủy bố trí hội trường, hoàn thành trước ngày 05/02/2025.',
].join('\n');

/** A clean plan whose congress BH has no budget line yet, so `budget --suggest --write` adds some. */
async function workbook(dir: string, name = 'ke-hoach.xlsx'): Promise<string> {
  const tabs = cleanTabs();
  const file = join(dir, name);
  await writePlan(file, {
    ...tabs,
    [TAB.budget]: tabs[TAB.budget].filter((row) => row['Mã đơn vị'] !== 'BH'),
  });
  return file;
}

function planText(dir: string): string {
  const file = join(dir, 'ke-hoach.txt');
  writeFileSync(file, PLAN);
  return file;
}

const mode = (file: string) => statSync(file).mode & 0o777;

test('import --into, budget --suggest --write, tasks --write: the first backup is still the original, the others are numbered', async () => {
  const dir = tempDir();
  const file = await workbook(dir);
  const original = readFileSync(file);

  const imported = daihoi(['import', planText(dir), '--into', file]);
  expect(imported.code).toBe(0);
  expect(imported.stdout).toContain(
    `Đã thêm 2 đơn vị, 1 đại hội, 1 mốc thời gian (bản sao lưu: ${file}.bak).`,
  );
  const afterImport = readFileSync(file);

  const suggested = daihoi(['budget', file, '--suggest', '--write']);
  expect(suggested.code).toBe(0);
  expect(suggested.stdout).toContain(`(bản sao lưu: ${file}.bak.2).`);
  const afterBudget = readFileSync(file);

  const tasks = daihoi(['tasks', file, '--write']);
  expect(tasks.code).toBe(0);
  expect(tasks.stdout).toMatch(
    /Đã thêm \d+ công việc vào cuối tab Mốc thời gian \(bản sao lưu: .*\.bak\.3\)\./,
  );
  expect(readFileSync(`${file}.bak`).equals(original)).toBe(true);
  expect(readFileSync(`${file}.bak.2`).equals(afterImport)).toBe(true);
  expect(readFileSync(`${file}.bak.3`).equals(afterBudget)).toBe(true);
  // No temporary file is left beside the workbook, and a plain workbook loses nothing worth a note.
  expect(readdirSync(dir).sort()).toEqual([
    'ke-hoach.txt',
    'ke-hoach.xlsx',
    'ke-hoach.xlsx.bak',
    'ke-hoach.xlsx.bak.2',
    'ke-hoach.xlsx.bak.3',
  ]);
  for (const run of [imported, suggested, tasks]) expect(run.stdout).not.toContain('Lưu ý');
});

test('a private workbook (mode 600) stays private, and so does its backup', async () => {
  const dir = tempDir();
  const file = await workbook(dir);
  chmodSync(file, 0o600);
  expect(daihoi(['budget', file, '--suggest', '--write']).code).toBe(0);
  expect(mode(file)).toBe(0o600);
  expect(mode(`${file}.bak`)).toBe(0o600);
});

test('a read-only workbook (444) is refused by every write, untouched and without a backup', async () => {
  const dir = tempDir();
  const file = await workbook(dir);
  chmodSync(file, 0o444);
  const before = readFileSync(file);
  for (const args of [
    ['budget', file, '--suggest', '--write'],
    ['import', planText(dir), '--into', file],
    ['init', file, '--force'],
    ['tasks', file, '--write'],
  ]) {
    const run = daihoi(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `daihoi: không ghi được "${file}": tệp đang để chỉ đọc; chưa ghi gì. Nếu muốn ghi, bỏ chế độ chỉ đọc (chmod u+w "${file}") rồi chạy lại.\n`,
    );
    expect(run.stdout).not.toMatch(/Đã thêm|Đã ghi|bản sao lưu/);
  }
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(mode(file)).toBe(0o444);
  expect(existsSync(`${file}.bak`)).toBe(false);
});

test('a workbook reached through a symlink: its target gets the rows, the link stays a link, the output names the real file', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'that'));
  const real = await workbook(join(dir, 'that'), 'that.xlsx');
  const link = join(dir, 'lien-ket.xlsx');
  symlinkSync(real, link);
  const run = daihoi(['budget', link, '--suggest', '--write']);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`"${link}" là liên kết; đã ghi vào tệp thật "${real}".`);
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  // The rows are in the real file: a second suggestion finds nothing to add.
  expect(daihoi(['budget', real, '--suggest']).stdout).toBe(
    'Không có gì để gợi ý: mọi đại hội đã có dòng dự toán.\n',
  );
});

test('a dangling symlink and a hard-linked file are refused with what to do, nothing written', async () => {
  const dir = tempDir();
  const dangling = join(dir, 'mat.xlsx');
  symlinkSync(join(dir, 'khong-co.xlsx'), dangling);
  const init = daihoi(['init', dangling]);
  expect(init.code).toBe(2);
  expect(init.stderr).toContain('đây là liên kết (symlink) trỏ tới một tệp không tồn tại; không ghi gì.');
  expect(existsSync(join(dir, 'khong-co.xlsx'))).toBe(false);

  const file = await workbook(dir);
  linkSync(file, join(dir, 'ten-khac.xlsx'));
  const before = readFileSync(file);
  const run = daihoi(['budget', file, '--suggest', '--write']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('tệp có 2 tên (liên kết cứng)');
  expect(readFileSync(join(dir, 'ten-khac.xlsx')).equals(before)).toBe(true);
});

test('import --into a workbook whose Mốc thời gian was renamed writes nothing and claims nothing', async () => {
  const dir = tempDir();
  const file = await workbook(dir);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  book.getWorksheet(TAB.milestones)!.name = 'Viec can lam';
  await book.xlsx.writeFile(file);
  const before = readFileSync(file);
  const run = daihoi(['import', planText(dir), '--into', file]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    `daihoi: bảng tính "${file}" không có tab "Mốc thời gian" (có thể đã bị đổi tên) để thêm 1 dòng; chưa ghi gì vào tệp. Đặt lại đúng tên tab rồi chạy lại.\n`,
  );
  expect(run.stdout).not.toMatch(/Đã thêm|bản sao lưu/);
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(existsSync(`${file}.bak`)).toBe(false);
});

test('a write says what the rewritten file lost (chart, custom property) and keeps it all in the backup; a picture stays', async () => {
  const dir = tempDir();
  const file = await workbook(dir);
  addChartPictureAndProperty(file);
  const original = readFileSync(file);
  const run = daihoi(['tasks', file, '--write']);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(
    `Lưu ý: tệp ghi lại không còn biểu đồ, thuộc tính tùy chỉnh của tệp (Custom properties) (thư viện ghi .xlsx không giữ được); bản gốc đầy đủ vẫn ở ${file}.bak.\n`,
  );
  expect(readFileSync(`${file}.bak`).equals(original)).toBe(true);
  const before = Object.keys(unzip(original));
  const after = Object.keys(unzip(readFileSync(file)));
  expect(before).toEqual(
    expect.arrayContaining(['xl/charts/chart1.xml', 'docProps/custom.xml', 'xl/media/logo.png']),
  );
  expect(after.filter((part) => /^xl\/charts\/|^docProps\/custom/.test(part))).toEqual([]);
  // The picture over the first tab is rewritten by exceljs under its own name, still there.
  expect(after.filter((part) => /^xl\/media\/.+\.png$/.test(part))).toHaveLength(1);
});

test('init --force keeps the workbook it replaces', async () => {
  const dir = tempDir();
  const file = await workbook(dir);
  const before = readFileSync(file);
  const run = daihoi(['init', file, '--force']);
  expect(run.code).toBe(0);
  expect(run.stdout).toBe(`Đã ghi ${file}\nBản gốc được giữ nguyên ở ${file}.bak.\n`);
  expect(readFileSync(`${file}.bak`).equals(before)).toBe(true);
});

describe('the write helpers', () => {
  test('a write that fails half-way leaves the target as it was and no temporary file', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'trước');
    await expect(
      replaceFile(writeTarget(file), (temporary) => {
        writeFileSync(temporary, 'một nửa');
        throw new Error('đĩa đầy');
      }),
    ).rejects.toThrow(new UnusableInputError(`không ghi được tệp "${file}": đĩa đầy. Tệp cũ giữ nguyên.`));
    expect(readFileSync(file, 'utf8')).toBe('trước');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  test('backups are numbered and never overwritten, even by a link someone left in the way', () => {
    const dir = tempDir();
    const file = join(dir, 'b.txt');
    writeFileSync(file, '1');
    symlinkSync(join(dir, 'elsewhere'), `${file}.bak`); // a trap: a backup name that is a link
    expect(keepBackup(writeTarget(file))).toBe(`${file}.bak.2`);
    writeFileSync(file, '2');
    expect(keepBackup(writeTarget(file))).toBe(`${file}.bak.3`);
    expect(readFileSync(`${file}.bak.2`, 'utf8')).toBe('1');
    expect(readFileSync(`${file}.bak.3`, 'utf8')).toBe('2');
    expect(existsSync(join(dir, 'elsewhere'))).toBe(false);
  });

  test('a new file gets the usual mode, not the private one of the temporary file', async () => {
    const dir = tempDir();
    const file = join(dir, 'moi.txt');
    await replaceFile(writeTarget(file), (temporary) => writeFileSync(temporary, 'x'));
    expect(mode(file)).toBe(0o666 & ~process.umask());
  });
});
