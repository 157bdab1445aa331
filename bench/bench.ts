/**
 * npm run bench: measures the core, the xlsx floor, the command line, the Apps Script bundle and its
 * service calls on generated plans of 100, 1.000 and 5.000 units. Medians of several runs; the table
 * goes to stdout and to bench/RESULTS.md with the machine's cores and Node version.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { readXlsx } from '../src/cli/xlsx/read';
import { planWorkbook, saveWorkbook } from '../src/cli/xlsx/write';
import { buildReport, type PlanRows, renderReportHtml, validateWorkbook } from '../src/core';
import { createWorld, loadRawWorkbook } from '../test/fakes/environment';
import { generatePlan } from '../test/helpers/generate';
import { buildWorkbook } from '../test/helpers/workbook-builder';
import { importBenchmark } from './import';
import { provinceBenchmark } from './province';

const ROOT = join(__dirname, '..', '..');
const WORK = join(ROOT, 'bench', 'work');
const SIZES = [100, 1000, 5000];
const TODAY = '2025-03-01';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, action: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    action();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function timeAsync(runs: number, action: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function cli(args: string[]): number {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'daihoi.js'), ...args], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent' },
    });
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`daihoi ${args.join(' ')}: ${result.stderr}`);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function serviceCalls(units: number, action: string): number {
  const world = createWorld();
  loadRawWorkbook(world, buildWorkbook(generatePlan(units)));
  const context = vm.createContext({ ...world.globals });
  vm.runInContext(readFileSync(join(ROOT, 'build', 'Code.js'), 'utf8'), context);
  world.log.clear();
  (context as Record<string, () => void>)[action]!();
  return world.log.calls.length;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

async function main() {
  const loadAtStart = loadavg()[0]!;
  mkdirSync(WORK, { recursive: true });
  const rows: string[][] = [];
  const core: number[] = [];
  for (const size of SIZES) {
    const tabs = generatePlan(size);
    const raw = buildWorkbook(tabs);
    const validate = time(5, () => validateWorkbook(raw, { today: TODAY }));
    const result = validateWorkbook(raw, { today: TODAY });
    const model = time(5, () =>
      buildReport({ workbook: result.workbook, findings: result.findings, today: TODAY }),
    );
    const report = buildReport({ workbook: result.workbook, findings: result.findings, today: TODAY });
    const html = time(5, () => renderReportHtml(report));
    core.push(validate + model);
    const file = join(WORK, `plan-${size}.xlsx`);
    const plan: PlanRows = tabs;
    const write = await timeAsync(3, () => saveWorkbook(planWorkbook(plan), file));
    // The floor of a command that reads this file: a fresh Node process that loads exceljs and reads it.
    const floor = median(
      [0, 1, 2].map(() => {
        const start = performance.now();
        spawnSync(
          process.execPath,
          [
            '-e',
            `require('exceljs');new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(file)})`,
          ],
          {
            cwd: ROOT,
          },
        );
        return performance.now() - start;
      }),
    );
    const inProcess = await timeAsync(3, async () => new ExcelJS.Workbook().xlsx.readFile(file));
    const read = await timeAsync(3, () => readXlsx(file));
    const cliValidate = cli(['validate', file, '--json', '--today', TODAY]);
    const cliReport = cli(['report', file, '--out', join(WORK, `out-${size}`), '--today', TODAY, '--json']);
    const callsValidate = serviceCalls(size, 'validateData');
    const callsReport = serviceCalls(size, 'generateReport');
    rows.push([
      String(size),
      ms(validate),
      ms(model),
      ms(html),
      ms(write),
      ms(inProcess),
      ms(read),
      ms(floor),
      ms(cliValidate),
      `${(cliValidate / floor).toFixed(2)}×`,
      ms(cliReport),
      `${callsValidate} / ${callsReport}`,
    ]);
    console.log(`${size} units done`);
  }
  const code = readFileSync(join(ROOT, 'build', 'Code.js'), 'utf8');
  const evaluate = time(20, () => vm.runInContext(code, vm.createContext({})));
  const header = [
    'units',
    'core validate',
    'report model',
    'HTML render',
    'xlsx write',
    'exceljs read',
    'our xlsx read',
    'exceljs read in a fresh process (floor)',
    'CLI validate',
    'CLI ÷ floor',
    'CLI report (no PDF)',
    'service calls validate / report',
  ];
  const table = [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
  const growth = core[2]! / core[1]!;
  const importTable = importBenchmark(ROOT, WORK);
  const provinceTable = await provinceBenchmark(ROOT, WORK);
  const summary = [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; medians of 5 (core) or 3 (files, CLI) runs.`,
    `Load average (1 min) at the start: ${loadAtStart.toFixed(1)}, at the end: ${loadavg()[0]!.toFixed(1)}; on a machine shared with other work, times grow with the load, peak memory does not.`,
    '',
    table,
    '',
    `- build/Code.js: ${(statSync(join(ROOT, 'build', 'Code.js')).size / 1024).toFixed(0)} KB; evaluated in a bare vm in ${ms(evaluate)} (median of 20).`,
    `- core validate + report model at 5.000 units: ${ms(core[2]!)}; 1.000 -> 5.000 units costs ${growth.toFixed(2)}× for 5× the rows.`,
    '',
    importTable,
    '',
    provinceTable,
  ].join('\n');
  console.log(`\n${summary}`);
  writeFileSync(
    join(ROOT, 'bench', 'RESULTS.md'),
    `# Benchmark results\n\nWritten by \`npm run bench\`.\n\n${summary}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
