// Plain-text tables for the terminal. CJK characters take two columns, so widths are measured
// in display columns, not string length.

/** Display columns of a string: wide (CJK, full-width) characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 32 || (c >= 0x300 && c <= 0x36f)) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) || (c >= 0xac00 && c <= 0xd7a3)
    || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
    || (c >= 0x20000 && c <= 0x3fffd);
}

/** Cuts `s` to at most `width` columns, ending with … when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Pads `s` with spaces to `width` columns (left-aligned, or right-aligned for numbers). */
export function pad(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'left' ? s + fill : fill + s;
}

export interface Column {
  header: string;
  /** Widest the column may grow, in display columns; longer cells are cut with …. */
  max?: number;
  align?: 'left' | 'right';
}

/** Rows under a header line and a rule; every line ends with a newline. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], gap = '  '): string {
  const widths = columns.map((c, i) => {
    const cells = rows.map((r) => displayWidth(r[i] ?? ''));
    return Math.min(c.max ?? Infinity, Math.max(displayWidth(c.header), ...cells));
  });
  const line = (cells: readonly string[]): string => columns
    .map((c, i) => pad(truncate(cells[i] ?? '', widths[i] ?? 0), widths[i] ?? 0, c.align))
    .join(gap)
    .trimEnd();
  const out = [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join(gap)];
  for (const r of rows) out.push(line(r));
  return `${out.join('\n')}\n`;
}
