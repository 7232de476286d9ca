/**
 * The base year of an imported population that counts children but names no year (no 年份
 * column): the year its children's ages refer to, 2020 unless the user says otherwise.
 */
import type { PopulationData } from './population.ts';

/** Whether any township or place of the population counts children by age or by stage. */
export function countsChildren(population: PopulationData): boolean {
  const counts = (entry: { ages?: number[]; stageChildren?: object }) =>
    entry.ages !== undefined || entry.stageChildren !== undefined;
  return population.townships.some(counts) || population.points.some(counts);
}

/**
 * The population as it will be used: its own year, else the year chosen on import.
 * @example withChosenBaseYear(population, 2022).baseYear // 2022 when the file had no 年份
 */
export function withChosenBaseYear(population: PopulationData, year: number | null): PopulationData {
  return population.baseYear !== undefined || year === null || !countsChildren(population)
    ? population
    : { ...population, baseYear: year };
}
