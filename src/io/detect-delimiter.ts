/** Which character separates the columns of a delimited text file. */
import Papa from 'papaparse';

/** Column separators the importer recognises. */
export type Delimiter = ',' | '\t' | ';' | '|' | '，';

/** Chinese names of the separators, for previews. */
export const DELIMITER_LABELS: Record<Delimiter, string> = {
  ',': '逗号',
  '\t': '制表符',
  ';': '分号',
  '|': '竖线',
  '，': '中文逗号',
};

/** Tried in this order; the first that splits the sample consistently wins. */
const PREFERRED: readonly Delimiter[] = ['\t', ',', ';', '|'];

/** How many rows of the file are enough to judge. */
const SAMPLE_ROWS = 30;

function consistency(text: string, delimiter: Delimiter): { columns: number; share: number } {
  const rows = Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    preview: SAMPLE_ROWS,
    skipEmptyLines: 'greedy',
  }).data;
  const [header, ...data] = rows;
  const columns = header?.length ?? 0;
  if (columns < 2) return { columns, share: 0 };
  if (data.length === 0) return { columns, share: 1 };
  return { columns, share: data.filter((row) => row.length === columns).length / data.length };
}

/**
 * The separator of a delimited text: tab, comma, semicolon or vertical bar, whichever splits
 * the header into two or more columns and keeps that count in (almost) every row. A Chinese
 * full-width comma is chosen only when nothing else splits the header: it appears inside
 * ordinary Chinese text, so it is a separator only when it is the only candidate.
 * @param text decoded text with LF line endings
 * @example detectDelimiter('名称\t经度\n甲\t109') // '\t'
 */
export function detectDelimiter(text: string): Delimiter {
  const scores = PREFERRED.map((delimiter) => ({ delimiter, ...consistency(text, delimiter) }));
  const consistent = scores.find((score) => score.columns >= 2 && score.share >= 0.9);
  if (consistent) return consistent.delimiter;
  const best = scores
    .filter((score) => score.columns >= 2)
    .sort((a, b) => b.share - a.share || b.columns - a.columns)[0];
  if (best) return best.delimiter;
  return consistency(text, '，').columns >= 2 ? '，' : ',';
}
