/**
 * What a rewrite through exceljs cannot keep, told from the original's part names before it is
 * replaced. exceljs keeps values, number formats, notes, dropdowns, conditional formats, merged
 * cells, column widths, defined names and pictures placed over cells; it drops what it does not
 * model. The backup holds everything; the command says what the rewritten file lost.
 */
import { openPromise } from 'yauzl';

export type UnkeptKind = 'charts' | 'pivots' | 'slicers' | 'macros' | 'customProperties';

const UNKEPT_PARTS: readonly { readonly part: RegExp; readonly kind: UnkeptKind }[] = [
  { part: /^xl\/charts\//i, kind: 'charts' },
  { part: /^xl\/(pivotTables|pivotCache)\//i, kind: 'pivots' },
  { part: /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//i, kind: 'slicers' },
  { part: /^xl\/vbaProject\.bin$/i, kind: 'macros' },
  { part: /^docProps\/custom\.xml$/i, kind: 'customProperties' },
];

/** The kinds of content of the .xlsx at `path` a rewrite drops, from the zip's directory alone. */
export async function unkeptContent(path: string): Promise<UnkeptKind[]> {
  const found = new Set<UnkeptKind>();
  const zip = await openPromise(path, { lazyEntries: true });
  try {
    for await (const entry of zip.eachEntry()) {
      for (const { part, kind } of UNKEPT_PARTS) if (part.test(entry.fileName)) found.add(kind);
    }
  } finally {
    zip.close();
  }
  return UNKEPT_PARTS.map((item) => item.kind).filter((kind) => found.has(kind));
}
