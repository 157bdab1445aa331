/** Plain-text rendering of findings for the terminal. */
import { countFindings, type Finding } from '../core';
import { cliText } from '../core/messages/cli';

export function findingsTable(findings: readonly Finding[]): string {
  const lines: string[] = [];
  for (const item of findings) {
    const where = item.cell ? `${item.sheet}!${item.cell}` : item.sheet;
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
    findings.map(({ code, severity, sheet, cell, message }) => ({ code, severity, sheet, cell, message })),
    null,
    2,
  )}\n`;
}

/** The findings as rows of a `Kiểm tra dữ liệu` tab (header first). */
export function findingRows(findings: readonly Finding[]): string[][] {
  return [
    ['Mức độ', 'Mã', 'Tab', 'Ô', 'Nội dung', 'Gợi ý'],
    ...findings.map((f) => [f.severity, f.code, f.sheet, f.cell ?? '', f.message, f.hint]),
  ];
}
