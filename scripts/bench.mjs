// npm run bench: bundles bench/bench.ts (TypeScript, importing the core, the CLI's xlsx code and the
// test fakes) and runs it. Not part of npm test: it takes minutes and measures time.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'bench', 'work', 'bench.cjs');
await esbuild.build({
  entryPoints: [join(root, 'bench', 'bench.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
