/**
 * The coverage lists by stamping as `buildCoverageLists` built them before they were kept as runs
 * of slots: every list written out into one array of points (1.77 million entries on the
 * benchmark) right after the stamping. The stamping itself (lattice, runs, order) is the
 * atlas's, unchanged. Kept only to be timed beside the current code in
 * scripts/bench/suggest-bench.ts; never used by the atlas.
 */
import { collectStampedRuns, createSlotRuns } from '../../../src/analysis/collect-stamped-runs.ts';
import { orderSitesOnLattice } from '../../../src/analysis/order-sites-on-lattice.ts';
import { prepareStampLattice } from '../../../src/analysis/prepare-stamp-lattice.ts';
import { MessageError, message } from '../../../src/domain/message.ts';

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

export function previousListsByStamping(
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
  // Sites are stamped in snake order of the lattice (neighbours one after another, for the
  // processor's cache); each keeps its own runs, so the lists are the same in any order.
  const sequence = orderSitesOnLattice(lattice, sites);
  const runFrom = new Int32Array(sites.length);
  const runTo = new Int32Array(sites.length);
  const start = new Int32Array(sites.length + 1);
  let pairs = 0;
  for (let step = 0; step < sites.length; step++) {
    const index = sequence[step] as number;
    const site = sites[index] as { lon: number; lat: number };
    const from = buffer.length;
    collectStampedRuns(lattice, site.lon, site.lat, radiusOfClass, buffer);
    const runs = buffer.runs;
    const to = buffer.length;
    let sitePairs = 0;
    for (let run = from; run < to; run += 2) sitePairs += (runs[run + 1] as number) - (runs[run] as number);
    pairs += sitePairs;
    // Refused as soon as the count passes the limit, before the lists are allocated.
    if (pairs > maximumPairs) throw tooManyPairs(pairs, maximumPairs);
    runFrom[index] = from;
    runTo[index] = to;
    start[index + 1] = sitePairs;
  }
  for (let index = 0; index < sites.length; index++)
    start[index + 1] = (start[index + 1] as number) + (start[index] as number);
  const covered = new Int32Array(pairs);
  const { order } = lattice;
  const runs = buffer.runs;
  // Filled in the same order as stamped: the slots read are near each other from site to site.
  for (let step = 0; step < sites.length; step++) {
    const index = sequence[step] as number;
    let length = start[index] as number;
    const end = runTo[index] as number;
    for (let run = runFrom[index] as number; run < end; run += 2) {
      const to = runs[run + 1] as number;
      for (let slot = runs[run] as number; slot < to; slot++) covered[length++] = order[slot] as number;
    }
  }
  return { sites: sites.length, start, points: covered };
}
