/**
 * Population used by coverage figures: weighted points (grid-cell centres or settlements) and
 * township totals. The default is a labelled model; users import their own.
 */
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
  /** What to show the user about it, in Chinese, e.g. 示例/模型估算：按村（社区）数分配. */
  label: string;
  points: PopulationPoint[];
  townships: TownshipPopulation[];
  /** The year the figures (and the children's ages) refer to; absent = 2020 (DEFAULT_BASE_YEAR). */
  baseYear?: number;
}
