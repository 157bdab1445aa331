/**
 * The sizes daihoi accepts, chosen from what a province needs (about 5.000 units, 50.000 budget
 * lines, 2.000 recipients, a plan text of 20.000 lines) with room to spare. Anything larger is
 * refused before any work, with a message naming the limit, so a huge or hostile file ends in a
 * sentence rather than a crash or a machine out of memory. README's "what we guarantee" states them.
 */
export const LIMITS = {
  /** A plan's text (`import`): real plans are tens of KB; 20.000 lines are about 2 MB. */
  planTextBytes: 8 * 1024 * 1024,
  /** An .xlsx file as stored (compressed): a province's plan is about 3 MB. */
  workbookBytes: 50 * 1024 * 1024,
  /** All parts of an .xlsx once decompressed: a province's plan is about 27 MB. */
  workbookUnzippedBytes: 150 * 1024 * 1024,
  /** Parts (files) inside an .xlsx: a plan's workbook has a few dozen. */
  workbookParts: 2_000,
  /**
   * Cells stored in all tabs together, formatted empty ones included: a province has about 570.000.
   * exceljs takes about 400 bytes per cell, so this bounds reading at under 1 GB.
   */
  workbookCells: 2_000_000,
  /** Rows read per tab: 50.000 budget lines take 50.001. */
  rowsPerTab: 200_000,
  /** Columns read per tab: the contract's widest tab has 12; the office may add its own. */
  columnsPerTab: 5_000,
} as const;
