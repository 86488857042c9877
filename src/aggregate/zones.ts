// Zone facts for the report: short form, city, whether the registry knows the zone, and order.
import type { ZoneEntry } from '../types.js';

/** What aggregation needs of the zone registry (src/zones/registry.ts implements it). */
export interface ZoneLookup {
  all(): readonly ZoneEntry[];
  resolve(printed: string): ZoneEntry | null;
}

const SHORT_FORMS: readonly [RegExp, string][] = [
  [/经济技术开发区$/, '经开区'],
  [/高新技术产业开发区$/, '高新区'],
  [/高新技术开发区$/, '高新区'],
  [/经济开发区$/, '经开区'],
];

/** The usual short form of an official zone name (襄垣经济技术开发区 → 襄垣经开区). */
export function deriveShort(name: string): string {
  for (const [re, short] of SHORT_FORMS) if (re.test(name)) return name.replace(re, short);
  return name;
}

export interface ZoneFacts {
  short: string;
  city: string | null;
  known: boolean;
  /** Sort position: registry order for known zones, then unknown ones by name. */
  order: number;
}

export function zoneFacts(registry: ZoneLookup): (zone: string) => ZoneFacts {
  const position = new Map(registry.all().map((e, i) => [e.name, i]));
  const cache = new Map<string, ZoneFacts>();
  return (zone) => {
    let facts = cache.get(zone);
    if (!facts) {
      const entry = registry.resolve(zone);
      facts = entry
        ? { short: entry.short, city: entry.city, known: true, order: position.get(entry.name) ?? Number.MAX_SAFE_INTEGER - 1 }
        : { short: deriveShort(zone), city: null, known: false, order: Number.MAX_SAFE_INTEGER };
      cache.set(zone, facts);
    }
    return facts;
  };
}
