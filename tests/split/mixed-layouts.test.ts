// A page pasted together from two layouts: articles with their headline above, then articles with
// their headline under the text (or the other way round). Layout is read per part, not per file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/read/lines.js';
import { splitArticles } from '../../src/split/index.js';
import { loadDefaultRegistry } from '../../src/zones/load.js';
import type { ArticleDraft } from '../../src/types.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/bulletins');
const registry = loadDefaultRegistry();
const read = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8').replace(/\s+$/, '');
const summary = (a: ArticleDraft) => ({ zone: a.zoneAsPrinted, title: a.title, kicker: a.kicker, date: a.date, authors: a.authors });
const articles = (text: string) => splitArticles(toLines(text), registry, 'mixed.txt').articles.map(summary);

describe('pages mixing head-first and body-first articles', () => {
  const headFirst = read('head-first.txt');
  const columns = read('columns.txt');

  it('head-first articles, then body-first ones: each part read in its own layout', () => {
    expect(articles(`${headFirst}\n\n${columns}\n`)).toEqual([...articles(headFirst), ...articles(columns)]);
  });

  // Not handled yet: body-first then head-first with nothing between the last closing headline
  // group and the first opening one — the two groups read as one (see the report of issue 2).
});
