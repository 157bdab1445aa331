/**
 * The importer at the sizes and shapes that once broke it (issue 15): a 20.000-line plan text, one
 * long line repeating a unit mention, 50.000 dates on one line. Each is timed in the core (reading the
 * plan and planning the rows for a fresh workbook) at half and full size, so the table shows the cost
 * growing with the text, and once through the command line (`import --json`) with its peak memory.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractPlan, importRows, NORMS_CATALOGUE, readWorkbook, settingsRows, TAB } from '../src/core';
import { planToRawWorkbook } from '../src/core/examples/index';

/** A plan of `lines` lines, each different: units with delegates and deadlines, tasks, citations. */
export function longPlan(lines: number): string {
  const text = ['KẾ HOẠCH', 'Tổ chức đại hội điểm chi bộ, đảng bộ cơ sở nhiệm kỳ 2025 - 2030', 'I. NỘI DUNG'];
  for (let i = 0; text.length < lines; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    if (i % 4 === 0)
      text.push(
        `- Chi bộ thôn Nậm ${i}, Đảng bộ xã Pa Vệ ${i}: Không quá 01 ngày, hoàn thành trước ngày ${day}/${month}/2025.`,
      );
    else if (i % 4 === 1)
      text.push(
        `Đại biểu (khoảng ${100 + (i % 50)} đại biểu, trong đó: đảng viên chi bộ 20 đồng chí; đại biểu mời ${80 + (i % 50)} đồng chí).`,
      );
    else if (i % 4 === 2)
      text.push(
        `Ban Tổ chức Huyện ủy tổng hợp báo cáo đợt ${i} trước ngày ${day}/${month}/2025 theo Kế hoạch số ${i}-KH/HU, ngày 19/7/2024 của Huyện ủy.`,
      );
    else text.push(`Chi bộ bản Huổi ${i} đến tháng ${month} năm 2026 mới hết nhiệm kỳ.`);
  }
  return text.join('\n');
}

const SHAPES: readonly { name: string; full: number; make: (size: number) => string }[] = [
  { name: 'plan text, lines', full: 20_000, make: longPlan },
  { name: 'one line, "Chi bộ Nà Phát, " repeated', full: 40_000, make: (n) => 'Chi bộ Nà Phát, '.repeat(n) },
  {
    name: 'one line, "Chi đoàn X- Y và " repeated',
    full: 40_000,
    make: (n) => 'Chi đoàn Xuân Thọ- Tam Trà và '.repeat(n),
  },
  { name: 'one line, dates', full: 50_000, make: (n) => 'hoàn thành trước ngày 10/01/2025; '.repeat(n) },
];

function coreTime(text: string): number {
  const fresh = readWorkbook(
    planToRawWorkbook({ [TAB.settings]: settingsRows(), [TAB.norms]: NORMS_CATALOGUE }),
  ).workbook;
  const start = performance.now();
  importRows(extractPlan(text), fresh);
  return performance.now() - start;
}

/** `daihoi ARGS` in a fresh process, `env` added to this one's: wall time, exit code, peak resident memory. */
export function peakRun(
  root: string,
  args: readonly string[],
  env: Record<string, string> = {},
): { ms: number; code: number; mb: number } {
  const probe = [
    "process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));",
    `process.argv = [process.argv[0], 'daihoi', ...${JSON.stringify(args)}];`,
    `require(${JSON.stringify(join(root, 'bin', 'daihoi.js'))});`,
  ].join('');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['-e', probe], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
  });
  const ms = performance.now() - start;
  const rss = Number(/MAXRSS (\d+)/.exec(result.stderr ?? '')?.[1] ?? 0);
  return { ms, code: result.status ?? -1, mb: rss / 1024 };
}

/** `daihoi import FILE --json` in a fresh process: wall time, exit code and peak resident memory. */
const cliRun = (root: string, file: string) => peakRun(root, ['import', file, '--json']);

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

/** The import section of bench/RESULTS.md. */
export function importBenchmark(root: string, work: string): string {
  const rows: string[][] = [];
  for (const shape of SHAPES) {
    const half = shape.make(shape.full / 2);
    const full = shape.make(shape.full);
    const halfTime = coreTime(half);
    const fullTime = coreTime(full);
    const file = join(work, `import-${rows.length}.txt`);
    writeFileSync(file, full);
    const run = cliRun(root, file);
    rows.push([
      shape.name,
      String(shape.full),
      `${(full.length / 1024).toFixed(0)} KB`,
      ms(halfTime),
      ms(fullTime),
      `${(fullTime / halfTime).toFixed(2)}×`,
      run.code === 0 ? ms(run.ms) : `exit ${run.code}`,
      `${run.mb.toFixed(0)} MB`,
    ]);
    console.log(`import: ${shape.name} done`);
  }
  const header = [
    'import: shape',
    'size (full)',
    'text',
    'core, half size',
    'core, full size',
    'full ÷ half',
    'CLI import --json',
    'CLI peak memory',
  ];
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}
