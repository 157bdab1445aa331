import { validateWorkbook } from '../../../src/core';
import { TAB } from '../../../src/core/workbook/contract';
import { buildWorkbook, CLEAN_TODAY, withCells } from '../../helpers/workbook-builder';

test('a unit name typed in TCVN3 gets a warning with the converted text as hint', () => {
  const findings = validateWorkbook(
    buildWorkbook(withCells(TAB.units, 1, { 'Tên đơn vị': '§¶ng bé x· B×nh L\u00ad' })),
    {
      today: CLEAN_TODAY,
    },
  ).findings;
  expect(findings.map((f) => [f.code, f.severity, f.cell, f.hint])).toEqual([
    ['T008', 'Cảnh báo', 'B3', 'Gõ lại hoặc dán đoạn đã chuyển sang Unicode: Đảng bộ xã Bình Lư'],
  ]);
});

test('correct Unicode and a name with French accents give nothing', () => {
  for (const name of ['Đảng bộ xã Bình Lư', 'Chi bộ Café Hoàng Hoài']) {
    const findings = validateWorkbook(buildWorkbook(withCells(TAB.units, 1, { 'Tên đơn vị': name })), {
      today: CLEAN_TODAY,
    });
    expect(findings.findings).toEqual([]);
  }
});
