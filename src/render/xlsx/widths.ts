// Column widths from the content the sheet will hold: the widest header or cell (full-width
// characters count two units), looking at the first rows only so a 100,000-row sheet is sized
// in constant time.
import type { CellValue, SheetPlan } from './plan.js';
import { displayWidth, fitWidth } from './text.js';

const SAMPLE_ROWS = 2_000;
const MIN_WIDTH = 6;
const DEFAULT_MAX_WIDTH = 40;
/** Room fitWidth adds for the filter button. */
const PADDING = 2;

/** Width of a number as #,##0.00 shows it (toLocaleString is too slow for thousands of cells). */
function numberWidth(n: number): number {
  const digits = Math.max(1, Math.floor(Math.log10(Math.max(1, Math.abs(n)))) + 1);
  return digits + Math.floor((digits - 1) / 3) + 3 + (n < 0 ? 1 : 0);
}

/** Width of the text a cell shows, near enough to size its column. */
export function shownWidth(cell: CellValue): number {
  if (cell === null) return 0;
  if (typeof cell === 'string') return displayWidth(cell);
  if (typeof cell === 'number') return numberWidth(cell);
  switch (cell.kind) {
    case 'date': return '2026-01-31'.length;
    case 'formula': return typeof cell.result === 'number' ? numberWidth(cell.result) : displayWidth(cell.result);
    case 'link': return displayWidth(cell.text);
    case 'number': return numberWidth(cell.value);
  }
}

export function columnWidths(sheet: SheetPlan): number[] {
  const widest = sheet.columns.map((c) => (sheet.kind === 'list' ? displayWidth(c.header) : 0));
  // A column stops being measured once it is as wide as it may be (or has a fixed width).
  const enough = sheet.columns.map((c) => (c.width !== undefined ? -Infinity : (c.maxWidth ?? DEFAULT_MAX_WIDTH) - PADDING));
  let n = 0;
  for (const row of sheet.rows()) {
    if (n++ >= SAMPLE_ROWS) break;
    // Titles and section lines overflow into the empty cells beside them; they do not size a column.
    if (row.style === 'title' || row.style === 'section') continue;
    const cells = row.cells;
    for (let i = 0; i < cells.length && i < widest.length; i++) {
      if (widest[i]! >= enough[i]!) continue;
      const w = shownWidth(cells[i] ?? null);
      if (w > widest[i]!) widest[i] = w;
    }
  }
  return sheet.columns.map((c, i) => c.width ?? fitWidth(widest[i] ?? 0, MIN_WIDTH, c.maxWidth ?? DEFAULT_MAX_WIDTH));
}
