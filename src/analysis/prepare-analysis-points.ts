/**
 * The population side of a district analysis, prepared once for every kind and scenario: the
 * points (a township table spread over a grid when there are none), the township of every point,
 * the townships as areas 0 … n − 1, and the coverage frame the nearest-school searches run on.
 * It depends on the population and the boundaries only, so an analysis session keeps it from one
 * edit of the schools or the rules to the next.
 */
import { type MessageValue, message } from '../domain/message.ts';
import {
  type AnalysisPopulation,
  columnsOf,
  type PackedPopulation,
  type PointColumns,
  packPopulation,
  pointCount,
} from '../domain/point-columns.ts';
import { describePopulation } from '../domain/population.ts';
import type { TownshipCollection } from '../domain/township.ts';
import { townshipLocator } from './assign-population-townships.ts';
import { distributeTownshipTable, POPULATION_DENSITY_MODEL } from './distribute-township-table.ts';
import type { GapSource } from './gap-points.ts';
import { type CoverageFrame, prepareCoverage } from './prepare-coverage.ts';

/** The prepared population of an analysis. */
export interface AnalysisPoints {
  /**
   * The population used: the input's, or its township table spread over a grid; its points as
   * columns only (no point object is kept, however the population came).
   */
  population: PackedPopulation;
  /** What the population is, for the interface. */
  description: MessageValue;
  /** The points as columns (`population.columns`). */
  points: PointColumns;
  /** Township code of every point ('' for none): its own, else the boundary it lies in. */
  pointTownships: readonly string[];
  /** The points as columns with the township of `pointTownships`, to gather gap points from. */
  gapSource: GapSource;
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
  inputPopulation: AnalysisPopulation,
  townships: TownshipCollection,
): AnalysisPoints {
  const population =
    pointCount(inputPopulation) === 0 && inputPopulation.townships.length > 0
      ? packPopulation(
          distributeTownshipTable(inputPopulation.townships, townships, {
            source: inputPopulation.source,
            label: inputPopulation.label,
          }),
        )
      : inputPopulation;
  // A township table has no points: spread over a grid by a model, which the description says.
  const description =
    population === inputPopulation
      ? describePopulation(inputPopulation)
      : message('populationSpreadOverGrid', {
          population: describePopulation(inputPopulation),
          cellMetres: POPULATION_DENSITY_MODEL.cellMetres,
        });
  const points = columnsOf(population);

  // Townships as areas 0 … n − 1 (one per distinct code).
  const areaByCode = new Map<string, number>();
  const areaCodes: string[] = [];
  for (const feature of townships.features) {
    const code = feature.properties.code;
    if (code === '' || areaByCode.has(code)) continue;
    areaByCode.set(code, areaCodes.length);
    areaCodes.push(code);
  }
  // The columns are read once, in order, for the whole analysis: the township of every point is
  // found here, and the preparation of the coverage reads only the columns.
  const count = points.lon.length;
  const read: ReadColumns = {
    coordinates: new Float64Array(count * 2),
    areaOfPoint: new Int32Array(count),
    weights: new Float64Array(count),
    areaPopulation: new Float64Array(areaCodes.length),
    gapTownship: new Int32Array(count),
    gapTownshipCodes: [],
    pointTownships: new Array(count),
    sums: new Float64Array(2),
  };
  readColumns(points, townshipLocator(townships), areaByCode, read);
  const { coordinates, areaOfPoint, weights, areaPopulation, gapTownship, gapTownshipCodes, pointTownships } =
    read;
  const districtPopulation = read.sums[0] ?? 0;
  const outsideTownships = read.sums[1] ?? 0;
  const gapSource: GapSource = {
    lon: points.lon,
    lat: points.lat,
    population: points.population,
    township: gapTownship,
    townshipCodes: gapTownshipCodes,
    name: points.name,
    names: points.names,
  };
  return {
    population: packPopulation(population),
    description,
    points,
    pointTownships,
    gapSource,
    areaByCode,
    areaCodes,
    areaOfPoint,
    weights,
    areaPopulation,
    districtPopulation,
    outsideTownships,
    frame: prepareCoverage(coordinates, weights, areaOfPoint, areaCodes.length),
  };
}

/** What {@link readColumns} fills: per point, per area and the two sums (district, outside every township). */
interface ReadColumns {
  coordinates: Float64Array;
  areaOfPoint: Int32Array;
  weights: Float64Array;
  areaPopulation: Float64Array;
  gapTownship: Int32Array;
  gapTownshipCodes: string[];
  pointTownships: string[];
  sums: Float64Array;
}

/**
 * The township, area, weight and coordinates of every point, in one pass over the columns.
 * Nothing follows its loop: code after a long loop that was compiled while the loop ran has
 * never run, and would be thrown away and entered again at the end of every call.
 */
function readColumns(
  points: PointColumns,
  townshipOf: (townshipCode: string, lon: number, lat: number) => string,
  areaByCode: Map<string, number>,
  read: ReadColumns,
): void {
  const { lon: lons, lat: lats, population: populations, township: ownTownship, townshipCodes } = points;
  const {
    coordinates,
    areaOfPoint,
    weights,
    areaPopulation,
    gapTownship,
    gapTownshipCodes,
    pointTownships,
    sums,
  } = read;
  const gapTownshipIndex = new Map<string, number>();
  let lastCode: string | undefined;
  let lastArea = -1;
  let lastGapTownship = -1;
  let district = 0;
  let outside = 0;
  for (let position = 0; position < lons.length; position++) {
    const lon = lons[position] ?? Number.NaN;
    const lat = lats[position] ?? Number.NaN;
    const code = townshipOf(townshipCodes[ownTownship[position] ?? 0] ?? '', lon, lat);
    if (code !== lastCode) {
      lastCode = code;
      lastArea = areaByCode.get(code) ?? -1;
      lastGapTownship = gapTownshipIndex.get(code) ?? -1;
      if (lastGapTownship < 0) {
        lastGapTownship = gapTownshipCodes.push(code) - 1;
        gapTownshipIndex.set(code, lastGapTownship);
      }
    }
    const weight = populations[position] ?? 0;
    coordinates[position * 2] = lon;
    coordinates[position * 2 + 1] = lat;
    areaOfPoint[position] = lastArea;
    weights[position] = weight;
    gapTownship[position] = lastGapTownship;
    pointTownships[position] = code;
    district += weight;
    sums[0] = district;
    if (lastArea >= 0) areaPopulation[lastArea] = (areaPopulation[lastArea] ?? 0) + weight;
    else if (code === '') {
      outside += weight;
      sums[1] = outside;
    }
  }
}
