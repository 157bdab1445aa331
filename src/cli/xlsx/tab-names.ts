/**
 * Tab names as users have them, and as .xlsx accepts them. Google Sheets allows a tab name of 100
 * characters with `[ ] : * ? / \`; the .xlsx format allows 31 UTF-16 units and none of those. exceljs
 * 4.4.0 checks names when it reads a file: it throws on those characters, and cuts a longer name to 31
 * units and then finds the cut name "already exists" (itself), so such a workbook could not be read
 * at all. Reading keeps every name as it is (the core matches tabs and names cells by the user's own
 * name); a copy that daihoi writes gets legal names, each change reported.
 */
import ExcelJS from 'exceljs';

const MAX_UNITS = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

interface NamedSheet {
  _name: string;
}

let installed = false;

/** Lets exceljs read any tab name, as written in the file (idempotent, once per process). */
export function readAnyTabName(): void {
  if (installed) return;
  installed = true;
  // exceljs's Worksheet class is not exported under its own name; a worksheet of a new workbook
  // shows the prototype. A test reads a workbook with such names, so an upgrade that changes this
  // fails loudly there.
  const prototype = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('x')) as object;
  const descriptor = Object.getOwnPropertyDescriptor(prototype, 'name')!;
  const checkedSetter = descriptor.set!;
  Object.defineProperty(prototype, 'name', {
    ...descriptor,
    set(this: NamedSheet, value: unknown) {
      if (typeof value === 'string' && value !== '' && !isLegalTabName(value)) {
        this._name = value;
        return;
      }
      try {
        checkedSetter.call(this, value);
      } catch (error) {
        // Setting the name a worksheet already has (exceljs does it twice on reading) is no clash.
        if (typeof value === 'string' && value !== '') this._name = value;
        else throw error;
      }
    },
  });
}

function isLegalTabName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_UNITS &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name !== 'History'
  );
}

/** The longest start of `text` within `units` UTF-16 units, never cutting a character in two. */
function cut(text: string, units: number): string {
  let out = '';
  for (const character of text) {
    if (out.length + character.length > units) break;
    out += character;
  }
  return out;
}

/** A legal name for `name`, unlike (case aside) every name in `taken`. */
function legalTabName(name: string, taken: ReadonlySet<string>): string {
  const cleaned = name
    .normalize('NFC')
    .replace(FORBIDDEN, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  const base = cut(cleaned === '' || cleaned === 'History' ? `Tab ${cleaned}`.trim() : cleaned, MAX_UNITS);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = `${cut(base, MAX_UNITS - suffix.length).trimEnd()}${suffix}`;
  }
  return candidate;
}

/**
 * Renames every tab whose name .xlsx does not accept, or that clashes with another (case aside), to
 * a legal one; returns each change so the command can say it.
 */
export function legaliseTabNames(workbook: ExcelJS.Workbook): { from: string; to: string }[] {
  const renames: { from: string; to: string }[] = [];
  const taken = new Set<string>();
  const illegal: ExcelJS.Worksheet[] = [];
  for (const sheet of workbook.worksheets) {
    const key = sheet.name.toLowerCase();
    if (isLegalTabName(sheet.name) && !taken.has(key)) taken.add(key);
    else illegal.push(sheet);
  }
  for (const sheet of illegal) {
    const name = sheet.name;
    const legal = legalTabName(name, taken);
    taken.add(legal.toLowerCase());
    (sheet as unknown as NamedSheet)._name = legal;
    renames.push({ from: name, to: legal });
  }
  return renames;
}
