/**
 * The sidebar's own HTML and script in headless Chromium, with google.script.run stubbed: findings
 * render (as text, never as markup), the filter works, and a click asks to select the right cell.
 * A screenshot is kept in test-artifacts/ for the staff guide.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, openWithStub, recordedCalls } from '../helpers/browser';
import { ROOT } from '../helpers/cli';

const SIDEBAR = readFileSync(join(ROOT, 'build', 'sidebar.html'), 'utf8');

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

test('findings render as text, the filter hides other severities, a click selects the cell', async () => {
  const browser = await launchChromium();
  try {
    const page = await openWithStub(
      browser,
      SIDEBAR,
      { getFindingsForSidebar: DATA },
      { width: 320, height: 640 },
    );
    await page.waitForSelector('.finding');
    expect(await page.textContent('#summary')).toBe('2 lỗi, 1 cảnh báo, 0 thông tin.');
    expect(await page.locator('.group h2').allTextContents()).toEqual(['Đại hội (2)', 'Mốc thời gian (1)']);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('.finding').nth(1).textContent()).toContain('"<img src=x onerror=alert(1)>"');

    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'danh-sach-loi.png'), fullPage: true });

    await page.click('text=Đại hội!I2');
    expect(await recordedCalls(page)).toEqual([['getFindingsForSidebar'], ['selectCell', 'Đại hội', 'I2']]);

    await page.selectOption('#severity', 'Cảnh báo');
    expect(await page.locator('.finding').count()).toBe(1);
    expect(await page.locator('.finding a').textContent()).toBe('Mốc thời gian!D2');
  } finally {
    await browser.close();
  }
});
