// Edge: reads the zone registry data (data/zones.json) from disk.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ZoneEntry, ZoneKind, ZoneLevel } from '../types.js';
import { createRegistry, type ZoneRegistry } from './registry.js';

export const DEFAULT_ZONES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/zones.json');

const KINDS: readonly ZoneKind[] = ['经开区', '高新区', '综改区', '农业示范区', '开发区', '其他'];
const LEVELS: readonly ZoneLevel[] = ['national', 'provincial', 'other'];

/** Checks the parsed JSON ({zones: [...]} or a bare array) and returns its entries. */
export function parseZoneEntries(json: unknown, file: string): ZoneEntry[] {
  const list = Array.isArray(json) ? json : (json as { zones?: unknown } | null)?.zones;
  if (!Array.isArray(list)) throw new Error(`${file}: expected {"zones": [...]}`);
  return list.map((raw: unknown, i): ZoneEntry => {
    const e = raw as Partial<ZoneEntry> | null;
    const where = `${file}: zones[${i}]`;
    if (!e || typeof e.name !== 'string' || !e.name) throw new Error(`${where}: missing "name"`);
    if (typeof e.short !== 'string') throw new Error(`${where} (${e.name}): missing "short"`);
    if (!e.kind || !KINDS.includes(e.kind)) throw new Error(`${where} (${e.name}): "kind" must be one of ${KINDS.join(', ')}`);
    if (!e.level || !LEVELS.includes(e.level)) throw new Error(`${where} (${e.name}): "level" must be one of ${LEVELS.join(', ')}`);
    if (typeof e.city !== 'string') throw new Error(`${where} (${e.name}): missing "city"`);
    return {
      name: e.name,
      short: e.short,
      aliases: Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [],
      kind: e.kind,
      level: e.level,
      province: typeof e.province === 'string' ? e.province : '山西省',
      city: e.city,
      county: typeof e.county === 'string' ? e.county : null,
      ...(typeof e.note === 'string' ? { note: e.note } : {}),
    };
  });
}

export function loadZoneEntries(file = DEFAULT_ZONES_FILE): ZoneEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read the zone registry: ${err instanceof Error ? err.message : String(err)}`);
  }
  return parseZoneEntries(json, file);
}

/** The registry of data/zones.json (or of another file in the same format). */
export function loadDefaultRegistry(file = DEFAULT_ZONES_FILE): ZoneRegistry {
  return createRegistry(loadZoneEntries(file));
}
