// The zone registry: development zones with their official names, short forms and aliases.
// Data lives in data/zones.json; this module matches names in text against it.
import type { ZoneEntry } from '../types.js';

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
