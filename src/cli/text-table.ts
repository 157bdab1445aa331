/** Plain-text tables for the terminal: `daihoi budget --suggest` and `daihoi tasks` list rows with it. */
import { maxOf } from '../core';

/** Columns padded to their widest cell (numbers right-aligned), two spaces apart, one line per row. */
export function textTable(
  header: readonly string[],
  rows: readonly string[][],
  rightAligned: readonly number[],
): string {
  const all = [header, ...rows].map((row) => row.map((cell) => cell.normalize('NFC')));
  const widths = header.map((_, column) =>
    maxOf(
      all.map((row) => [...(row[column] ?? '')].length),
      0,
    ),
  );
  const pad = (text: string, column: number) => {
    const fill = ' '.repeat(widths[column]! - [...text].length);
    return rightAligned.includes(column) ? fill + text : text + fill;
  };
  return all
    .map(
      (row) =>
        `${row
          .map((cell, column) => pad(cell, column))
          .join('  ')
          .trimEnd()}\n`,
    )
    .join('');
}
