/**
 * The report in a real browser: headless Chromium renders the HTML (a screenshot is kept under
 * test-artifacts/ for people to look at), the PDF is turned into text and into a PNG, and the
 * Vietnamese comes back with its diacritics. Needs Debian's chromium and poppler-utils (.ci/run
 * installs them; locally: sudo apt-get install chromium poppler-utils).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumFlags, findChromium } from '../../src/cli/pdf';
import { daihoi, ROOT, tempDir } from '../helpers/cli';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const TODAY = '2024-12-20';

test('the example report renders in Chromium and prints to a PDF with Vietnamese text intact', () => {
  const chromium = findChromium();
  expect(chromium).not.toBeNull();
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = tempDir();
  const file = join(dir, 'vi-du.xlsx');
  expect(daihoi(['init', file, '--example']).code).toBe(0);
  expect(daihoi(['report', file, '--out', join(dir, 'out'), '--today', TODAY]).code).toBe(0);

  const screenshot = join(ARTIFACTS, 'bao-cao.png');
  const shot = spawnSync(
    chromium!,
    [
      ...chromiumFlags(join(dir, 'profile')),
      `--screenshot=${screenshot}`,
      '--window-size=900,1400',
      `file://${join(dir, 'out', 'report.html')}`,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(shot.status).toBe(0);
  expect(statSync(screenshot).size).toBeGreaterThan(20_000);

  const pdf = join(dir, 'out', 'report.pdf');
  // A4, as Party documents are printed (the HTML's print rule; Chromium's own default is Letter).
  expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(
    /Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/,
  );
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const phrase of [
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'HUYỆN ỦY TAM ĐƯỜNG',
    'Tam Đường, ngày 20 tháng 12 năm 2024',
    'BÁO CÁO',
    'Tiến độ chuẩn bị và tổ chức đại hội điểm',
    'Chi bộ 02 (bản Nà Phát)',
    'Đảng bộ xã Bản Hon',
    'T/M BAN THƯỜNG VỤ',
    'Tần Thị Quế',
  ]) {
    expect(text).toContain(phrase);
  }
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, 'bao-cao-pdf')]);
  const page = ['bao-cao-pdf-1.png', 'bao-cao-pdf-01.png']
    .map((name) => join(ARTIFACTS, name))
    .find(existsSync);
  expect(page).toBeDefined();
  expect(readFileSync(page!).subarray(1, 4).toString()).toBe('PNG');
});
