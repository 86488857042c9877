import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, loadConfig, parseConfig } from '../../src/config.js';

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-config-'));

describe('loadConfig', () => {
  it('gives the defaults when there is no zonebrief.config.json', () => {
    expect(loadConfig(tmp())).toEqual(DEFAULT_CONFIG);
  });

  it('reads zonebrief.config.json from the working directory, keeping defaults for absent keys', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'zonebrief.config.json'), '\uFEFF{"organisation": "示例市开发区服务中心"}');
    expect(loadConfig(dir)).toEqual({ ...DEFAULT_CONFIG, organisation: '示例市开发区服务中心' });
  });

  it('fails when an explicit --config file is missing, naming it', () => {
    const dir = tmp();
    expect(() => loadConfig(dir, 'nope.json')).toThrow(new RegExp(`${path.join(dir, 'nope.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: cannot read`));
  });
});

describe('parseConfig', () => {
  it('names the file and line of bad JSON', () => {
    const text = '{\n  "organisation": "示例",\n  "title": \n}\n';
    expect(() => parseConfig(text, '/x/zonebrief.config.json')).toThrow(ConfigError);
    expect(() => parseConfig(text, '/x/zonebrief.config.json')).toThrow(/^\/x\/zonebrief\.config\.json:4: not valid JSON/);
  });

  it('rejects unknown keys and wrong types with the file name', () => {
    expect(() => parseConfig('{"organization": "x"}', 'c.json')).toThrow(/^c\.json: unknown key "organization"/);
    expect(() => parseConfig('{"title": 3}', 'c.json')).toThrow(/^c\.json: "title" must be a non-empty text/);
    expect(() => parseConfig('[]', 'c.json')).toThrow(/must be a JSON object/);
  });

  it('accepts a null subtitle', () => {
    expect(parseConfig('{"subtitle": null, "title": "月报"}', 'c.json')).toEqual({ ...DEFAULT_CONFIG, title: '月报', subtitle: null });
  });
});
