/**
 * The command line at a province's size (issue 15): 5.000 units with 50.000 budget lines and 20.000
 * tasks, 2.000 scoped recipients, a 20.000-line plan text. Each command runs in a fresh process;
 * the table gives its wall time and peak resident memory. A second pair of report runs shows that
 * memory does not grow with whole-plan recipients, who all get the one signed report.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { computeBudget, validateWorkbook } from '../src/core';
import { cycleChainPlan, generatePlan } from '../test/helpers/generate';
import { buildWorkbook } from '../test/helpers/workbook-builder';
import { writePlan } from '../test/helpers/xlsx';
import { longPlan, peakRun } from './import';

const TODAY = '2025-03-01';

/** Validate and the budget roll-up on a chain of `depth` units closed into a cycle, each with a line. */
function deepChain(depth: number): number {
  const raw = buildWorkbook(cycleChainPlan(depth));
  const start = performance.now();
  computeBudget(validateWorkbook(raw, { today: TODAY }).workbook);
  return performance.now() - start;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The province section of bench/RESULTS.md. */
export async function provinceBenchmark(root: string, work: string): Promise<string> {
  const rows: string[][] = [];
  const add = (what: string, size: string, args: readonly string[]) => {
    // Without Chromium: the PDF is not what is measured.
    const run = peakRun(root, args, { CHROMIUM_PATH: '/nonexistent' });
    rows.push([what, size, run.code <= 1 ? seconds(run.ms) : `exit ${run.code}`, `${run.mb.toFixed(0)} MB`]);
    console.log(`province: ${what} done`);
  };

  const province = join(work, 'province.xlsx');
  await writePlan(province, generatePlan(5000, { recipients: 2000, recipientScope: 'scoped' }));
  const size = '5.000 units, 50.000 budget lines, 20.000 tasks, 2.000 scoped recipients';
  add('validate', size, ['validate', province, '--json', '--today', TODAY]);
  const out = join(work, 'province-out');
  add('report (2.002 .eml, no PDF)', size, ['report', province, '--out', out, '--today', TODAY, '--json']);
  rmSync(out, { recursive: true, force: true });

  for (const recipients of [10, 100]) {
    const file = join(work, `whole-${recipients}.xlsx`);
    await writePlan(file, generatePlan(1000, { recipients, recipientScope: 'whole' }));
    const dir = join(work, `whole-${recipients}-out`);
    add(`report, ${recipients} whole-plan recipients`, '1.000 units', [
      'report',
      file,
      '--out',
      dir,
      '--today',
      TODAY,
      '--json',
    ]);
    rmSync(dir, { recursive: true, force: true });
  }

  const plan = join(work, 'province-plan.txt');
  writeFileSync(plan, longPlan(20_000));
  add('import --json', 'a 20.000-line plan text', ['import', plan, '--json']);

  const half = deepChain(25_000);
  const full = deepChain(50_000);
  rows.push([
    'core validate + budget roll-up',
    'a chain of 50.000 units closed into a cycle (once: no end in 5 minutes)',
    `${seconds(full)} (25.000: ${seconds(half)}, ${(full / half).toFixed(2)}×)`,
    '',
  ]);

  const header = ['province: command', 'input', 'time', 'peak memory'];
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}
