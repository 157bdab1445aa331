/** Writes the test plans as real .xlsx files through the CLI's own writer. */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

import { planWorkbook, saveWorkbook } from '../../src/cli/xlsx/write';
import { INPUT_TABS, type InputTab, type PlanRows } from '../../src/core';
import type { RawWorkbook } from '../../src/core/cells';
import type { PlanTabs } from './workbook-builder';

/** `optional`: rows of the optional tabs (Kết quả đại hội), written after the required ones. */
export async function writePlan(file: string, tabs: PlanTabs, optional: PlanRows = {}): Promise<void> {
  const plan: PlanRows = {
    ...Object.fromEntries(INPUT_TABS.map((tab: InputTab) => [tab, tabs[tab]])),
    ...optional,
  };
  await saveWorkbook(planWorkbook(plan), file);
}

export type { RawWorkbook };

/**
 * Rewrites one part of an .xlsx (e.g. `xl/worksheets/sheet1.xml`) in place: for cells that exceljs
 * never writes itself (ISO `t="d"` dates, as SheetJS and openpyxl do). Python's zipfile does the
 * zip work, as elsewhere in these tests.
 */
export function editXlsxPart(file: string, part: string, edit: (xml: string) => string): void {
  const script = [
    'import sys, zipfile',
    'path, part = sys.argv[1], sys.argv[2]',
    'with zipfile.ZipFile(path) as z:',
    '    if part not in z.namelist(): sys.exit("no part " + part)',
    '    sys.stdout.buffer.write(z.read(part))',
  ].join('\n');
  const xml = execFileSync('python3', ['-c', script, file, part]).toString('utf8');
  const edited = `${file}.part.xml`;
  writeFileSync(edited, edit(xml));
  const rewrite = [
    'import sys, zipfile, shutil',
    'path, part, edited = sys.argv[1], sys.argv[2], sys.argv[3]',
    'with zipfile.ZipFile(path) as src, zipfile.ZipFile(path + ".new", "w", zipfile.ZIP_DEFLATED) as out:',
    '    for info in src.infolist():',
    '        out.writestr(info, open(edited, "rb").read() if info.filename == part else src.read(info))',
    'shutil.move(path + ".new", path)',
  ].join('\n');
  execFileSync('python3', ['-c', rewrite, file, part, edited]);
  rmSync(edited);
}

const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** A 1×1 PNG. */
const PIXEL =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/**
 * Adds to the first tab of an .xlsx what an office leaves in a real workbook and exceljs does not
 * write itself: a bar chart and a picture in one drawing, and a custom document property (SoHieu).
 * Parts as Excel writes them (ECMA-376 Part 1: chart, drawing, custom properties).
 */
export function addChartPictureAndProperty(file: string): void {
  const drawing = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${RELS}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">`,
    '<xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>',
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
    '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>',
    '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Ảnh 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>',
    '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="100000" cy="100000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>',
    '</xdr:wsDr>',
  ].join('');
  const drawingRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${RELS}/image" Target="../media/logo.png"/></Relationships>`;
  const chart = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${RELS}">`,
    '<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/>',
    '<c:val><c:numRef><c:f>\'Dự toán\'!$F$2:$F$5</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>',
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>',
    '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>',
  ].join('');
  const custom =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="SoHieu"><vt:lpwstr>123-KH/HU</vt:lpwstr></property></Properties>';
  const parts = `${file}.parts.json`;
  writeFileSync(
    parts,
    JSON.stringify({
      drawing,
      drawingRels,
      chart,
      custom,
      relsNs: RELS,
      pixel: PIXEL,
    }),
  );
  const script = [
    'import sys, json, base64, zipfile, shutil',
    'path, given = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))',
    'R = given["relsNs"]',
    'with zipfile.ZipFile(path) as z:',
    '    names = z.namelist()',
    '    parts = {n: z.read(n) for n in names}',
    'sheet, rels = "xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels"',
    'xml = parts[sheet].decode()',
    // A sheet's <drawing> comes before its <legacyDrawing> (the notes), as the schema orders them.
    'xml = xml.replace("<legacyDrawing", \'<drawing r:id="rIdArt"/><legacyDrawing\', 1) if "<legacyDrawing" in xml else xml.replace("</worksheet>", \'<drawing r:id="rIdArt"/></worksheet>\')',
    'parts[sheet] = xml.encode()',
    'link = \'<Relationship Id="rIdArt" Type="%s/drawing" Target="../drawings/drawingArt.xml"/>\' % R',
    'parts[rels] = parts[rels].decode().replace("</Relationships>", link + "</Relationships>").encode() if rels in parts else (\'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\' + link + "</Relationships>").encode()',
    'parts["xl/drawings/drawingArt.xml"] = given["drawing"].encode()',
    'parts["xl/drawings/_rels/drawingArt.xml.rels"] = given["drawingRels"].encode()',
    'parts["xl/charts/chart1.xml"] = given["chart"].encode()',
    'parts["xl/media/logo.png"] = base64.b64decode(given["pixel"])',
    'parts["docProps/custom.xml"] = given["custom"].encode()',
    'ct = parts["[Content_Types].xml"].decode()',
    'if \'Extension="png"\' not in ct: ct = ct.replace("<Default ", \'<Default Extension="png" ContentType="image/png"/><Default \', 1)',
    'ct = ct.replace("</Types>", \'<Override PartName="/xl/drawings/drawingArt.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>\')',
    'parts["[Content_Types].xml"] = ct.encode()',
    'parts["_rels/.rels"] = parts["_rels/.rels"].decode().replace("</Relationships>", \'<Relationship Id="rIdCustom" Type="%s/custom-properties" Target="docProps/custom.xml"/></Relationships>\' % R).encode()',
    'with zipfile.ZipFile(path + ".new", "w", zipfile.ZIP_DEFLATED) as out:',
    '    for n in names + [n for n in parts if n not in names]: out.writestr(n, parts[n])',
    'shutil.move(path + ".new", path)',
  ].join('\n');
  execFileSync('python3', ['-c', script, file, parts]);
  rmSync(parts);
}
