// The running text of an article's body spans, built in one pass over UTF-16 code units.
//
// It is exactly joinLines(normaliseNewlines(foldWidth(concatViews(spans)))) from
// read/mapped-text (tests/figures/running-text.test.ts checks this on random text): the same
// text and the same map. Those four steps copy the article four times and build strings
// character by character; the figures stage runs them on every article of every bulletin, where
// they were a third of its time.
import type { Span } from '../types.js';
import type { MappedText } from '../read/mapped-text.js';

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;

const isBlank = (c: number): boolean => c === SPACE || c === TAB;
const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Characters between which joinLines drops spaces: CJK, digits, '.', '%'. */
const isJoinable = (c: number): boolean =>
  (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 48 && c <= 57) || c === 46 || c === 37;

/** Full-width ASCII to half-width, ideographic and no-break spaces to ' ' (as foldWidth). */
function fold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c === 0x3000 || c === 0xa0 ? SPACE : c;
}

/** `spans` must be sorted by start. */
export function runningText(decoded: string, spans: readonly Span[]): MappedText {
  let total = 0;
  for (const s of spans) total += s.end - s.start;
  // 1. Concatenate and fold; CR LF and lone CR become one LF at the CR (normaliseNewlines).
  const codes = new Uint16Array(total);
  const map = new Int32Array(total + 1);
  let n = 0;
  let pendingCr = false;
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) {
      const c = decoded.charCodeAt(i);
      if (c === LF && pendingCr) { pendingCr = false; continue; }
      pendingCr = c === CR;
      codes[n] = c === CR ? LF : fold(c);
      map[n] = i;
      n++;
    }
  }
  const end = spans.length > 0 ? spans[spans.length - 1]!.end : 0;

  // 2. Each run of blanks and line breaks holding a line break (blanks before the first break,
  // blanks and breaks after it) goes; it leaves one space between two Latin letters.
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (isBlank(c) || c === LF) {
      let j = i;
      while (j < n && isBlank(codes[j]!)) j++;
      if (j < n && codes[j] === LF) {
        let k = j + 1;
        while (k < n && (isBlank(codes[k]!) || codes[k] === LF)) k++;
        if (i > 0 && k < n && isLatin(codes[i - 1]!) && isLatin(codes[k]!)) {
          codes[m] = SPACE;
          map[m] = map[i]!;
          m++;
        }
        i = k - 1;
        continue;
      }
      // Blanks with no line break after them stay (step 3 decides).
      for (; i < j; i++, m++) { codes[m] = codes[i]!; map[m] = map[i]!; }
      i = j - 1;
      continue;
    }
    codes[m] = c;
    map[m] = map[i]!;
    m++;
  }

  // 3. Blanks between CJK, digits, '.' and '%' go.
  let w = 0;
  for (let i = 0; i < m; i++) {
    const c = codes[i]!;
    if (isBlank(c)) {
      let j = i;
      while (j < m && isBlank(codes[j]!)) j++;
      if (i > 0 && j < m && isJoinable(codes[i - 1]!) && isJoinable(codes[j]!)) { i = j - 1; continue; }
      for (; i < j; i++, w++) { codes[w] = codes[i]!; map[w] = map[i]!; }
      i = j - 1;
      continue;
    }
    codes[w] = c;
    map[w] = map[i]!;
    w++;
  }
  map[w] = end;
  return { text: fromCodes(codes, w), map: map.slice(0, w + 1) };
}

/** The string of codes[0, length), lone surrogates included (a decoder would replace them). */
function fromCodes(codes: Uint16Array, length: number): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    // apply takes the typed array as it is; spreading it goes through its iterator, ten times slower.
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}
