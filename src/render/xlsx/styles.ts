// Cell styles and the workbook's styles part. Ids are given in order of first use, and the part
// is spelled as exceljs spells it, so the workbook's styles are those exceljs would write.
import { xmlAttr } from './xml.js';

/** The looks the workbook uses; the same shape as exceljs's Style (its in-memory writer takes them as they are). */
export interface CellStyle {
  numFmt?: string;
  font?: { bold?: boolean; size?: number; underline?: boolean; color?: { argb: string } };
  fill?: { type: 'pattern'; pattern: 'solid'; fgColor: { argb: string } };
  border?: { bottom?: { style: 'thin' } };
}

/** Excel's built-in number formats (no numFmts entry needed) among those a report uses. */
const BUILTIN_FORMAT: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10,
};
/** Custom formats are numbered from here. */
const FIRST_CUSTOM_FORMAT = 164;

const DEFAULT_FONT = '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';
const DEFAULT_FILLS = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
const DEFAULT_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';

function fontXml(f: NonNullable<CellStyle['font']>): string {
  return `<font>${f.bold ? '<b/>' : ''}${f.underline ? '<u/>' : ''}${f.color ? `<color rgb="${xmlAttr(f.color.argb)}"/>` : ''}${f.size !== undefined ? `<sz val="${f.size}"/>` : ''}</font>`;
}
const fillXml = (f: NonNullable<CellStyle['fill']>): string =>
  `<fill><patternFill patternType="${xmlAttr(f.pattern)}"><fgColor rgb="${xmlAttr(f.fgColor.argb)}"/></patternFill></fill>`;
const borderXml = (b: NonNullable<CellStyle['border']>): string =>
  `<border><left/><right/><top/>${b.bottom ? `<bottom style="${xmlAttr(b.bottom.style)}"/>` : '<bottom/>'}<diagonal/></border>`;

/** Index of `xml` in `list`, appended when new. */
function indexIn(list: string[], xml: string): number {
  const i = list.indexOf(xml);
  return i >= 0 ? i : list.push(xml) - 1;
}

export class StyleSheet {
  private readonly fonts = [DEFAULT_FONT];
  private readonly fills = [...DEFAULT_FILLS];
  private readonly borders = [DEFAULT_BORDER];
  private readonly numFmts: string[] = [];
  private readonly customFormats = new Map<string, number>();
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  /** By object: a report's styles are a handful of shared objects used on every row. */
  private readonly byObject = new Map<CellStyle, number>();

  private formatId(code: string): number {
    const builtin = BUILTIN_FORMAT[code];
    if (builtin !== undefined) return builtin;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.numFmts.length;
      this.customFormats.set(code, id);
      this.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`);
    }
    return id;
  }

  /** The cell style id (s="…") of `style`. */
  id(style: CellStyle): number {
    let id = this.byObject.get(style);
    if (id !== undefined) return id;
    const numFmtId = this.formatId(style.numFmt ?? 'General');
    const fontId = style.font ? indexIn(this.fonts, fontXml(style.font)) : 0;
    const borderId = style.border ? indexIn(this.borders, borderXml(style.border)) : 0;
    const fillId = style.fill ? indexIn(this.fills, fillXml(style.fill)) : 0;
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`
      + `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}/>`;
    id = indexIn(this.xfs, xf);
    this.byObject.set(style, id);
    return id;
  }

  /** xl/styles.xml */
  xml(): string {
    const list = (tag: string, items: string[], extra = ''): string => `<${tag} count="${items.length}"${extra}>${items.join('')}</${tag}>`;
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">'
      + (this.numFmts.length ? list('numFmts', this.numFmts) : '')
      + list('fonts', this.fonts, ' x14ac:knownFonts="1"')
      + list('fills', this.fills)
      + list('borders', this.borders)
      + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
      + list('cellXfs', this.xfs)
      + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>'
      + '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
      + '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>'
      + '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst>'
      + '</styleSheet>';
  }
}
