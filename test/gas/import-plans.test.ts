/**
 * The Sheets dialog on the real plans, through the built bundle: it previews the `Cấu hình` values and
 * the rows `daihoi import --into` writes, applies exactly what the command line writes (compared cell
 * for cell after reading both back), and a second import adds nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/xlsx/read';
import {
  type Cell,
  dateCell,
  INPUT_TABS,
  isoInZone,
  NORMS_CATALOGUE,
  type RawWorkbook,
  readWorkbook,
  settingsRows,
  TAB,
} from '../../src/core';
import { planToRawWorkbook } from '../../src/core/examples/index';
import { createWorld, type FakeWorld, loadRawWorkbook } from '../fakes/environment';
import { daihoi, tempDir } from '../helpers/cli';
import { loadBundle } from '../helpers/load-bundle';
import { DISTRICT_PLAN, planPath, planText, withPlans, YOUTH_PLAN } from '../helpers/plans';

const NOW = new Date('2024-10-01T02:00:00Z');
const DIALOG = readFileSync(join(__dirname, '..', '..', 'build', 'import.html'), 'utf8');

interface Preview {
  summary: string;
  tabs: { tab: string; caption: string; headers: string[]; rows: { key: string; cells: string[] }[] }[];
  skipped: { text: string; why: string }[];
}

/** A fresh workbook as `daihoi init` writes it: the settings keys with their defaults, the norms. */
function freshWorkbook(): RawWorkbook {
  return planToRawWorkbook({ [TAB.settings]: settingsRows(), [TAB.norms]: NORMS_CATALOGUE });
}

/** The fake spreadsheet read back the way the add-on reads it. */
function readBack(world: FakeWorld): RawWorkbook {
  const zone = world.spreadsheet.timeZone;
  return {
    sheets: INPUT_TABS.map((tab) => ({
      name: tab,
      rows: world.spreadsheet
        .sheet(tab)
        .snapshot()
        .map((row) =>
          row.map((value): Cell => {
            // Dates come from the bundle's realm: instanceof Date would miss them.
            if (Object.prototype.toString.call(value) === '[object Date]')
              return dateCell(isoInZone(value as Date, zone));
            return value === '' ? null : (value as Cell);
          }),
        ),
    })),
  };
}

async function throughCommandLine(plan: string) {
  const book = join(tempDir(), 'ke-hoach.xlsx');
  daihoi(['init', book]);
  daihoi(['import', plan, '--into', book]);
  return readWorkbook(await readXlsx(book)).workbook;
}

for (const [name, file] of [
  ['the 2024 district plan', DISTRICT_PLAN],
  ['the 2016 Youth Union plan', YOUTH_PLAN],
] as const) {
  test(
    `${name}: the dialog previews and applies what the command line writes; twice adds nothing`,
    withPlans(async () => {
      const text = planText(file);
      const world = createWorld({ html: { import: DIALOG } });
      loadRawWorkbook(world, freshWorkbook());
      const app = loadBundle(world.globals, { now: NOW });

      const preview = app.previewImport!(text) as Preview;
      expect(preview.tabs.map((tab) => tab.tab)).toEqual([
        TAB.settings,
        TAB.units,
        TAB.congresses,
        TAB.milestones,
      ]);
      const settings = preview.tabs[0]!;
      expect(settings.headers).toEqual(['Khóa', 'Giá trị hiện tại', 'Giá trị mới']);
      const planned = Object.fromEntries(settings.rows.map((row) => [row.cells[0], row.cells[2]]));
      expect(planned['Người ký']).toBe(file === YOUTH_PLAN ? 'Hồ Thị Nhung' : 'Tần Thị Quế');
      if (file === YOUTH_PLAN) {
        expect(planned['Tổ chức']).toBe('Đoàn');
        expect(settings.rows.find((row) => row.cells[0] === 'Tổ chức')?.cells[1]).toBe('Đảng');
        expect(preview.skipped).toEqual([
          {
            text: 'nhiệm kỳ 2017-2022',
            why: 'văn bản ghi nhiệm kỳ khác cho cùng loại đơn vị; đã lấy nhiệm kỳ ở tiêu đề kế hoạch',
          },
        ]);
      }

      world.log.clear();
      const keys = preview.tabs.flatMap((tab) => tab.rows.map((row) => row.key));
      expect(app.applyImport!(text, keys)).toMatch(
        /^Đã thêm \d+ đơn vị, \d+ đại hội, \d+ mốc thời gian, điền \d+ giá trị Cấu hình\./,
      );
      // Each tab's rows with one write; `Cấu hình` one write per run of neighbouring changed cells (never
      // more than the values it fills: cells that do not change are not rewritten).
      const writes = world.log.calls.filter((call) => call.endsWith('.setValues'));
      expect(writes.filter((call) => !call.includes('Cấu hình'))).toHaveLength(3);
      expect(writes.filter((call) => call.includes('Cấu hình')).length).toBeLessThanOrEqual(
        settings.rows.length,
      );

      const sheets = readWorkbook(readBack(world)).workbook;
      const cli = await throughCommandLine(planPath(file));
      expect(sheets.settings).toEqual(cli.settings);
      expect(sheets.units).toEqual(cli.units);
      expect(sheets.congresses).toEqual(cli.congresses);
      expect(sheets.milestones).toEqual(cli.milestones);

      const again = app.previewImport!(text) as Preview;
      expect(again.summary).toBe('Bảng tính đã có mọi nội dung của kế hoạch này: không có dòng mới để thêm.');
      world.log.clear();
      expect(app.applyImport!(text, keys)).toBe(
        'Không thêm dòng nào: các dòng được chọn đã có trong bảng tính.',
      );
      expect(world.log.calls.filter((call) => call.endsWith('.setValues'))).toEqual([]);
    }),
  );
}
