/**
 * The dialog of Lập mốc công việc gợi ý in headless Chromium, with google.script.run stubbed and fed
 * the preview the core computes for the district example: the tasks render by congress as text (never
 * markup), the button says how many it adds, and applying asks the server (which recomputes) and shows
 * its answer. The screenshot in test-artifacts/ is the staff guide's picture of the suggested tasks.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { examplePlan, type PlanRows, readWorkbook, suggestTasks, TAB, taskPreview } from '../../src/core';
import { planToRawWorkbook } from '../../src/core/examples/index';
import { launchChromium, openWithStub, recordedCalls } from '../helpers/browser';
import { ROOT } from '../helpers/cli';

const DIALOG = readFileSync(join(ROOT, 'build', 'tasks.html'), 'utf8');

/** The district example as the office has it before its first run: the plan's own tasks only. */
function districtPreview() {
  const plan = examplePlan('huyen-uy');
  const own: PlanRows = {
    ...plan,
    [TAB.milestones]: (plan[TAB.milestones] ?? []).filter(
      (row) => !String(row['Ghi chú'] ?? '').startsWith('Gợi ý'),
    ),
  };
  const { workbook } = readWorkbook(planToRawWorkbook(own));
  return taskPreview(workbook, suggestTasks(workbook));
}

test('the suggested tasks by congress, then one click to add them', async () => {
  const preview = districtPreview();
  // A name with markup in it must stay text.
  const evil = {
    ...preview,
    groups: [...preview.groups, { title: '<img src=x onerror=alert(1)>', rows: [] }],
  };
  const answer = 'Đã thêm 22 công việc gợi ý cho 3 đại hội vào cuối tab "Mốc thời gian".';
  const browser = await launchChromium();
  try {
    const page = await openWithStub(
      browser,
      DIALOG,
      { previewSuggestedTasks: evil, applySuggestedTasks: answer },
      { width: 1000, height: 660 },
    );
    await page.waitForSelector('h2');
    expect(await page.textContent('#status')).toBe(preview.summary);
    expect(await page.textContent('#apply')).toBe('Thêm 22 công việc vào tab Mốc thời gian');
    expect(await page.locator('h2').allTextContents()).toEqual([
      'Chi bộ 02 (bản Nà Phát) — đại hội điểm (chưa có ngày đại hội, hạn 10/01/2025)',
      'Chi bộ trường Phổ thông dân tộc Nội trú Trung học phổ thông — đại hội điểm (chưa có ngày đại hội, hạn 31/03/2025)',
      'Đảng bộ xã Bản Hon — đại hội điểm (chưa có ngày đại hội, hạn 31/03/2025)',
      'Ban Tổ chức Huyện ủy — sau đại hội điểm cuối cùng',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(await page.locator('img').count()).toBe(0);
    const row = page.locator('tr', { has: page.locator('td', { hasText: /^YKNS-BL-CB02$/ }) });
    expect(await row.locator('td').allTextContents()).toEqual([
      'YKNS-BL-CB02',
      'Xin ý kiến cấp ủy cấp trên (Đảng bộ xã Bình Lư) về phương án nhân sự đại hội Chi bộ 02 (bản Nà Phát)',
      'Chi bộ 02 (bản Nà Phát)',
      '11/12/2024',
      'KH-BL-CB02',
    ]);

    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    const shot = join(ROOT, 'test-artifacts', 'moc-cong-viec.png');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(20_000);

    await page.click('#apply');
    await page.waitForSelector('#status.done');
    expect(await page.textContent('#status')).toBe(answer);
    expect(await page.isDisabled('#apply')).toBe(true);
    expect(await recordedCalls(page)).toEqual([['previewSuggestedTasks'], ['applySuggestedTasks']]);
    await page.click('#close');
    expect((await recordedCalls(page)).at(-1)).toEqual(['close']);
  } finally {
    await browser.close();
  }
});

test('nothing to add: the summary says so and the button stays off', async () => {
  const browser = await launchChromium();
  try {
    const nothing = { summary: 'Các đại hội đã có đủ mốc công việc.', count: 0, headers: [], groups: [] };
    const page = await openWithStub(
      browser,
      DIALOG,
      { previewSuggestedTasks: nothing },
      { width: 800, height: 300 },
    );
    await page.waitForSelector('#status:not(:text("Đang tính"))');
    expect(await page.textContent('#status')).toBe('Các đại hội đã có đủ mốc công việc.');
    expect(await page.isDisabled('#apply')).toBe(true);
  } finally {
    await browser.close();
  }
});
