/**
 * Hand-made .xlsx files for the size and shape corpus: parts written as raw deflate into a zip whose
 * central directory may lie about their size, which no zip library would write. Large parts are
 * deflated as a stream from a repeated chunk, so a 350 MB part costs its compressed size in memory.
 */
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  readonly name: string;
  /** The part's bytes, or a chunk repeated `times` (with an optional head and tail) for large parts. */
  readonly data:
    | Buffer
    | { head: string; chunk: string | ((index: number) => string); times: number; tail: string };
  /** Written in the headers instead of the true size: a zip bomb's lie. */
  readonly declaredSize?: number;
}

interface Deflated {
  readonly compressed: Buffer;
  readonly size: number;
  readonly crc: number;
}

async function deflate(data: ZipPart['data']): Promise<Deflated> {
  if (Buffer.isBuffer(data)) return { compressed: deflateRawSync(data), size: data.length, crc: crc32(data) };
  const stream = createDeflateRaw();
  const out: Buffer[] = [];
  stream.on('data', (piece: Buffer) => out.push(piece));
  const done = new Promise((resolve) => stream.on('end', resolve));
  let crc = 0;
  let size = 0;
  const write = async (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!stream.write(bytes)) await new Promise((resolve) => stream.once('drain', resolve));
  };
  await write(data.head);
  for (let i = 0; i < data.times; i++)
    await write(typeof data.chunk === 'string' ? data.chunk : data.chunk(i));
  await write(data.tail);
  stream.end();
  await done;
  return { compressed: Buffer.concat(out), size, crc };
}

export async function zipOf(parts: readonly ZipPart[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const cache = new Map<ZipPart['data'], Deflated>();
  for (const part of parts) {
    const deflated = cache.get(part.data) ?? (await deflate(part.data));
    cache.set(part.data, deflated);
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? deflated.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(deflated.crc, 14);
    local.writeUInt32LE(deflated.compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(deflated.crc, 16);
    central.writeUInt32LE(deflated.compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated.compressed);
    centrals.push(central, name);
    offset += local.length + name.length + deflated.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal workbook around the given worksheets (named tabs, their XML as a part's data). */
export function xlsxParts(sheets: readonly { name: string; data: ZipPart['data']; declaredSize?: number }[]) {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join(
            '',
          )}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets>${sheets
          .map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="${RELS}">${sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join(
            '',
          )}<Relationship Id="rId${sheets.length + 1}" Type="${DOC_RELS}/styles" Target="styles.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/styles.xml',
      data: xml(
        `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf fillId="2" applyFill="1"/></cellXfs></styleSheet>`,
      ),
    },
  ];
  sheets.forEach((sheet, i) => {
    parts.push({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: sheet.data,
      ...(sheet.declaredSize !== undefined ? { declaredSize: sheet.declaredSize } : {}),
    });
  });
  return parts;
}

/** A worksheet's XML from its rows of inline strings (null: no cell). */
export function sheetXml(rows: readonly (readonly (string | null)[])[]): Buffer {
  const body = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((value, c) =>
            value === null
              ? ''
              : `<c r="${columnName(c + 1)}${r + 1}" t="inlineStr"><is><t>${value}</t></is></c>`,
          )
          .join('')}</row>`,
    )
    .join('');
  return xml(`<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`);
}

export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export const WORKSHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`;
export const WORKSHEET_TAIL = '</sheetData></worksheet>';
