// The briefing templates (templates/*.hbs): wording and section order. Compiled once with
// handlebars `strict: true` (a misspelt field is an error, not an empty string) in an isolated
// handlebars environment; every .hbs file is also a partial under its base name. Errors name the
// template file and line.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { BriefingView } from '../view-model.js';

export class TemplateError extends Error {}

export interface BriefingTemplates {
  /** The full briefing. */
  briefing: (view: BriefingView) => string;
  /** One zone's briefing (--per-zone). */
  zoneBriefing: (view: BriefingView) => string;
}

/**
 * The build's precompiled templates (dist/templates.cjs under `root`), or none when there is no
 * build or it cannot be read: then every template is compiled at run time, as before.
 */
export function readPrecompiledTemplates(root: string): Record<string, PrecompiledTemplate> {
  const file = path.join(root, 'dist', 'templates.cjs');
  if (!fs.existsSync(file)) return {};
  try {
    return createRequire(import.meta.url)(file) as Record<string, PrecompiledTemplate>;
  } catch {
    return {};
  }
}

/** Reads every templates/*.hbs of `dir` (I/O edge): name without extension → source. */
export function readTemplateSources(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort();
  } catch (err) {
    throw new TemplateError(`${dir}: cannot read the templates folder (${(err as Error).message})`);
  }
  for (const f of names) out.set(f.slice(0, -4), fs.readFileSync(path.join(dir, f), 'utf8'));
  return out;
}

interface HbsError extends Error { lineNumber?: number; column?: number }

/** "templates/x.hbs:LINE: message" from a handlebars parse or strict-lookup error. */
function located(name: string, err: unknown): TemplateError {
  if (err instanceof TemplateError) return err;
  const e = err as HbsError;
  let line = e.lineNumber;
  // Parse errors carry the line only in the message: "Parse error on line 12:".
  const m = /on line (\d+)/.exec(e.message ?? '');
  if (line === undefined && m) line = Number(m[1]);
  const msg = (e.message ?? String(err)).replace(/ - \d+:\d+$/, '').split('\n')[0];
  return new TemplateError(`templates/${name}.hbs${line !== undefined ? `:${line}` : ''}: ${msg}`);
}

type Compiled = (view: BriefingView) => string;

/**
 * A template precompiled at build time (scripts/build.mjs writes dist/templates.cjs with
 * `Handlebars.precompile(source, { strict: true, noEscape: true })`), with the source it was
 * made from.
 */
export interface PrecompiledTemplate {
  source: string;
  spec: TemplateSpecification;
}

/**
 * Compiles all sources; `briefing` and `zone-briefing` must be among them. A template whose
 * source is exactly the one `precompiled` was made from uses that (no compile at run time);
 * any other — a template the user edited since the build — is compiled here.
 */
export function compileTemplates(
  sources: ReadonlyMap<string, string>,
  precompiled: Readonly<Record<string, PrecompiledTemplate>> = {},
): BriefingTemplates {
  const hbs = Handlebars.create();
  const compiled = new Map<string, Compiled>();
  for (const [name, source] of sources) {
    let fn: HandlebarsTemplateDelegate<BriefingView>;
    const ready = Object.hasOwn(precompiled, name) ? precompiled[name] : undefined;
    try {
      if (ready && ready.source === source) {
        fn = hbs.template<BriefingView>(ready.spec);
      } else {
        // handlebars compiles lazily, on first use; parsing now makes a syntax error surface
        // when the templates are loaded, naming the file, rather than in the middle of a render.
        hbs.parse(source);
        fn = hbs.compile<BriefingView>(source, { strict: true, noEscape: true });
      }
    } catch (err) {
      throw located(name, err);
    }
    const run = (view: BriefingView, options?: Handlebars.RuntimeOptions): string => {
      try {
        return fn(view, options);
      } catch (err) {
        throw located(name, err);
      }
    };
    compiled.set(name, (view) => run(view));
    // As a partial it receives the caller's context (a zone, a row) and runtime options.
    hbs.registerPartial(name, run as unknown as Handlebars.Template);
  }
  const need = (name: string): Compiled => {
    const fn = compiled.get(name);
    if (!fn) throw new TemplateError(`templates/${name}.hbs: missing`);
    return fn;
  };
  return { briefing: need('briefing'), zoneBriefing: need('zone-briefing') };
}
