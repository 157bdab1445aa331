/**
 * The limits of an .xlsx, checked before exceljs reads it. exceljs inflates every part of the zip into
 * memory and builds an object per stored cell, so a small file can still take all the memory: a zip
 * bomb, a 350 MB string, or formatted empty cells out to column XFD. The zip's central directory (read
 * by yauzl, which inflates nothing for it) gives each part's size: too many parts, or parts too large
 * together, are refused at once. Then each part is inflated as a stream and let go: yauzl stops a part
 * that inflates to more than it declared, and the cells of each worksheet are counted on the way.
 */
import type { Readable } from 'node:stream';
import { type Entry, fromBufferPromise } from 'yauzl';
import { LIMITS } from '../../core';
import { cliText } from '../../core/messages';
import { UnusableInputError } from '../errors';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * A cell element, `<c ...>` or `<c/>`, with or without a namespace prefix. No part of it is `<`, so a
 * match that starts before the last `<` of a chunk ends before it too.
 */
const CELL = /<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/g;
const LONGEST_CELL_START = 64;

/** Counts the cell elements of a worksheet's XML as it streams past. */
async function countCells(stream: Readable, onCells: (count: number) => void): Promise<void> {
  let carry = '';
  for await (const chunk of stream) {
    const text = carry + (chunk as Buffer).toString('latin1');
    const lastOpen = text.lastIndexOf('<');
    const complete = lastOpen === -1 ? text : text.slice(0, lastOpen);
    onCells(complete.match(CELL)?.length ?? 0);
    carry = lastOpen !== -1 && text.length - lastOpen <= LONGEST_CELL_START ? text.slice(lastOpen) : '';
  }
  onCells(carry.match(CELL)?.length ?? 0);
}

async function drain(stream: Readable): Promise<void> {
  for await (const _ of stream) {
    // Inflated only to check the part is no longer than it declared.
  }
}

export async function checkXlsxLimits(file: string, bytes: Buffer): Promise<void> {
  const notAWorkbook = () => new UnusableInputError(cliText.notAWorkbook(file));
  const zip = await fromBufferPromise(bytes, { lazyEntries: true }).catch(() => {
    throw notAWorkbook();
  });
  if (zip.entryCount > LIMITS.workbookParts)
    throw new UnusableInputError(cliText.tooManyParts(file, LIMITS.workbookParts));
  const entries: Entry[] = [];
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > LIMITS.workbookUnzippedBytes)
        throw new UnusableInputError(cliText.unzippedTooLarge(file, LIMITS.workbookUnzippedBytes));
      entries.push(entry);
    }
    let cells = 0;
    const addCells = (count: number) => {
      cells += count;
      if (cells > LIMITS.workbookCells)
        throw new UnusableInputError(cliText.tooManyCells(file, LIMITS.workbookCells));
    };
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const stream = await zip.openReadStreamPromise(entry);
      if (WORKSHEET.test(entry.fileName)) await countCells(stream, addCells);
      else await drain(stream);
    }
  } catch (error) {
    if (error instanceof UnusableInputError) throw error;
    // A part that inflates to more than it declared, or a broken zip.
    throw /too many bytes|uncompressed/i.test(String(error))
      ? new UnusableInputError(cliText.unzippedTooLarge(file, LIMITS.workbookUnzippedBytes))
      : notAWorkbook();
  }
}
