// The templates' output language → document blocks. Pure.
//
// A briefing template (templates/*.hbs, handlebars) renders to plain lines, one directive each,
// so the wording and the order of sections live in the templates while layout stays in code:
//
//   @header-left TEXT / @header-right TEXT   running header (pages after the cover)
//   @footer TEXT          running footer; {page} and {pages} are replaced by the page numbers
//   @cover-title TEXT     @cover-line TEXT     @cover-note TEXT     (the cover page)
//   @page                 start a new page
//   @h1 TEXT              section heading, bookmark at level 1
//   @h2 TEXT              zone heading, bookmark at level 2 under the last @h1
//   @h3 TEXT              sub-heading, no bookmark
//   @lead TEXT            emphasised paragraph        @p TEXT      paragraph
//   @li TEXT              bullet item                 @note TEXT   small grey paragraph
//   @chart NAME           a chart the caller supplies by name
//   @table W1 W2 …        a table with relative column widths, then its rows:
//   @th A | B | C         header row (repeated after a page break)
//   @tr A | B | C         body row
//   @end                  end of the table
//
// Blank lines are ignored. "|" separates cells, so the view model writes a literal bar as "｜".

export type TextBlockKind = 'cover-title' | 'cover-line' | 'cover-note' | 'h1' | 'h2' | 'h3' | 'lead' | 'p' | 'li' | 'note';

export type Block =
  | { kind: TextBlockKind; text: string }
  | { kind: 'page' }
  | { kind: 'chart'; name: string }
  | { kind: 'table'; widths: number[]; header: string[] | null; rows: string[][] };

export interface DocumentBlocks {
  headerLeft: string;
  headerRight: string;
  footer: string;
  blocks: Block[];
}

/** A problem in a template's output, with the template name and output line. */
export class BlockSyntaxError extends Error {}

const TEXT_KINDS = new Set<string>(['cover-title', 'cover-line', 'cover-note', 'h1', 'h2', 'h3', 'lead', 'p', 'li', 'note']);

const cells = (rest: string): string[] => rest.split('|').map((c) => c.trim());

export function parseBlocks(output: string, template: string): DocumentBlocks {
  const doc: DocumentBlocks = { headerLeft: '', headerRight: '', footer: '', blocks: [] };
  let table: Extract<Block, { kind: 'table' }> | null = null;
  let tableLine = 0;
  const lines = output.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const fail = (why: string): never => {
      throw new BlockSyntaxError(`${template}: output line ${i + 1}: ${why}: ${JSON.stringify(line.slice(0, 80))}`);
    };
    const m = /^@([a-z0-9-]+)(?:\s+(.*))?$/.exec(line);
    if (!m) fail('expected a directive starting with @');
    const name = m![1]!;
    const rest = (m![2] ?? '').trim();
    if (table) {
      if (name === 'th') {
        if (table.header || table.rows.length) fail('@th must be the first row of a table');
        table.header = cells(rest);
      } else if (name === 'tr') {
        table.rows.push(cells(rest));
      } else if (name === 'end') {
        for (const row of [table.header ?? [], ...table.rows]) {
          if (row.length > table.widths.length) fail(`a row has ${row.length} cells but the table has ${table.widths.length} columns`);
        }
        doc.blocks.push(table);
        table = null;
      } else {
        fail(`@${name} inside the table opened on output line ${tableLine} (missing @end?)`);
      }
      return;
    }
    if (TEXT_KINDS.has(name)) {
      if (rest === '') fail(`@${name} needs a text`);
      doc.blocks.push({ kind: name as TextBlockKind, text: rest });
    } else if (name === 'page') {
      doc.blocks.push({ kind: 'page' });
    } else if (name === 'chart') {
      if (rest === '') fail('@chart needs a name');
      doc.blocks.push({ kind: 'chart', name: rest });
    } else if (name === 'table') {
      const widths = rest.split(/\s+/).map(Number);
      if (widths.length === 0 || widths.some((w) => !Number.isFinite(w) || w <= 0)) fail('@table needs positive column widths');
      table = { kind: 'table', widths, header: null, rows: [] };
      tableLine = i + 1;
    } else if (name === 'header-left') {
      doc.headerLeft = rest;
    } else if (name === 'header-right') {
      doc.headerRight = rest;
    } else if (name === 'footer') {
      doc.footer = rest;
    } else {
      fail(`unknown directive @${name}`);
    }
  });
  if (table) throw new BlockSyntaxError(`${template}: the table opened on output line ${tableLine} has no @end`);
  return doc;
}
