/**
 * Which population points each site (a school or a candidate) covers, as compressed rows of
 * typed arrays: the straight-line cost model's fast path. Every site stamps its disc on one
 * stamp lattice of the points (runs of slots inside the disc taken whole, the rim tested
 * exactly); never by comparing every pair and never with buffers. With more distinct radii
 * than a lattice has classes for, a grid index of the points is searched site by site instead.
 */
import { MessageError, message } from '../domain/message.ts';
import { EARTH_RADIUS_METRES } from '../domain/radius.ts';
import { buildGridIndex, type GridIndex } from './build-grid-index.ts';
import { findGridCellsWithin } from './find-grid-cells-within.ts';
import { keptByRadii, type ListLatticeCache, latticeSource, listLattice } from './list-lattice-cache.ts';
import { orderSitesOnLattice } from './order-sites-on-lattice.ts';
import type { StampLattice } from './prepare-stamp-lattice.ts';
import { stampSitesRuns } from './stamp-sites-runs.ts';

/**
 * The most site–point pairs the lists may hold: 50 million pairs are 200 MB of typed array, the
 * most a browser tab can spare beside the map. A county's suggestion at its service radii needs
 * a few million at most (docs/PERFORMANCE.md).
 */
export const MAXIMUM_COVERAGE_PAIRS = 50_000_000;

const RADIANS_PER_DEGREE = Math.PI / 180;
/**
 * Haversine values this close (relatively) to a point's threshold are decided on the distance
 * itself, computed exactly as `haversineDistance` computes it; farther ones by the haversine
 * value alone, which saves an arcsine and a square root per pair without changing any decision.
 */
const THRESHOLD_MARGIN = 1e-9;

/**
 * The stamped lists as they are stamped: runs of consecutive slots of the stamp lattice. Site
 * `s`'s runs are `runs[2k] … runs[2k + 1] − 1` for `runFrom[s] ≤ 2k < runTo[s]`, in increasing
 * slot order; slot `t` holds point `order[t]`. Every point is in one slot at most, so a state
 * kept by slot (the population not yet covered) is read in runs of consecutive memory, and the
 * sum over a run of a prefix sum is two reads. Listing `order[t]` for every slot of every run, in
 * turn, gives `points` entry for entry.
 */
export interface SlotRunLists {
  /** Point position of every slot. */
  order: Int32Array;
  /** Runs of slots, two numbers a run (first slot, last slot + 1). */
  runs: Int32Array;
  /** Where each site's runs begin and end in `runs`. */
  runFrom: Int32Array;
  runTo: Int32Array;
}

/**
 * Site → points lists: the points covered by site `s` are
 * `points[start[s]] … points[start[s + 1] − 1]`, in no particular order. Plain typed arrays, so
 * they cross a worker boundary as they are. Stamped lists also hold their runs of slots
 * (`slots`), which the covering state reads instead of `points`; their `points` are then
 * written out only when first read.
 */
export interface CoverageLists {
  /** Number of sites (rows). */
  sites: number;
  /** Where each site's points begin in `points`; `start[sites]` is the total length. */
  start: Int32Array;
  /** Point positions (indices into the points given), site after site. */
  readonly points: Int32Array;
  /** The same lists as runs of slots of a stamp lattice (stamped lists only). */
  slots?: SlotRunLists;
}

/** Options of {@link buildCoverageLists}. */
export interface CoverageListOptions {
  /**
   * 0 for points to leave out of every list (no population, already covered, no radius); all
   * points count when absent.
   */
  include?: ArrayLike<number>;
  /** The most pairs the lists may hold (default {@link MAXIMUM_COVERAGE_PAIRS}). */
  maximumPairs?: number;
  /**
   * 'stamp' or 'grid-index' (a search of a grid index site by site, how the lists were built
   * before); both give the same lists (the order within a site may differ). By default, stamping
   * unless the sites are few for the points (see {@link SITES_PER_POINT_FOR_STAMPING}).
   */
  method?: 'stamp' | 'grid-index';
  /**
   * Where the stamp lattice is kept between requests: a later one with the same points (the same
   * array) and the same class of every point takes it from there (see `listLattice`).
   */
  latticeCache?: ListLatticeCache;
}

/**
 * Preparing a lattice costs about what a few dozen grid-index queries do per thousand points:
 * with fewer sites than a fiftieth of the points (150 schools over 10⁵ cells), the grid index is
 * the cheaper way; with more (5,000 candidates), stamping by far.
 */
const SITES_PER_POINT_FOR_STAMPING = 50;

/** The most distinct radii stamped on one lattice (a class each); more go through the grid index. */
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

/**
 * About how many pairs the lists will hold, before any is built: for each site, the points in
 * the grid cells it will look at (contiguous in the index, so one subtraction a row), times the
 * share of those cells its circle covers (cells are the radius wide: a circle covers π of them).
 * Linear in sites × rows, without allocation.
 */
function estimatePairs(
  index: GridIndex,
  sites: readonly { lon: number; lat: number }[],
  radius: number,
): number {
  const { columns, cellStart } = index;
  let estimate = 0;
  for (const site of sites) {
    if (!Number.isFinite(site.lon) || !Number.isFinite(site.lat)) continue;
    const range = findGridCellsWithin(index, site.lon, site.lat, radius);
    let inCells = 0;
    for (let row = range.rowFrom; row <= range.rowTo; row++) {
      inCells +=
        (cellStart[row * columns + range.columnTo + 1] ?? 0) -
        (cellStart[row * columns + range.columnFrom] ?? 0);
    }
    const cells = (range.rowTo - range.rowFrom + 1) * (range.columnTo - range.columnFrom + 1);
    estimate += cells > 0 ? inCells * Math.min(1, Math.PI / cells) : 0;
  }
  return estimate;
}

/**
 * For every site, the points within their own radius of it: site s covers point p when the
 * haversine distance between them (sphere of radius 6,371,008.8 m) is at most `radiusOfPoint[p]`
 * — each point carries the radius that applies where it lies (the urban or rural radius of its
 * township). Decisions equal those of `haversineDistance(site, point) <= radiusOfPoint[p]` for
 * every pair; a point whose radius is not a finite non-negative number, or whose coordinates are
 * not finite, is in no list.
 *
 * The points are bucketed once on a stamp lattice, a class per distinct radius; every site
 * stamps its disc (`stampSitesRuns`, the same runs as `collectStampedRuns`). The pairs are
 * counted from the runs, and the lists refused when they would pass the limit; stamped lists are
 * kept as their runs (`slots`), their `points` written out when first read.
 * @throws MessageError when the lists would hold more than `maximumPairs` pairs, saying what to
 * change (a larger candidate spacing, a smaller radius, fewer townships)
 * @example buildCoverageLists(cells, Float64Array.from(cells, () => 2500), candidates).start[1] // how many cells candidate 0 covers
 */
export function buildCoverageLists(
  points: readonly { lon: number; lat: number }[],
  radiusOfPoint: ArrayLike<number>,
  sites: readonly { lon: number; lat: number }[],
  options: CoverageListOptions = {},
): CoverageLists {
  const method =
    options.method ?? (sites.length * SITES_PER_POINT_FOR_STAMPING >= points.length ? 'stamp' : 'grid-index');
  if (method === 'stamp') {
    const stamped = listByStamping(points, radiusOfPoint, sites, options);
    if (stamped) return stamped;
  }
  return listByGridIndex(points, radiusOfPoint, sites, options);
}

/**
 * The radius class of every point for stamping: a class per distinct radius, in the order first
 * met; −1 for a point left out (`include` 0) or whose radius is not a finite number ≥ 0. Null
 * when the points have more distinct radii than {@link MAXIMUM_STAMP_CLASSES}. `inClass` counts
 * the points of a class ≥ 0 (the lattice then need not count them again).
 * @example radiusClasses(3, Float64Array.of(2500, 3000, 2500), undefined)?.radiusOfClass // [2500, 3000]
 */
export function radiusClasses(
  count: number,
  radiusOfPoint: ArrayLike<number>,
  include: ArrayLike<number> | undefined,
): { classOfPoint: Int32Array; radiusOfClass: Float64Array; inClass: number } | null {
  const classOfRadius = new Map<number, number>();
  const classOfPoint = new Int32Array(count);
  let inClass = 0;
  // Most points share one radius or two: the last one's class is tried before the map.
  let lastRadius = Number.NaN;
  let lastClass = -1;
  for (let position = 0; position < count; position++) {
    if (include && !include[position]) {
      classOfPoint[position] = -1;
      continue;
    }
    const radius = radiusOfPoint[position] ?? Number.NaN;
    if (radius === lastRadius) {
      classOfPoint[position] = lastClass;
      inClass++;
      continue;
    }
    if (!(radius >= 0) || !Number.isFinite(radius)) {
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
    inClass++;
    lastRadius = radius;
    lastClass = found;
  }
  return { classOfPoint, radiusOfClass: Float64Array.from(classOfRadius.keys()), inClass };
}

/**
 * The stamp lattice the lists of these points are stamped on (see `radiusClasses` and
 * `listLattice`), with the radius of every class: from `latticeCache` when it holds it, else
 * prepared and kept there. Null when the points have more distinct radii than
 * {@link MAXIMUM_STAMP_CLASSES} (the lists then go through the grid index). Called ahead of a
 * request, it leaves in the cache what the request's `buildCoverageLists` with the same points,
 * radii, `include` and cache will take.
 * @example stampingLattice(cells, radiusOfPoint, include, cache)?.lattice.order.length
 */
export function stampingLattice(
  points: readonly { lon: number; lat: number }[],
  radiusOfPoint: ArrayLike<number>,
  include: ArrayLike<number> | undefined,
  latticeCache: ListLatticeCache | undefined,
): { lattice: StampLattice; radiusOfClass: Float64Array } | null {
  // A request after the preparation brings new arrays of the same radii: found by their bytes.
  const found = keptByRadii(latticeCache, points, radiusOfPoint, include);
  if (found) return found;
  const classes = radiusClasses(points.length, radiusOfPoint, include);
  if (!classes) return null;
  const { classOfPoint, radiusOfClass, inClass } = classes;
  const source = latticeCache ? () => latticeSource(radiusOfPoint, include, radiusOfClass) : undefined;
  return {
    lattice: listLattice(latticeCache, points, classOfPoint, radiusOfClass.length, inClass, source),
    radiusOfClass,
  };
}

/**
 * The lists by stamping: points grouped by their radius (a class each), each site's runs of
 * slots collected and counted — the pairs are known exactly before the list of points is
 * allocated. Null when the points have more distinct radii than {@link MAXIMUM_STAMP_CLASSES}.
 */
function listByStamping(
  points: readonly { lon: number; lat: number }[],
  radiusOfPoint: ArrayLike<number>,
  sites: readonly { lon: number; lat: number }[],
  options: CoverageListOptions,
): CoverageLists | null {
  const prepared = stampingLattice(points, radiusOfPoint, options.include, options.latticeCache);
  if (!prepared) return null;
  const { lattice, radiusOfClass } = prepared;
  const maximumPairs = options.maximumPairs ?? MAXIMUM_COVERAGE_PAIRS;
  // The runs of every site first: they count the pairs exactly before the list is allocated.
  // Sites are stamped in snake order of the lattice (neighbours one after another, for the
  // processor's cache); each keeps its own runs, so the lists are the same in any order.
  const sequence = orderSitesOnLattice(lattice, sites);
  const stamped = stampSitesRuns(lattice, sites, sequence, radiusOfClass, maximumPairs);
  // Refused as soon as the count passes the limit, before any list of points is allocated.
  if (stamped.total > maximumPairs) throw tooManyPairs(stamped.total, maximumPairs);
  const { runs, runFrom, runTo, pairs } = stamped;
  const start = new Int32Array(sites.length + 1);
  for (let index = 0; index < sites.length; index++)
    start[index + 1] = (pairs[index] as number) + (start[index] as number);
  const slots: SlotRunLists = { order: lattice.order, runs, runFrom, runTo };
  let listed: Int32Array | null = null;
  return {
    sites: sites.length,
    start,
    slots,
    // Written out on first read only: the greedy search reads the runs.
    get points() {
      listed ??= listedPoints(slots, start, sequence, stamped.total);
      return listed;
    },
  };
}

/**
 * The points of stamped lists, site after site, from their runs: filled in the order the sites
 * were stamped (`sequence`), so that the slots read are near each other from site to site.
 */
function listedPoints(
  slots: SlotRunLists,
  start: Int32Array,
  sequence: Int32Array,
  pairs: number,
): Int32Array {
  const covered = new Int32Array(pairs);
  const { order, runs, runFrom, runTo } = slots;
  for (let step = 0; step < sequence.length; step++) {
    const index = sequence[step] as number;
    let length = start[index] as number;
    const end = runTo[index] as number;
    for (let run = runFrom[index] as number; run < end; run += 2) {
      const to = runs[run + 1] as number;
      for (let slot = runs[run] as number; slot < to; slot++) covered[length++] = order[slot] as number;
    }
  }
  return covered;
}

/** The lists through a grid index of the points, site by site (any number of distinct radii). */
function listByGridIndex(
  points: readonly { lon: number; lat: number }[],
  radiusOfPoint: ArrayLike<number>,
  sites: readonly { lon: number; lat: number }[],
  options: CoverageListOptions,
): CoverageLists {
  const include = options.include;
  const indexed: { lon: number; lat: number }[] = [];
  const positions: number[] = [];
  let largestRadius = 0;
  points.forEach((point, position) => {
    const radius = radiusOfPoint[position] ?? Number.NaN;
    if (include && !include[position]) return;
    if (!(radius >= 0) || !Number.isFinite(radius)) return;
    if (!Number.isFinite(point.lon) || !Number.isFinite(point.lat)) return;
    indexed.push(point);
    positions.push(position);
    if (radius > largestRadius) largestRadius = radius;
  });
  const start = new Int32Array(sites.length + 1);
  if (indexed.length === 0) return { sites: sites.length, start, points: new Int32Array(0) };

  const index = buildGridIndex(indexed, Math.max(largestRadius, 1));
  const maximumPairs = options.maximumPairs ?? MAXIMUM_COVERAGE_PAIRS;
  const estimate = estimatePairs(index, sites, largestRadius);
  if (estimate > maximumPairs) throw tooManyPairs(estimate, maximumPairs);
  const { columns, cellStart, items, longitudes, latitudeRadians, latitudeCosines } = index;
  // Radius and haversine threshold sin²(r / 2R) of every indexed point, by grid id.
  const radii = Float64Array.from(positions, (position) => radiusOfPoint[position] ?? 0);
  const thresholds = radii.map((radius) => {
    const half = Math.sin(Math.min(Math.PI, radius / EARTH_RADIUS_METRES) / 2);
    return half * half;
  });
  const positionOfId = Int32Array.from(positions);

  let covered = new Int32Array(Math.max(1024, sites.length * 16));
  let length = 0;
  sites.forEach((site, siteIndex) => {
    start[siteIndex] = length;
    if (!Number.isFinite(site.lon) || !Number.isFinite(site.lat)) return;
    const siteLatitude = site.lat * RADIANS_PER_DEGREE;
    const siteCosine = Math.cos(siteLatitude);
    const range = findGridCellsWithin(index, site.lon, site.lat, largestRadius);
    for (let row = range.rowFrom; row <= range.rowTo; row++) {
      for (let column = range.columnFrom; column <= range.columnTo; column++) {
        const cell = row * columns + column;
        const end = cellStart[cell + 1] ?? 0;
        for (let slot = cellStart[cell] ?? 0; slot < end; slot++) {
          const id = items[slot] ?? 0;
          // The expression of haversineDistance(site, point), term for term.
          const halfLatitude = Math.sin(((latitudeRadians[id] ?? 0) - siteLatitude) / 2);
          const halfLongitude = Math.sin((((longitudes[id] ?? 0) - site.lon) * RADIANS_PER_DEGREE) / 2);
          const haversine =
            halfLatitude * halfLatitude +
            siteCosine * (latitudeCosines[id] ?? 0) * halfLongitude * halfLongitude;
          const threshold = thresholds[id] ?? 0;
          let within = haversine < threshold * (1 - THRESHOLD_MARGIN);
          if (!within && haversine <= threshold * (1 + THRESHOLD_MARGIN)) {
            const metres = 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1, haversine)));
            within = metres <= (radii[id] ?? 0);
          }
          if (!within) continue;
          if (length === maximumPairs) throw tooManyPairs(length + 1, maximumPairs);
          if (length === covered.length) {
            const grown = new Int32Array(Math.min(covered.length * 2, maximumPairs));
            grown.set(covered);
            covered = grown;
          }
          covered[length++] = positionOfId[id] ?? 0;
        }
      }
    }
  });
  start[sites.length] = length;
  return { sites: sites.length, start, points: covered.slice(0, length) };
}
