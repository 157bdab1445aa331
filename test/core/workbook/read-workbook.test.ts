/**
 * Reading the workbook: tabs and headers found the forgiving way, every accepted form of a date and a
 * number read to the same value, everything else a T finding at its cell — never a guess, never 0.
 */
import { type Finding, validateWorkbook } from '../../../src/core';
import { type Cell, dateCell, type RawWorkbook } from '../../../src/core/cells';
import { TAB } from '../../../src/core/workbook/contract';
import {
  locateTabs,
  matchChoice,
  parseAppliesTo,
  parseTerm,
  readWorkbook,
  tabMatches,
} from '../../../src/core/workbook/read-workbook';
import {
  buildWorkbook,
  CLEAN_TODAY,
  cleanTabs,
  type PlanTabs,
  sheetFrom,
  withCells,
} from '../../helpers/workbook-builder';

function validate(raw: RawWorkbook, today = CLEAN_TODAY) {
  return validateWorkbook(raw, { today });
}

function summary(findings: readonly Finding[]): string[][] {
  return findings.map((f) => [f.code, `${f.sheet}!${f.cell ?? '-'}`, f.message]);
}

const base = cleanTabs();

describe('tabs', () => {
  test('S001 names each missing tab; every other tab is still checked', () => {
    const result = validate(buildWorkbook({}, { omit: [TAB.norms, TAB.milestones] }));
    expect(summary(result.findings.filter((f) => f.code === 'S001'))).toEqual([
      ['S001', 'Mốc thời gian!-', 'Thiếu tab "Mốc thời gian".'],
      ['S001', 'Định mức!-', 'Thiếu tab "Định mức".'],
    ]);
    expect(result.workbook.sheetNames[TAB.units]).toBe(TAB.units);
  });

  test('S001 near miss: tab names in another case, NFD, padded, with old tone placement', () => {
    const raw = buildWorkbook();
    const renamed: Record<string, string> = {
      [TAB.units]: ' ĐƠN VỊ '.normalize('NFD'),
      [TAB.settings]: 'cấu hình',
      [TAB.recipients]: 'NGƯỜI\u00a0NHẬN',
      [TAB.budget]: 'Dự  Toán',
    };
    const sheets = raw.sheets.map((sheet) => ({ ...sheet, name: renamed[sheet.name] ?? sheet.name }));
    const result = validate({ ...raw, sheets });
    expect(result.findings).toEqual([]);
    expect(result.workbook.sheetNames[TAB.units]).toBe(' ĐƠN VỊ '.normalize('NFD'));
    expect(result.workbook.sheetNames[TAB.recipients]).toBe('NGƯỜI\u00a0NHẬN');
  });

  // Issue 14 changed this: the first tab of a name used to win silently; two tabs of one name now
  // locate neither (validation reports both, S003).
  test('two tabs of one name locate neither; output tabs are never input', () => {
    const raw = buildWorkbook();
    const sheets = [
      { name: 'Kiểm tra dữ liệu', rows: [] },
      ...raw.sheets,
      { name: 'đơn vị', rows: [['Mã đơn vị']] },
    ];
    const located = locateTabs({ sheets });
    expect(located[TAB.units]).toBeUndefined();
    expect(Object.keys(located)).toHaveLength(6);
    expect(tabMatches({ sheets })[TAB.units]!.map((sheet) => sheet.name)).toEqual([TAB.units, 'đơn vị']);
    expect(locateTabs(raw)[TAB.units]!.name).toBe(TAB.units);
  });
});

describe('headers', () => {
  const headers = [
    'Email',
    ' MÃ ĐƠN VỊ '.normalize('NFD'),
    'tên\u00a0đơn  vị',
    '\u00a0Loại đơn vị\u00a0',
    'Cột riêng của văn phòng',
    'ĐƠN VỊ CẤP TRÊN',
    'Số thành viên',
    'Nhiệm kỳ',
    'Ngày hết nhiệm kỳ'.normalize('NFD'),
    'Người liên hệ',
  ];
  const keyed = base[TAB.units].map((row) => ({
    ...row,
    [headers[1]!]: row['Mã đơn vị']!,
    [headers[2]!]: row['Tên đơn vị']!,
    [headers[3]!]: row['Loại đơn vị']!,
    [headers[5]!]: row['Đơn vị cấp trên']!,
    [headers[8]!]: row['Ngày hết nhiệm kỳ']!,
    'Cột riêng của văn phòng': '#REF!',
  }));

  test('NFD, upper case, padded with spaces and NBSP, reordered, extra columns kept and ignored', () => {
    const raw = buildWorkbook({}, { rawTabs: { [TAB.units]: sheetFrom(TAB.units, keyed, headers) } });
    const result = validate(raw);
    expect(result.findings).toEqual([]);
    expect(result.workbook.columns[TAB.units]).toEqual({
      Email: 1,
      'Mã đơn vị': 2,
      'Tên đơn vị': 3,
      'Loại đơn vị': 4,
      'Đơn vị cấp trên': 6,
      'Số thành viên': 7,
      'Nhiệm kỳ': 8,
      'Ngày hết nhiệm kỳ': 9,
      'Người liên hệ': 10,
    });
    expect(result.workbook.units.map((u) => [u.code, u.parent ?? '', u.termEnd])).toEqual([
      ['HU', '', '2025-10-31'],
      ['BL', 'HU', '2025-06-30'],
      ['CB02', 'BL', '2025-01-15'],
      ['BH', 'HU', '2025-03-31'],
    ]);
  });

  test('a finding in a reordered tab names the real column', () => {
    const broken = keyed.map((row, i) => (i === 1 ? { ...row, 'Số thành viên': 'nhiều' } : row));
    const raw = buildWorkbook({}, { rawTabs: { [TAB.units]: sheetFrom(TAB.units, broken, headers) } });
    expect(summary(validate(raw).findings)).toEqual([
      ['T003', 'Đơn vị!G3', '"nhiều" ở cột "Số thành viên" không phải số hợp lệ.'],
    ]);
  });

  test('old tone placement in a header: Khoá is Khóa', () => {
    const settings = sheetFrom(
      'Cấu Hình',
      base[TAB.settings].map((row) => ({ Khoá: row.Khóa!, 'GIÁ TRỊ': row['Giá trị']! })),
      ['Khoá', 'GIÁ TRỊ'],
    );
    const result = validate(buildWorkbook({}, { rawTabs: { [TAB.settings]: settings } }));
    expect(result.findings).toEqual([]);
    expect(result.workbook.settings.issuingBody).toBe('HUYỆN ỦY PHONG THỔ');
  });

  test('S002 names the missing column once per tab; an optional column may be missing', () => {
    const units = sheetFrom(TAB.units, base[TAB.units], [
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Đơn vị cấp trên',
      'Số thành viên',
      'Ngày hết nhiệm kỳ',
      'Email',
    ]);
    const budget = sheetFrom(TAB.budget, base[TAB.budget], [
      'Mã đơn vị',
      'Khoản chi',
      'Số lượng',
      'Số ngày',
      'Đơn giá',
      'Thành tiền',
    ]);
    const result = validate(buildWorkbook({}, { rawTabs: { [TAB.units]: units, [TAB.budget]: budget } }));
    expect(summary(result.findings)).toEqual([['S002', 'Đơn vị!-', 'Tab "Đơn vị" thiếu cột "Nhiệm kỳ".']]);
  });

  test('S003 at the second header; the doubled column is not read, and is not also S002', () => {
    const headersTwice = [...headers.slice(0, 9), 'email '.toUpperCase(), 'Người liên hệ'];
    const raw = buildWorkbook({}, { rawTabs: { [TAB.units]: sheetFrom(TAB.units, keyed, headersTwice) } });
    const result = validate(raw);
    expect(summary(result.findings)).toEqual([
      ['S003', 'Đơn vị!J1', 'Tiêu đề "Email" xuất hiện hai lần (đã có ở ô A1).'],
    ]);
    expect(result.workbook.columns[TAB.units]!.Email).toBeUndefined();
  });

  test('S003 near miss: an extra column of the office repeated is not a contract header', () => {
    const extra = [...headers, 'Cột riêng của văn phòng'];
    const raw = buildWorkbook({}, { rawTabs: { [TAB.units]: sheetFrom(TAB.units, keyed, extra) } });
    expect(validate(raw).findings).toEqual([]);
  });

  test('fixed values match the forgiving way, old tone placement included', () => {
    expect(matchChoice(' ĐẢNG BỘ CƠ SỞ '.normalize('NFD'), ['Đảng bộ cơ sở'])).toBe('Đảng bộ cơ sở');
    expect(matchChoice('Đảng uỷ xã', ['Đảng ủy xã'])).toBe('Đảng ủy xã');
    expect(matchChoice('Hoà Bình', ['Hòa Bình'])).toBe('Hòa Bình');
    expect(matchChoice('Dang bo co so', ['Đảng bộ cơ sở'])).toBeNull();
    const result = validate(
      buildWorkbook(withCells(TAB.units, 1, { 'Loại đơn vị': 'đảng  bộ\u00a0CƠ SỞ'.normalize('NFD') })),
    );
    expect(result.findings).toEqual([]);
    expect(result.workbook.units[1]!.type).toBe('Đảng bộ cơ sở');
  });
});

describe('dates', () => {
  /** BL's Ngày hết nhiệm kỳ (Đơn vị!G3) holding `value`. */
  const withTermEnd = (value: Cell) => buildWorkbook(withCells(TAB.units, 1, { 'Ngày hết nhiệm kỳ': value }));

  test.each<[string, Cell]>([
    ['a real date cell', dateCell('2025-06-30')],
    ['a serial number', 45838],
    ['a serial number with a time of day', 45838.75],
    ['dd/mm/yyyy', '30/06/2025'],
    ['d/m/yyyy', '30/6/2025'],
    ['dd-mm-yyyy', '30-06-2025'],
    ['dd.mm.yyyy', '30.06.2025'],
    ['padded with spaces and NBSP', '\u00a030/06/2025 '],
  ])('%s is read as 30/06/2025', (_name, value) => {
    const result = validate(withTermEnd(value));
    expect(result.findings).toEqual([]);
    expect(result.workbook.units[1]!.termEnd).toBe('2025-06-30');
  });

  test('a 1904 workbook reads its serial numbers from 1904-01-01', () => {
    const result = validate({ ...withTermEnd(44376), date1904: true });
    expect(result.findings).toEqual([]);
    expect(result.workbook.units[1]!.termEnd).toBe('2025-06-30');
    expect(readWorkbook(withTermEnd(44376)).workbook.units[1]!.termEnd).toBe('2021-06-29');
  });

  test.each<[Cell, string]>([
    ['31/02/2025', '"31/02/2025" ở cột "Ngày hết nhiệm kỳ" không phải ngày có thật.'],
    ['29/02/2025', '"29/02/2025" ở cột "Ngày hết nhiệm kỳ" không phải ngày có thật.'],
    ['00/01/2025', '"00/01/2025" ở cột "Ngày hết nhiệm kỳ" không phải ngày có thật.'],
    ['30/13/2025', '"30/13/2025" ở cột "Ngày hết nhiệm kỳ" không phải ngày có thật.'],
    ['2025-01-05', '"2025-01-05" ở cột "Ngày hết nhiệm kỳ" không phải ngày hợp lệ.'],
    ['5/1/25', '"5/1/25" ở cột "Ngày hết nhiệm kỳ" không phải ngày hợp lệ.'],
    ['05/01/2025 08:00', '"05/01/2025 08:00" ở cột "Ngày hết nhiệm kỳ" không phải ngày hợp lệ.'],
    ['30/06-2025', '"30/06-2025" ở cột "Ngày hết nhiệm kỳ" không phải ngày hợp lệ.'],
    ['cuối tháng 6', '"cuối tháng 6" ở cột "Ngày hết nhiệm kỳ" không phải ngày hợp lệ.'],
    [true, '"TRUE" ở cột "Ngày hết nhiệm kỳ" không phải ngày hợp lệ.'],
    [99999999, '"99999999" ở cột "Ngày hết nhiệm kỳ" nằm ngoài khoảng năm hợp lý (1990–2100).'],
    [12, '"12" ở cột "Ngày hết nhiệm kỳ" nằm ngoài khoảng năm hợp lý (1990–2100).'],
    ['30/06/1890', '"30/06/1890" ở cột "Ngày hết nhiệm kỳ" nằm ngoài khoảng năm hợp lý (1990–2100).'],
  ])('%p is T002 at the cell, never rolled over', (value, message) => {
    const result = validate(withTermEnd(value));
    expect(summary(result.findings)).toEqual([['T002', 'Đơn vị!G3', message]]);
    expect(result.workbook.units[1]!.termEnd).toBeUndefined();
    expect(result.workbook.units[1]!.unreadable).toEqual(['Ngày hết nhiệm kỳ']);
  });

  test('an empty required date is T001', () => {
    const raw = buildWorkbook(withCells(TAB.milestones, 1, { Hạn: '' }));
    expect(summary(validate(raw).findings)).toEqual([
      ['T001', 'Mốc thời gian!D3', 'Ô "Hạn" đang trống nhưng bắt buộc phải có.'],
    ]);
  });
});

describe('numbers', () => {
  /** The HT budget line's Đơn giá (Dự toán!E3); its amount is computed, its cap 10.000.000 đ. */
  const withPrice = (value: Cell) => buildWorkbook(withCells(TAB.budget, 1, { 'Đơn giá': value }));

  test.each<[Cell, number]>([
    ['1.234.567', 1234567],
    ['1.234.567,5', 1234567.5],
    ['1.234.567 đ', 1234567],
    ['1.234.567đ', 1234567],
    ['1.234.567 ₫', 1234567],
    ['1.234.567 VNĐ', 1234567],
    ['1.234.567 vnd', 1234567],
    ['1.234.567 đồng', 1234567],
    ['1.234.567 đ'.normalize('NFD'), 1234567],
    ['1.234.567\u00a0đ', 1234567],
    ['\u00a01.234.567 ', 1234567],
    ['1234567', 1234567],
    ['0', 0],
    [1234567, 1234567],
  ])('%p is %p', (value, expected) => {
    const result = validate(withPrice(value));
    expect(result.findings).toEqual([]);
    expect(result.workbook.budgetLines[1]!.unitPrice).toBe(expected);
  });

  test.each<Cell>([
    '1,234,567',
    '1.23.456',
    '1.2345',
    '1 234 567',
    '１２３',
    '0x10',
    '1e3',
    'Infinity',
    'NaN',
    '12abc',
    'một triệu',
    '$100',
    true,
    false,
    dateCell('2025-01-10'),
  ])('%p is T003 invalid number', (value) => {
    const result = validate(withPrice(value));
    const text =
      typeof value === 'boolean'
        ? value
          ? 'TRUE'
          : 'FALSE'
        : typeof value === 'object'
          ? '10/01/2025'
          : String(value);
    expect(summary(result.findings)).toEqual([
      ['T003', 'Dự toán!E3', `"${text}" ở cột "Đơn giá" không phải số hợp lệ.`],
    ]);
    expect(result.workbook.budgetLines[1]!.unitPrice).toBeUndefined();
  });

  test.each<Cell>([-5, '-5', '-1.000 đ'])('%p is T003 negative', (value) => {
    expect(summary(validate(withPrice(value)).findings)).toEqual([
      ['T003', 'Dự toán!E3', `"${String(value)}" ở cột "Đơn giá" là số âm.`],
    ]);
  });

  test('an absurdly large amount is T003, not a budget', () => {
    expect(validate(withPrice(1e16)).findings.map((f) => [f.code, f.cell])).toEqual([['T003', 'E3']]);
  });

  test('a whole-number column refuses 13,5 and TRUE, takes 13,0 and "310"', () => {
    const members = (value: Cell) => buildWorkbook(withCells(TAB.units, 1, { 'Số thành viên': value }));
    expect(summary(validate(members('13,5')).findings)).toEqual([
      ['T003', 'Đơn vị!E3', '"13,5" ở cột "Số thành viên" phải là số nguyên.'],
    ]);
    expect(summary(validate(members(13.5)).findings)).toEqual([
      ['T003', 'Đơn vị!E3', '"13.5" ở cột "Số thành viên" phải là số nguyên.'],
    ]);
    expect(summary(validate(members(true)).findings)).toEqual([
      ['T003', 'Đơn vị!E3', '"TRUE" ở cột "Số thành viên" không phải số hợp lệ.'],
    ]);
    expect(validate(members('310,0')).workbook.units[1]!.members).toBe(310);
    expect(validate(members(' 310 ')).workbook.units[1]!.members).toBe(310);
  });

  test('an empty required number is T001 and stays empty, never 0', () => {
    for (const empty of ['', '   ', '\u00a0', null] as Cell[]) {
      const result = validate(buildWorkbook(withCells(TAB.units, 1, { 'Số thành viên': empty })));
      expect(summary(result.findings)).toEqual([
        ['T001', 'Đơn vị!E3', 'Ô "Số thành viên" đang trống nhưng bắt buộc phải có.'],
      ]);
      expect(result.workbook.units[1]!.members).toBeUndefined();
      expect(result.workbook.units[1]!.unreadable).toBeUndefined();
    }
  });
});

describe('spreadsheet errors', () => {
  test.each([
    '#REF!',
    '#N/A',
    '#VALUE!',
    '#DIV/0!',
    '#NAME?',
    '#NUM!',
    '#NULL!',
    '#ERROR!',
    '#SPILL!',
    '#CALC!',
  ])('%s is T005 in a text, code, choice, date and number column', (error) => {
    let tabs: PlanTabs = withCells(TAB.units, 1, { 'Tên đơn vị': error, 'Loại đơn vị': error });
    tabs = withCells(TAB.milestones, 1, { 'Mã công việc': error, 'Ngày hoàn thành': error }, tabs);
    tabs = withCells(TAB.budget, 2, { 'Số lượng': ` ${error.toLowerCase()} ` }, tabs);
    const findings = validate(buildWorkbook(tabs)).findings;
    expect(findings.map((f) => [f.code, `${f.sheet}!${f.cell}`])).toEqual([
      ['T005', 'Đơn vị!B3'],
      ['T005', 'Đơn vị!C3'],
      ['T005', 'Mốc thời gian!A3'],
      ['T005', 'Mốc thời gian!E3'],
      ['T005', 'Dự toán!C4'],
    ]);
    expect(findings[0]!.message).toBe(`Ô "Tên đơn vị" đang báo lỗi công thức ${error}.`);
  });

  test('near miss: text that merely starts with # is text', () => {
    const result = validate(buildWorkbook(withCells(TAB.budget, 0, { 'Ghi chú': '#N/A nghĩa là chưa có' })));
    expect(result.findings).toEqual([]);
    expect(result.workbook.budgetLines[0]!.note).toBe('#N/A nghĩa là chưa có');
  });
});

describe('other cells', () => {
  test('T004 value not in the list names the allowed values', () => {
    const f = validate(
      buildWorkbook(withCells(TAB.congresses, 1, { 'Hình thức': 'Đại hội thí điểm' })),
    ).findings;
    expect(summary(f)).toEqual([
      ['T004', 'Đại hội!B3', '"Đại hội thí điểm" không phải giá trị hợp lệ của cột "Hình thức".'],
    ]);
    expect(f[0]!.hint).toBe('Chọn một trong: Đại hội điểm; Đại hội.');
  });

  test('T004 an unknown unit type in Áp dụng cho names the part and the cell', () => {
    const raw = buildWorkbook(withCells(TAB.norms, 0, { 'Áp dụng cho': 'Chi bộ trực thuộc; Chi bộ thôn' }));
    expect(summary(validate(raw).findings)).toEqual([
      ['T004', 'Định mức!D2', '"Chi bộ thôn" ở cột "Áp dụng cho" không phải loại đơn vị.'],
    ]);
    expect(parseAppliesTo(' TẤT CẢ ')).toEqual({ levels: 'all', unknown: [] });
    expect(parseAppliesTo('chi bộ trực thuộc; Chi bộ cơ sở;')).toEqual({
      levels: ['Chi bộ trực thuộc', 'Chi bộ cơ sở'],
      unknown: [],
    });
  });

  test('T006 invalid emails; near miss: upper case, plus and subdomains', () => {
    for (const bad of [
      'que@',
      'que@phongtho',
      'Quế <que@phongtho.vn>',
      'a@b.vn; c@d.vn',
      'quế@phongtho.vn',
    ]) {
      const f = validate(buildWorkbook(withCells(TAB.recipients, 1, { Email: bad }))).findings;
      expect(summary(f)).toEqual([
        ['T006', 'Người nhận!B3', `"${bad}" ở cột "Email" không phải địa chỉ email hợp lệ.`],
      ]);
    }
    const good = validate(
      buildWorkbook(withCells(TAB.recipients, 1, { Email: ' Minh.Lo+daihoi@BinhLu.Example.vn ' })),
    );
    expect(good.findings).toEqual([]);
    expect(good.workbook.recipients[1]!.email).toBe('Minh.Lo+daihoi@BinhLu.Example.vn');
  });

  test('T007 terms: end after start, four-digit years', () => {
    expect(parseTerm('2025 – 2030')).toEqual({ start: 2025, end: 2030 });
    expect(parseTerm(' 2020-2025 ')).toEqual({ start: 2020, end: 2025 });
    for (const bad of ['2025-2025', '2030-2025', '25-30', '2025', '2025/2030']) {
      expect(parseTerm(bad)).toBeNull();
      const f = validate(buildWorkbook(withCells(TAB.congresses, 0, { 'Nhiệm kỳ mới': bad }))).findings;
      expect(summary(f)).toEqual([
        ['T007', 'Đại hội!E2', `"${bad}" ở cột "Nhiệm kỳ mới" không phải nhiệm kỳ hợp lệ.`],
      ]);
    }
  });

  test('T009 an invisible character inside a code; near miss: NBSP around it is trimmed', () => {
    const defined = validate(buildWorkbook(withCells(TAB.units, 2, { 'Mã đơn vị': 'CB\u200b02' }))).findings;
    expect(defined.find((f) => f.code === 'T009')?.cell).toBe('A4');
    // In a reference the code names nothing: one R002 whose hint says to retype it, not also T009.
    const hidden = validate(
      buildWorkbook(withCells(TAB.units, 2, { 'Đơn vị cấp trên': 'B\u200bL' })),
    ).findings;
    expect(hidden.map((f) => [f.code, f.severity, f.cell, f.hint])).toEqual([
      ['R002', 'Lỗi', 'D4', 'Mã có ký tự ẩn (không nhìn thấy): xóa ô rồi gõ lại BL bằng tay.'],
    ]);
    const padded = validate(buildWorkbook(withCells(TAB.units, 2, { 'Đơn vị cấp trên': '\u00a0BL ' })));
    expect(padded.findings).toEqual([]);
    expect(padded.workbook.units[2]!.parent).toBe('BL');
  });

  test('codes are compared after NFC: an NFD-typed code matches', () => {
    let tabs = withCells(TAB.units, 3, { 'Mã đơn vị': 'BẢNHON' });
    tabs = withCells(TAB.congresses, 1, { 'Mã đơn vị': 'BẢNHON'.normalize('NFD') }, tabs);
    tabs = withCells(TAB.budget, 2, { 'Mã đơn vị': 'BẢNHON' }, tabs);
    expect(validate(buildWorkbook(tabs)).findings).toEqual([]);
  });

  test('a bad setting is T004 at its value cell, and its default applies', () => {
    const result = validate(buildWorkbook(withCells(TAB.settings, 9, { 'Giá trị': 'bảy' })));
    expect(result.findings.map((f) => [f.code, `${f.sheet}!${f.cell}`])).toEqual([['T004', 'Cấu hình!B11']]);
    expect(result.workbook.settings.remindDays).toBe(7);
  });
});

describe('the office’s words for the signed report', () => {
  const withSettings = (...extra: { Khóa: string; 'Giá trị': Cell }[]) =>
    buildWorkbook({ [TAB.settings]: [...base[TAB.settings], ...extra] });

  test('absent keys: empty words, empty Nơi nhận, D009 reminder 30 days', () => {
    const { settings } = validate(buildWorkbook()).workbook;
    expect([settings.reportBasis, settings.assessment, settings.proposals]).toEqual(['', '', '']);
    expect(settings.reportRecipients).toEqual([]);
    expect(settings.congressDateReminderDays).toBe(30);
  });

  test('several lines in one cell keep their order; blank lines and the office’s dashes go', () => {
    const result = validate(
      withSettings(
        { Khóa: 'Căn cứ', 'Giá trị': '  Thực hiện Kế hoạch số 294-KH/HU, ngày 19/7/2024 của Huyện ủy.  ' },
        { Khóa: 'Đánh giá', 'Giá trị': 'Ưu điểm: chuẩn bị chu đáo.\r\n\r\nHạn chế: dự toán chậm.' },
        { Khóa: 'ĐỀ XUẤT', 'Giá trị': 'Đề nghị Ban Tổ chức Tỉnh ủy hướng dẫn thêm.' },
        {
          Khóa: 'Nơi nhận',
          'Giá trị':
            '- Thường trực Tỉnh ủy (b/c),\n– Ban Tổ chức Tỉnh ủy (b/c),\n\nCác chi, đảng bộ cơ sở,\n- Lưu VP.',
        },
        { Khóa: 'Nhắc chọn ngày đại hội (ngày)', 'Giá trị': '45' },
      ),
    );
    expect(result.findings).toEqual([]);
    const { settings } = result.workbook;
    expect(settings.reportBasis).toBe('Thực hiện Kế hoạch số 294-KH/HU, ngày 19/7/2024 của Huyện ủy.');
    expect(settings.assessment).toBe('Ưu điểm: chuẩn bị chu đáo.\nHạn chế: dự toán chậm.');
    expect(settings.proposals).toBe('Đề nghị Ban Tổ chức Tỉnh ủy hướng dẫn thêm.');
    expect(settings.reportRecipients).toEqual([
      'Thường trực Tỉnh ủy (b/c),',
      'Ban Tổ chức Tỉnh ủy (b/c),',
      'Các chi, đảng bộ cơ sở,',
      'Lưu VP.',
    ]);
    expect(settings.congressDateReminderDays).toBe(45);
  });

  test('a reminder that is not a whole number of days is T004, and 30 applies', () => {
    const result = validate(withSettings({ Khóa: 'Nhắc chọn ngày đại hội (ngày)', 'Giá trị': 'một tháng' }));
    expect(result.findings.map((f) => [f.code, `${f.sheet}!${f.cell}`])).toEqual([['T004', 'Cấu hình!B13']]);
    expect(result.workbook.settings.congressDateReminderDays).toBe(30);
  });
});

describe('a Cơ quan', () => {
  const office = { 'Mã đơn vị': 'VP', 'Tên đơn vị': 'Văn phòng Huyện ủy', 'Loại đơn vị': 'Cơ quan' };

  test('needs no members and no term; a Chi bộ with the same empty cells gets T001 for each', () => {
    const result = validate(
      buildWorkbook({
        [TAB.units]: [
          ...base[TAB.units],
          office,
          { ...office, 'Mã đơn vị': 'CB09', 'Loại đơn vị': 'Chi bộ cơ sở' },
        ],
      }),
    );
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([
      ['T001', 'E7'],
      ['T001', 'F7'],
    ]);
    expect(result.workbook.units.find((u) => u.code === 'VP')).toEqual({
      row: 6,
      code: 'VP',
      name: 'Văn phòng Huyện ủy',
      type: 'Cơ quan',
    });
  });

  test('a Cơ quan typed in another case is still a Cơ quan', () => {
    const result = validate(
      buildWorkbook({ [TAB.units]: [...base[TAB.units], { ...office, 'Loại đơn vị': 'CƠ QUAN ' }] }),
    );
    expect(result.findings).toEqual([]);
  });
});

describe('rows', () => {
  test('blank and whitespace-only rows are skipped; findings keep the sheet row number', () => {
    const units = [
      base[TAB.units][0]!,
      base[TAB.units][1]!,
      {},
      { 'Mã đơn vị': '  ', 'Tên đơn vị': '\u00a0', 'Ghi chú': '\t' },
      { ...base[TAB.units][2]!, 'Số thành viên': 'mười ba' },
      base[TAB.units][3]!,
    ];
    const result = validate(buildWorkbook({ [TAB.units]: units }));
    expect(result.workbook.units.map((u) => [u.row, u.code])).toEqual([
      [2, 'HU'],
      [3, 'BL'],
      [6, 'CB02'],
      [7, 'BH'],
    ]);
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([['T003', 'E6']]);
  });

  test('rows shorter than the header and a header-only tab', () => {
    const raw = buildWorkbook();
    const sheets = raw.sheets.map((sheet) => {
      if (sheet.name === TAB.norms)
        return { ...sheet, rows: sheet.rows.map((row, i) => (i === 0 ? row : row.slice(0, 5))) };
      if (sheet.name === TAB.milestones) return { ...sheet, rows: sheet.rows.slice(0, 1) };
      return sheet;
    });
    const result = validate({ ...raw, sheets });
    expect(result.findings).toEqual([]);
    expect(result.workbook.milestones).toEqual([]);
    expect(result.workbook.norms[0]!.basis).toBe('');
  });

  test('the input grids are not changed by reading', () => {
    const raw = buildWorkbook(withCells(TAB.units, 1, { 'Số thành viên': '1.310' }));
    const before = JSON.stringify(raw);
    validate(raw);
    expect(JSON.stringify(raw)).toBe(before);
  });
});
