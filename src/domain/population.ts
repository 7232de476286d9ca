/**
 * Population used by coverage figures: weighted points (grid-cell centres or settlements) and
 * township totals. The default is a labelled model; users import their own.
 */
import { type MessageValue, message } from './message.ts';
import type { SeatStage } from './seats.ts';

/** Where the population in use came from. */
export type PopulationSource = 'model' | 'township-table' | 'settlement-points';

/** One weighted point: a grid-cell centre or a settlement (village, community). */
export interface PopulationPoint {
  lon: number;
  lat: number;
  population: number;
  /** School-age population when known (for kind-specific figures), else null. */
  schoolAgePopulation: number | null;
  /** Settlement name, or '' for grid cells. */
  name: string;
  /** Township code when known ('' otherwise: then taken from the boundaries). */
  townshipCode: string;
  /** Children by single year of age in the base year (index = age, 0 … 17), when known. */
  ages?: number[];
  /** Children of each stage in the base year, when the file gives stages rather than single years. */
  stageChildren?: Partial<Record<SeatStage, number>>;
}

/** A township's total population. */
export interface TownshipPopulation {
  /** Township code (GB/T 2260). */
  code: string;
  name: string;
  population: number;
  schoolAgePopulation: number | null;
  /** Children by single year of age in the base year (index = age, 0 … 17), when known. */
  ages?: number[];
  /** Children of each stage in the base year, when the file gives stages rather than single years. */
  stageChildren?: Partial<Record<SeatStage, number>>;
}

/** The population in use. */
export interface PopulationData {
  source: PopulationSource;
  /**
   * A short label stored with the data: the imported file's name, or the model file's own
   * description. The interface says what the population is with {@link describePopulation}.
   */
  label: string;
  /** The file it was imported from, when imported. */
  file?: string;
  points: PopulationPoint[];
  townships: TownshipPopulation[];
  /** The year the figures (and the children's ages) refer to; absent = 2020 (DEFAULT_BASE_YEAR). */
  baseYear?: number;
}

/** A population to describe: its points as objects, or packed into columns (`PackedPopulation`, point-columns.ts). */
export type DescribedPopulation = Omit<PopulationData, 'points'> &
  ({ points: readonly PopulationPoint[] } | { points?: undefined; columns: { population: Float64Array } });

/**
 * What the population in use is, for the interface and the CLI: the sample model, or an
 * imported table or set of points with its file, size and total. Data saved before the file was
 * recorded says what its stored label says. `brief` gives just its name, for a slide.
 * @example describePopulation({ source: 'township-table', file: '人口.csv', townships, … }) // 导入：人口.csv（乡镇人口表，9 个乡镇，合计 516,598 人）
 */
export function describePopulation(population: DescribedPopulation, brief = false): MessageValue {
  if (population.source === 'model') return message(brief ? 'populationModelBrief' : 'populationModel');
  // The stored label's first clause names it (示例/模型估算（非统计数据）); the rest explains the method.
  if (population.file === undefined)
    return brief ? (population.label.split(/[：:]/)[0]?.trim() ?? '') : population.label;
  if (brief) return message('populationImportedBrief', { file: population.file });
  if (population.source === 'township-table') {
    const total = population.townships.reduce((sum, township) => sum + township.population, 0);
    return message('populationTownshipTable', {
      file: population.file,
      count: population.townships.length,
      total: Math.round(total).toLocaleString('en-US'),
    });
  }
  const weights = population.points ?? population.columns.population;
  let total = 0;
  for (const one of weights) total += typeof one === 'number' ? one : one.population;
  return message('populationSettlements', {
    file: population.file,
    count: weights.length,
    total: Math.round(total).toLocaleString('en-US'),
  });
}
