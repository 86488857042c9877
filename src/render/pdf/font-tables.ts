// The two TrueType tables the briefing reads from its fonts on every run — the character map
// (code point → glyph id) and the glyph locations (loca) — read straight from the font's bytes.
//
// Why: fontkit decodes them through its generic table decoder, one JavaScript object per entry,
// and for a 30,000-glyph CJK font that took 60–130 ms of a cold `report` (per face: ~30 ms for the
// cmap, ~40–100 ms for loca). Here the same numbers come from a DataView in a few milliseconds.
// tests/render-pdf/fonts.test.ts checks both against fontkit's own decoding, entry by entry.

/** Where a table lies in the font file (fontkit's `font.directory.tables[tag]`). */
export interface TableEntry {
  offset: number;
  length: number;
}

/**
 * The Unicode full-repertoire character map (platform 3, encoding 10, format 12: sequential
 * groups), as a lookup giving 0 (.notdef) for unmapped code points — the subtable fontkit
 * prefers when the font has one. Null when the font has no such subtable: the caller then
 * keeps fontkit's lookup.
 */
export function unicodeGroupsCmap(bytes: Uint8Array, cmap: TableEntry): ((codePoint: number) => number) | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset + cmap.offset, cmap.length);
  const count = view.getUint16(2);
  for (let i = 0; i < count; i++) {
    const record = 4 + i * 8;
    if (view.getUint16(record) !== 3 || view.getUint16(record + 2) !== 10) continue;
    const sub = view.getUint32(record + 4);
    if (view.getUint16(sub) !== 12) return null;
    const groupCount = view.getUint32(sub + 12);
    // start, end, first glyph id of each group, in order of code point.
    const groups = new Uint32Array(groupCount * 3);
    for (let g = 0; g < groupCount * 3; g++) groups[g] = view.getUint32(sub + 16 + g * 4);
    return (codePoint) => {
      let lo = 0;
      let hi = groupCount - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (codePoint < groups[mid * 3]!) hi = mid - 1;
        else if (codePoint > groups[mid * 3 + 1]!) lo = mid + 1;
        else return groups[mid * 3 + 2]! + (codePoint - groups[mid * 3]!);
      }
      return 0;
    };
  }
  return null;
}

/**
 * The byte offset of every glyph in the glyf table, numGlyphs + 1 of them: 32-bit entries in the
 * long format (head.indexToLocFormat 1), else 16-bit entries holding half the offset.
 */
export function glyphOffsets(bytes: Uint8Array, loca: TableEntry, longFormat: boolean): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset + loca.offset, loca.length);
  const count = longFormat ? loca.length >> 2 : loca.length >> 1;
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) out[i] = longFormat ? view.getUint32(i * 4) : view.getUint16(i * 2) * 2;
  return out;
}
