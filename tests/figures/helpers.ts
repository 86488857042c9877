// Runs the figures stage over a text of our own, as one article whose body is the whole text.
import { findFigures, type FigureResult } from '../../src/figures/index.js';
import { LineIndex } from '../../src/read/mapped-text.js';
import { fakeRegistry } from './fake-registry.js';

export interface Options {
  zone?: string | null;
  issueYear?: number | null;
}

export function figuresOf(text: string, opts: Options = {}): FigureResult {
  return findFigures({
    decoded: text,
    lines: new LineIndex(text),
    article: {
      index: 0, zoneAsPrinted: null, title: 'test', kicker: null, date: null, authors: [],
      spans: [{ start: 0, end: text.length, line: 1 }],
      body: [{ start: 0, end: text.length, line: 1 }],
    },
    zone: opts.zone === undefined ? '襄垣经济技术开发区' : opts.zone,
    issueYear: opts.issueYear === undefined ? 2026 : opts.issueYear,
    registry: fakeRegistry,
    file: 'test.txt',
  });
}

/** Indicators as compact rows: metric value unit [~] status from..to. */
export function rows(text: string, opts: Options = {}): string[] {
  return figuresOf(text, opts).indicators.map((i) =>
    `${i.metric} ${i.value}${i.unit}${i.approx ? '~' : ''} ${i.status} ${i.period.from ?? '_'}..${i.period.to ?? '_'}`
    + (i.yoy === null ? '' : ` yoy ${i.yoy}`));
}
