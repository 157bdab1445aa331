/**
 * The sidebar's own HTML and script in headless Chromium, with google.script.run stubbed: findings
 * render (as text, never as markup), the filter works, and a click asks to select the right cell.
 * A screenshot is kept in test-artifacts/ for the staff guide.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../../src/cli/pdf';
import { ROOT } from '../helpers/cli';

const SIDEBAR = readFileSync(join(ROOT, 'src', 'gas', 'ui', 'sidebar.html'), 'utf8');

const DATA = {
  summary: '2 lỗi, 1 cảnh báo, 0 thông tin.',
  groups: [
    {
      sheet: 'Đại hội',
      findings: [
        {
          severity: 'Lỗi',
          code: 'D001',
          sheet: 'Đại hội',
          cell: 'I2',
          message: 'Tổng đại biểu là 283 nhưng Thành viên dự + Đại biểu mời = 282 (13 + 269).',
          hint: 'Sửa Tổng đại biểu hoặc hai cột cộng thành nó.',
        },
        {
          severity: 'Lỗi',
          code: 'T004',
          sheet: 'Đại hội',
          cell: 'K3',
          message: '"<img src=x onerror=alert(1)>" không phải giá trị hợp lệ của cột "Trạng thái".',
          hint: 'Chọn một trong: Chưa bắt đầu; Đang chuẩn bị; Đã duyệt văn kiện; Đã tổ chức; Đã báo cáo.',
        },
      ],
    },
    {
      sheet: 'Mốc thời gian',
      findings: [
        {
          severity: 'Cảnh báo',
          code: 'M001',
          sheet: 'Mốc thời gian',
          cell: 'D2',
          message: 'Công việc CV01 quá hạn 1 ngày (hạn 20/12/2024) mà chưa có Ngày hoàn thành.',
          hint: 'Đôn đốc đơn vị chủ trì; khi xong, nhập Ngày hoàn thành.',
        },
      ],
    },
  ],
};

/** google.script.run as the page sees it: calls are recorded, getFindingsForSidebar answers DATA. */
const STUB = `
window.__calls = [];
function runner(success, failure) {
  return new Proxy({}, { get(_, name) {
    if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
    if (name === 'withFailureHandler') return (fn) => runner(success, fn);
    return (...args) => {
      window.__calls.push([name, ...args]);
      if (name === 'getFindingsForSidebar' && success) setTimeout(() => success(${JSON.stringify(DATA)}), 0);
    };
  } });
}
window.google = { script: { run: runner(null, null) } };
`;

test('findings render as text, the filter hides other severities, a click selects the cell', async () => {
  const executablePath = findChromium();
  expect(executablePath).not.toBeNull();
  const browser = await chromium.launch({
    executablePath: executablePath!,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    // The stub goes first in <head>, as Apps Script's own client library would be there before the page's script.
    await page.setContent(SIDEBAR.replace('<head>', `<head><script>${STUB}</script>`));
    await page.waitForSelector('.finding');
    expect(await page.textContent('#summary')).toBe('2 lỗi, 1 cảnh báo, 0 thông tin.');
    expect(await page.locator('.group h2').allTextContents()).toEqual(['Đại hội (2)', 'Mốc thời gian (1)']);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('.finding').nth(1).textContent()).toContain('"<img src=x onerror=alert(1)>"');

    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'danh-sach-loi.png'), fullPage: true });

    await page.click('text=Đại hội!I2');
    expect(await page.evaluate(() => (globalThis as unknown as { __calls: unknown[][] }).__calls)).toEqual([
      ['getFindingsForSidebar'],
      ['selectCell', 'Đại hội', 'I2'],
    ]);

    await page.selectOption('#severity', 'Cảnh báo');
    expect(await page.locator('.finding').count()).toBe(1);
    expect(await page.locator('.finding a').textContent()).toBe('Mốc thời gian!D2');
  } finally {
    await browser.close();
  }
});
