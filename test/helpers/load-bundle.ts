/** Evaluates build/Code.js in a bare vm context: no require, process, Buffer or timers, only the fakes. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const BUNDLE = join(__dirname, '..', '..', 'build', 'Code.js');

export function bundleSource(): string {
  if (!existsSync(BUNDLE))
    throw new Error('build/Code.js is missing: run "npm run build" first (npm test does).');
  return readFileSync(BUNDLE, 'utf8');
}

/** The HTML files the build copied next to Code.js, by the name HtmlService knows them ('sidebar'). */
export function builtHtml(): Record<string, string> {
  bundleSource();
  const folder = join(BUNDLE, '..');
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file.slice(0, -'.html'.length), readFileSync(join(folder, file), 'utf8')]),
  );
}

export type BundleGlobals = Record<string, (...args: unknown[]) => unknown>;

/** A clock stopped at `now` for code inside the context (`new Date()` and `Date.now()`). */
function stopClock(context: vm.Context, now: Date, stepMs = 0): void {
  vm.runInContext(
    `Date = (function (Real, fixed) {
      function StoppedDate(...args) {
        if (!new.target) return new Real(fixed).toString();
        return args.length === 0 ? new Real(fixed) : new Real(...args);
      }
      StoppedDate.prototype = Real.prototype;
      let ticks = 0;
      StoppedDate.now = () => fixed + ${stepMs} * ticks++;
      StoppedDate.UTC = Real.UTC;
      StoppedDate.parse = Real.parse;
      return StoppedDate;
    })(Date, ${now.getTime()});`,
    context,
  );
}

/**
 * `now` stops the clock; `stepMs` then advances Date.now() by that much at every call, to make a run
 * look slow (new Date() stays at `now`).
 */
export function loadBundle(
  globals: Record<string, unknown>,
  options: { now?: Date; stepMs?: number } = {},
): BundleGlobals {
  const context = vm.createContext({ ...globals });
  if (options.now) stopClock(context, options.now, options.stepMs);
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return context as unknown as BundleGlobals;
}
