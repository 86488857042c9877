// Opening a PDF the way a reader's tools do: poppler's pdftotext / pdffonts / pdfinfo, and a
// small reader for the outline (bookmarks), which poppler's command-line tools do not print.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Text in content order (`-raw`): lines as drawn, spaces as drawn; pages end in a form feed. */
export const pdfText = (file: string): string => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

/** The extracted lines, without the page separators. */
export const pdfLines = (file: string): string[] => pdfText(file).split(/[\n\f]/);

export interface PdfFont { name: string; type: string; emb: boolean; sub: boolean; uni: boolean }

export function pdfFonts(file: string): PdfFont[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out.split('\n').slice(2).filter((l) => l.trim()).map((l) => {
    const cols = l.trim().split(/\s+/);
    // name type... encoding emb sub uni objectID gen: flags are the 5th..3rd last columns.
    const n = cols.length;
    return { name: cols[0]!, type: cols.slice(1, n - 6).join(' '), emb: cols[n - 5] === 'yes', sub: cols[n - 4] === 'yes', uni: cols[n - 3] === 'yes' };
  });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

export interface OutlineItem { title: string; level: number; page: number }

function decodeLiteral(raw: Buffer): string {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== 0x5c) { bytes.push(c); continue; }
    const n = raw[++i]!;
    const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
    if (simple[n] !== undefined) bytes.push(simple[n]!);
    else if (n >= 0x30 && n <= 0x37) {
      let oct = String.fromCharCode(n);
      while (oct.length < 3 && raw[i + 1]! >= 0x30 && raw[i + 1]! <= 0x37) oct += String.fromCharCode(raw[++i]!);
      bytes.push(parseInt(oct, 8));
    }
  }
  const b = Buffer.from(bytes);
  if (b[0] === 0xfe && b[1] === 0xff) return b.subarray(2).swap16().toString('utf16le');
  return b.toString('latin1');
}

/** Bookmarks in document order with their depth (1 = top) and 1-based page. */
export function pdfOutline(file: string): OutlineItem[] {
  const pdf = fs.readFileSync(file);
  const text = pdf.toString('latin1');
  const objects = new Map<string, { start: number; body: string }>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*<<([\s\S]*?)>>\s*endobj/g)) objects.set(m[1]!, { start: m.index! + m[0].indexOf('<<'), body: m[2]! });
  const kids = /\/Type \/Pages[\s\S]*?\/Kids \[([^\]]*)\]/.exec(text);
  const pageIds: string[] = (kids?.[1] ?? '').match(/\d+(?= 0 R)/g) ?? [];
  const root = /\/Outlines (\d+) 0 R/.exec(text)?.[1];
  if (!root) return [];
  const items: OutlineItem[] = [];
  const walk = (id: string, level: number): void => {
    let child = /\/First (\d+) 0 R/.exec(objects.get(id)?.body ?? '')?.[1];
    while (child) {
      const o = objects.get(child)!;
      const titleAt = o.body.indexOf('/Title (');
      // The literal string runs to the first unescaped ")".
      const bytes = pdf.subarray(o.start + 2 + titleAt + 8);
      let end = 0;
      while (!(bytes[end] === 0x29 && bytes[end - 1] !== 0x5c)) end++;
      const dest = /\/Dest \[(\d+) 0 R/.exec(o.body)?.[1] ?? '';
      items.push({ title: decodeLiteral(bytes.subarray(0, end)), level, page: pageIds.indexOf(dest) + 1 });
      walk(child, level + 1);
      child = /\/Next (\d+) 0 R/.exec(o.body)?.[1];
    }
  };
  walk(root, 1);
  return items;
}
