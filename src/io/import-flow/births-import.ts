/** The births' part of the import flow: the table checked, and the forecast assumptions it gives. */
import type { SeatForecastAssumptions } from '../../domain/seats.ts';
import { type BirthsFigures, readBirthsTable } from '../read-births.ts';
import type { SourceTable } from '../source-table.ts';
import type { KnownTownship } from '../to-townships.ts';
import type { ImportChoices } from './import-kinds.ts';

/** The births table checked with the user's column choices; pure. */
export function reviewBirthsImport(
  table: SourceTable,
  choices: ImportChoices['births'],
  known: readonly KnownTownship[],
) {
  return readBirthsTable(table, { knownTownships: known, mapping: choices.mapping });
}

/** What a births review shows and commits. */
export type BirthsReview = ReturnType<typeof reviewBirthsImport>;

/**
 * The forecast's assumptions with the imported births in place of the births it had (typed or
 * imported before); the yearly change and the migration rates stay as they were.
 */
export function withImportedBirths(
  forecast: SeatForecastAssumptions,
  figures: BirthsFigures,
  file: string,
): SeatForecastAssumptions {
  return { ...forecast, births: figures.district, townshipBirths: figures.townships, birthsFile: file };
}
