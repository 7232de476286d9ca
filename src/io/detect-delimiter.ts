/** Which character separates the columns of a delimited text file. */
import Papa from 'papaparse';
import type { MessageKey } from '../domain/message.ts';

/** Column separators the importer recognises. */
export type Delimiter = ',' | '\t' | ';' | '|' | '，';

/** The catalogue's names of the separators, for previews and notes. */
export const DELIMITER_NAMES: Record<Delimiter, MessageKey> = {
  ',': 'delimiterComma',
  '\t': 'delimiterTab',
  ';': 'delimiterSemicolon',
  '|': 'delimiterBar',
  '，': 'delimiterFullWidthComma',
};

/** Tried in this order; the first that splits the sample consistently wins. */
const PREFERRED: readonly Delimiter[] = ['\t', ',', ';', '|'];

/** How many rows of the file are enough to judge. */
const SAMPLE_ROWS = 30;

/** At most this many one-cell title rows (港南区学校名录（2019年）) may stand above the header. */
const TITLE_ROWS_AT_MOST = 3;

interface Consistency {
  /** Columns of the header row under this separator. */
  columns: number;
  /** Share of the sampled data rows with that many columns. */
  share: number;
  /** One-cell rows passed over above the header. */
  titles: number;
}

function consistency(text: string, delimiter: Delimiter): Consistency {
  const rows = Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    preview: SAMPLE_ROWS,
    skipEmptyLines: 'greedy',
  }).data;
  // The header is the first row this separator splits; one-cell rows above it are titles.
  const headerIndex = rows.findIndex((row) => row.length >= 2);
  if (headerIndex < 0 || headerIndex > TITLE_ROWS_AT_MOST)
    return { columns: rows[0]?.length ?? 0, share: 0, titles: 0 };
  const columns = rows[headerIndex]?.length ?? 0;
  const data = rows.slice(headerIndex + 1);
  // A split row at the very end of the sample, with nothing like it below, is no header.
  if (data.length === 0) return { columns, share: headerIndex === 0 ? 1 : 0, titles: headerIndex };
  return {
    columns,
    share: data.filter((row) => row.length === columns).length / data.length,
    titles: headerIndex,
  };
}

/**
 * The separator of a delimited text: tab, comma, semicolon or vertical bar, whichever splits
 * the header into two or more columns and keeps that count in (almost) every row. Up to three
 * one-cell title rows above the header are passed over. A Chinese
 * full-width comma is chosen only when nothing else splits the header: it appears inside
 * ordinary Chinese text, so it is a separator only when it is the only candidate.
 * @param text decoded text with LF line endings
 * @example detectDelimiter('名称\t经度\n甲\t109') // '\t'
 */
export function detectDelimiter(text: string): Delimiter {
  const scores = PREFERRED.map((delimiter) => ({ delimiter, ...consistency(text, delimiter) }));
  const isConsistent = (score: Consistency) => score.columns >= 2 && score.share >= 0.9;
  // A separator that splits the very first row beats one that needs title rows passed over:
  // a tab inside a few cells must not make the rows above it look like titles.
  const consistent =
    scores.find((score) => isConsistent(score) && score.titles === 0) ?? scores.find(isConsistent);
  if (consistent) return consistent.delimiter;
  const best = scores
    .filter((score) => score.columns >= 2)
    .sort((a, b) => b.share - a.share || b.columns - a.columns)[0];
  if (best) return best.delimiter;
  return consistency(text, '，').columns >= 2 ? '，' : ',';
}
