// What the scorer tests share: where ../shared's scorer and variant writer are, extracting a
// folder in-process, running score.mjs on the result, and listing the figures below a threshold.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractBulletin, toExtractionOutput } from '../../src/extract.js';
import type { ZoneRegistry } from '../../src/zones/registry.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(REPO, '../shared');
export const SCORER = path.join(SHARED, 'eval/score.mjs');
export const VARIANTS_SCRIPT = path.join(SHARED, 'eval/variants.py');

/** The encodings and layouts ../shared/eval/variants.py writes; gold applies to each unchanged. */
export const VARIANTS = ['utf8-bom', 'gb18030', 'utf16le', 'crlf', 'wrapped', 'fullwidth'] as const;

export type Scores = Record<string, Record<string, number>>;

/** A minimum score; keys as score.mjs --json reports them (articles.f1, period.accuracy …). */
export interface Threshold {
  key: string;
  min: number;
  issue?: number;
}

/** Extracts every .txt of `dir`, writes the JSON to `outFile` and scores it against `goldDir`. */
export function scoreFolder(dir: string, goldDir: string, outFile: string, registry: ZoneRegistry): Scores {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const bulletins = files.map((f) => extractBulletin(new Uint8Array(fs.readFileSync(path.join(dir, f))), { file: f, registry }));
  fs.writeFileSync(outFile, JSON.stringify(toExtractionOutput(bulletins)));
  return JSON.parse(execFileSync(process.execPath, [SCORER, goldDir, outFile, '--json'], { encoding: 'utf8' })) as Scores;
}

/** One line per figure below its threshold; empty when all hold. */
export function belowThresholds(scores: Scores, thresholds: readonly Threshold[]): string[] {
  return thresholds
    .map((t) => {
      const [group, figure] = t.key.split('.') as [string, string];
      return { ...t, got: scores[group]?.[figure] ?? Number.NaN };
    })
    .filter((t) => !(t.got >= t.min))
    .map((t) => `${t.key} = ${t.got.toFixed(3)} < ${t.min}${t.issue ? ` (issue ${t.issue})` : ''}`);
}
