/**
 * The import dialog's own HTML and script in headless Chromium, with google.script.run stubbed: the
 * preview renders as text (never markup), unticking a new unit also leaves out its congress, and
 * applying sends the text and the ticked keys. A screenshot is kept in test-artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../../src/cli/pdf';
import { ROOT } from '../helpers/cli';

const DIALOG = readFileSync(join(ROOT, 'src', 'gas', 'ui', 'import.html'), 'utf8');

const PREVIEW = {
  summary: 'Có thể thêm 1 đơn vị, 1 đại hội, 1 mốc thời gian. Bỏ chọn những dòng không muốn thêm.',
  notes: ['Đã chuyển 1 đoạn gõ bằng phông cũ (TCVN3/VNI) sang Unicode trước khi đọc.'],
  tabs: [
    {
      tab: 'Đơn vị',
      sheet: 'Đơn vị',
      headers: ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
      rows: [
        {
          key: 'DV|a',
          needs: '',
          cells: ['CB-05', 'Chi bộ <img src=x onerror=alert(1)>', 'Chi bộ trực thuộc'],
        },
      ],
    },
    {
      tab: 'Đại hội',
      sheet: 'Đại hội',
      headers: ['Mã đơn vị', 'Hình thức'],
      rows: [{ key: 'DH|a', needs: 'DV|a', cells: ['CB-05', 'Đại hội điểm'] }],
    },
    {
      tab: 'Mốc thời gian',
      sheet: 'Mốc thời gian',
      headers: ['Mã công việc', 'Nội dung', 'Hạn'],
      rows: [{ key: 'MT|x', needs: '', cells: ['KH01', 'Hoàn thành trước ngày 15/12/2024', '15/12/2024'] }],
    },
  ],
};

const STUB = `
window.__calls = [];
function runner(success, failure) {
  return new Proxy({}, { get(_, name) {
    if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
    if (name === 'withFailureHandler') return (fn) => runner(success, fn);
    return (...args) => {
      window.__calls.push([name, ...args]);
      if (name === 'previewImport' && success) setTimeout(() => success(${JSON.stringify(PREVIEW)}), 0);
      if (name === 'applyImport' && success) setTimeout(() => success('Đã thêm 0 đơn vị, 0 đại hội, 1 mốc thời gian.'), 0);
    };
  } });
}
window.google = { script: { run: runner(null, null), host: { close() { window.__calls.push(['close']); } } } };
`;

test('preview, untick a unit (its congress follows), apply the rest', async () => {
  const executablePath = findChromium();
  expect(executablePath).not.toBeNull();
  const browser = await chromium.launch({
    executablePath: executablePath!,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 640 } });
    await page.setContent(DIALOG.replace('<head>', `<head><script>${STUB}</script>`));
    expect(await page.isDisabled('#apply')).toBe(true);
    await page.fill('#plan', 'KẾ HOẠCH\nChi bộ 05 …');
    await page.click('#preview');
    await page.waitForSelector('input[data-key="MT|x"]');
    expect(await page.textContent('#status')).toBe(PREVIEW.summary);
    expect(await page.locator('h2').allTextContents()).toEqual([
      'Đơn vị (1 dòng mới)',
      'Đại hội (1 dòng mới)',
      'Mốc thời gian (1 dòng mới)',
    ]);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('td').nth(2).textContent()).toBe('Chi bộ <img src=x onerror=alert(1)>');

    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'nhap-ke-hoach.png'), fullPage: true });

    await page.uncheck('input[data-key="DV|a"]');
    expect(await page.isDisabled('input[data-key="DH|a"]')).toBe(true);
    await page.click('#apply');
    await page.waitForSelector('#status.done');
    expect(await page.textContent('#status')).toBe('Đã thêm 0 đơn vị, 0 đại hội, 1 mốc thời gian.');
    expect(await page.evaluate(() => (globalThis as unknown as { __calls: unknown[][] }).__calls)).toEqual([
      ['previewImport', 'KẾ HOẠCH\nChi bộ 05 …'],
      ['applyImport', 'KẾ HOẠCH\nChi bộ 05 …', ['MT|x']],
    ]);
  } finally {
    await browser.close();
  }
});
