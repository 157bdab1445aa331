/** A1 notation for messages and links: column 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 1-based row and column -> "C7". */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** "C7" -> { row: 7, column: 3 }, or null for anything else. */
export function parseA1(cell: string): { row: number; column: number } | null {
  const match = /^([A-Z]{1,3})([1-9]\d*)$/.exec(cell);
  if (!match) return null;
  let column = 0;
  for (const ch of match[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}
