// Where each zone's records land on the list sheets. The list sheets keep the Report's zone order,
// so every zone's rows are one contiguous block: 概览 links to the block's first row, and the
// totals' fallback formulas find a figure's row from its reference number.
import type { Figure, Report, Stage, Status } from '../../types.js';

/** A zone's rows on a list sheet: `count` rows from `first` (1-based; row 1 is the header). */
export interface RowBlock { first: number; count: number }

export interface WorkbookLayout {
  /** Row of each zone (by index in report.zones) on 开发区. */
  zoneRow: number[];
  indicators: RowBlock[];
  projects: RowBlock[];
  articles: RowBlock[];
  /** Last used row of each list sheet (1 when it has only its header). */
  lastRow: { zones: number; indicators: number; projects: number; targets: number; articles: number };
  /** 指标 row of the first figure that carries reference number `ref`. */
  indicatorRow(ref: number): number | undefined;
}

/** Every figure in sheet order. */
export function* figuresInOrder(report: Report): Generator<Figure> {
  for (const z of report.zones) yield* z.figures;
}

export function layoutWorkbook(report: Report): WorkbookLayout {
  const blocks = (count: (i: number) => number): { blocks: RowBlock[]; last: number } => {
    let next = 2;
    const out = report.zones.map((_, i) => {
      const b = { first: next, count: count(i) };
      next += b.count;
      return b;
    });
    return { blocks: out, last: next - 1 };
  };
  const zs = report.zones;
  const ind = blocks((i) => zs[i]?.figures.length ?? 0);
  const prj = blocks((i) => zs[i]?.projects.length ?? 0);
  const art = blocks((i) => zs[i]?.articles.length ?? 0);
  const tgt = blocks((i) => zs[i]?.targets.length ?? 0);

  // Only a total that falls back from SUMIFS to SUM asks for rows, so the index is built on first use.
  let rowByRef: Map<number, number> | null = null;
  const indicatorRow = (ref: number): number | undefined => {
    if (!rowByRef) {
      const index = new Map<number, number>();
      let row = 2;
      for (const figure of figuresInOrder(report)) {
        for (const s of figure.sources) if (!index.has(s.ref)) index.set(s.ref, row);
        row++;
      }
      rowByRef = index;
    }
    return rowByRef.get(ref);
  };
  return {
    zoneRow: zs.map((_, i) => i + 2),
    indicators: ind.blocks,
    projects: prj.blocks,
    articles: art.blocks,
    lastRow: { zones: zs.length + 1, indicators: ind.last, projects: prj.last, targets: tgt.last, articles: art.last },
    indicatorRow,
  };
}

export const STATUS_LABEL: Record<Status, string> = { actual: '实际', target: '目标' };

export const STAGE_LABEL: Record<Stage, string> = {
  signed: '签约', started: '开工', ongoing: '在建', completed: '竣工投产', planned: '谋划储备',
};

/** Reference numbers as printed in the briefing: "[3]、[7]". */
export const refList = (refs: readonly number[]): string => refs.map((r) => `[${r}]`).join('、');
