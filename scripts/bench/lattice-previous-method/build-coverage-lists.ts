/**
 * The stamped coverage lists of a first suggestion request (the lattice prepared) as
 * `buildCoverageLists` built them before the lattice core was shared and the stamping read the
 * sites' coordinates into typed arrays: the copies of `prepareListLattice` and `stampSitesRuns`
 * in this folder, the classes of the points as found then (copied below) and the atlas's order of
 * the sites. Kept only to be timed beside the current code in scripts/bench/suggest-bench.ts;
 * never used by the atlas.
 */
import type { CoverageLists } from '../../../src/analysis/build-coverage-lists.ts';
import { orderSitesOnLattice } from '../../../src/analysis/order-sites-on-lattice.ts';
import { prepareListLattice } from './prepare-list-lattice.ts';
import { stampSitesRuns } from './stamp-sites-runs.ts';

/**
 * The radius class of every point as the lists found it before (without a count of the points
 * in a class): a class per distinct radius, −1 for a point left out; at most 16 classes.
 */
function previousRadiusClasses(
  count: number,
  radiusOfPoint: ArrayLike<number>,
  include: ArrayLike<number> | undefined,
): { classOfPoint: Int32Array; radiusOfClass: Float64Array } | null {
  const classOfRadius = new Map<number, number>();
  const classOfPoint = new Int32Array(count);
  let lastRadius = Number.NaN;
  let lastClass = -1;
  for (let position = 0; position < count; position++) {
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
      if (classOfRadius.size === 16) return null;
      found = classOfRadius.size;
      classOfRadius.set(radius, found);
    }
    classOfPoint[position] = found;
    lastRadius = radius;
    lastClass = found;
  }
  return { classOfPoint, radiusOfClass: Float64Array.from(classOfRadius.keys()) };
}

/**
 * The lists as runs of slots, their `points` written out when first read (site after site).
 * @example previousFirstLists(cells, radii, candidates, include).start[1]
 */
export function previousFirstLists(
  points: readonly { lon: number; lat: number }[],
  radiusOfPoint: ArrayLike<number>,
  sites: readonly { lon: number; lat: number }[],
  include: ArrayLike<number>,
): CoverageLists {
  const classes = previousRadiusClasses(points.length, radiusOfPoint, include);
  if (!classes) throw new Error('more radii than classes');
  const lattice = prepareListLattice(points, classes.classOfPoint, classes.radiusOfClass.length);
  const sequence = orderSitesOnLattice(lattice, sites);
  const { runs, runFrom, runTo, pairs, total } = stampSitesRuns(
    lattice,
    sites,
    sequence,
    classes.radiusOfClass,
    50_000_000,
  );
  const start = new Int32Array(sites.length + 1);
  for (let index = 0; index < sites.length; index++)
    start[index + 1] = (pairs[index] as number) + (start[index] as number);
  const order = lattice.order;
  let listed: Int32Array | null = null;
  return {
    sites: sites.length,
    start,
    slots: { order, runs, runFrom, runTo },
    get points() {
      if (listed) return listed;
      listed = new Int32Array(total);
      let length = 0;
      for (let site = 0; site < sites.length; site++)
        for (let run = runFrom[site] as number; run < (runTo[site] as number); run += 2)
          for (let slot = runs[run] as number; slot < (runs[run + 1] as number); slot++)
            listed[length++] = order[slot] as number;
      return listed;
    },
  };
}
