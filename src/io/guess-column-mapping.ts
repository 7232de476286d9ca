/**
 * Which of a file's columns holds which canonical column: guessed from names and synonyms,
 * overridable by the user, and remembered per header set.
 */
import { ROSTER_COLUMNS, type RosterColumn } from '../domain/school.ts';
import { normaliseHeader } from './header-key.ts';
import { ROSTER_COLUMN_SYNONYMS } from './roster-column-synonyms.ts';

export { mappingKey, normaliseHeader } from './header-key.ts';

/** For every canonical column, the file's header that holds it, or null when none does. */
export type ColumnMapping<Column extends string = RosterColumn> = Record<Column, string | null>;

/** A user's choices: a header for a column, or null for 「不导入」; absent columns are guessed. */
export type ColumnMappingOverride<Column extends string = RosterColumn> = Partial<
  Record<Column, string | null>
>;

/** The header without a trailing unit or note in brackets: 投资（万元） → 投资. */
function withoutBracketedSuffix(normalised: string): string {
  return normalised.replace(/[([{【［<].*$/, '');
}

/**
 * Guesses a mapping for any set of canonical columns: first headers equal to a canonical name,
 * then synonyms, then the same after dropping a bracketed unit. Each header is used once.
 * @param synonyms for every canonical column its other names (normalised or not)
 */
export function guessMapping<Column extends string>(
  headers: readonly string[],
  columns: readonly Column[],
  synonyms: Record<Column, readonly string[]>,
): ColumnMapping<Column> {
  const mapping = Object.fromEntries(columns.map((column) => [column, null])) as ColumnMapping<Column>;
  const used = new Set<string>();
  const normalised = headers.map(normaliseHeader);
  const assign = (matches: (header: string, column: Column) => boolean) => {
    for (const column of columns) {
      if (mapping[column] !== null) continue;
      const index = headers.findIndex(
        (header, position) => !used.has(header) && matches(normalised[position] ?? '', column),
      );
      const header = headers[index];
      if (header !== undefined) {
        mapping[column] = header;
        used.add(header);
      }
    }
  };
  const names = (column: Column) => new Set([column, ...synonyms[column]].map(normaliseHeader));
  const nameSets = new Map(columns.map((column) => [column, names(column)]));
  assign((header, column) => header === normaliseHeader(column));
  assign((header, column) => nameSets.get(column)?.has(header) ?? false);
  assign((header, column) => nameSets.get(column)?.has(withoutBracketedSuffix(header)) ?? false);
  return mapping;
}

/**
 * Guesses which header holds each canonical roster column.
 * @example guessColumnMapping(['name', 'lng', 'lat', 'type']).经度 // 'lng'
 */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  return guessMapping(headers, ROSTER_COLUMNS, ROSTER_COLUMN_SYNONYMS);
}

/**
 * A guess with the user's choices laid over it. A header the user assigns to one column is
 * taken away from any other column the guess gave it to; headers not in the file are ignored.
 */
export function applyMappingOverride<Column extends string>(
  guess: ColumnMapping<Column>,
  override: ColumnMappingOverride<Column> | undefined,
  headers: readonly string[],
): ColumnMapping<Column> {
  if (!override) return guess;
  const mapping = { ...guess };
  for (const [column, header] of Object.entries(override) as [Column, string | null | undefined][]) {
    // Own keys only: a column named like an Object.prototype member (constructor) is not a column.
    if (header === undefined || !Object.hasOwn(mapping, column)) continue;
    if (header !== null && !headers.includes(header)) continue;
    if (header !== null) {
      for (const other of Object.keys(mapping) as Column[]) {
        if (mapping[other] === header) mapping[other] = null;
      }
    }
    mapping[column] = header;
  }
  return mapping;
}
