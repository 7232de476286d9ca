/**
 * The population side of a district analysis, prepared once for every kind and scenario: the
 * points (a township table spread over a grid when there are none), the township of every point,
 * the townships as areas 0 … n − 1, and the coverage frame the nearest-school searches run on.
 * It depends on the population and the boundaries only, so an analysis session keeps it from one
 * edit of the schools or the rules to the next.
 */
import { type MessageValue, message } from '../domain/message.ts';
import { describePopulation, type PopulationData, type PopulationPoint } from '../domain/population.ts';
import type { TownshipCollection } from '../domain/township.ts';
import { townshipLocator } from './assign-population-townships.ts';
import { distributeTownshipTable, POPULATION_DENSITY_MODEL } from './distribute-township-table.ts';
import { type CoverageFrame, prepareCoverage } from './prepare-coverage.ts';

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

  // Townships as areas 0 … n − 1 (one per distinct code).
  const areaByCode = new Map<string, number>();
  const areaCodes: string[] = [];
  for (const feature of townships.features) {
    const code = feature.properties.code;
    if (code === '' || areaByCode.has(code)) continue;
    areaByCode.set(code, areaCodes.length);
    areaCodes.push(code);
  }
  // The point objects are read once, in order, for the whole analysis: coordinates, population
  // and township go to columns here, and the preparation of the coverage reads only the columns.
  const count = points.length;
  const coordinates = new Float64Array(count * 2);
  const areaOfPoint = new Int32Array(count);
  const weights = new Float64Array(count);
  const areaPopulation = new Float64Array(areaCodes.length);
  const townshipOf = townshipLocator(townships);
  let districtPopulation = 0;
  let outsideTownships = 0;
  let lastCode: string | undefined;
  let lastArea = -1;
  const pointTownships = points.map((point, position) => {
    const lon = point.lon;
    const lat = point.lat;
    const code = townshipOf(point.townshipCode, lon, lat);
    if (code !== lastCode) {
      lastCode = code;
      lastArea = areaByCode.get(code) ?? -1;
    }
    const weight = point.population ?? 0;
    coordinates[position * 2] = lon;
    coordinates[position * 2 + 1] = lat;
    areaOfPoint[position] = lastArea;
    weights[position] = weight;
    districtPopulation += weight;
    if (lastArea >= 0) areaPopulation[lastArea] = (areaPopulation[lastArea] ?? 0) + weight;
    else if (code === '') outsideTownships += weight;
    return code;
  });
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
    frame: prepareCoverage(points, weights, areaOfPoint, areaCodes.length, coordinates),
  };
}
