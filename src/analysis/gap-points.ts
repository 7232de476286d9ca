/**
 * The gaps of a kind — population points beyond the threshold of every school — as columns of
 * typed arrays: a province has half a million of them, cheap to gather this way and to transfer
 * from the analysis worker, where objects cost time to build and to clone.
 */
import type { FeatureCollection } from 'geojson';
import { type PointColumns, packPoints } from '../domain/point-columns.ts';
import type { PopulationPoint } from '../domain/population.ts';
import { copyRun } from './patch-gap-list.ts';

/** A population point beyond the service radius of every school of a kind: a gap on the map. */
export interface GapPoint {
  lon: number;
  lat: number;
  population: number;
  /** Settlement name, '' for grid cells. */
  name: string;
  townshipCode: string;
  /** Metres (minutes, with road time) to the nearest school of the kind; null when none is reachable. */
  distance: number | null;
}

/** Gap points as columns, in the order of the analysed population points. */
export interface GapPoints {
  lon: Float64Array;
  lat: Float64Array;
  population: Float64Array;
  /** Metres (minutes, with road time) to the nearest school of the kind; NaN when none is reachable. */
  distance: Float64Array;
  /** Of each point, its index in `townshipCodes` (a code, '' for none). */
  township: Int32Array;
  townshipCodes: string[];
  /** Of each point, its index in `names` (a settlement name, '' for grid cells). */
  name: Int32Array;
  names: string[];
}

/** No gap points. */
export function emptyGapPoints(): GapPoints {
  return gatherGapPoints(gapSourceOf([], []), [], () => Number.NaN);
}

/**
 * Every population point as columns, to gather gaps from, with the township each point lies in
 * (made once per prepared population, in `prepareAnalysisPoints`).
 */
export type GapSource = PointColumns;

/**
 * The points as columns, with the township code of each (`pointTownships`, same order), as
 * `prepareAnalysisPoints` makes them in its pass over the columns.
 * @example gatherGapPoints(gapSourceOf(points, pointTownships), measured.gapPositions, (gap) => measured.gapDistances[gap])
 */
export function gapSourceOf(
  points: readonly PopulationPoint[],
  pointTownships: readonly string[],
): GapSource {
  return packPoints(
    points.map((point, position) => ({ ...point, townshipCode: pointTownships[position] ?? '' })),
  );
}

/**
 * The gap points at `positions` of the source, with their distances (`costAt`: the distance of
 * the gap at that index; Infinity or NaN: none reachable). The code and name tables are the source's.
 * @example gatherGapPoints(source, measured.gapPositions, (gap) => measured.gapDistances[gap])
 */
export function gatherGapPoints(
  source: GapSource,
  positions: ArrayLike<number>,
  costAt: (gap: number) => number,
): GapPoints {
  const gaps = emptyColumns(source, positions.length);
  for (let gap = 0; gap < positions.length; gap++)
    fillGap(gaps, source, gap, positions[gap] ?? 0, costAt(gap));
  return gaps;
}

/** Columns for `count` gap points, with the source's code and name tables. */
function emptyColumns(source: GapSource, count: number): GapPoints {
  return {
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    population: new Float64Array(count),
    distance: new Float64Array(count),
    township: new Int32Array(count),
    townshipCodes: source.townshipCodes,
    name: new Int32Array(count),
    names: source.names,
  };
}

/** Gap `gap` from the source's point at `position`, `cost` its distance (Infinity or NaN: none reachable). */
function fillGap(gaps: GapPoints, source: GapSource, gap: number, position: number, cost: number): void {
  gaps.lon[gap] = source.lon[position] ?? Number.NaN;
  gaps.lat[gap] = source.lat[position] ?? Number.NaN;
  gaps.population[gap] = source.population[position] ?? 0;
  gaps.distance[gap] = cost < Number.POSITIVE_INFINITY ? cost : Number.NaN;
  gaps.township[gap] = source.township[position] ?? 0;
  gaps.name[gap] = source.name[position] ?? 0;
}

/**
 * The gap points at `positions`, made from `previous` (gathered for an earlier list) where the
 * lists agree — `runs`: previous index, new index and length, in threes — and from the source at
 * the new indices `fresh`: equal to `gatherGapPoints(source, positions, costAt)` when the runs
 * say truly where the two lists agree.
 * @example patchGapPoints(source, lastGaps, patch.runs, patch.fresh, measured.gapPositions, (gap) => measured.gapDistances[gap])
 */
export function patchGapPoints(
  source: GapSource,
  previous: GapPoints,
  runs: Int32Array,
  fresh: Int32Array,
  positions: ArrayLike<number>,
  costAt: (gap: number) => number,
): GapPoints {
  const gaps = emptyColumns(source, positions.length);
  const columns = ['lon', 'lat', 'population', 'distance', 'township', 'name'] as const;
  for (let run = 0; run + 2 < runs.length; run += 3) {
    const from = runs[run] ?? 0;
    const at = runs[run + 1] ?? 0;
    const length = runs[run + 2] ?? 0;
    for (const column of columns) copyRun(previous[column], gaps[column], from, at, length);
  }
  for (const gap of fresh) fillGap(gaps, source, gap, positions[gap] ?? 0, costAt(gap));
  return gaps;
}

/**
 * Gap points as columns from objects (the inverse of `gapPointList`).
 * @example gapPointsOf([{ lon: 109.6, lat: 23.1, population: 120, name: '某村', townshipCode: '450803101', distance: 4200 }])
 */
export function gapPointsOf(list: readonly GapPoint[]): GapPoints {
  const points = list.map((gap) => ({ ...gap, schoolAgePopulation: null }));
  return gatherGapPoints(
    gapSourceOf(
      points,
      list.map((gap) => gap.townshipCode),
    ),
    Array.from(list, (_, gap) => gap),
    (gap) => list[gap]?.distance ?? Number.POSITIVE_INFINITY,
  );
}

/** How many gap points. */
export function gapCount(gaps: GapPoints): number {
  return gaps.lon.length;
}

/** Gap point `gap` as an object. */
export function gapPointAt(gaps: GapPoints, gap: number): GapPoint {
  const distance = gaps.distance[gap] ?? Number.NaN;
  return {
    lon: gaps.lon[gap] ?? Number.NaN,
    lat: gaps.lat[gap] ?? Number.NaN,
    population: gaps.population[gap] ?? 0,
    name: gaps.names[gaps.name[gap] ?? 0] ?? '',
    townshipCode: gaps.townshipCodes[gaps.township[gap] ?? 0] ?? '',
    distance: Number.isNaN(distance) ? null : distance,
  };
}

/**
 * The gap points as objects, in order (for tables, tests and small districts; the map reads the columns).
 * @example gapPointList(analysis.gaps.primary).map((gap) => gap.name)
 */
export function gapPointList(gaps: GapPoints): GapPoint[] {
  return Array.from({ length: gapCount(gaps) }, (_, gap) => gapPointAt(gaps, gap));
}

/** The typed arrays of gap points, to transfer from a worker rather than copy. */
export function gapBuffers(gaps: GapPoints): ArrayBuffer[] {
  return [gaps.lon, gaps.lat, gaps.population, gaps.distance, gaps.township, gaps.name].map(
    (column) => column.buffer as ArrayBuffer,
  );
}

/**
 * The gap points as GeoJSON for a map layer: population, name, township code and the distance
 * under `distanceKey` (`distance` in metres, `minutes` with road time; null when none is reachable).
 * @example gapFeatures(analysis.gaps.primary, 'distance').features[0].properties.population
 */
export function gapFeatures(
  gaps: GapPoints | undefined,
  distanceKey: 'distance' | 'minutes',
): FeatureCollection {
  const count = gaps ? gapCount(gaps) : 0;
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, gap) => {
      const point = gapPointAt(gaps as GapPoints, gap);
      return {
        type: 'Feature',
        properties: {
          population: point.population,
          name: point.name,
          townshipCode: point.townshipCode,
          [distanceKey]: point.distance,
        },
        geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
      };
    }),
  };
}
