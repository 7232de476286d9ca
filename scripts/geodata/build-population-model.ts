/**
 * The modelled default population of 港南区 (示例/模型估算): township totals from the number of
 * villages and communities (村委会/社区) in each, scaled so that 桥圩镇 — the one township with a
 * published figure — gets exactly that figure; then spread over 500 m grid cells inside each
 * (approximate) township boundary by the density model of `distributeTownshipTable`. Pure and
 * deterministic: same boundaries, seats and villages, same bytes.
 */

import {
  distributeTownshipTable,
  POPULATION_DENSITY_MODEL,
} from '../../src/analysis/distribute-township-table.ts';
import type { PopulationData, TownshipPopulation } from '../../src/domain/population.ts';
import type { TownshipCollection, TownshipSeatCollection, Village } from '../../src/domain/township.ts';

/**
 * The published figure the model is scaled to: 桥圩镇's registered (户籍) population at the end
 * of 2019, as quoted in the project's fact sheet (shared/data/README.md). The 2023 codes list 27
 * villages and communities in 桥圩镇 (the 2016 codes had 26), so one unit stands for
 * 124,725 ÷ 27 ≈ 4,619 people.
 */
export const REFERENCE_TOWNSHIP = {
  code: '450803100',
  name: '桥圩镇',
  registeredPopulation: 124_725,
  year: 2019,
} as const;

/** What the file and the app say about the model. */
export const POPULATION_MODEL_LABEL =
  '示例/模型估算（非统计数据）：各乡镇人口按村（社区）个数推算，以桥圩镇2019年末户籍人口124,725人为基准；乡镇内按距驻地远近分布到500米网格';

/** The inputs: the committed township boundaries, seats and villages. */
export interface PopulationModelSources {
  townships: TownshipCollection;
  seats: TownshipSeatCollection;
  villages: readonly Village[];
}

/**
 * Township totals: villages and communities per township × (reference population ÷ the
 * reference township's count), rounded to whole people.
 * @throws when the reference township has no villages in the list
 * @example modelTownshipPopulations(townships, villages).find((row) => row.code === '450803100')?.population // 124725
 */
export function modelTownshipPopulations(
  townships: TownshipCollection,
  villages: readonly Village[],
): TownshipPopulation[] {
  const unitsIn = (code: string): number =>
    villages.filter((village) => village.townshipCode === code).length;
  const referenceUnits = unitsIn(REFERENCE_TOWNSHIP.code);
  if (referenceUnits === 0) throw new Error(`villages.json has no village of ${REFERENCE_TOWNSHIP.name}`);
  const perUnit = REFERENCE_TOWNSHIP.registeredPopulation / referenceUnits;
  return townships.features.map((feature) => ({
    code: feature.properties.code,
    name: feature.properties.name,
    population: Math.round(unitsIn(feature.properties.code) * perUnit),
    schoolAgePopulation: null,
  }));
}

/**
 * Builds the modelled population.
 * @example buildPopulationModel(readGeodataFiles('geodata')).points.length // about 4,400 cells
 */
export function buildPopulationModel(sources: PopulationModelSources): PopulationData {
  return distributeTownshipTable(
    modelTownshipPopulations(sources.townships, sources.villages),
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
}

/**
 * The file text: the PopulationData fields plus a `note` on the method, one township or point
 * per line with a fixed key order, so a change shows up as a small diff.
 */
export function formatPopulationModel(data: PopulationData): string {
  const { cellMetres, floor, peak, scaleMetres } = POPULATION_DENSITY_MODEL;
  const note =
    `乡镇人口 = 村（社区）个数 × ${REFERENCE_TOWNSHIP.registeredPopulation} ÷ ${REFERENCE_TOWNSHIP.name}村（社区）个数；` +
    `网格 ${cellMetres} 米，权重 = ${floor} + ${peak}·exp(−(距驻地/${scaleMetres}米)²)，按累计值四舍五入取整（乡镇合计不变）。` +
    '见 geodata/README.md 与 docs/ANALYSIS.md。';
  const line = (record: unknown): string => JSON.stringify(record);
  return [
    `{"source":${line(data.source)},"label":${line(data.label)},"note":${line(note)},"townships":[`,
    data.townships.map(line).join(',\n'),
    '],"points":[',
    data.points.map(line).join(',\n'),
    ']}',
    '',
  ].join('\n');
}
