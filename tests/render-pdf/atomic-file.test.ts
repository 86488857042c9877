// Outputs replace their target in one step: the old file stays whole until the new one is complete.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceFile, tempBeside, writeFileAtomic } from '../../src/render/atomic-file.js';

const dir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'zb-atomic-'));

describe('atomic output files', () => {
  it('writes into a directory it makes, and leaves only the file', () => {
    const d = dir();
    const file = path.join(d, '2026-01', 'briefing.pdf');
    writeFileAtomic(file, Buffer.from('第一版'));
    writeFileAtomic(file, Buffer.from('第二版'));
    expect(fs.readFileSync(file, 'utf8')).toBe('第二版');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['briefing.pdf']);
  });

  it('keeps the old file and removes the temporary one when writing fails', async () => {
    const d = dir();
    const file = path.join(d, 'workbook.xlsx');
    fs.writeFileSync(file, 'good');
    await expect(replaceFile(file, async (tmp) => {
      fs.writeFileSync(tmp, 'half');
      throw new Error('disk full');
    })).rejects.toThrow('disk full');
    expect(fs.readFileSync(file, 'utf8')).toBe('good');
    expect(fs.readdirSync(d)).toEqual(['workbook.xlsx']);
    await replaceFile(file, async (tmp) => { fs.writeFileSync(tmp, 'new'); });
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.readdirSync(d)).toEqual(['workbook.xlsx']);
  });

  it('gives every write its own hidden temporary path beside the target', () => {
    const a = tempBeside('/out/2026-01/workbook.xlsx');
    const b = tempBeside('/out/2026-01/workbook.xlsx');
    expect(a).not.toBe(b);
    for (const t of [a, b]) {
      expect(path.dirname(t)).toBe('/out/2026-01');
      expect(path.basename(t)).toMatch(/^\.workbook\.xlsx\.\d+\.[0-9a-z]+\.tmp$/);
    }
  });
});
