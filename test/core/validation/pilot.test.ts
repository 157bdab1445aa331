/**
 * The whole pilot's rules at their boundaries: approvals gate the congress (D010, D011), and the
 * optional Kết quả đại hội tab agrees with Đại hội (R001, R002, D012–D017). Each case changes the
 * clean plan (which has CB02's approval CV01 open and no results tab) and asserts exactly what comes out.
 */
import { type Finding, validateWorkbook } from '../../../src/core';
import { dateCell } from '../../../src/core/cells';
import { OPTIONAL_TAB, TAB } from '../../../src/core/workbook/contract';
import {
  buildWorkbook,
  CLEAN_TODAY,
  cleanTabs,
  type PlanTabs,
  type RowObject,
  sheetFrom,
  withCells,
} from '../../helpers/workbook-builder';

const RESULTS = OPTIONAL_TAB.results;

function findingsOf(tabs: Partial<PlanTabs>, today = CLEAN_TODAY, results?: RowObject[]): Finding[] {
  const extraSheets = results ? [sheetFrom(RESULTS, results)] : [];
  return [...validateWorkbook(buildWorkbook(tabs, { extraSheets }), { today }).findings];
}

const at = (findings: readonly Finding[]) => findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`);
/** Only the findings of the codes a case is about (the clean plan's own tasks fall due meanwhile). */
const of = (findings: readonly Finding[], ...codes: string[]) =>
  at(findings.filter((f) => codes.includes(f.code)));

/** CB02 (congress 08/01/2025, one day, 282 delegates) held, CV01 (its approval) done on `approvedOn`. */
function heldCB02(approvedOn: string | null, status = 'Đã tổ chức'): PlanTabs {
  const approved = withCells(TAB.milestones, 0, {
    'Ngày hoàn thành': approvedOn ? dateCell(approvedOn) : '',
  });
  return withCells(TAB.congresses, 0, { 'Trạng thái': status }, approved);
}

const AFTER = '2025-01-09';
/** After the results were reported (15/01) and before their deadline passed unnoticed. */
const LATER = '2025-02-01';

function result(cells: RowObject = {}): RowObject {
  return {
    'Mã đơn vị': 'CB02',
    'Đại biểu có mặt': 280,
    'Số ủy viên được bầu': 3,
    'Bí thư được bầu': 'Vàng A Sử',
    'Tỷ lệ phiếu (%)': 92.3,
    'Ngày báo cáo kết quả': dateCell('2025-01-15'),
    ...cells,
  };
}

describe('approvals gate the congress', () => {
  test('D010: the congress within Nhắc trước (ngày) while its approval is open', () => {
    const findings = findingsOf({}, '2025-01-01');
    expect(at(findings)).toEqual(['D010 Đại hội!D2', 'M001 Mốc thời gian!D2']);
    const d010 = findings[0]!;
    expect(d010.severity).toBe('Cảnh báo');
    expect(d010.message).toBe(
      'Còn 7 ngày đến đại hội (08/01/2025) mà việc xin ý kiến, được cấp trên đồng ý chưa xong: CV01.',
    );
    expect(d010.hint).toContain('Đại hội chỉ tiến hành khi cấp trên đã cho ý kiến, đồng ý');
  });

  test('D010 near misses: 8 days ahead, the approval done, no approval tracked', () => {
    expect(at(findingsOf({}, '2024-12-31')).filter((c) => c.startsWith('D010'))).toEqual([]);
    const done = withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell('2024-12-30') });
    expect(at(findingsOf(done, '2025-01-01')).filter((c) => c.startsWith('D010'))).toEqual([]);
    const untracked = withCells(TAB.milestones, 0, { 'Nội dung': 'Thuê hội trường' });
    expect(at(findingsOf(untracked, '2025-01-01')).filter((c) => c.startsWith('D010'))).toEqual([]);
  });

  test('D010: a completion date in the future does not count as done (M005 says why)', () => {
    const later = withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell('2025-01-05') });
    expect(at(findingsOf(later, '2025-01-01'))).toEqual(['M005 Mốc thời gian!E2', 'D010 Đại hội!D2']);
  });

  test('D011: held while the approval is open, or was done only after the congress', () => {
    const open = findingsOf(heldCB02(null), AFTER);
    expect(at(open)).toEqual(['D011 Đại hội!K2', 'M001 Mốc thời gian!D2', 'M002 Mốc thời gian!D3']);
    expect(open[0]!.message).toBe(
      'Trạng thái "Đã tổ chức" (đại hội ngày 08/01/2025) nhưng việc xin ý kiến, được cấp trên đồng ý chưa xong trước ngày đại hội: CV01.',
    );
    const late = findingsOf(heldCB02('2025-01-09', 'Đã báo cáo'), AFTER).find((f) => f.code === 'D011')!;
    expect(late.message).toContain('CV01 (xong ngày 09/01/2025)');
  });

  test('D011 near miss: approved the day of the congress', () => {
    expect(at(findingsOf(heldCB02('2025-01-08'), AFTER)).filter((c) => c.startsWith('D011'))).toEqual([]);
  });
});

describe('Kết quả đại hội', () => {
  test('a workbook without the tab validates as before; with an empty tab, too', () => {
    const without = findingsOf(heldCB02('2024-12-15'), '2025-02-01');
    const empty = findingsOf(heldCB02('2024-12-15'), '2025-02-01', []);
    expect(at(without)).toEqual(['M001 Mốc thời gian!D3']);
    // With the tab, a held congress whose results are overdue has no row yet: D015 on its row.
    expect(at(empty)).toEqual(['D015 Đại hội!K2', 'M001 Mốc thời gian!D3']);
    expect(empty[0]!.message).toBe(
      'Đại hội đã tổ chức, đã quá hạn báo cáo kết quả 9 ngày (hạn 23/01/2025) mà tab "Kết quả đại hội" chưa có hàng của đơn vị.',
    );
  });

  test('a complete row reported on time: nothing', () => {
    expect(at(findingsOf(heldCB02('2024-12-15'), '2025-02-01', [result()]))).toEqual([
      'M001 Mốc thời gian!D3',
    ]);
  });

  test('D012: more delegates present than convened (282); exactly 282 is fine', () => {
    const over = findingsOf(heldCB02('2024-12-15'), LATER, [result({ 'Đại biểu có mặt': 283 })]);
    expect(at(over)).toContain(`D012 ${RESULTS}!B2`);
    expect(over.find((f) => f.code === 'D012')!.message).toBe(
      'Đại biểu có mặt là 283, nhiều hơn tổng số đại biểu được triệu tập (282, ô Đại hội!I2).',
    );
    const exact = findingsOf(heldCB02('2024-12-15'), LATER, [result({ 'Đại biểu có mặt': 282 })]);
    expect(at(exact).filter((c) => c.startsWith('D012'))).toEqual([]);
  });

  test('D013: a share above 100; "98,5%" typed as text is 98,5', () => {
    const over = findingsOf(heldCB02('2024-12-15'), LATER, [result({ 'Tỷ lệ phiếu (%)': 100.5 })]);
    expect(over.find((f) => f.code === 'D013')!.message).toBe('Tỷ lệ phiếu 100,5% nằm ngoài khoảng 0–100.');
    const text = findingsOf(heldCB02('2024-12-15'), LATER, [result({ 'Tỷ lệ phiếu (%)': '98,5%' })]);
    expect(at(text)).toEqual(['M001 Mốc thời gian!D3']);
    const bad = findingsOf(heldCB02('2024-12-15'), LATER, [result({ 'Tỷ lệ phiếu (%)': 'gần hết' })]);
    expect(at(bad)).toEqual([`T003 ${RESULTS}!E2`, 'M001 Mốc thời gian!D3']);
  });

  describe('a direct election (Bản Hon, two days from 20/03/2025)', () => {
    const tabs = withCells(TAB.congresses, 1, { 'Trạng thái': 'Đã tổ chức' });
    const bh = (cells: RowObject) =>
      result({
        'Mã đơn vị': 'BH',
        'Đại biểu có mặt': 240,
        'Ngày báo cáo kết quả': dateCell('2025-03-30'),
        ...cells,
      });
    const TODAY = '2025-04-01';

    test('D014: the secretary needs more than half: 50 is not enough, 50,5 is', () => {
      const half = findingsOf(tabs, TODAY, [bh({ 'Tỷ lệ phiếu (%)': 50 })]);
      expect(of(half, 'D014', 'D015', 'D016', 'D017')).toEqual([`D014 ${RESULTS}!E2`]);
      expect(half.find((f) => f.code === 'D014')!.message).toBe(
        'Bầu trực tiếp Bí thư nhưng tỷ lệ phiếu chỉ 50%, không quá một nửa.',
      );
      expect(at(findingsOf(tabs, TODAY, [bh({ 'Tỷ lệ phiếu (%)': 50.5 })]))).not.toContain(
        `D014 ${RESULTS}!E2`,
      );
    });

    test('D014 on a cell formatted as percent: 0,985 is said to be 98,5 %, never guessed', () => {
      const fraction = findingsOf(tabs, TODAY, [bh({ 'Tỷ lệ phiếu (%)': 0.985 })]).find(
        (f) => f.code === 'D014',
      )!;
      expect(fraction.message).toBe('Bầu trực tiếp Bí thư nhưng tỷ lệ phiếu chỉ 0,985%, không quá một nửa.');
      expect(fraction.hint).toContain('98,5% được lưu thành 0,985');
    });

    test('D017: the name or the share missing', () => {
      const noName = findingsOf(tabs, TODAY, [bh({ 'Bí thư được bầu': '' })]).find((f) => f.code === 'D017')!;
      expect([noName.cell, noName.message]).toEqual([
        'D2',
        'Đại hội bầu trực tiếp Bí thư nhưng chưa ghi họ tên Bí thư được bầu.',
      ]);
      const neither = findingsOf(tabs, TODAY, [bh({ 'Bí thư được bầu': '', 'Tỷ lệ phiếu (%)': '' })]);
      expect(neither.find((f) => f.code === 'D017')!.message).toContain(
        'chưa ghi họ tên Bí thư được bầu và tỷ lệ phiếu',
      );
    });

    test('D015 counts from the last day of the congress: 21/03 + 15 = 05/04', () => {
      const onTime = findingsOf(tabs, '2025-04-10', [bh({ 'Ngày báo cáo kết quả': dateCell('2025-04-05') })]);
      expect(at(onTime).filter((c) => c.startsWith('D015'))).toEqual([]);
      const late = findingsOf(tabs, '2025-04-10', [bh({ 'Ngày báo cáo kết quả': dateCell('2025-04-06') })]);
      expect(late.find((f) => f.code === 'D015')!.message).toBe(
        'Kết quả đại hội báo cáo ngày 06/04/2025, trễ 1 ngày so với hạn 05/04/2025.',
      );
      const missing = findingsOf(tabs, '2025-04-06', [bh({ 'Ngày báo cáo kết quả': '' })]);
      expect(missing.find((f) => f.code === 'D015')!.message).toBe(
        'Đã quá hạn báo cáo kết quả đại hội 1 ngày (hạn 05/04/2025) mà chưa có Ngày báo cáo kết quả.',
      );
      expect(at(findingsOf(tabs, '2025-04-05', [bh({ 'Ngày báo cáo kết quả': '' })]))).not.toContain(
        `D015 ${RESULTS}!F2`,
      );
    });
  });

  test('D015 uses Cấu hình "Hạn báo cáo kết quả (ngày)"', () => {
    const tabs = heldCB02('2024-12-15');
    tabs[TAB.settings] = [...tabs[TAB.settings], { Khóa: 'Hạn báo cáo kết quả (ngày)', 'Giá trị': 5 }];
    const late = findingsOf(tabs, '2025-02-01', [result()]).find((f) => f.code === 'D015')!;
    expect(late.message).toBe('Kết quả đại hội báo cáo ngày 15/01/2025, trễ 2 ngày so với hạn 13/01/2025.');
  });

  test('"Đã báo cáo" with no row or no date is not called unreported', () => {
    const reported = heldCB02('2024-12-15', 'Đã báo cáo');
    expect(at(findingsOf(reported, '2025-02-01', []))).toEqual(['M001 Mốc thời gian!D3']);
    expect(at(findingsOf(reported, '2025-02-01', [result({ 'Ngày báo cáo kết quả': '' })]))).toEqual([
      'M001 Mốc thời gian!D3',
    ]);
  });

  test('D016: results of a congress not held, reported before it or in the future', () => {
    const notHeld = findingsOf({}, CLEAN_TODAY, [result({ 'Ngày báo cáo kết quả': '' })]);
    expect(at(notHeld)).toEqual([`D016 ${RESULTS}!A2`]);
    expect(notHeld[0]!.message).toBe(
      'Có kết quả đại hội nhưng Trạng thái của đại hội là "Đang chuẩn bị" (ô Đại hội!K2).',
    );
    const before = findingsOf(heldCB02('2024-12-15'), AFTER, [
      result({ 'Ngày báo cáo kết quả': dateCell('2025-01-07') }),
    ]);
    expect(before.find((f) => f.code === 'D016')!.message).toBe(
      'Ngày báo cáo kết quả 07/01/2025 trước ngày đại hội 08/01/2025.',
    );
    const future = findingsOf(heldCB02('2024-12-15'), AFTER, [result()]);
    expect(future.find((f) => f.code === 'D016')!.message).toBe(
      'Ngày báo cáo kết quả 15/01/2025 còn ở tương lai (hôm nay 09/01/2025).',
    );
  });

  test('R001 and R002: one row per congress, and only for a congress in Đại hội', () => {
    const findings = findingsOf(heldCB02('2024-12-15'), '2025-02-01', [
      result(),
      result({ 'Đại biểu có mặt': 270 }),
      result({ 'Mã đơn vị': 'HU' }),
    ]);
    expect(at(findings)).toEqual([`R001 ${RESULTS}!A3`, `R002 ${RESULTS}!A4`, 'M001 Mốc thời gian!D3']);
    expect(findings[1]!.message).toBe('Mã đơn vị "HU" không có trong tab "Đại hội".');
  });

  test('the tab is found by its forgiving name, and its missing columns are S002', () => {
    const sheet = sheetFrom(' KẾT QUẢ ĐẠI HỘI ', [{ 'Mã đơn vị': 'CB02' }], ['Mã đơn vị']);
    const raw = buildWorkbook(heldCB02('2024-12-15'), { extraSheets: [sheet] });
    const findings = validateWorkbook(raw, { today: '2025-01-10' }).findings;
    expect(at(findings).filter((c) => c.startsWith('S'))).toEqual([
      `S002 ${RESULTS}!null`,
      `S002 ${RESULTS}!null`,
      `S002 ${RESULTS}!null`,
      `S002 ${RESULTS}!null`,
      `S002 ${RESULTS}!null`,
    ]);
  });
});

test('the clean plan stays clean: no approval finding while its congress is far away', () => {
  expect(findingsOf(cleanTabs())).toEqual([]);
});
