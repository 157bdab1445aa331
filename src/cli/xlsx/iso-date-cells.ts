/**
 * ISO date cells (`<c t="d"><v>2025-01-05T00:00:00</v></c>`, ECMA-376 §18.18.11), as SheetJS,
 * openpyxl and some exports write them. exceljs 4.4.0 has no branch for the `d` type and reads such
 * a cell as parseFloat of its text: the number 2025, which with a date format becomes 17/07/1905, a
 * plausible-looking day nobody typed. This teaches exceljs's cell parser the `d` type: the day as
 * written (time and offset ignored: a date cell is a day), built without Date.UTC so that year 0024
 * stays 0024 and is refused by the core's date window instead of becoming 1924. Text that is not an
 * ISO day stays text, so the core reports it (T002) with what the cell holds.
 */
import ExcelJS from 'exceljs';
import { isValidYmd } from '../../core';

/** What this file uses of exceljs 4.4.0's internal cell parser (it ships no types for it). */
interface CellModel {
  type?: number;
  value?: unknown;
  result?: unknown;
  formula?: string;
  shareType?: string;
  isoDateResult?: Date | string;
}
interface CellXform {
  t?: string;
  model: CellModel;
  parseClose(name: string): boolean;
  reconcile(model: CellModel, options: unknown): void;
}

function cellXformPrototype(): CellXform {
  // An internal path of the pinned exceljs; a test reads a t="d" cell through it, so an upgrade
  // that moves it fails loudly there.
  const CellXformClass = require('exceljs/lib/xlsx/xform/sheet/cell-xform') as { prototype: CellXform };
  return CellXformClass.prototype;
}

const ISO_DAY =
  /^([+-]?\d{4,6})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The day an ISO cell names, as exceljs's own dates are (UTC wall clock); null when it names none. */
export function isoCellDate(text: string): Date | null {
  const match = ISO_DAY.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // isValidYmd rejects 2025-02-30 instead of letting Date roll it into March.
  if (!isValidYmd(year, month, day)) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

let installed = false;

/** Installs the `d` branch once per process (idempotent). */
export function readIsoDateCells(): void {
  if (installed) return;
  installed = true;
  const proto = cellXformPrototype();
  const parseClose = proto.parseClose;
  proto.parseClose = function parseCloseWithIsoDates(this: CellXform, name: string): boolean {
    const model = this.model;
    if (name !== 'c' || this.t !== 'd' || typeof model.value !== 'string') {
      return parseClose.call(this, name);
    }
    const date = isoCellDate(model.value);
    if (model.formula || model.shareType) {
      // A formula's cached result: kept aside, since exceljs's reconcile would read a Date as a serial.
      model.type = ExcelJS.ValueType.Formula;
      model.isoDateResult = date ?? model.value;
      model.value = undefined;
    } else if (date) {
      model.type = ExcelJS.ValueType.Date;
      model.value = date;
    } else {
      model.type = ExcelJS.ValueType.String;
    }
    return false;
  };
  const reconcile = proto.reconcile;
  proto.reconcile = function reconcileWithIsoDates(this: CellXform, model: CellModel, options: unknown) {
    const result = model.isoDateResult;
    delete model.isoDateResult;
    reconcile.call(this, model, options);
    if (result !== undefined) model.result = result;
  };
}
