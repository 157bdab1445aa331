/**
 * HTML -> PDF by printing it in headless Chromium (Debian's `chromium` package), so the PDF is the
 * very HTML the e-mail carries, with the system's fonts for Vietnamese glyphs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(): string | null {
  // A configured path is the only one tried: setting it to nothing usable turns PDFs off.
  const configured = process.env.CHROMIUM_PATH;
  if (configured !== undefined) return configured !== '' && existsSync(configured) ? configured : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Flags that keep Chromium from reaching the network or a user profile (the machine may have neither). */
export function chromiumFlags(profile: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
  ];
}

export class ChromiumMissingError extends Error {
  override readonly name = 'ChromiumMissingError';
}

/** Prints `html` to a PDF file; throws ChromiumMissingError when no browser is installed. */
export function printHtmlToPdf(html: string, pdfFile: string): void {
  const chromium = findChromium();
  if (!chromium) throw new ChromiumMissingError('chromium');
  const work = mkdtempSync(join(tmpdir(), 'daihoi-pdf-'));
  try {
    const page = join(work, 'page.html');
    writeFileSync(page, html);
    const result = spawnSync(
      chromium,
      [
        ...chromiumFlags(join(work, 'profile')),
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdfFile}`,
        pathToFileURL(page).href,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    // The file may exist beforehand (an empty temporary file made for it): a PDF has bytes.
    if (result.status !== 0 || !existsSync(pdfFile) || statSync(pdfFile).size === 0) {
      throw new Error(
        `Chromium could not print the PDF (exit ${result.status}): ${result.stderr.slice(-500)}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
