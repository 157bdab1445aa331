/**
 * The import dialog's own HTML and script in headless Chromium, with google.script.run stubbed: the
 * preview renders as text (never markup), unticking a new unit also leaves out its congress, and
 * applying sends the text and the ticked keys. A screenshot is kept in test-artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, openWithStub, recordedCalls } from '../helpers/browser';
import { ROOT } from '../helpers/cli';

const DIALOG = readFileSync(join(ROOT, 'build', 'import.html'), 'utf8');

const PREVIEW = {
  summary: 'Có thể thêm 1 đơn vị, 1 đại hội, 1 mốc thời gian. Bỏ chọn những dòng không muốn thêm.',
  notes: ['Đã chuyển 1 đoạn gõ bằng phông cũ (TCVN3/VNI) sang Unicode trước khi đọc.'],
  tabs: [
    {
      tab: 'Cấu hình',
      sheet: 'Cấu hình',
      caption: 'Cấu hình (1 giá trị được điền)',
      headers: ['Khóa', 'Giá trị hiện tại', 'Giá trị mới'],
      rows: [{ key: 'CH|tổ chức', needs: '', cells: ['Tổ chức', 'Đảng', 'Đoàn'] }],
    },
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
  skipped: [{ text: '<b>10/01/0024</b>', why: 'năm nằm ngoài khoảng 1990–2100: không đoán thành năm khác' }],
};

const ANSWERS = {
  previewImport: PREVIEW,
  applyImport: 'Đã thêm 0 đơn vị, 0 đại hội, 1 mốc thời gian, điền 1 giá trị Cấu hình.',
};

test('preview, untick a unit (its congress follows), apply the rest', async () => {
  const browser = await launchChromium();
  try {
    const page = await openWithStub(browser, DIALOG, ANSWERS, { width: 900, height: 640 });
    expect(await page.isDisabled('#apply')).toBe(true);
    await page.fill('#plan', 'KẾ HOẠCH\nChi bộ 05 …');
    await page.click('#preview');
    await page.waitForSelector('input[data-key="MT|x"]');
    expect(await page.textContent('#status')).toBe(PREVIEW.summary);
    expect(await page.locator('h2').allTextContents()).toEqual([
      'Cấu hình (1 giá trị được điền)',
      'Đơn vị (1 dòng mới)',
      'Đại hội (1 dòng mới)',
      'Mốc thời gian (1 dòng mới)',
      'Không lấy (và lý do)',
    ]);
    // What was not taken is listed with its reason, as text.
    expect(await page.locator('ul.skipped li').allTextContents()).toEqual([
      '<b>10/01/0024</b>: năm nằm ngoài khoảng 1990–2100: không đoán thành năm khác',
    ]);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('td', { hasText: 'Chi bộ <img' }).textContent()).toBe(
      'Chi bộ <img src=x onerror=alert(1)>',
    );

    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'nhap-ke-hoach.png'), fullPage: true });

    await page.uncheck('input[data-key="DV|a"]');
    expect(await page.isDisabled('input[data-key="DH|a"]')).toBe(true);
    await page.click('#apply');
    await page.waitForSelector('#status.done');
    expect(await page.textContent('#status')).toBe(
      'Đã thêm 0 đơn vị, 0 đại hội, 1 mốc thời gian, điền 1 giá trị Cấu hình.',
    );
    expect(await recordedCalls(page)).toEqual([
      ['previewImport', 'KẾ HOẠCH\nChi bộ 05 …'],
      ['applyImport', 'KẾ HOẠCH\nChi bộ 05 …', ['CH|tổ chức', 'MT|x']],
    ]);
  } finally {
    await browser.close();
  }
});
