/**
 * The modelled default population of 港南区: the district's total and age structure from the 2020
 * census; below the district a model — township totals in proportion to their villages and
 * communities (村委会/社区), then spread over 500 m grid cells inside each (approximate) township
 * boundary by the density model of `distributeTownshipTable`, children by single year of age going
 * with the people. Pure and deterministic: same boundaries, seats, villages and census, same bytes.
 */

import {
  distributeTownshipTable,
  POPULATION_DENSITY_MODEL,
} from '../../src/analysis/distribute-township-table.ts';
import { roundCumulatively } from '../../src/analysis/seats/round-cumulatively.ts';
import type { PopulationData, TownshipPopulation } from '../../src/domain/population.ts';
import { CHILD_AGE_COUNT } from '../../src/domain/seats.ts';
import type { TownshipCollection, TownshipSeatCollection, Village } from '../../src/domain/township.ts';
import { CENSUS_YEAR, type DistrictCensus } from './read-census.ts';

/**
 * What the file and the app say about the model: which figures are the census's and which are
 * modelled.
 */
export const POPULATION_MODEL_LABEL = '区级总数与年龄结构：2020年人口普查；乡镇及网格分布：模型估算';

/** The inputs: the committed township boundaries, seats and villages, and the census figures. */
export interface PopulationModelSources {
  townships: TownshipCollection;
  seats: TownshipSeatCollection;
  villages: readonly Village[];
  census: DistrictCensus;
}

/** The census's age bands up to 19, as [first age, last age] by column. */
const AGE_BANDS: readonly [string, number, number][] = [
  ['AGES_0', 0, 0],
  ['AGES_1-4', 1, 4],
  ['AGES_5-9', 5, 9],
  ['AGES_10-14', 10, 14],
  ['AGES_15-19', 15, 19],
];

/**
 * Children of the district by single year of age, 0 … 17: each census band's share of the
 * resident population, made whole (round(population × share)), then spread evenly over the band's
 * years by cumulative rounding (the 15–19 band gives ages 15, 16 and 17).
 * @throws when the census lacks one of the bands
 * @example districtChildrenByAge(census)[0] // 5476 = round(516598 × 0.0106)
 */
export function districtChildrenByAge(census: DistrictCensus): number[] {
  const ages = new Array<number>(CHILD_AGE_COUNT).fill(0);
  for (const [column, first, last] of AGE_BANDS) {
    const share = census.ageShares[column];
    if (share === undefined) throw new Error(`the census has no ${column}`);
    const years = last - first + 1;
    const total = Math.round(census.population * share);
    const spread = roundCumulatively(new Array<number>(years).fill(total / years));
    for (let age = first; age <= last && age < CHILD_AGE_COUNT; age++) ages[age] = spread[age - first] ?? 0;
  }
  return ages;
}

/**
 * Township rows: the census total shared in proportion to each township's villages and
 * communities, and every age's children shared in proportion to the townships' totals — whole
 * people by cumulative rounding over the townships, so the district's figures are kept exactly.
 * @throws when no township has a village in the list
 * @example modelTownshipPopulations(townships, villages, census).reduce((sum, row) => sum + row.population, 0) // 516598
 */
export function modelTownshipPopulations(
  townships: TownshipCollection,
  villages: readonly Village[],
  census: DistrictCensus,
): TownshipPopulation[] {
  const units = townships.features.map(
    (feature) => villages.filter((village) => village.townshipCode === feature.properties.code).length,
  );
  const allUnits = units.reduce((sum, count) => sum + count, 0);
  if (allUnits === 0) throw new Error('villages.json has no village of the townships');
  const totals = roundCumulatively(units.map((count) => (census.population * count) / allUnits));
  const children = districtChildrenByAge(census);
  const agesByTownship = children.map((count) =>
    roundCumulatively(Array.from(totals, (total) => (count * total) / census.population)),
  );
  return townships.features.map((feature, position) => ({
    code: feature.properties.code,
    name: feature.properties.name,
    population: totals[position] ?? 0,
    schoolAgePopulation: null,
    ages: agesByTownship.map((shares) => shares[position] ?? 0),
  }));
}

/**
 * Builds the modelled population.
 * @example buildPopulationModel({ ...readGeodataFiles('geodata'), census }).points.length // about 4,400 cells
 */
export function buildPopulationModel(sources: PopulationModelSources): PopulationData {
  const model = distributeTownshipTable(
    modelTownshipPopulations(sources.townships, sources.villages, sources.census),
    sources.townships,
    {
      seats: sources.seats.features.map((seat) => ({
        code: seat.properties.code,
        lon: seat.geometry.coordinates[0] ?? 0,
        lat: seat.geometry.coordinates[1] ?? 0,
      })),
      cellMetres: POPULATION_DENSITY_MODEL.cellMetres,
      source: 'model',
      label: POPULATION_MODEL_LABEL,
    },
  );
  return { ...model, baseYear: CENSUS_YEAR };
}

/**
 * The file text: the PopulationData fields plus a `note` on the method, one township or point
 * per line with a fixed key order, so a change shows up as a small diff.
 */
export function formatPopulationModel(data: PopulationData, census: DistrictCensus): string {
  const { cellMetres, floor, peak, scaleMetres } = POPULATION_DENSITY_MODEL;
  const note =
    `区级常住人口 ${census.population} 人与分年龄结构取自2020年第七次全国人口普查分县资料（geodata/census-2020/）；` +
    '单岁儿童数 = 各年龄组人数在组内平均分配；' +
    '乡镇人口 = 区级常住人口按村（社区）个数比例分配（模型估算，非统计数据），各单岁儿童数按乡镇人口比例分配；' +
    `网格 ${cellMetres} 米，权重 = ${floor} + ${peak}·exp(−(距驻地/${scaleMetres}米)²)，按累计值四舍五入取整（合计不变）。` +
    '见 geodata/README.md 与 docs/ANALYSIS.md。';
  const line = (record: unknown): string => JSON.stringify(record);
  return [
    `{"source":${line(data.source)},"label":${line(data.label)},"baseYear":${line(data.baseYear)},"note":${line(note)},"townships":[`,
    data.townships.map(line).join(',\n'),
    '],"points":[',
    data.points.map(line).join(',\n'),
    ']}',
    '',
  ].join('\n');
}
