// The zone registry: development zones with their official names, short forms and aliases.
// Data lives in data/zones.json; this module matches names in text against it.
import type { ZoneEntry } from '../types.js';
import { SUFFIX_WORDS, expandName, isCityWide, normalizeName, splitSuffix, stripLocation, zoneKey } from './names.js';
import { charCodeSet } from '../read/char-codes.js';

/** A zone mentioned in a text. */
export interface ZoneMatch {
  start: number;
  end: number;
  /** As printed: 晋城经开区, 唐槐园区 … */
  printed: string;
  /** The registry entry, or null for a zone found only by its name pattern. */
  entry: ZoneEntry | null;
  /** Official full name when known, else the printed name expanded to its full form. */
  name: string;
}

export interface ZoneRegistry {
  all(): readonly ZoneEntry[];
  /** 晋城经开区 / 晋城经济技术开发区 / a sub-park alias → its entry; null when unknown. */
  resolve(printed: string): ZoneEntry | null;
  /** Every zone mention in `text`, known ones and ones matching the zone name pattern. */
  findAll(text: string): ZoneMatch[];
}

/** Characters that cannot be part of a place name: they end the walk back from a suffix. */
const NOT_PLACE = charCodeSet('的在与和及、，,。；;：:“”"《》()（）了是为对由把将向从到赴于等个各全该本我其共并同以让使被又还也都就而或这那此每多所之给跟让');
/** A character a place name may hold: CJK (U+3400–U+9FFF), not a function word or punctuation. */
const isPlaceCode = (c: number): boolean => c >= 0x3400 && c <= 0x9fff && !NOT_PLACE.has(c);
/** Words that often stand right before a zone name but are not part of it. */
const LEADING_NOISE = /^(?:国家级|省级|市级|县级|国家|全国|全省|全市|全县|深入|走进|来到|位于|落户|入驻|进驻|前往|新)/;
const PROVINCE = /^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)省?/;
/** Cut from the front of a place, in this order, as long as either cuts. */
const PLACE_PREFIXES = [LEADING_NOISE, PROVINCE];

/** Does [start, end) overlap one of the forms (as leftmostLongest keeps them: in order, not overlapping)? */
function overlapsAny(forms: readonly Found[], start: number, end: number): boolean {
  for (const f of forms) {
    if (f.start >= end) return false;
    if (start < f.start + f.form.length) return true;
  }
  return false;
}
const MAX_WALK = 8;
const MAX_PLACE = 4;

/** The name forms of one entry that a text may print: full, short, aliases and derived variants. */
function formsOf(e: ZoneEntry, ambiguousPlaces: ReadonlySet<string>): string[] {
  const forms = new Set<string>([e.name, e.short, ...e.aliases]);
  const parts = splitSuffix(e.name);
  if (parts && e.kind !== '综改区') {
    const places = new Set([parts.place]);
    if (e.county && e.county !== parts.place) places.add(e.county);
    if (parts.place.length >= 3 && parts.place.endsWith('县')) places.add(parts.place.slice(0, -1));
    for (const p of places) {
      if (parts.family === '经开') ['经济技术开发区', '经济开发区', '经开区'].forEach((s) => forms.add(p + s));
      if (parts.family === '高新') ['高新技术产业开发区', '高新技术开发区', '高新区'].forEach((s) => forms.add(p + s));
      if (parts.family === '农业') ['现代农业产业示范区', '现代农业产业示范园', '农业示范区'].forEach((s) => forms.add(p + s));
      if (!ambiguousPlaces.has(parts.place) && p.length >= 2) forms.add(`${p}开发区`);
    }
  }
  return [...forms].filter((f) => f.length >= 3);
}

/** A node of a trie of name forms read backwards: children by character code. */
interface FormNode {
  next: Map<number, FormNode>;
  /** The word that ends here (read backwards: starts here), if one does. */
  form: string | null;
}
const newNode = (): FormNode => ({ next: new Map(), form: null });

/** A word found in a text. */
interface Found {
  start: number;
  form: string;
}

/** The trie of `words` read backwards. */
function backwardTrie(words: Iterable<string>): FormNode {
  const root = newNode();
  for (const w of words) {
    let node = root;
    for (let i = w.length - 1; i >= 0; i--) {
      const c = w.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) { child = newNode(); node.next.set(c, child); }
      node = child;
    }
    node.form = w;
  }
  return root;
}

/** Adds to `found` every word of `trie` that ends at text[at] (the longest last). */
function wordsEndingAt(trie: FormNode, text: string, at: number, found: Found[]): void {
  let node = trie.next.get(text.charCodeAt(at));
  for (let i = at - 1; node; i--) {
    if (node.form !== null) found.push({ start: i + 1, form: node.form });
    node = i >= 0 ? node.next.get(text.charCodeAt(i)) : undefined;
  }
}

/**
 * The words found that a global search of their alternation (longest first) would match: the
 * leftmost, the longest one starting there, then on after it. Sorts `found`.
 */
function leftmostLongest(found: Found[]): Found[] {
  if (found.length > 1) found.sort((a, b) => a.start - b.start || b.form.length - a.form.length);
  const taken: Found[] = [];
  let from = 0;
  for (const f of found) {
    if (f.start < from) continue;
    taken.push(f);
    from = f.start + f.form.length;
  }
  return taken;
}

/** A UTF-16 unit as \uXXXX: safe anywhere in a character class. */
const codeEscape = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;

/** A registry over the given entries (data/zones.json in production, a few entries in tests). */
export function createRegistry(entries: readonly ZoneEntry[]): ZoneRegistry {
  const placeCount = new Map<string, number>();
  for (const e of entries) {
    const p = splitSuffix(e.name)?.place;
    if (p) placeCount.set(p, (placeCount.get(p) ?? 0) + 1);
  }
  const ambiguous = new Set([...placeCount].filter(([, n]) => n > 1).map(([p]) => p));

  const byForm = new Map<string, ZoneEntry>();
  const byKey = new Map<string, ZoneEntry>();
  // Entries by the place part of their key, for names that say only 开发区 (built once: lookup
  // runs for every pattern match of every findAll).
  const byPlace = new Map<string, ZoneEntry[]>();
  for (const e of entries) {
    const place = zoneKey(e.name)?.split('|')[0];
    if (place !== undefined) byPlace.set(place, [...(byPlace.get(place) ?? []), e]);
  }
  for (const e of entries) {
    for (const f of formsOf(e, ambiguous)) if (!byForm.has(f)) byForm.set(f, e);
    for (const f of [e.name, e.short]) {
      const k = zoneKey(f);
      if (k && !byKey.has(k)) byKey.set(k, e);
    }
  }
  // Every name form and kind suffix ends with one of a few characters (区, 园 …): forms are found
  // by walking back from such a character through a trie of the forms read backwards (one
  // alternation of every form would be tried at every position of the text). Most texts hold none
  // of those characters and name no zone.
  const formTrie = backwardTrie(byForm.keys());
  // The few kind suffixes are one alternation: V8 runs it faster than a second walk back would.
  const suffixRe = new RegExp(SUFFIX_WORDS.join('|'), 'g');
  const endings = new Set([...byForm.keys(), ...SUFFIX_WORDS].map((f) => f.charCodeAt(f.length - 1)));
  // A regex character class: V8 finds the next such character faster than a loop over the text.
  const ending = new RegExp(`[${[...endings].map(codeEscape).join('')}]`, 'g');

  function lookup(printed: string): ZoneEntry | null {
    const s = normalizeName(printed);
    if (!s || isCityWide(s)) return null;
    const direct = byForm.get(s) ?? byForm.get(stripLocation(s));
    if (direct) return direct;
    const k = zoneKey(s);
    if (k) {
      const e = byKey.get(k);
      if (e) return e;
      // "大同开发区" says only 开发区: the place's one zone, if it has exactly one.
      const [place, family] = k.split('|');
      if (family === '区' && place) {
        const same = byPlace.get(place) ?? [];
        if (same.length === 1 && same[0]) return same[0];
      }
    }
    return null;
  }

  function findAll(text: string): ZoneMatch[] {
    const out: ZoneMatch[] = [];
    ending.lastIndex = 0;
    if (!ending.test(text)) return out;
    const forms: Found[] = [];
    // `test` leaves lastIndex after the character found: no match arrays.
    do wordsEndingAt(formTrie, text, ending.lastIndex - 1, forms);
    while (ending.test(text));
    const known = leftmostLongest(forms);
    for (const { start, form } of known) {
      const entry = byForm.get(form) ?? null;
      out.push({ start, end: start + form.length, printed: form, entry, name: entry ? entry.name : expandName(form) });
    }
    suffixRe.lastIndex = 0;
    for (let m = suffixRe.exec(text); m; m = suffixRe.exec(text)) {
      const found = suffixMatch(text, m.index, m[0], known);
      if (found) out.push(found);
    }
    return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
  }

  /** The zone named by kind suffix `suffix` at `at` and the place before it, or null. */
  function suffixMatch(text: string, at: number, suffix: string, known: readonly Found[]): ZoneMatch | null {
    const end = at + suffix.length;
    if (overlapsAny(known, at, end)) return null;
    let start = at;
    while (start > 0 && at - start < MAX_WALK && isPlaceCode(text.charCodeAt(start - 1))) start--;
    let place = text.slice(start, at);
    for (let again = true; again;) {
      again = false;
      for (const re of PLACE_PREFIXES) {
        const cut = re.exec(place)?.[0].length ?? 0;
        if (cut && place.length - cut >= 2) { start += cut; place = place.slice(cut); again = true; }
      }
    }
    if (place.length > MAX_PLACE && !/[市县]$/.test(place)) { start += place.length - MAX_PLACE; place = place.slice(-MAX_PLACE); }
    if (place.length < 2 || /^(?:国家级|省级|市级|县级|国家|全国|全省|全市|全县|示范|特色|产业|现代|重点)+$/.test(place)) return null;
    // Bare 开发区/示范区 are common nouns; only a city or county before them makes a name.
    if ((suffix === '开发区' || suffix === '示范区') && !/[市县]$/.test(place)) return null;
    const printed = text.slice(start, end);
    const entry = lookup(printed);
    return { start, end, printed, entry, name: entry ? entry.name : expandName(printed) };
  }

  return {
    all: () => entries,
    resolve: lookup,
    findAll,
  };
}
