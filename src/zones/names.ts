// How zone names are built: a place name followed by a kind suffix (襄垣 + 经开区). Short and
// full forms of the same kind name the same zone, so names are compared by a key (place | kind).

/** Kind suffixes, longest first, with the family they belong to and the full form of each. */
const SUFFIXES: readonly { suffix: string; family: string; full: string }[] = [
  { suffix: '农业高新技术产业示范区', family: '农高', full: '农业高新技术产业示范区' },
  { suffix: '高新技术产业开发区', family: '高新', full: '高新技术产业开发区' },
  { suffix: '现代农业产业示范区', family: '农业', full: '现代农业产业示范区' },
  { suffix: '现代农业产业示范园', family: '农业', full: '现代农业产业示范园' },
  { suffix: '经济技术开发区', family: '经开', full: '经济技术开发区' },
  { suffix: '高新技术开发区', family: '高新', full: '高新技术产业开发区' },
  { suffix: '农业产业示范区', family: '农业', full: '现代农业产业示范区' },
  { suffix: '综合保税区', family: '综保', full: '综合保税区' },
  { suffix: '综保区', family: '综保', full: '综合保税区' },
  { suffix: '经济开发区', family: '经开', full: '经济开发区' },
  { suffix: '农业示范区', family: '农业', full: '现代农业产业示范区' },
  { suffix: '产业园区', family: '园区', full: '产业园区' },
  { suffix: '工业园区', family: '园区', full: '工业园区' },
  { suffix: '经开区', family: '经开', full: '经济技术开发区' },
  { suffix: '高新区', family: '高新', full: '高新技术产业开发区' },
  { suffix: '农高区', family: '农高', full: '农业高新技术产业示范区' },
  { suffix: '示范区', family: '示范', full: '示范区' },
  { suffix: '开发区', family: '区', full: '开发区' },
];

/** The kind suffixes, longest first. */
export const SUFFIX_WORDS: readonly string[] = SUFFIXES.map((s) => s.suffix);

/** Every suffix ends with 区 or 园. */
const SUFFIX_LAST = /[区园]$/;

export function splitSuffix(name: string): { place: string; suffix: string; family: string; full: string } | null {
  if (!SUFFIX_LAST.test(name)) return null;
  for (const s of SUFFIXES) {
    if (name.endsWith(s.suffix) && name.length > s.suffix.length) {
      return { place: name.slice(0, -s.suffix.length), ...s };
    }
  }
  return null;
}

/** CJK unified ideographs (U+4E00–U+9FFF) have no compatibility forms: NFKC leaves such a name as it is. */
const IDEOGRAPHS_ONLY = /^[\u4e00-\u9fff]*$/;

/** NFKC (full-width letters and digits, compatibility ideographs), white space removed. */
export function normalizeName(name: string): string {
  return IDEOGRAPHS_ONLY.test(name) ? name : name.normalize('NFKC').replace(/\s+/g, '');
}

/** Drops spaces and a province/city prefix that only says where the zone is (山西省晋中市祁县…). */
export function stripLocation(name: string): string {
  let s = normalizeName(name);
  s = s.replace(/^山西省?/, '');
  const m = /^([\u4e00-\u9fff]{2,3}市)(.{2,})$/.exec(s);
  // Keep the city when what follows is only a suffix (大同市经开区 → place 大同市).
  if (m && m[2] && splitSuffix(m[2])) s = m[2];
  return s;
}

/**
 * Place and kind of a zone name, so that 晋城经开区 and 晋城经济技术开发区 compare equal:
 * "晋城|经开". Null when the name has no zone suffix.
 */
export function zoneKey(name: string): string | null {
  const s = stripLocation(name);
  if (/综改/.test(s)) return '山西|综改';
  const parts = splitSuffix(s);
  if (!parts) return null;
  let place = parts.place.replace(/市$/, '');
  if (place.length > 2) place = place.replace(/县$/, '');
  return `${place}|${parts.family}`;
}

/** The printed name with a short suffix expanded to its full form (忻州经开区 → 忻州经济技术开发区). */
export function expandName(printed: string): string {
  const s = stripLocation(printed);
  const parts = splitSuffix(s);
  if (!parts) return s;
  return parts.place + parts.full;
}

/** "忻州市开发区": every zone of one city, not one zone. */
export function isCityWide(printed: string): boolean {
  return /^[\u4e00-\u9fff]{2,4}市(各)?(开发区|经开区|园区)$/.test(printed.replace(/\s+/g, ''));
}
