// npm start: build, write the example workbook under out/, validate it, and write the report.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'out');
const workbook = join(out, 'vi-du-dai-hoi-diem.xlsx');

function run(command, args, { allowed = [0] } = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (!allowed.includes(result.status)) process.exit(result.status ?? 1);
  return result.status;
}

const daihoi = (...args) => [process.execPath, [join(root, 'bin', 'daihoi.js'), ...args]];

run('npm', ['run', '--silent', 'build']);
mkdirSync(out, { recursive: true });
run(...daihoi('init', workbook, '--example', '--force'));
console.log('\n== Kiểm tra dữ liệu ==');
// Exit 1 means the data has errors: that is a finding to read, not a failure of npm start.
run(...daihoi('validate', workbook), { allowed: [0, 1] });

console.log('\n== Tạo báo cáo ==');
run(...daihoi('report', workbook, '--out', join(out, 'bao-cao')));
