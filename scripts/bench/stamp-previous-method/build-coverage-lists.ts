/**
 * The coverage lists by stamping as they were built before the lattice's unit vectors came from
 * tables and the rows' bounds from their edges (prepare-stamp-lattice.ts, collect-stamped-runs.ts
 * of this folder, copied unchanged), kept only to be timed beside the current code in
 * scripts/bench/suggest-bench.ts; never used by the atlas.
 */
import { MessageError, message } from '../../../src/domain/message.ts';
import { collectStampedRuns, createSlotRuns } from './collect-stamped-runs.ts';
import { prepareStampLattice } from './prepare-stamp-lattice.ts';

const MAXIMUM_COVERAGE_PAIRS = 50_000_000;
const NO_WEIGHTS = new Float64Array(0);
const MAXIMUM_STAMP_CLASSES = 16;

function tooManyPairs(pairs: number, limit: number): MessageError {
  return new MessageError(
    message('coveragePairsOverLimit', {
      pairs: Math.round(pairs).toLocaleString('en-US'),
      limit: limit.toLocaleString('en-US'),
      megabytes: Math.round((pairs * Int32Array.BYTES_PER_ELEMENT) / 1024 / 1024).toLocaleString('en-US'),
    }),
  );
}

export function previousStampedLists(
  points: readonly { lon: number; lat: number }[],
  radiusOfPoint: ArrayLike<number>,
  sites: readonly { lon: number; lat: number }[],
  options: { include?: ArrayLike<number>; maximumPairs?: number },
): { sites: number; start: Int32Array; points: Int32Array } | null {
  const include = options.include;
  const classOfRadius = new Map<number, number>();
  const classOfPoint = new Int32Array(points.length);
  // Most points share one radius or two: the last one's class is tried before the map.
  let lastRadius = Number.NaN;
  let lastClass = -1;
  for (let position = 0; position < points.length; position++) {
    const radius = radiusOfPoint[position] ?? Number.NaN;
    if (radius === lastRadius && (!include || include[position])) {
      classOfPoint[position] = lastClass;
      continue;
    }
    if ((include && !include[position]) || !(radius >= 0) || !Number.isFinite(radius)) {
      classOfPoint[position] = -1;
      continue;
    }
    let found = classOfRadius.get(radius);
    if (found === undefined) {
      if (classOfRadius.size === MAXIMUM_STAMP_CLASSES) return null;
      found = classOfRadius.size;
      classOfRadius.set(radius, found);
    }
    classOfPoint[position] = found;
    lastRadius = radius;
    lastClass = found;
  }
  const classes = classOfRadius.size;
  // Classes stand in for areas: area c has class c, and the points left out (area −1) none.
  const classOfArea = Int32Array.from({ length: classes + 1 }, (_, area) => (area < classes ? area : -1));
  const lattice = prepareStampLattice(points, NO_WEIGHTS, classOfPoint, classes, classOfArea);
  const radiusOfClass = Float64Array.from(classOfRadius.keys());
  const maximumPairs = options.maximumPairs ?? MAXIMUM_COVERAGE_PAIRS;
  const buffer = createSlotRuns(Math.max(4096, sites.length * 64));
  // The runs of every site first: they count the pairs exactly before the list is allocated.
  const runEnd = new Int32Array(sites.length);
  let pairs = 0;
  for (let index = 0; index < sites.length; index++) {
    const site = sites[index] as { lon: number; lat: number };
    const from = buffer.length;
    collectStampedRuns(lattice, site.lon, site.lat, radiusOfClass, buffer);
    const runs = buffer.runs;
    const to = buffer.length;
    for (let run = from; run < to; run += 2) pairs += (runs[run + 1] as number) - (runs[run] as number);
    // Refused as soon as the count passes the limit, before the lists are allocated.
    if (pairs > maximumPairs) throw tooManyPairs(pairs, maximumPairs);
    runEnd[index] = to;
  }
  const start = new Int32Array(sites.length + 1);
  const covered = new Int32Array(pairs);
  const { order } = lattice;
  const runs = buffer.runs;
  let length = 0;
  let run = 0;
  for (let index = 0; index < sites.length; index++) {
    start[index] = length;
    const end = runEnd[index] as number;
    for (; run < end; run += 2) {
      const to = runs[run + 1] as number;
      for (let slot = runs[run] as number; slot < to; slot++) covered[length++] = order[slot] as number;
    }
  }
  start[sites.length] = length;
  return { sites: sites.length, start, points: covered };
}
