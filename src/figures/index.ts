// Figures stage: indicators and named projects of one article. (Being written; returns nothing yet.)
import type { ArticleDraft, Diagnostic, Indicator, Project } from '../types.js';
import type { LineIndex } from '../read/mapped-text.js';
import type { ZoneRegistry } from '../zones/registry.js';

export interface FigureContext {
  /** The whole decoded bulletin: spans and evidence refer to it. */
  decoded: string;
  lines: LineIndex;
  article: ArticleDraft;
  /** The article's resolved zone (official name), or null. */
  zone: string | null;
  issueYear: number | null;
  registry: ZoneRegistry;
  /** Base name of the bulletin file, for diagnostics. */
  file: string;
}

export interface FigureResult {
  indicators: Indicator[];
  projects: Project[];
  diagnostics: Diagnostic[];
}

export function findFigures(_ctx: FigureContext): FigureResult {
  return { indicators: [], projects: [], diagnostics: [] };
}
