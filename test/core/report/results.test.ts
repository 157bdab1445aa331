/**
 * The results of the congresses held in the report model and the --json figures: absent while none is
 * held (the contract's shape stays as it was), then turn-out, committees and direct elections, cut to a
 * scoped reader's subtree like everything else.
 */
import { buildReport, reportFigures, validateWorkbook } from '../../../src/core';
import { OPTIONAL_TAB } from '../../../src/core/workbook/contract';
import { heldPlan, RESULT_ROWS } from '../../helpers/results';
import {
  buildWorkbook,
  CLEAN_TODAY,
  cleanTabs,
  type PlanTabs,
  type RowObject,
  sheetFrom,
} from '../../helpers/workbook-builder';

const TODAY = '2025-04-10';

const RESULTS = RESULT_ROWS.map((row) => ({ ...row }));

function model(tabs: PlanTabs, results: readonly RowObject[] | null, scope?: string, today = TODAY) {
  const extraSheets = results ? [sheetFrom(OPTIONAL_TAB.results, results)] : [];
  const validated = validateWorkbook(buildWorkbook(tabs, { extraSheets }), { today });
  return buildReport({ ...validated, ...(scope ? { scope } : {}) });
}

test('while nothing is held there is no results part, and --json keeps the contract shape', () => {
  const report = model(cleanTabs(), null, undefined, CLEAN_TODAY);
  expect(report.results).toBeNull();
  expect(Object.keys(reportFigures(report))).toEqual(['today', 'totals', 'units']);
});

test('held congresses: turn-out, committees, direct elections and who reported', () => {
  const report = model(heldPlan(), RESULTS);
  expect(report.results).toMatchObject({
    held: 2,
    withResults: 2,
    reported: 1,
    present: 525,
    convened: 532,
    committee: 18,
    directElections: 1,
    directElected: 1,
  });
  expect(report.results!.lines[1]).toEqual({
    unitCode: 'BH',
    unitName: 'Đảng bộ xã Bản Hon',
    form: 'Đại hội điểm',
    directElection: true,
    recorded: true,
    date: '2025-03-20',
    delegates: 250,
    present: 246,
    committee: 15,
    secretary: 'Tao Văn Hòa',
    share: 96.5,
    reportDue: '2025-04-05',
  });
});

test('--json carries the results', () => {
  const figures = reportFigures(model(heldPlan(), RESULTS));
  expect(figures.results).toEqual({
    held: 2,
    reported: 1,
    present: 525,
    convened: 532,
    turnout: 98.7,
    committee: 18,
    directElections: 1,
    congresses: [
      {
        code: 'CB02',
        name: 'Chi bộ 02 (bản Nà Phát)',
        congressDate: '2025-01-08',
        directElection: false,
        delegates: 282,
        present: 279,
        committee: 3,
        secretary: 'Vàng A Sử',
        share: 92.3,
        reportedOn: '2025-01-15',
        reportDue: '2025-01-23',
      },
      {
        code: 'BH',
        name: 'Đảng bộ xã Bản Hon',
        congressDate: '2025-03-20',
        directElection: true,
        delegates: 250,
        present: 246,
        committee: 15,
        secretary: 'Tao Văn Hòa',
        share: 96.5,
        reportedOn: null,
        reportDue: '2025-04-05',
      },
    ],
  });
  // The results' findings count like any other: Bản Hon's report is five days late (D015).
  expect(figures.totals.warnings).toBe(1);
});

test('a held congress without a row (or without the tab) is listed with what Đại hội knows', () => {
  const withoutTab = model(heldPlan(), null).results!;
  expect(withoutTab.withResults).toBe(0);
  expect(withoutTab.lines.map((line) => [line.unitCode, line.present, line.delegates])).toEqual([
    ['CB02', undefined, 282],
    ['BH', undefined, 250],
  ]);
  expect(reportFigures(model(heldPlan(), null)).results!.turnout).toBeNull();
});

test('a scoped report has only its subtree’s results, and only their findings', () => {
  const scoped = model(heldPlan(), RESULTS, 'BL');
  expect(scoped.results!.lines.map((line) => line.unitCode)).toEqual(['CB02']);
  expect(scoped.quality.warnings).toBe(0);
  const bh = model(heldPlan(), RESULTS, 'BH');
  expect(bh.results!.lines.map((line) => line.unitCode)).toEqual(['BH']);
  expect(bh.quality.warnings).toBe(1);
});
