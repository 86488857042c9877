// Zone resolution: the zone as printed → the official full name in the registry. A zone the
// registry lacks keeps its printed name expanded to the full form and is reported, never dropped.
import type { Diagnostic } from '../types.js';
import { expandName, isCityWide } from './names.js';
import type { ZoneRegistry } from './registry.js';

export interface ResolvedZone {
  name: string | null;
  known: boolean;
  diagnostic: Omit<Diagnostic, 'file'> | null;
}

export function resolveZone(printed: string | null, registry: ZoneRegistry): ResolvedZone {
  if (!printed) return { name: null, known: false, diagnostic: null };
  // 忻州市开发区: every zone of a city, so no one zone.
  if (isCityWide(printed)) return { name: null, known: false, diagnostic: null };
  const entry = registry.resolve(printed);
  if (entry) return { name: entry.name, known: true, diagnostic: null };
  const name = expandName(printed);
  return {
    name,
    known: false,
    diagnostic: { code: 'zone.unknown', severity: 'warning', message: `zone «${printed}» is not in the zone registry (data/zones.json); reported as «${name}»` },
  };
}
