// Character tests by code, shared by the stages that scan text in place: charAt or a one-character
// string per test would make a new string for every CJK character.

/** 0–9 (full-width digits are folded before any stage reads them). */
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The character codes of `chars` (each a single UTF-16 unit), for `set.has(text.charCodeAt(i))`. */
export const charCodeSet = (chars: string): ReadonlySet<number> => new Set([...chars].map((x) => x.charCodeAt(0)));
