/**
 * The whole pilot at its end, as the command line shows it: a workbook the test builds with both
 * pilot congresses held, their results, and one approval missing. validate names the missing approval
 * (D011) and the late results (D015); report puts the results in the signed report (HTML, PDF, .docx),
 * writes the stand-alone "Báo cáo kết quả đại hội điểm" in the three formats, and --json carries the
 * figures. Needs Chromium and poppler-utils for the PDFs (.ci/run installs them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../../src/cli/pdf';
import { dateCell } from '../../src/core/cells';
import { OPTIONAL_TAB, TAB } from '../../src/core/workbook/contract';
import { daihoi, tempDir } from '../helpers/cli';
import { heldPlan, RESULT_ROWS } from '../helpers/results';
import { unzipText } from '../helpers/unzip';
import type { PlanTabs } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

const TODAY = '2025-04-10';

/** Both pilots held; Bản Hon without the Huyện ủy's approval (DY-BH open) and without a report date. */
function withMissingApproval(): PlanTabs {
  const tabs = heldPlan();
  tabs[TAB.milestones] = [
    ...tabs[TAB.milestones],
    {
      'Mã công việc': 'DY-BH',
      'Nội dung': 'Cho ý kiến về văn kiện, phương án nhân sự đại hội Đảng bộ xã Bản Hon',
      'Đơn vị chủ trì': 'HU',
      Hạn: dateCell('2025-03-05'),
    },
  ];
  return tabs;
}

const dir = tempDir();
const file = join(dir, 'ket-qua.xlsx');
const out = join(dir, 'bao-cao');

beforeAll(async () => {
  await writePlan(file, withMissingApproval(), { [OPTIONAL_TAB.results]: RESULT_ROWS });
});

test('validate: the missing approval and the unreported results, at their cells', () => {
  const run = daihoi(['validate', file, '--json', '--today', TODAY]);
  const findings = JSON.parse(run.stdout) as { code: string; sheet: string; cell: string; message: string }[];
  expect(findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
    'D011 Đại hội!K3',
    'M001 Mốc thời gian!D4',
    `D015 ${OPTIONAL_TAB.results}!F3`,
  ]);
  expect(findings[0]!.message).toBe(
    'Trạng thái "Đã tổ chức" (đại hội ngày 20/03/2025) nhưng việc xin ý kiến, được cấp trên đồng ý chưa xong trước ngày đại hội: DY-BH.',
  );
  expect(run.code).toBe(0);
});

describe('report', () => {
  let json: { results?: Record<string, unknown> };
  beforeAll(() => {
    const run = daihoi(['report', file, '--out', out, '--today', TODAY, '--json']);
    expect(run.code).toBe(0);
    json = JSON.parse(run.stdout);
  });

  test('--json carries the results', () => {
    expect(json.results).toMatchObject({ held: 2, reported: 1, present: 525, convened: 532, turnout: 98.7 });
  });

  test('the signed report has the results section, in HTML and in Word', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('KẾT QUẢ ĐẠI HỘI');
    expect(html).toContain('Tao Văn Hòa');
    expect(html).toContain('hạn 05/04/2025');
    const xml = unzipText(readFileSync(join(out, 'report.docx')))['word/document.xml']!;
    expect(xml).toContain('KẾT QUẢ ĐẠI HỘI');
    expect(xml).toContain('Vàng A Sử');
    expect(xml).toContain('525/532');
  });

  test('the stand-alone results report, in HTML and in Word', () => {
    const html = readFileSync(join(out, 'ket-qua-dai-hoi-diem.html'), 'utf8');
    expect(html).toContain('Kết quả đại hội điểm, thí điểm bầu trực tiếp Bí thư');
    expect(html).toContain(
      'Thực hiện kế hoạch tổ chức đại hội điểm, 2 đại hội điểm đã được tổ chức từ ngày 08/01/2025 đến ngày 20/03/2025.',
    );
    const xml = unzipText(readFileSync(join(out, 'ket-qua-dai-hoi-diem.docx')))['word/document.xml']!;
    expect(xml).toContain('Tao Văn Hòa');
  });

  const withChromium = findChromium() ? test : test.skip;
  withChromium('both PDFs carry the results, with their Vietnamese intact', () => {
    const text = (name: string) => execFileSync('pdftotext', ['-layout', join(out, name), '-']).toString();
    expect(text('report.pdf')).toContain('KẾT QUẢ ĐẠI HỘI');
    const results = text('ket-qua-dai-hoi-diem.pdf');
    expect(results).toContain('246/250');
    expect(results).toContain('Kết quả đại hội điểm, thí điểm bầu trực tiếp Bí thư');
  });
});

test('while a pilot is still to be held there is no results report, and report says why', async () => {
  const tabs = heldPlan();
  tabs[TAB.congresses] = tabs[TAB.congresses].map((row) =>
    row['Mã đơn vị'] === 'BH'
      ? { ...row, 'Trạng thái': 'Đang chuẩn bị', 'Ngày đại hội': dateCell('2025-05-20') }
      : row,
  );
  const early = join(dir, 'som.xlsx');
  await writePlan(early, tabs, { [OPTIONAL_TAB.results]: [RESULT_ROWS[0]!] });
  const where = join(dir, 'som');
  const run = daihoi(['report', early, '--out', where, '--today', TODAY]);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain('Chưa lập báo cáo kết quả đại hội điểm: còn 1 đại hội điểm chưa tổ chức.');
  expect(existsSync(join(where, 'ket-qua-dai-hoi-diem.html'))).toBe(false);
  expect(readFileSync(join(where, 'report.html'), 'utf8')).toContain('Vàng A Sử');
});
