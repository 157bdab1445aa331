/**
 * The two real plans of the project brief (shared/plans), looked for beside the repository and in the
 * folders above it, so a git worktree placed deeper finds them too. A user's clone has none: tests
 * over them then say so and pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './cli';

export const DISTRICT_PLAN = 'ke-hoach-dai-hoi-diem-huyen-uy-2024.txt';
export const YOUTH_PLAN = 'ke-hoach-dai-hoi-diem-doan-khoi-2016.txt';

function findPlans(): string | null {
  let folder = dirname(ROOT);
  for (let depth = 0; depth < 4; depth++) {
    const candidate = join(folder, 'shared', 'plans');
    if (existsSync(join(candidate, DISTRICT_PLAN))) return candidate;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return null;
}

export const PLANS_DIR = findPlans();

export function planPath(name: string): string {
  if (!PLANS_DIR) throw new Error('shared/plans is absent');
  return join(PLANS_DIR, name);
}

export function planText(name: string): string {
  return readFileSync(planPath(name), 'utf8');
}

/** Runs `body` when the plans are there; otherwise notes that the test did not run. */
export function withPlans(body: () => void | Promise<void>): () => Promise<void> {
  return async () => {
    if (!PLANS_DIR) {
      console.warn('shared/plans is absent: the test over the real plans did not run.');
      return;
    }
    await body();
  };
}
