/** The population's part of the import flow: which table a file holds, and the population it gives. */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { guessMapping } from '../guess-column-mapping.ts';
import { SETTLEMENT_POPULATION_COLUMNS, SETTLEMENT_POPULATION_SYNONYMS } from '../population-columns.ts';
import { readSettlementPopulationTable, readTownshipPopulationTable } from '../read-population.ts';
import type { SourceTable } from '../source-table.ts';
import type { KnownTownship } from '../to-townships.ts';
import type { ImportChoices, PopulationTableKind } from './import-kinds.ts';

/** A table with coordinate columns holds settlement points; one without, township totals. */
export function guessPopulationTable(headers: readonly string[]): PopulationTableKind {
  const mapping = guessMapping(headers, SETTLEMENT_POPULATION_COLUMNS, SETTLEMENT_POPULATION_SYNONYMS);
  return mapping.经度 !== null && mapping.纬度 !== null ? 'settlement' : 'township';
}

/** The population table checked with the user's choices; pure. */
export function reviewPopulationImport(
  table: SourceTable,
  choices: ImportChoices['population'],
  known: readonly KnownTownship[],
  district: Feature<Polygon | MultiPolygon> | undefined,
) {
  if (choices.table === 'township') {
    return readTownshipPopulationTable(table, { knownTownships: known, mapping: choices.mapping });
  }
  return readSettlementPopulationTable(table, {
    knownTownships: known,
    mapping: choices.mapping,
    coords: choices.coords,
    ...(district ? { district } : {}),
  });
}

/** What a population review shows and commits. */
export type PopulationReview = ReturnType<typeof reviewPopulationImport>;
