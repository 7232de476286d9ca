/** English texts of population data: what it is, and reading the user’s tables. */
import type { ioPopulationZh } from '../zh-CN/io-population.ts';

export const ioPopulationEn: Record<keyof typeof ioPopulationZh, string> = {
  populationModel:
    'District total and age structure: 2020 census; township and grid distribution: modelled (the 516,598 residents shared among townships by their number of villages and communities, spread within each township over a 500 m grid by distance from its seat)',
  populationModelBrief: 'district total from the 2020 census, distribution modelled',
  populationImportedBrief: 'Imported: {file}',
  populationTownshipTable: 'Imported: {file} (township table, {count} townships, {total} people in all)',
  populationSettlements: 'Imported: {file} (settlement points, {count} points, {total} people in all)',
  populationSpreadOverGrid:
    '{population}; township totals spread over a {cellMetres} m grid by a density model around each seat (modelled)',
};
