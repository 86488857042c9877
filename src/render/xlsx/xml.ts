// XML escaping for the workbook's parts.

const TEXT_SPECIAL = /[&<>]/g;
const TEXT_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Element text (cell text and formulas): only & < > need escaping. */
export const xmlText = (s: string): string => (TEXT_SPECIAL.test(s) ? s.replace(TEXT_SPECIAL, (c) => TEXT_ENTITY[c] ?? c) : s);

// Quotes escaped for attributes; the control characters XML cannot hold (and DEL) dropped, as exceljs
// does in the parts it wrote (attributes, properties, shared strings), so those parts read the same.
const ATTR_SPECIAL = /["&'<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const ATTR_ENTITY: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Attribute values, and text where exceljs's escaping is kept (shared strings, document properties). */
export const xmlAttr = (s: string): string => (ATTR_SPECIAL.test(s) ? s.replace(ATTR_SPECIAL, (c) => ATTR_ENTITY[c] ?? '') : s);
