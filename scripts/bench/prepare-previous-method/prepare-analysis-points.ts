/**
 * A copy of src/analysis/prepare-analysis-points.ts as it was on main at 3f19a31, kept as the previous method of the
 * benchmark (scripts/bench/prepare-points-bench.ts) and the equality tests; not used by the app.
 */
/**
 * The population side of a district analysis, prepared once for every kind and scenario: the
 * points (a township table spread over a grid when there are none), the township of every point,
 * the townships as areas 0 … n − 1, and the coverage frame the nearest-school searches run on.
 * It depends on the population and the boundaries only, so an analysis session keeps it from one
 * edit of the schools or the rules to the next.
 */

import {
  distributeTownshipTable,
  POPULATION_DENSITY_MODEL,
} from '../../../src/analysis/distribute-township-table.ts';
import type { CoverageFrame } from '../../../src/analysis/prepare-coverage.ts';
import { type MessageValue, message } from '../../../src/domain/message.ts';
import {
  describePopulation,
  type PopulationData,
  type PopulationPoint,
} from '../../../src/domain/population.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { assignPopulationTownships } from './assign-population-townships.ts';
import { prepareCoverage } from './prepare-coverage.ts';

/** The prepared population of an analysis. */
export interface AnalysisPoints {
  /** The population used: the input's, or its township table spread over a grid. */
  population: PopulationData;
  /** What the population is, for the interface. */
  description: MessageValue;
  points: readonly PopulationPoint[];
  /** Township code of every point ('' for none). */
  pointTownships: readonly string[];
  /** Area index of every township code, and the codes by area. */
  areaByCode: Map<string, number>;
  areaCodes: string[];
  areaOfPoint: Int32Array;
  weights: Float64Array;
  areaPopulation: Float64Array;
  districtPopulation: number;
  /** Population of the points outside every township boundary. */
  outsideTownships: number;
  frame: CoverageFrame;
}

/**
 * Prepares the population of an analysis (see {@link AnalysisPoints}).
 * @example prepareAnalysisPoints(population, townships).frame.prepared.order.length
 */
export function prepareAnalysisPoints(
  inputPopulation: PopulationData,
  townships: TownshipCollection,
): AnalysisPoints {
  const population =
    inputPopulation.points.length === 0 && inputPopulation.townships.length > 0
      ? {
          ...distributeTownshipTable(inputPopulation.townships, townships, {
            source: inputPopulation.source,
            label: inputPopulation.label,
          }),
        }
      : inputPopulation;
  // A township table has no points: spread over a grid by a model, which the description says.
  const description =
    population === inputPopulation
      ? describePopulation(inputPopulation)
      : message('populationSpreadOverGrid', {
          population: describePopulation(inputPopulation),
          cellMetres: POPULATION_DENSITY_MODEL.cellMetres,
        });
  const points = population.points;
  const pointTownships = assignPopulationTownships(points, townships);

  // Townships as areas 0 … n − 1 (one per distinct code); every point gets its area once.
  const areaByCode = new Map<string, number>();
  const areaCodes: string[] = [];
  for (const feature of townships.features) {
    const code = feature.properties.code;
    if (code === '' || areaByCode.has(code)) continue;
    areaByCode.set(code, areaCodes.length);
    areaCodes.push(code);
  }
  const areaOfPoint = new Int32Array(points.length);
  const weights = new Float64Array(points.length);
  const areaPopulation = new Float64Array(areaCodes.length);
  let districtPopulation = 0;
  let outsideTownships = 0;
  let lastCode: string | undefined;
  let lastArea = -1;
  for (let position = 0; position < points.length; position++) {
    const code = pointTownships[position] ?? '';
    if (code !== lastCode) {
      lastCode = code;
      lastArea = areaByCode.get(code) ?? -1;
    }
    const weight = (points[position] as PopulationPoint).population ?? 0;
    areaOfPoint[position] = lastArea;
    weights[position] = weight;
    districtPopulation += weight;
    if (lastArea >= 0) areaPopulation[lastArea] = (areaPopulation[lastArea] ?? 0) + weight;
    else if (code === '') outsideTownships += weight;
  }
  return {
    population,
    description,
    points,
    pointTownships,
    areaByCode,
    areaCodes,
    areaOfPoint,
    weights,
    areaPopulation,
    districtPopulation,
    outsideTownships,
    frame: prepareCoverage(points, weights, areaOfPoint, areaCodes.length),
  };
}
