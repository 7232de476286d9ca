import type { ioPopulationOnDemandZh } from '../../zh-CN/on-demand/io-population.ts';

/**
 * English texts of population data: what it is, and reading the user’s tables, the keys of `zh-CN/on-demand/io-population.ts`.
 *
 * The part of this section that only code loaded with the on-demand texts names (`lazyScreen`,
 * `withOnDemandTexts`).
 */
export const ioPopulationOnDemandEn: Record<keyof typeof ioPopulationOnDemandZh, string> = {
  populationCountMissing: 'Population missing',
  populationNotNonNegative: '“{value}” is not a non-negative number',
  populationSchoolAgeNotNumber: '“{value}” is not a non-negative number; taken as empty',
  populationSchoolAgeTooLarge:
    'The school-age population {schoolAge} is larger than the population {population}; please check',
  populationCodeOrName: '{code} or {name}',
  populationNotATownship: '“{value}” is not a township of this district',
  populationCodeMissing: 'Township code missing',
  populationDuplicate: '{township} repeats row {row}',
  populationTownshipsMissing: '{file}: no population for these townships: {townships}',
  populationPointTownshipUnknown:
    '“{value}” is not a township of this district; the point counts for the township it lies in',
};
