// Fixed word lists and per-character lookup tables: the name and stage scans read text in place with these
// instead of running alternation regexes on copies.

/** Sets `bit` in `table` at the first character of each word of `list`: one table serves several lists. */
export function markFirstChars(table: Uint8Array, list: WordList, bit: number): void {
  for (const w of list.words) table[w.charCodeAt(0)] = table[w.charCodeAt(0)]! | bit;
}

/**
 * A fixed list of words, looked up by first character. The project-name checks were alternations
 * of such words, run as regexes on a copy of every candidate name and tried at each of its
 * positions; these lookups read the text in place and try words only where one can start.
 */
export class WordList {
  /** For each character code, 1 + the index in `groups` of the words starting with it, or 0. */
  private readonly group = new Uint8Array(0x10000);
  /** The words by first character, each group in list order. */
  private readonly groups: string[][] = [];
  /** 1 at the code of a word's last character. */
  private readonly lastChars = new Uint8Array(0x10000);

  constructor(readonly words: readonly string[]) {
    for (const w of words) {
      const c = w.charCodeAt(0);
      if (this.group[c] === 0) {
        this.groups.push([]);
        if (this.groups.length > 255) throw new Error('WordList: more first characters than its table holds');
        this.group[c] = this.groups.length;
      }
      this.groups[this.group[c]! - 1]!.push(w);
      this.lastChars[w.charCodeAt(w.length - 1)] = 1;
    }
  }

  /** The words starting with the character t[i], in list order, or undefined. */
  startingWith(t: string, i: number): readonly string[] | undefined {
    const g = this.group[t.charCodeAt(i)]!;
    return g === 0 ? undefined : this.groups[g - 1];
  }

  /** The first word, in list order, that t holds at i and that ends by `to`; null if none. */
  at(t: string, i: number, to: number): string | null {
    if (i >= to) return null;
    const g = this.group[t.charCodeAt(i)]!;
    if (g === 0) return null;
    // Most words are one or two characters: those need no call to compare.
    const second = t.charCodeAt(i + 1);
    for (const w of this.groups[g - 1]!) {
      if (w.length === 1) return w;
      if (w.charCodeAt(1) === second && i + w.length <= to && (w.length === 2 || t.startsWith(w, i))) return w;
    }
    return null;
  }

  /** Where the first word lying in t[from, to) starts (where the alternation would match), or -1. */
  firstIn(t: string, from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.group[t.charCodeAt(i)] !== 0 && this.at(t, i, to) !== null) return i;
    return -1;
  }

  /** The length of the first word, in list order, that ends t[from, to); 0 if none. */
  endingLength(t: string, from: number, to: number): number {
    if (to <= from || this.lastChars[t.charCodeAt(to - 1)] !== 1) return 0;
    for (const w of this.words) if (to - w.length >= from && t.startsWith(w, to - w.length)) return w.length;
    return 0;
  }
}

/** Two characters as one number: a key for the two-character words below, read without a copy. */
const pairAt = (t: string, i: number, j: number): number => t.charCodeAt(i) * 0x10000 + t.charCodeAt(j);
const pairOf = (word: string): number => pairAt(word, 0, 1);

/**
 * Words of two characters with what each says, in order of precedence (a word listed twice says
 * what it says first), found by a table of their first characters and a map of pairs.
 */
export class PairWords<T> {
  /** 1 at the code of a word's first character. */
  private readonly firstChars = new Uint8Array(0x10000);
  private readonly meaning = new Map<number, T>();

  constructor(groups: readonly (readonly [T, readonly string[]])[]) {
    for (const [meaning, words] of groups) {
      for (const w of words) {
        if (w.length !== 2) throw new Error(`PairWords: "${w}" is not of two characters`);
        this.firstChars[w.charCodeAt(0)] = 1;
        if (!this.meaning.has(pairOf(w))) this.meaning.set(pairOf(w), meaning);
      }
    }
  }

  /** What the word of t[i, i + 2) says, if it is one. */
  meaningAt(t: string, i: number): T | undefined {
    return this.firstChars[t.charCodeAt(i)] === 1 ? this.meaning.get(pairAt(t, i, i + 1)) : undefined;
  }

  /** What the word made of t[i] and t[j] says, if it is one. */
  meaningAcross(t: string, i: number, j: number): T | undefined {
    return this.firstChars[t.charCodeAt(i)] === 1 ? this.meaning.get(pairAt(t, i, j)) : undefined;
  }

  /**
   * Where the first word lying in t[from, to) starts, or -1: what the alternation of the words
   * finds in a copy of the range (two words cannot start at one place).
   */
  firstIn(t: string, from: number, to: number): number {
    for (let i = from; i < to - 1; i++) {
      if (this.firstChars[t.charCodeAt(i)] === 1 && this.meaning.has(pairAt(t, i, i + 1))) return i;
    }
    return -1;
  }
}
