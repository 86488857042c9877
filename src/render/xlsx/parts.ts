// The parts of an .xlsx package other than the sheets' rows, as text: content types, relations,
// document properties, the workbook, and each worksheet's opening and closing markup. Spelled as
// exceljs's streaming writer spells them, so a workbook reads as it did when exceljs wrote it.
import theme from 'exceljs/lib/xlsx/xml/theme1.js';
import type { WorkbookProperties } from './plan.js';
import { columnLetters, quoteSheet } from './text.js';
import { xmlAttr } from './xml.js';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
/** Relation ids 1–3 are styles, theme and shared strings; sheets follow. */
const FIRST_SHEET_REL = 4;

/** What the package needs to know about each sheet. */
export interface SheetEntry {
  name: string;
  /** A list sheet's header row is printed on every page. */
  list: boolean;
}

export const sheetPath = (index: number): string => `xl/worksheets/sheet${index + 1}.xml`;

export const THEME = { path: 'xl/theme/theme1.xml', xml: theme } as const;

export const rootRels = (): string => `${DECLARATION}\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/>`
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
  + `<Relationship Id="rId3" Type="${REL_TYPE}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

export function contentTypes(sheets: readonly SheetEntry[]): string {
  const override = (part: string, type: string): string => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return `${DECLARATION}\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + override('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
    + sheets.map((_, i) => override(sheetPath(i), SHEET_TYPE)).join('')
    + override(THEME.path, 'application/vnd.openxmlformats-officedocument.theme+xml')
    + override('xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml')
    + override('xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml')
    + '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
    + override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')
    + override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml')
    + '</Types>';
}

export function appProperties(sheets: readonly SheetEntry[]): string {
  return `${DECLARATION}\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`
    + '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
    + `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>`
    + `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${xmlAttr(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>`
    // exceljs's streaming writer leaves the company empty; kept so the properties read as before.
    + '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>';
}

export function coreProperties(p: WorkbookProperties, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}/, '');
  return `${DECLARATION}\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
    + `<dc:creator>${xmlAttr(p.creator)}</dc:creator><dc:title>${xmlAttr(p.title)}</dc:title><dc:subject>${xmlAttr(p.subject)}</dc:subject>`
    + `<cp:lastModifiedBy>${xmlAttr(p.creator)}</cp:lastModifiedBy>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

export function workbook(sheets: readonly SheetEntry[]): string {
  const printTitles = sheets.flatMap((s, i) => (s.list
    ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlAttr(`${quoteSheet(s.name)}!$1:$1`)}</definedName>`] : []));
  return `${DECLARATION}\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">`
    + '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>'
    + `<sheets>${sheets.map((s, i) => `<sheet sheetId="${i + 1}" name="${xmlAttr(s.name)}" state="visible" r:id="rId${i + FIRST_SHEET_REL}"/>`).join('')}</sheets>`
    + (printTitles.length ? `<definedNames>${printTitles.join('')}</definedNames>` : '')
    + '<calcPr calcId="171027"/></workbook>';
}

export function workbookRels(sheets: readonly SheetEntry[]): string {
  const rel = (id: number, type: string, target: string): string => `<Relationship Id="rId${id}" Type="${REL_TYPE}/${type}" Target="${target}"/>`;
  return `${DECLARATION}\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
    + rel(1, 'styles', 'styles.xml') + rel(2, 'theme', 'theme/theme1.xml') + rel(3, 'sharedStrings', 'sharedStrings.xml')
    + sheets.map((_, i) => rel(i + FIRST_SHEET_REL, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('')
    + '</Relationships>';
}

/** Excel's default column width: such columns get no <col> element. */
const DEFAULT_WIDTH = 9;

/** <cols>: runs of neighbouring columns of one width share an element; default widths are left out. */
function columnsXml(widths: readonly number[]): string {
  const runs: { min: number; max: number; width: number }[] = [];
  let run: { min: number; max: number; width: number } | null = null;
  widths.forEach((width, i) => {
    if (width === DEFAULT_WIDTH) run = null;
    else if (run && run.width === width) run.max = i + 1;
    else runs.push((run = { min: i + 1, max: i + 1, width }));
  });
  return runs.length ? `<cols>${runs.map((r) => `<col min="${r.min}" max="${r.max}" width="${r.width}" customWidth="1"/>`).join('')}</cols>` : '';
}

/** A worksheet up to its first row. A list sheet keeps its header row in view. */
export function worksheetStart(sheet: SheetEntry, widths: readonly number[]): string {
  const view = sheet.list
    ? '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
    : '<sheetView workbookViewId="0"/>';
  return `${DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">`
    + `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews>${view}</sheetViews>`
    + '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>'
    + `${columnsXml(widths)}<sheetData>`;
}

/** A link from a cell to a cell of this workbook. */
export interface InternalLink { ref: string; location: string }

/**
 * A worksheet after its last row: the filter over a list sheet's columns, the links, and the
 * print setup (landscape A4, one page wide, the sheet's name and page numbers in the footer).
 */
export function worksheetEnd(sheet: SheetEntry, columns: number, lastRow: number, links: readonly InternalLink[]): string {
  const filter = sheet.list ? `<autoFilter ref="A1:${columnLetters(Math.max(1, columns))}${Math.max(1, lastRow)}"/>` : '';
  const hyperlinks = links.length
    ? `<hyperlinks>${links.map((l) => `<hyperlink ref="${l.ref}" location="${xmlAttr(l.location)}"/>`).join('')}</hyperlinks>` : '';
  return `</sheetData>${filter}${hyperlinks}`
    + '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
    + '<pageSetup paperSize="9" orientation="landscape" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="0"/>'
    + `<headerFooter><oddFooter>${xmlAttr(`&L${sheet.name}&R&P / &N`)}</oddFooter></headerFooter></worksheet>`;
}
