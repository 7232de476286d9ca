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
