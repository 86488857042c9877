// Character tests by code, shared by the stages that scan text in place: charAt or a one-character
// string per test would make a new string for every CJK character.

/** 0–9 (full-width digits are folded before any stage reads them). */
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The character codes of `chars` (each a single UTF-16 unit), for `set.has(text.charCodeAt(i))`. */
export const charCodeSet = (chars: string): ReadonlySet<number> => new Set([...chars].map((x) => x.charCodeAt(0)));

/** A table over UTF-16 code units: 1 at those of `chars`. One read per character in the scans. */
export function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Whitespace as String.prototype.trim sees it: what a regex's \s matches. */
export const WHITE_SPACE_CHARS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
