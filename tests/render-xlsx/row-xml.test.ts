// The row writer prints numbers and texts itself (numbers without String(n), texts escaped as they
// are joined): its XML must read exactly as String(n) and the escaped text would.
import { describe, expect, it } from 'vitest';
import { RowXmlWriter, type XmlCellValue } from '../../src/render/xlsx/row-xml.js';
import { SharedStrings } from '../../src/render/xlsx/shared-strings.js';
import { StyleSheet } from '../../src/render/xlsx/styles.js';
import { PiecePool } from '../../src/render/xlsx/xml-bytes.js';

function rowXml(row: number, values: XmlCellValue[], inline: boolean[] = []): string {
  const pieces: Buffer[] = [];
  const writer = new RowXmlWriter(new SharedStrings(), new StyleSheet(), inline, (piece, release) => {
    pieces.push(Buffer.from(piece));
    release();
  }, new PiecePool());
  writer.write(row, values, values.map(() => null));
  writer.end();
  return Buffer.concat(pieces).toString('utf8');
}

describe('RowXmlWriter', () => {
  it('prints every number as String(n) does', () => {
    const numbers = [0, -0, 7, 9_999, 10_000, 10_001, 123_456_789, 2 ** 32 - 1, 2 ** 32, 2 ** 53, -5, -123_456, 0.1, 99.41, 6.3749, -2.5, 1 / 3, 1e21, 1.5e-7, 5e-324, Number.MAX_VALUE];
    const xml = rowXml(1, numbers);
    const printed = [...xml.matchAll(/<v>([^<]*)<\/v>/g)].map((m) => m[1]);
    expect(printed).toEqual(numbers.map((n) => String(n)));
  });

  it('writes row numbers of any size in the row and its cell references', () => {
    for (const row of [1, 9_999, 10_000, 100_001, 1_048_576]) {
      expect(rowXml(row, [1, 2])).toBe(`<row r="${row}"><c r="A${row}"><v>1</v></c><c r="B${row}"><v>2</v></c></row>`);
    }
  });

  it('leaves out empty cells and names the columns past Z by their letters', () => {
    expect(rowXml(7, [1, null, 3])).toBe('<row r="7"><c r="A7"><v>1</v></c><c r="C7"><v>3</v></c></row>');
    const wide: XmlCellValue[] = Array.from({ length: 30 }, () => null);
    wide[27] = 1;
    wide[28] = 2;
    expect(rowXml(3, wide)).toBe('<row r="3"><c r="AB3"><v>1</v></c><c r="AC3"><v>2</v></c></row>');
  });

  it('leaves out numbers that are not finite', () => {
    expect(rowXml(3, [Number.NaN, Number.POSITIVE_INFINITY, 4])).toBe('<row r="3"><c r="C3"><v>4</v></c></row>');
  });

  it('escapes texts and keeps their edge spaces', () => {
    expect(rowXml(2, ['a < b & c > d', ' 前后有空格 '], [true, true])).toBe(
      '<row r="2"><c r="A2" t="inlineStr"><is><t>a &lt; b &amp; c &gt; d</t></is></c>'
      + '<c r="B2" t="inlineStr"><is><t xml:space="preserve"> 前后有空格 </t></is></c></row>',
    );
  });

  it('refers short texts to the shared strings, in order of first use', () => {
    expect(rowXml(2, ['开发区', '指标', '开发区'])).toBe(
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>0</v></c></row>',
    );
  });

  it('shares texts up to 255 characters outside unique columns, writes longer ones and unique columns inline', () => {
    const headline = '某某经济技术开发区一季度重点项目集中开工暨招商引资签约仪式举行';
    const long = '长'.repeat(256);
    expect(rowXml(2, [headline, long, '短'], [false, false, true])).toBe(
      `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="inlineStr"><is><t>${long}</t></is></c><c r="C2" t="inlineStr"><is><t>短</t></is></c></row>`,
    );
  });
});
