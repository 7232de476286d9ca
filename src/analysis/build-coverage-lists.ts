/**
 * Which population points each site (a school or a candidate) covers, as compressed rows of
 * typed arrays: built once through a grid of buckets over the points, never by comparing every
 * pair and never with buffers.
 */
import { MessageError, message } from '../domain/message.ts';
import { EARTH_RADIUS_METRES } from '../domain/radius.ts';
import { buildGridIndex, type GridIndex } from './build-grid-index.ts';
import { findGridCellsWithin } from './find-grid-cells-within.ts';

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
 * Site → points lists: the points covered by site `s` are
 * `points[start[s]] … points[start[s + 1] − 1]`, in no particular order. Plain typed arrays, so
 * they cross a worker boundary as they are.
 */
export interface CoverageLists {
  /** Number of sites (rows). */
  sites: number;
  /** Where each site's points begin in `points`; `start[sites]` is the total length. */
  start: Int32Array;
  /** Point positions (indices into the points given), site after site. */
  points: Int32Array;
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
}

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
 * The points go into a grid of buckets with cells the size of the largest radius; each site
 * then looks only at the cells that can hold a point within that radius of it. The pairs are
 * estimated from the grid first and the lists refused when they would pass the limit; building
 * stops at the limit too, should the estimate be low.
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
