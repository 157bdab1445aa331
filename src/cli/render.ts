/** Plain-text rendering of findings for the terminal. */
import { countFindings, type Finding } from '../core';
import { cliText } from '../core/messages';

/**
 * One block per finding (severity, code, tab!cell, message, hint), then the Vietnamese counts.
 * `sheetNames` maps contract tab names to the tabs as the user spelled them, so `tab!cell` is
 * where the user finds it.
 */
export function findingsTable(
  findings: readonly Finding[],
  sheetNames: Readonly<Partial<Record<string, string>>> = {},
): string {
  const lines: string[] = [];
  for (const item of findings) {
    const tab = sheetNames[item.sheet] ?? item.sheet;
    const where = item.cell ? `${tab}!${item.cell}` : tab;
    lines.push(`${item.severity.padEnd(9)} ${item.code}  ${where}`);
    lines.push(`    ${item.message}`);
    if (item.hint) lines.push(`    → ${item.hint}`);
  }
  const counts = countFindings(findings);
  lines.push(
    findings.length === 0
      ? cliText.noFindings
      : cliText.summary(counts.errors, counts.warnings, counts.infos),
  );
  return `${lines.join('\n')}\n`;
}

/** WORKBOOK.md's --json shape: exactly these keys, in this order. */
export function findingsJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(
    findings.map(({ code, severity, sheet, cell, message, hint }) => ({
      code,
      severity,
      sheet,
      cell,
      message,
      hint,
    })),
    null,
    2,
  )}\n`;
}
