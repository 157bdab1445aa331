/** The printable estimate per congress, its sheet rows, and suggestions on the example workbook. */
import { estimatesOf, examplePlan, readWorkbook, suggestEstimate, suggestionRows } from '../../../src/core';
import { renderEstimateHtml } from '../../../src/core/budget/estimate';
import { planToRawWorkbook } from '../../../src/core/examples/index';
import { TAB } from '../../../src/core/workbook/contract';
import { buildWorkbook, cleanTabs, type PlanTabs, withCells } from '../../helpers/workbook-builder';

function plan(tabs: Partial<PlanTabs> = {}) {
  return readWorkbook(buildWorkbook(tabs)).workbook;
}

function htmlOf(tabs: Partial<PlanTabs>, index = 0, today = '2025-01-10') {
  const workbook = plan(tabs);
  return renderEstimateHtml(workbook, estimatesOf(workbook)[index]!, today);
}

/** The visible text of a page, tags dropped and spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('printable estimate', () => {
  test('issued by the unit holding the congress under its parent; place and date, type and summary', () => {
    const text = textOf(htmlOf({}));
    expect(text).toContain('ĐẢNG BỘ XÃ BÌNH LƯ CHI BỘ 02 (BẢN NÀ PHÁT) *');
    expect(text).not.toContain('HUYỆN ỦY PHONG THỔ');
    // A đảng bộ issues as its committee; a unit at the top sits under the plan's Party organisation.
    expect(textOf(htmlOf({}, 1))).toContain('ĐẢNG BỘ HUYỆN PHONG THỔ ĐẢNG ỦY XÃ BẢN HON *');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Phong Thổ, ngày 10 tháng 01 năm 2025');
    expect(text).toContain(
      'DỰ TOÁN KINH PHÍ Tổ chức đại hội Chi bộ 02 (bản Nà Phát), nhiệm kỳ 2025-2027 Đại hội điểm — Chi bộ trực thuộc — 282 đại biểu — 1 ngày — ngày đại hội 08/01/2025',
    );
  });

  test('one row per line with quantity, days, unit price, amount and basis; total in figures and words', () => {
    const text = textOf(htmlOf({}));
    expect(text).toContain('1 Tiền ăn đại biểu người/ngày 282 1 100.000 28.200.000 Quy định 3041-QĐ/VPTW');
    expect(text).toContain(
      '2 Thuê hội trường, trang trí, khánh tiết đại hội 1 5.000.000 5.000.000 Quy định 3041-QĐ/VPTW',
    );
    expect(text).toContain('Tổng cộng 33.200.000');
    expect(text).toContain('Bằng chữ: Ba mươi ba triệu hai trăm nghìn đồng.');
    // No Nơi nhận dự toán written: the file copy alone. The chi bộ signs, not the district.
    expect(text).toContain('Nơi nhận: - Lưu. T/M CHI BỘ BÍ THƯ');
    expect(text).not.toContain('Tần Thị Quế');
    expect(textOf(htmlOf({}, 1))).toContain('T/M ĐẢNG ỦY BÍ THƯ');
  });

  test('addressed to the office’s Nơi nhận dự toán, then Lưu', () => {
    const settings = [
      ...cleanTabs()[TAB.settings],
      { Khóa: 'Nơi nhận dự toán', 'Giá trị': 'Phòng Tài chính - Kế hoạch huyện\nVăn phòng Huyện ủy' },
    ];
    const text = textOf(htmlOf({ [TAB.settings]: settings }));
    expect(text).toContain('Nơi nhận: - Phòng Tài chính - Kế hoạch huyện, - Văn phòng Huyện ủy, - Lưu.');
  });

  test('a line priced above its norm is marked with its cap and the amount above it', () => {
    // 282 × 180.000 against a cap of 150.000: 30.000 × 282 = 8.460.000 above.
    const tabs = withCells(TAB.budget, 0, { 'Đơn giá': 180_000, 'Thành tiền': '' });
    const text = textOf(htmlOf(tabs));
    expect(text).toContain(
      '1 Tiền ăn đại biểu người/ngày 282 1 180.000 50.760.000 Quy định 3041-QĐ/VPTW Đơn giá vượt mức tối đa 150.000; số tiền vượt 8.460.000',
    );
    expect(text).toContain(
      'Ghi chú: 1 khoản chi vượt định mức (đánh dấu trong bảng), số tiền vượt: 8.460.000 đồng.',
    );
    // The line within its norm carries no mark, and an estimate within its norms no note.
    expect(text).toContain(
      '2 Thuê hội trường, trang trí, khánh tiết đại hội 1 5.000.000 5.000.000 Quy định 3041-QĐ/VPTW Tổng cộng',
    );
    expect(textOf(htmlOf({}))).not.toMatch(/vượt/);
  });

  test('a line without a price says so and the note tells the total leaves it out', () => {
    const tabs = withCells(TAB.budget, 1, { 'Đơn giá': '' }, withCells(TAB.norms, 1, { 'Mức tối đa': '' }));
    const text = textOf(htmlOf(tabs));
    // No amount is not an amount of 0 đ: the cell stays empty, the note says why.
    expect(text).toContain(
      '2 Thuê hội trường, trang trí, khánh tiết đại hội 1 chưa có định mức Quy định 3041-QĐ/VPTW',
    );
    expect(text).toContain('Tổng cộng 28.200.000');
    expect(text).toContain(
      'Ghi chú: 1 dòng chưa tính được thành tiền (chưa có đơn giá, hoặc thiếu số ngày với khoản chi theo ngày); tổng trên chưa gồm các dòng này.',
    );
    expect(textOf(htmlOf({}))).not.toContain('Ghi chú:');
  });

  test('Youth Union header and three stars under the issuing body', () => {
    const base = cleanTabs();
    const settings = base[TAB.settings].map((row) =>
      row.Khóa === 'Tổ chức' ? { ...row, 'Giá trị': 'Đoàn' } : row,
    );
    const text = textOf(htmlOf({ ...base, [TAB.settings]: settings }));
    expect(text).toContain('ĐOÀN TNCS HỒ CHÍ MINH');
    expect(text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('ĐẢNG BỘ XÃ BÌNH LƯ CHI BỘ 02 (BẢN NÀ PHÁT) ***');
    expect(text).toContain('Nơi nhận: - Lưu VP. TM. BAN CHẤP HÀNH BÍ THƯ');
  });

  test('every cell text is escaped: a script in a unit name, markup in a norm', () => {
    let tabs = withCells(TAB.units, 2, { 'Tên đơn vị': 'Chi bộ <script>alert("x")</script> & Co' });
    tabs = withCells(TAB.norms, 0, { 'Căn cứ': '<img src=x onerror=alert(1)>' }, tabs);
    const html = htmlOf(tabs);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('Chi bộ &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('a congress without lines gets a form that says so, total zero', () => {
    const tabs = {
      ...cleanTabs(),
      [TAB.budget]: cleanTabs()[TAB.budget].filter((r) => r['Mã đơn vị'] !== 'BH'),
    };
    const text = textOf(htmlOf(tabs, 1));
    expect(text).toContain('Tổ chức đại hội Đảng bộ xã Bản Hon, nhiệm kỳ 2025-2030');
    expect(text).toContain('Chưa có dòng dự toán nào cho đại hội này trong tab Dự toán.');
    expect(text).toContain('Bằng chữ: Không đồng.');
  });
});

describe('what the estimate says, for its renderer', () => {
  test('issued by the unit that holds the congress, under its parent unit', () => {
    const [chiBo, banHon] = estimatesOf(plan());
    expect(chiBo!.issuer).toEqual({ parentBody: 'Đảng bộ xã Bình Lư', body: 'Chi bộ 02 (bản Nà Phát)' });
    // A đảng bộ signs as its đảng ủy.
    expect(banHon!.issuer).toEqual({ parentBody: 'Đảng bộ huyện Phong Thổ', body: 'Đảng ủy xã Bản Hon' });
  });

  test('a unit at the top of the tree sits under the plan’s issuing body, as its party organisation', () => {
    const estimates = estimatesOf(plan(withCells(TAB.units, 3, { 'Đơn vị cấp trên': '' })));
    expect(estimates[1]!.issuer).toEqual({
      parentBody: 'ĐẢNG BỘ HUYỆN PHONG THỔ',
      body: 'Đảng ủy xã Bản Hon',
    });
  });

  test('addressed to whom Nơi nhận dự toán says, then the file copy; nobody invented when it is empty', () => {
    const base = cleanTabs();
    const addressed = {
      ...base,
      [TAB.settings]: [
        ...base[TAB.settings],
        { Khóa: 'Nơi nhận dự toán', 'Giá trị': '- Phòng Tài chính - Kế hoạch huyện;' },
      ],
    };
    expect(estimatesOf(plan(addressed))[0]!.recipients).toEqual(['Phòng Tài chính - Kế hoạch huyện;', 'Lưu']);
    expect(estimatesOf(plan())[0]!.recipients).toEqual(['Lưu']);
  });

  test('each line above its norm carries the amount above it; the estimate sums them', () => {
    // AN capped at 150.000: 282 × 1 × (180.000 − 150.000) = 8.460.000 above the norm.
    const over = plan(withCells(TAB.budget, 0, { 'Đơn giá': 180_000, 'Thành tiền': '' }));
    const estimate = estimatesOf(over)[0]!;
    expect(estimate.lines.map((line) => [line.line.category, line.cap, line.excess])).toEqual([
      ['AN', 150_000, 8_460_000],
      ['HT', 10_000_000, 0],
    ]);
    expect([estimate.overNormLines, estimate.excessTotal]).toEqual([1, 8_460_000]);
    expect(estimatesOf(plan())[0]!.overNormLines).toBe(0);
  });

  test('lines without an amount are counted, not silently zero', () => {
    const tabs = withCells(TAB.budget, 1, { 'Đơn giá': '' }, withCells(TAB.norms, 1, { 'Mức tối đa': '' }));
    expect(estimatesOf(plan(tabs))[0]!.linesWithoutAmount).toBe(1);
  });
});

describe('suggested estimate on the district example workbook', () => {
  const example = examplePlan('huyen-uy');
  // The plan gives no days: here the office has set the school's congress to 2 days.
  const withoutSchool = {
    ...example,
    [TAB.congresses]: (example[TAB.congresses] ?? []).map((row) =>
      row['Mã đơn vị'] === 'PTDTNT' ? { ...row, 'Số ngày': 2 } : row,
    ),
    [TAB.budget]: (example[TAB.budget] ?? []).filter((row) => row['Mã đơn vị'] !== 'PTDTNT'),
  };

  test('the example ships suggested lines for every congress', () => {
    const workbook = readWorkbook(planToRawWorkbook(example)).workbook;
    expect(new Set(workbook.budgetLines.map((line) => line.unitCode))).toEqual(
      new Set(['BL-CB02', 'PTDTNT', 'BH']),
    );
    expect(suggestEstimate(workbook)).toEqual([]);
  });

  test('a per-delegate, per-day line with no congress days yet: days empty and the note says so', () => {
    const workbook = readWorkbook(planToRawWorkbook(example)).workbook;
    const meal = workbook.budgetLines.find((line) => line.unitCode === 'BH' && line.category === 'AN-DB')!;
    expect([meal.quantity, meal.days, meal.unitPrice, meal.amount]).toEqual([
      250,
      undefined,
      undefined,
      undefined,
    ]);
    expect(meal.note).toBe(
      'gợi ý: số lượng theo Tổng đại biểu; nhập Số ngày khi đã định số ngày đại hội (Số ngày của đại hội còn trống)',
    );
  });

  test('lines only for the congress without lines; quantities and days from its row', () => {
    const workbook = readWorkbook(planToRawWorkbook(withoutSchool)).workbook;
    const congress = workbook.congresses.find((c) => c.unitCode === 'PTDTNT')!;
    expect([congress.total, congress.days]).toEqual([66, 2]);
    const lines = suggestEstimate(workbook);
    expect(new Set(lines.map((line) => line.unitCode))).toEqual(new Set(['PTDTNT']));
    const byCode = new Map(lines.map((line) => [line.category, line]));
    expect(byCode.get('AN-CB')).toMatchObject({ quantity: 66, days: 2 });
    expect(byCode.get('AN-DB')).toBeUndefined(); // meals of another level set
    expect(byCode.get('HT')).toMatchObject({ quantity: 1 });
    expect(byCode.get('HT')!.days).toBeUndefined();
    expect(byCode.get('TL')).toMatchObject({ quantity: 66 });
    expect(byCode.get('NUOC')).toMatchObject({ quantity: 66, days: 2 });
    // Only categories paid per delegate take the delegate count: the others are left to the clerk.
    expect(byCode.get('PV')).toEqual({
      unitCode: 'PTDTNT',
      category: 'PV',
      days: 2,
      note: 'gợi ý: nhập số người phục vụ đại hội vào Số lượng',
    });
    expect(byCode.get('NGHI')).toEqual({
      unitCode: 'PTDTNT',
      category: 'NGHI',
      note: 'gợi ý: nhập số đại biểu ở xa cần chỗ nghỉ vào Số lượng và số đêm nghỉ vào Số ngày',
    });
    for (const code of ['BD-TB', 'HOP-CT', 'HOP-DB']) {
      expect(byCode.get(code)!.quantity).toBeUndefined();
      expect(byCode.get(code)!.note).toMatch(/^gợi ý: nhập số lượng theo đơn vị tính "người\/(tháng|buổi)"$/);
    }
    // No cap in the shipped norms: no price, no amount (B007 tells the user).
    expect(lines.every((line) => line.unitPrice === undefined && line.amount === undefined)).toBe(true);
    expect(lines.every((line) => line.note.startsWith('gợi ý'))).toBe(true);
  });

  test('appending the suggestion and running again adds nothing', () => {
    const workbook = readWorkbook(planToRawWorkbook(withoutSchool)).workbook;
    const rows = suggestionRows(suggestEstimate(workbook));
    const appended = { ...withoutSchool, [TAB.budget]: [...(withoutSchool[TAB.budget] ?? []), ...rows] };
    expect(suggestEstimate(readWorkbook(planToRawWorkbook(appended)).workbook)).toEqual([]);
  });

  test('with a cap entered, the suggestion is priced at the cap and priced amounts are exact', () => {
    const norms = (withoutSchool[TAB.norms] ?? []).map((row) =>
      row['Mã khoản chi'] === 'AN-CB' ? { ...row, 'Mức tối đa': 120_000 } : row,
    );
    const workbook = readWorkbook(planToRawWorkbook({ ...withoutSchool, [TAB.norms]: norms })).workbook;
    const meal = suggestEstimate(workbook).find((line) => line.category === 'AN-CB')!;
    expect([meal.quantity, meal.days, meal.unitPrice, meal.amount]).toEqual([66, 2, 120_000, 15_840_000]);
  });
});
