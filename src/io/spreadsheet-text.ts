/**
 * Guarding text cells against formula injection (OWASP "CSV Injection"): a cell that starts
 * with = + - @ (or their full-width forms, a tab or a carriage return) is run as a formula by
 * Excel and WPS, so exports put an apostrophe before it, and imports take that apostrophe off
 * again so that export → import gives back the same text.
 */

/** First characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_START = /^[=+\-@＝＋－＠\t\r]/;

/**
 * The text with a leading apostrophe when it would start a formula, or when it starts with an
 * apostrophe itself (so that the unescaping below is exactly reversible).
 * @example escapeSpreadsheetText('=SUM(A1:A3)') // "'=SUM(A1:A3)"
 */
export function escapeSpreadsheetText(text: string): string {
  return FORMULA_START.test(text) || text.startsWith("'") ? `'${text}` : text;
}

/**
 * The text without the apostrophe that {@link escapeSpreadsheetText} (or a user following the
 * same advice) put before a formula-like start or before another apostrophe.
 * @example unescapeSpreadsheetText("'=SUM(A1:A3)") // '=SUM(A1:A3)'
 * @example unescapeSpreadsheetText("'80后") // "'80后" (kept: nothing to protect)
 */
export function unescapeSpreadsheetText(text: string): string {
  if (!text.startsWith("'")) return text;
  const rest = text.slice(1);
  return FORMULA_START.test(rest) || rest.startsWith("'") ? rest : text;
}

/**
 * Texts that write-excel-file 4.1.1 cannot store: it indexes shared strings in a plain object,
 * so a cell reading exactly "constructor", "toString" or "__proto__" finds Object.prototype's
 * member instead of an index and the workbook gets a broken cell (found by the round-trip
 * property test). Exports add a zero-width space to these, and imports take it off again.
 */
const OBJECT_MEMBER_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The mark added after such a text: invisible in Excel, and never trimmed by String.trim. */
const WORKBOOK_TEXT_MARK = '\u200B';

function isMarkedMemberName(text: string): boolean {
  const base = text.replace(/\u200B+$/, '');
  return base !== text && OBJECT_MEMBER_NAMES.has(base);
}

/**
 * The text as an .xlsx export stores it: an Object.prototype member name (or one already
 * followed by zero-width spaces, so the scheme stays reversible) gets one more zero-width space.
 * @example escapeWorkbookText('constructor') // 'constructor\u200B'
 */
export function escapeWorkbookText(text: string): string {
  return OBJECT_MEMBER_NAMES.has(text) || isMarkedMemberName(text) ? `${text}${WORKBOOK_TEXT_MARK}` : text;
}

/**
 * The text without the mark {@link escapeWorkbookText} added.
 * @example unescapeWorkbookText('constructor\u200B') // 'constructor'
 */
export function unescapeWorkbookText(text: string): string {
  return isMarkedMemberName(text) ? text.slice(0, -1) : text;
}
