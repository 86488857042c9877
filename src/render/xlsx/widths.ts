// Column widths from the content the sheet will hold: the widest header or cell (full-width
// characters count two units), looking at the first rows only so a 100,000-row sheet is sized
// in constant time.
import type { CellValue, SheetPlan } from './plan.js';
import { fitWidth } from './text.js';

const SAMPLE_ROWS = 2_000;

/** The text a cell shows, near enough to size its column. */
export function shownText(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return formatLength(cell);
  switch (cell.kind) {
    case 'date': return '2026-01-31';
    case 'formula': return typeof cell.result === 'number' ? formatLength(cell.result) : cell.result;
    case 'link': return cell.text;
    case 'number': return formatLength(cell.value);
  }
}

/** A string as long as #,##0.00 shows the number (toLocaleString is too slow for thousands of cells). */
function formatLength(n: number): string {
  const digits = Math.max(1, Math.floor(Math.log10(Math.max(1, Math.abs(n)))) + 1);
  return '0'.repeat(digits + Math.floor((digits - 1) / 3) + 3 + (n < 0 ? 1 : 0));
}

export function columnWidths(sheet: SheetPlan): number[] {
  const texts: string[][] = sheet.columns.map((c) => (sheet.kind === 'list' ? [c.header] : []));
  let n = 0;
  for (const row of sheet.rows()) {
    if (n++ >= SAMPLE_ROWS) break;
    // Titles and section lines overflow into the empty cells beside them; they do not size a column.
    if (row.style === 'title' || row.style === 'section') continue;
    row.cells.forEach((cell, i) => texts[i]?.push(shownText(cell)));
  }
  return sheet.columns.map((c, i) => c.width ?? fitWidth(texts[i] ?? [], 6, c.maxWidth ?? 40));
}
