/**
 * Population points as columns of typed arrays: what the analysis worker keeps of a province's
 * million points. As objects, each point is three objects in the worker's heap (the point and the
 * boxes of its two coordinates); every full collection marks them all, about 100 ms for a
 * province, however little an edit allocated. As columns they are a few buffers the collector
 * does not look into.
 */
import type { PopulationData, PopulationPoint } from './population.ts';

/**
 * The points of a population as columns, in their order: what the coverage analysis reads of
 * them (place, population, township code, name). The children's ages are not kept: the seat
 * analysis, which reads them, runs in a worker of its own on the points as objects.
 */
export interface PointColumns {
  lon: Float64Array;
  lat: Float64Array;
  population: Float64Array;
  /** Of each point, its index in `townshipCodes` (the point's own code, '' when not known). */
  township: Int32Array;
  townshipCodes: string[];
  /** Of each point, its index in `names` ('' for grid cells). */
  name: Int32Array;
  names: string[];
}

/** A population whose points are kept as columns (see {@link packPopulation}). */
export type PackedPopulation = Omit<PopulationData, 'points'> & { points?: undefined; columns: PointColumns };

/** A population as the analysis takes it: points as objects, or packed into columns. */
export type AnalysisPopulation = PopulationData | PackedPopulation;

/** `text`'s index in `table`, added when new. */
function indexIn(table: string[], index: Map<string, number>, text: string): number {
  let found = index.get(text);
  if (found === undefined) {
    found = table.length;
    table.push(text);
    index.set(text, found);
  }
  return found;
}

/**
 * The points as columns: one pass. Neighbouring points mostly share a township and a name, so
 * the last lookup of each is kept.
 * @example packPoints([{ lon: 109.6, lat: 23.1, population: 120, schoolAgePopulation: null, name: '', townshipCode: '450803100' }]).townshipCodes // ['450803100']
 */
export function packPoints(points: readonly PopulationPoint[]): PointColumns {
  const count = points.length;
  const columns: PointColumns = {
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    population: new Float64Array(count),
    township: new Int32Array(count),
    townshipCodes: [],
    name: new Int32Array(count),
    names: [],
  };
  const codeIndex = new Map<string, number>();
  const nameIndex = new Map<string, number>();
  let lastCode: string | undefined;
  let lastCodeIndex = 0;
  let lastName: string | undefined;
  let lastNameIndex = 0;
  for (let position = 0; position < count; position++) {
    const point = points[position] as PopulationPoint;
    columns.lon[position] = point.lon;
    columns.lat[position] = point.lat;
    columns.population[position] = point.population;
    if (point.townshipCode !== lastCode) {
      lastCode = point.townshipCode;
      lastCodeIndex = indexIn(columns.townshipCodes, codeIndex, point.townshipCode);
    }
    columns.township[position] = lastCodeIndex;
    if (point.name !== lastName) {
      lastName = point.name;
      lastNameIndex = indexIn(columns.names, nameIndex, point.name);
    }
    columns.name[position] = lastNameIndex;
  }
  return columns;
}

/** The population with its points packed into columns (once per points array); a packed one as it is. */
export function packPopulation(population: AnalysisPopulation): PackedPopulation {
  if (population.points === undefined) return population;
  const { points: _objects, ...rest } = population;
  return { ...rest, columns: columnsOf(population) };
}

const packed = new WeakMap<readonly PopulationPoint[], PointColumns>();

/**
 * The points of a population as columns: its own when packed, else packed once per points array.
 * @example columnsOf(population).lon.length
 */
export function columnsOf(population: AnalysisPopulation): PointColumns {
  if (population.points === undefined) return population.columns;
  let columns = packed.get(population.points);
  if (!columns) {
    columns = packPoints(population.points);
    packed.set(population.points, columns);
  }
  return columns;
}

/** How many points a population has, objects or columns. */
export function pointCount(population: AnalysisPopulation): number {
  return population.points === undefined ? population.columns.lon.length : population.points.length;
}

/**
 * Whether two sets of columns hold the same points as far as the analysis reads them: place,
 * population, the point's own township code and its name.
 */
export function samePointColumns(first: PointColumns, second: PointColumns): boolean {
  if (first === second) return true;
  const count = first.lon.length;
  if (second.lon.length !== count) return false;
  for (let position = 0; position < count; position++) {
    if (
      !Object.is(first.lon[position], second.lon[position]) ||
      !Object.is(first.lat[position], second.lat[position]) ||
      !Object.is(first.population[position], second.population[position]) ||
      first.townshipCodes[first.township[position] ?? 0] !==
        second.townshipCodes[second.township[position] ?? 0] ||
      first.names[first.name[position] ?? 0] !== second.names[second.name[position] ?? 0]
    )
      return false;
  }
  return true;
}

/**
 * The points' places as objects (for road time, whose model snaps each point to the roads).
 * @example placesOf(columns)[0] // { lon: 109.6, lat: 23.1 }
 */
export function placesOf(columns: PointColumns): { lon: number; lat: number }[] {
  return Array.from(columns.lon, (lon, position) => ({ lon, lat: columns.lat[position] ?? Number.NaN }));
}
