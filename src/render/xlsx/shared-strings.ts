// The shared-string table: texts that repeat on many rows (zones, labels, units) are stored once
// and cells refer to them by index.
import { xmlAttr } from './xml.js';

/** Leading or trailing white space, or a line break: kept only with xml:space="preserve". */
const NEEDS_PRESERVE = /^\s|\n|\s$/;

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];

  /** The index of `text`, added when new. */
  add(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.texts.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  /** xl/sharedStrings.xml: the opening, one <si> per text, the closing. */
  *xml(): Generator<string> {
    const n = this.texts.length;
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      + `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${n}" uniqueCount="${n}">`;
    for (const t of this.texts) yield `<si><t${NEEDS_PRESERVE.test(t) ? ' xml:space="preserve"' : ''}>${xmlAttr(t)}</t></si>`;
    yield '</sst>';
  }
}
