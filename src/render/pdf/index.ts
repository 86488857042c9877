// The PDF briefing: Report → view model → template text → blocks → pages → PDF bytes.
// Fonts and templates are loaded at the edge (loadBriefingResources) and passed in.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../types.js';
import { signedInvestmentChart } from '../chart.js';
import { briefingView, zoneBriefingView, type BriefingView, type ViewOptions } from '../view-model.js';
import { parseBlocks, type DocumentBlocks } from './blocks.js';
import { loadFonts, textWidth, type BriefingFonts } from './fonts.js';
import { A4, layoutDocument, type ChartBox, type LaidOutDocument } from './layout.js';
import { renderPdf, type PdfMetadata } from './renderer.js';
import { compileTemplates, readPrecompiledTemplates, readTemplateSources, type BriefingTemplates } from './templates.js';

export interface BriefingResources {
  fonts: BriefingFonts;
  templates: BriefingTemplates;
}

/** The project folder (the one holding templates/ and fonts/), found upwards from this module. */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'templates', 'briefing.hbs'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the zonebrief folder with templates/briefing.hbs');
    dir = up;
  }
}

const resourceCache = new Map<string, BriefingResources>();

/** Fonts and compiled templates from `root` (default: the project), loaded once per process. */
export function loadBriefingResources(root: string = projectRoot()): BriefingResources {
  let res = resourceCache.get(root);
  if (!res) {
    res = {
      fonts: loadFonts(path.join(root, 'fonts')),
      templates: compileTemplates(readTemplateSources(path.join(root, 'templates')), readPrecompiledTemplates(root)),
    };
    resourceCache.set(root, res);
  }
  return res;
}

export interface LaidOutBriefing {
  view: BriefingView;
  blocks: DocumentBlocks;
  charts: Record<string, ChartBox>;
  laid: LaidOutDocument;
}

function charts(view: BriefingView, fonts: BriefingFonts): Record<string, ChartBox> {
  const out: Record<string, ChartBox> = {};
  const contentW = A4.width - A4.margin.left - A4.margin.right;
  for (const chart of view.charts) out[chart.name] = signedInvestmentChart(chart, Math.round(contentW), fonts.family);
  return out;
}

/** Everything before pdfkit: pure given the resources, so tests can check positions and texts. */
export function layoutBriefing(view: BriefingView, res: BriefingResources, template: 'briefing' | 'zone-briefing'): LaidOutBriefing {
  const text = template === 'briefing' ? res.templates.briefing(view) : res.templates.zoneBriefing(view);
  const blocks = parseBlocks(text, `templates/${template}.hbs`);
  const boxes = charts(view, res.fonts);
  const laid = layoutDocument(blocks, textWidth(res.fonts), boxes);
  return { view, blocks, charts: boxes, laid };
}

function metadata(report: Report, view: BriefingView): PdfMetadata {
  const day = report.asOf ?? report.period.end;
  return {
    title: `${view.title} ${view.zoneOnly ? `${view.zoneOnly} ` : ''}${view.periodLabel}`,
    author: view.organisation,
    subject: `${view.periodLabel}开发区简报汇总：${view.zoneCount} 个开发区，${view.bulletinCount} 期简报`,
    keywords: ['开发区', view.periodKey, ...view.zones.map((z) => z.short || z.name)].join(', '),
    date: new Date(`${day}T00:00:00Z`),
  };
}

/** The full briefing as PDF bytes. */
export async function briefingPdf(report: Report, options: ViewOptions, res: BriefingResources): Promise<Buffer> {
  const { view, charts: boxes, laid } = layoutBriefing(briefingView(report, options), res, 'briefing');
  return renderPdf(laid, boxes, res.fonts, metadata(report, view));
}

/** One zone's briefing as PDF bytes (--per-zone). */
export async function zoneBriefingPdf(report: Report, zone: string, options: ViewOptions, res: BriefingResources): Promise<Buffer> {
  const { view, charts: boxes, laid } = layoutBriefing(zoneBriefingView(report, zone, options), res, 'zone-briefing');
  return renderPdf(laid, boxes, res.fonts, metadata(report, view));
}
