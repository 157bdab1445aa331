// npm start: build, write the example workbook under out/, validate it, and write the report.
// Options (for tests and curious users): `--out DIR` writes there instead of out/; `--no-build`
// skips the build when dist/ is known to be fresh.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { out: { type: 'string' }, 'no-build': { type: 'boolean' } },
});
const out = values.out ? resolve(values.out) : join(root, 'out');
const workbook = join(out, 'vi-du-dai-hoi-diem.xlsx');

function run(command, args, { allowed = [0] } = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (!allowed.includes(result.status)) process.exit(result.status ?? 1);
  return result.status;
}

// The example is the 2024 plan, so it is checked and reported as of a day inside that plan (its
// first tasks just due, its congresses ahead); run against today it would call every task overdue by
// years. The user's own workbooks are always reported as of their real today.
const EXAMPLE_TODAY = '2024-12-02';

const daihoi = (...args) => [process.execPath, [join(root, 'bin', 'daihoi.js'), ...args]];

if (!values['no-build']) run('npm', ['run', '--silent', 'build']);
mkdirSync(out, { recursive: true });
// --force: this is npm start's own output, rewritten on every run.
run(...daihoi('init', workbook, '--example', '--force'));

console.log('\n== Kiểm tra dữ liệu (ví dụ tính đến ngày 02/12/2024) ==');
// Exit 1 means the data has errors: that is a finding to read, not a failure of npm start.
run(...daihoi('validate', workbook, '--today', EXAMPLE_TODAY), { allowed: [0, 1] });

console.log('\n== Tạo báo cáo ==');
run(...daihoi('report', workbook, '--out', join(out, 'bao-cao'), '--today', EXAMPLE_TODAY));
