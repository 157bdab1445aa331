/**
 * The dialogs and the sidebar in headless Chromium (Debian's package, driven by playwright-core),
 * with google.script.run replaced by a stub that records calls and answers from a table.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { findChromium } from '../../src/cli/pdf';

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium is not installed: sudo apt-get install chromium (.ci/run does).');
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/**
 * Script for the page: `google.script.run.<name>(...)` is recorded in `window.__calls` and, when a
 * success handler is set, answered with `answers[name]`. `google.script.host.close()` is recorded too.
 */
export function scriptRunStub(answers: Record<string, unknown>): string {
  return `
window.__calls = [];
var ANSWERS = ${JSON.stringify(answers)};
function runner(success, failure) {
  return new Proxy({}, { get(_, name) {
    if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
    if (name === 'withFailureHandler') return (fn) => runner(success, fn);
    return (...args) => {
      window.__calls.push([name, ...args]);
      if (success && Object.prototype.hasOwnProperty.call(ANSWERS, name)) setTimeout(() => success(ANSWERS[name]), 0);
    };
  } });
}
window.google = { script: { run: runner(null, null), host: { close() { window.__calls.push(['close']); } } } };
`;
}

/** Opens `html` with the stub first in <head>, where Apps Script's own client library would be. */
export async function openWithStub(
  browser: Browser,
  html: string,
  answers: Record<string, unknown>,
  viewport: { width: number; height: number },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.setContent(html.replace('<head>', `<head><script>${scriptRunStub(answers)}</script>`));
  return page;
}

export async function recordedCalls(page: Page): Promise<unknown[][]> {
  return page.evaluate(() => (globalThis as unknown as { __calls: unknown[][] }).__calls);
}
