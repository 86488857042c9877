// The user-edited config file: zonebrief.config.json in the working directory, or --config PATH.
// Staff edit it by hand, so a missing file means defaults and a broken one gets a message that
// names the file, the line and what to fix.
import fs from 'node:fs';
import path from 'node:path';

export interface ZonebriefConfig {
  /** Issuing organisation printed on the cover and as the PDF author. */
  organisation: string;
  /** Title of the briefing, printed on the cover and in the page header. */
  title: string;
  /** Optional line under the title on the cover (e.g. a confidentiality note); null for none. */
  subtitle: string | null;
}

export const CONFIG_FILE_NAME = 'zonebrief.config.json';

export const DEFAULT_CONFIG: Readonly<ZonebriefConfig> = Object.freeze({
  organisation: '开发区工作简报编辑组',
  title: '开发区工作简报',
  subtitle: null,
});

export class ConfigError extends Error {}

/** Where the config comes from: the explicit path, else the default file name in `cwd`. */
export function configPath(cwd: string, explicit?: string): string {
  return path.resolve(cwd, explicit ?? CONFIG_FILE_NAME);
}

/**
 * Reads the config. An absent default file gives the defaults; an absent explicit --config file
 * is an error (the user asked for it). Unknown keys are rejected so a typo does not go unnoticed.
 */
export function loadConfig(cwd: string, explicit?: string): ZonebriefConfig {
  const file = configPath(cwd, explicit);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && explicit === undefined) return { ...DEFAULT_CONFIG };
    throw new ConfigError(`${file}: cannot read the config file (${(err as Error).message})`);
  }
  return parseConfig(text, file);
}

/** Parses and checks config text; `file` is only used in messages. Pure. */
export function parseConfig(text: string, file: string): ZonebriefConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(`${file}${jsonErrorLine(text, err)}: not valid JSON (${(err as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${file}: the config must be a JSON object like {"organisation": "…"}`);
  }
  const obj = raw as Record<string, unknown>;
  const known = new Set(Object.keys(DEFAULT_CONFIG));
  for (const key of Object.keys(obj)) {
    if (!known.has(key)) throw new ConfigError(`${file}: unknown key "${key}" (known keys: ${[...known].join(', ')})`);
  }
  const str = (key: keyof ZonebriefConfig, allowNull: boolean): string | null | undefined => {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (v === null && allowNull) return null;
    if (typeof v !== 'string' || v.trim() === '') {
      throw new ConfigError(`${file}: "${key}" must be a non-empty text${allowNull ? ' or null' : ''}`);
    }
    return v.trim();
  };
  return {
    organisation: str('organisation', false) ?? DEFAULT_CONFIG.organisation,
    title: str('title', false) ?? DEFAULT_CONFIG.title,
    subtitle: str('subtitle', true) ?? DEFAULT_CONFIG.subtitle,
  };
}

/**
 * ":LINE" of the first syntax error. Node 20's JSON.parse does not always say where the error is
 * ("Unexpected token '}', ... is not valid JSON"), so a small scanner finds the offset itself.
 */
function jsonErrorLine(text: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : '';
  const pos = /position (\d+)/.exec(msg);
  const at = pos ? Number(pos[1]) : jsonErrorOffset(text);
  return at === null ? '' : `:${text.slice(0, at).split('\n').length}`;
}

/** Offset of the first JSON syntax error in `text`, or null if none is found. */
export function jsonErrorOffset(text: string): number | null {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  class Bad { constructor(readonly at: number) {} }
  const ws = (): void => { while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++; };
  const expect = (s: string): void => {
    if (text.startsWith(s, i)) i += s.length;
    else throw new Bad(i);
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++; ws();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        ws(); if (text[i] !== '"') throw new Bad(i);
        str(); ws(); expect(':'); value(); ws();
        if (text[i] === ',') { i++; continue; }
        expect('}'); return;
      }
    }
    if (c === '[') {
      i++; ws();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (text[i] === ',') { i++; continue; }
        expect(']'); return;
      }
    }
    if (c === '"') return str();
    const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!lit) throw new Bad(i);
    i += lit[0].length;
  };
  const str = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') throw new Bad(i);
      i += text[i] === '\\' ? 2 : 1;
    }
    expect('"');
  };
  try {
    value(); ws();
    return i < text.length ? i : null;
  } catch (e) {
    if (e instanceof Bad) return e.at;
    throw e;
  }
}
