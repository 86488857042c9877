import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { compileTemplates, readTemplateSources, TemplateError, type PrecompiledTemplate } from '../../src/render/pdf/templates.js';
import { projectRoot } from '../../src/render/pdf/index.js';
import { briefingView } from '../../src/render/view-model.js';
import { parseBlocks } from '../../src/render/pdf/blocks.js';
import { emptyReport, sampleReport } from '../fixtures/sample-report.js';

const OPTIONS = { organisation: '示例中心', title: '开发区工作简报', subtitle: '内部资料' };
const sources = readTemplateSources(path.join(projectRoot(), 'templates'));

describe('the project templates', () => {
  it('render the sample report into valid directives, in section order', () => {
    const t = compileTemplates(sources);
    const doc = parseBlocks(t.briefing(briefingView(sampleReport(), OPTIONS)), 'briefing');
    const h1 = doc.blocks.flatMap((b) => (b.kind === 'h1' ? [b.text] : []));
    expect(h1).toEqual(['本期要点', '签约投资排名', '各开发区情况', '数据来源', '数据说明']);
    expect(doc.blocks).toContainEqual({ kind: 'cover-line', text: '内部资料' });
  });

  it('render an empty period as a short notice', () => {
    const t = compileTemplates(sources);
    const doc = parseBlocks(t.briefing(briefingView(emptyReport(), OPTIONS)), 'briefing');
    expect(doc.blocks.filter((b) => b.kind === 'h1')).toEqual([{ kind: 'h1', text: '本期概况' }]);
  });
});

describe('template errors', () => {
  const withBriefing = (src: string): Map<string, string> => new Map([...sources, ['briefing', src]]);

  it('name the template and line of a misspelt field (strict mode)', () => {
    const t = compileTemplates(withBriefing('@h1 {{title}}\n\n@p {{organization}}\n'));
    expect(() => t.briefing(briefingView(sampleReport(), OPTIONS))).toThrow(TemplateError);
    expect(() => t.briefing(briefingView(sampleReport(), OPTIONS))).toThrow(/^templates\/briefing\.hbs:3: "organization" not defined/);
  });

  it('name the partial where the error is', () => {
    const t = compileTemplates(new Map([...sources, ['zone-section', '@h2 {{heading}}\n@p {{nope}}']]));
    expect(() => t.briefing(briefingView(sampleReport(), OPTIONS))).toThrow(/^templates\/zone-section\.hbs:2: "nope" not defined/);
  });

  it('name the template and line of a syntax error at compile time', () => {
    expect(() => compileTemplates(withBriefing('@h1 ok\n@p {{#if title}}\n'))).toThrow(/^templates\/briefing\.hbs:\d+: /);
    expect(() => compileTemplates(withBriefing('@h1 ok\n@p {{title}\n'))).toThrow(/^templates\/briefing\.hbs:2: Parse error/);
  });
});

describe('precompiled templates (the build\'s dist/templates.cjs)', () => {
  // The module the build writes, loaded the way Node would load dist/templates.cjs.
  const loadPrecompiled = async (): Promise<Record<string, PrecompiledTemplate>> => {
    const { precompiledTemplatesModule } = await import('../../scripts/precompile-templates.mjs' as string) as { precompiledTemplatesModule: (dir: string) => string };
    const module = { exports: {} as Record<string, PrecompiledTemplate> };
    new Function('module', precompiledTemplatesModule(path.join(projectRoot(), 'templates')))(module);
    return module.exports;
  };

  it('give exactly the text of templates compiled at run time', async () => {
    const pre = await loadPrecompiled();
    expect(Object.keys(pre).sort()).toEqual([...sources.keys()].sort());
    const view = briefingView(sampleReport(), OPTIONS);
    expect(compileTemplates(sources, pre).briefing(view)).toBe(compileTemplates(sources).briefing(view));
    const empty = briefingView(emptyReport(), OPTIONS);
    expect(compileTemplates(sources, pre).briefing(empty)).toBe(compileTemplates(sources).briefing(empty));
  });

  it('are not used for a template edited since the build: the file on disk wins', async () => {
    const pre = await loadPrecompiled();
    const edited = new Map(sources);
    edited.set('briefing', `${sources.get('briefing')}\n@p 本模板已修改\n`);
    const text = compileTemplates(edited, pre).briefing(briefingView(sampleReport(), OPTIONS));
    expect(text).toContain('本模板已修改');
  });

  it('still name the template and line of a strict-mode error', async () => {
    const pre = await loadPrecompiled();
    const src = '@h1 {{title}}\n\n@p {{organization}}\n';
    const spec = { ...pre, briefing: { source: src, spec: (await import('handlebars')).default.precompile(src, { strict: true, noEscape: true }) } };
    // precompile returns source text; evaluate it as the generated module would hold it
    const evaluated = { ...spec, briefing: { source: src, spec: new Function(`return ${spec.briefing.spec as unknown as string}`)() as TemplateSpecification } };
    const t = compileTemplates(new Map([...sources, ['briefing', src]]), evaluated);
    expect(() => t.briefing(briefingView(sampleReport(), OPTIONS))).toThrow(/^templates\/briefing\.hbs:3: "organization" not defined/);
  });
});
