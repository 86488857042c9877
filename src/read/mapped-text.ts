// Text views that remember where each character came from.
//
// Extraction works on a cleaned-up view of a bulletin (half-width digits, no line breaks inside
// a sentence, no spaces between digits and CJK), but evidence must be an exact substring of the
// decoded input. A MappedText carries, for every character of its text, the offset of the
// character it came from in the decoded input, so any match maps back to a source span.
import { Buffer } from 'node:buffer';

export interface MappedText {
  readonly text: string;
  /** map[i] = offset in the decoded input of text[i]; map[text.length] = end of the view. */
  readonly map: Int32Array;
}

/** The decoded input itself, or a slice of it. */
export function sourceView(decoded: string, start = 0, end = decoded.length): MappedText {
  const text = decoded.slice(start, end);
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = start + i;
  return { text, map };
}

/** Concatenates views (e.g. the parts of an article split by another one). */
export function concatViews(views: readonly MappedText[], separator = ''): MappedText {
  let text = '';
  const maps: number[] = [];
  views.forEach((v, k) => {
    if (k > 0 && separator) {
      const at = v.map[0] ?? 0;
      for (let i = 0; i < separator.length; i++) maps.push(at);
      text += separator;
    }
    text += v.text;
    for (let i = 0; i < v.text.length; i++) maps.push(v.map[i] ?? 0);
  });
  const last = views[views.length - 1];
  maps.push(last ? last.map[last.text.length] ?? 0 : 0);
  return { text, map: Int32Array.from(maps) };
}

/**
 * Rewrites a view match by match: every match of `re` (must be global) is replaced by
 * `replace(match)`. Characters of a replacement map to the start of their match, so a span
 * that covers a replacement maps to the whole original match.
 */
export function rewrite(view: MappedText, re: RegExp, replace: (m: RegExpExecArray) => string): MappedText {
  if (!re.global) throw new Error('rewrite needs a global RegExp');
  const { text, map } = view;
  // Two passes (find the matches, then copy) so the map is one typed array filled by block copies:
  // this runs over whole bulletins, and per-character pushes made it the slowest step of extraction.
  const found: { index: number; length: number; rep: string }[] = [];
  let total = text.length;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const rep = replace(m);
    found.push({ index: m.index, length: m[0].length, rep });
    total += rep.length - m[0].length;
  }
  if (found.length === 0) return { text, map: Int32Array.from(map.subarray(0, text.length + 1)) };
  const parts: string[] = [];
  const outMap = new Int32Array(total + 1);
  let pos = 0;
  let last = 0;
  for (const f of found) {
    parts.push(text.slice(last, f.index), f.rep);
    outMap.set(map.subarray(last, f.index), pos);
    pos += f.index - last;
    outMap.fill(map[f.index] ?? 0, pos, pos + f.rep.length);
    pos += f.rep.length;
    last = f.index + f.length;
  }
  parts.push(text.slice(last));
  outMap.set(map.subarray(last, text.length), pos);
  pos += text.length - last;
  outMap[pos] = map[text.length] ?? 0;
  return { text: parts.join(''), map: outMap };
}

/** One code unit of foldWidths: full-width ASCII to half-width, ideographic/no-break space to ' '. */
export const foldCode = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 || c === 0xa0 ? 32 : c);

const WIDE = /[\uff01-\uff5e\u3000\u00a0]/;
/** Below this length a text is folded by a regex test and a loop; longer ones by native searches. */
const SEARCH_FROM = 512;

/** Full-width ASCII (１０亿元, ，) to half-width and ideographic/no-break spaces to ' '. Same length. */
export function foldWidths(text: string): string {
  if (text.length < SEARCH_FROM) return foldByUnits(text);
  // A whole bulletin: its code units are copied into a work array and the characters to fold
  // are found there by native byte searches (memchr), not by reading every unit in JS or a
  // regex. Most bulletins hold none, or one in a hundred characters.
  const units = scratchCodeUnits(text);
  const bytes = Buffer.from(units.buffer, units.byteOffset, text.length * 2);
  let changed = false;
  // U+FF01–U+FF5E have the high byte 0xFF. A hit may also be the low byte of some U+xxFF, which
  // the range test leaves alone (so the byte order of the machine does not matter).
  for (let p = bytes.indexOf(0xff); p >= 0; p = bytes.indexOf(0xff, p + 1)) {
    const c = units[p >> 1] ?? 0;
    if (c >= 0xff01 && c <= 0xff5e) {
      units[p >> 1] = c - 0xfee0;
      changed = true;
    }
  }
  for (const blank of WIDE_BLANKS) {
    for (let i = text.indexOf(blank); i >= 0; i = text.indexOf(blank, i + 1)) {
      units[i] = 32;
      changed = true;
    }
  }
  return changed ? stringFromCodeUnits(units, text.length) : text;
}

/** The blanks foldWidths turns into ' ': ideographic space and no-break space. */
const WIDE_BLANKS = ['\u3000', '\u00a0'] as const;

/** foldWidths by a regex test and, when there is something to fold, a loop over the code units. */
function foldByUnits(text: string): string {
  const first = text.search(WIDE);
  if (first < 0) return text;
  // Code unit by code unit into an array: Chinese text has a full-width comma every few words,
  // and a replace callback per comma cost more than the whole copy.
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldCode(text.charCodeAt(i));
  return stringFromCodeUnits(units, units.length);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Texts up to this many code units are copied into one reused array (a bulletin is well under). */
const SCRATCH_MAX = 1 << 20;
let scratch = new Uint16Array(0);

/**
 * The code units of `text`, lone surrogates included, in an array valid until the next call: a
 * new array per text was an off-heap allocation per bulletin for the garbage collector. Only its
 * size outlives a call; its content is overwritten.
 */
function scratchCodeUnits(text: string): Uint16Array {
  let units: Uint16Array;
  if (text.length > SCRATCH_MAX) units = new Uint16Array(text.length);
  else {
    if (scratch.length < text.length) scratch = new Uint16Array(Math.min(SCRATCH_MAX, Math.max(text.length, scratch.length * 2)));
    units = scratch;
  }
  // Node's UCS-2 write copies the code units as they are: a native copy instead of a charCodeAt loop.
  if (LITTLE_ENDIAN) Buffer.from(units.buffer, units.byteOffset, text.length * 2).write(text, 'utf16le');
  else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/** The string of units[0, length), lone surrogates included (a decoder would replace them). */
export function stringFromCodeUnits(units: Uint16Array, length: number): string {
  // Node's UCS-2 conversion copies the code units as they are, five times faster than fromCharCode.
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    // apply takes the typed array as it is; spreading it goes through its iterator, ten times slower.
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** foldWidths on a view: one BMP character to one, so the map is unchanged. */
export function foldWidth(view: MappedText): MappedText {
  return { text: foldWidths(view.text), map: view.map };
}

/** CRLF and CR to LF. */
export function normaliseNewlines(view: MappedText): MappedText {
  return rewrite(view, /\r\n?/g, () => '\n');
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const JOIN_SPACE = new RegExp(`(?<=[${CJK}0-9.%])[ \\t]+(?=[${CJK}0-9.%])`, 'g');

/**
 * One running text for a run of body lines: line breaks inside it are dropped (text copied out
 * of a PDF column breaks sentences and numbers anywhere), and so are spaces between digits and
 * CJK (`7 月 31 日`, `6.88 亿`). Spaces between Latin words are kept.
 */
export function joinLines(view: MappedText): MappedText {
  const noBreaks = rewrite(view, /[ \t]*\n[ \t\n]*/g, (m) => {
    // Keep a space only where two Latin words would otherwise run together.
    const before = view.text[m.index - 1] ?? '';
    const after = view.text[m.index + m[0].length] ?? '';
    return /[A-Za-z]/.test(before) && /[A-Za-z]/.test(after) ? ' ' : '';
  });
  return rewrite(noBreaks, JOIN_SPACE, () => '');
}

/** Source span [start, end) in the decoded input of view.text[from, to). */
export function sourceRange(view: MappedText, from: number, to: number): { start: number; end: number } {
  const start = view.map[from] ?? 0;
  const end = to > from ? (view.map[to - 1] ?? start) + 1 : start;
  return { start, end };
}

/** 1-based line numbers for offsets of one text; built once per bulletin. */
export class LineIndex {
  private readonly starts: number[];
  private readonly text: string;
  /** `starts`, when given, are the offsets where the lines of `text` start (see ofLines). */
  constructor(text: string, starts?: number[]) {
    this.text = text;
    this.starts = starts ?? LineIndex.scanStarts(text);
  }

  /**
   * The index of `text` from its lines as toLines made them (their offsets are the line starts,
   * found by the same rules): the bulletin's text is not searched for its breaks a second time.
   */
  static ofLines(text: string, lines: readonly { readonly offset: number }[]): LineIndex {
    const starts: number[] = [];
    for (const line of lines) starts.push(line.offset);
    return new LineIndex(text, starts);
  }

  private static scanStarts(text: string): number[] {
    const starts = [0];
    // Breaks found by indexOf (a fast native search), as toLines finds them; the next CR is
    // searched again only once passed. A line starts after LF, after CR, after CR LF.
    let cr = text.indexOf('\r');
    let at = 0;
    for (;;) {
      let stop = text.indexOf('\n', at);
      if (cr >= 0 && cr < at) cr = text.indexOf('\r', at);
      if (cr >= 0 && (stop < 0 || cr < stop)) stop = cr;
      if (stop < 0) break;
      at = stop + (text.charCodeAt(stop) === 13 && text.charCodeAt(stop + 1) === 10 ? 2 : 1);
      starts.push(at);
    }
    return starts;
  }
  /** 1-based line holding `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** Where 1-based `line` starts. */
  startOf(line: number): number {
    return this.starts[line - 1] ?? 0;
  }
  /** Where 1-based `line` ends: at its CR, LF or CR LF, or at the end of the text. */
  endOf(line: number): number {
    const next = this.starts[line];
    if (next === undefined) return this.text.length;
    return next >= 2 && this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }
  get lineCount(): number {
    return this.starts.length;
  }
}
