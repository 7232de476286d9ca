/**
 * The eligible (place, school) pairs of the seat allocation: which schools a place's children may
 * be given a seat at, and how far each is. This is the one step that knows what "far" means —
 * straight-line distance within the place's service radius today; a travel-time model replaces
 * this function and nothing else.
 */
import { type Message, message } from '../../domain/message.ts';
import { EARTH_RADIUS_METRES } from '../../domain/radius.ts';
import { buildGridIndex, type GridIndex, METRES_PER_DEGREE } from '../build-grid-index.ts';
import { findGridCellsWithin, type GridCellRange } from '../find-grid-cells-within.ts';

const RADIANS_PER_DEGREE = Math.PI / 180;

/** Places where children live (population points), as typed arrays. */
export interface SeatPlaces {
  count: number;
  longitudes: Float64Array;
  latitudes: Float64Array;
  /**
   * Service radius that applies at each place, metres (the stage's urban or rural radius of its
   * township); Infinity (or NaN) for a stage without a radius: then every school is eligible.
   */
  radii: Float64Array;
}

/** Schools (or new sites) offering seats, as typed arrays. */
export interface SeatSites {
  count: number;
  longitudes: Float64Array;
  latitudes: Float64Array;
}

/**
 * The eligible pairs: pair k joins place `point[k]` and school `school[k]` at `distance[k]`
 * metres. `findEligiblePairs` gives them place after place; `sortEligiblePairs` in allocation
 * order. `reach[p]` is the number of schools place p may use: 0 means no school within reach.
 */
export interface EligiblePairs {
  count: number;
  point: Int32Array;
  school: Int32Array;
  distance: Float64Array;
  reach: Int32Array;
}

/** The pairs, or why they were not built. */
export type EligiblePairsResult = { ok: true; pairs: EligiblePairs } | { ok: false; message: Message };

/**
 * Most pairs one allocation may hold: 16 bytes each, so 40 million pairs is 640 MB with their
 * order — more than a browser tab can count on. A province of 10⁶ places and 30,000 primary
 * schools at the default radii needs about 5 million.
 */
export const MAXIMUM_ELIGIBLE_PAIRS = 40_000_000;

/** One place in this many is looked at for the estimate of a large search. */
const ESTIMATE_STRIDE = 16;

/** Options of {@link findEligiblePairs}. */
export interface EligiblePairOptions {
  /** The most pairs allowed (default {@link MAXIMUM_ELIGIBLE_PAIRS}); more is refused before any is built. */
  maximumPairs?: number;
}

/** A growable column of pairs. */
class PairColumns {
  point: Int32Array;
  school: Int32Array;
  distance: Float64Array;
  count = 0;

  constructor(capacity: number) {
    const size = Math.max(1024, Math.ceil(capacity));
    this.point = new Int32Array(size);
    this.school = new Int32Array(size);
    this.distance = new Float64Array(size);
  }

  push(point: number, school: number, distance: number): void {
    if (this.count === this.point.length) {
      const size = this.point.length * 2;
      const point = new Int32Array(size);
      point.set(this.point);
      this.point = point;
      const school = new Int32Array(size);
      school.set(this.school);
      this.school = school;
      const distances = new Float64Array(size);
      distances.set(this.distance);
      this.distance = distances;
    }
    this.point[this.count] = point;
    this.school[this.count] = school;
    this.distance[this.count] = distance;
    this.count += 1;
  }
}

/** The search around places of one radius: the box holding its circle, and the haversine bound. */
interface SearchBox {
  /** Half the box's width and height in degrees, at the most poleward place (a bound for all). */
  longitudeDegrees: number;
  latitudeDegrees: number;
  /** Half its height in radians. */
  latitudeRadians: number;
  /** The haversine value beyond which a pair is clearly out of reach. */
  threshold: number;
}

/** Relative margin around a radius's haversine value inside which the distance itself decides. */
const THRESHOLD_MARGIN = 1e-9;

/**
 * The haversine term between a place and indexed school `id`: the expression of
 * `haversineDistance`, term for term, so that distances and decisions equal it exactly.
 */
function haversineTerm(index: GridIndex, id: number, lon: number, latitude: number, cosine: number): number {
  const halfLatitude = Math.sin(((index.latitudeRadians[id] ?? 0) - latitude) / 2);
  const halfLongitude = Math.sin((((index.longitudes[id] ?? 0) - lon) * RADIANS_PER_DEGREE) / 2);
  return (
    halfLatitude * halfLatitude + cosine * (index.latitudeCosines[id] ?? 0) * halfLongitude * halfLongitude
  );
}

/** Metres from a haversine term, as `haversineDistance` computes them. */
function haversineMetres(haversine: number): number {
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1, haversine)));
}

function hasRadius(radius: number): boolean {
  return Number.isFinite(radius) && radius >= 0;
}

/**
 * Every (place, school) pair whose haversine distance (sphere of R = 6,371,008.8 m, exactly as
 * `haversineDistance` computes it) is at most the place's radius; a place without a radius pairs
 * with every school. Places and schools without finite coordinates pair with nothing.
 *
 * Built through a grid of buckets over the schools with cells of half the largest radius: each
 * place looks only at the cells that can hold a school within its radius, never at all schools. Before
 * building, the pairs are counted from the cells' sizes (an upper bound) and the search is refused
 * with a message when they would exceed the limit.
 * @example findEligiblePairs(places, schools) // { ok: true, pairs: { count: 21834, … } }
 */
export function findEligiblePairs(
  places: SeatPlaces,
  schools: SeatSites,
  options: EligiblePairOptions = {},
): EligiblePairsResult {
  const limit = options.maximumPairs ?? MAXIMUM_ELIGIBLE_PAIRS;
  const schoolPoints: { lon: number; lat: number }[] = [];
  const schoolIds: number[] = [];
  for (let school = 0; school < schools.count; school++) {
    const lon = schools.longitudes[school] ?? Number.NaN;
    const lat = schools.latitudes[school] ?? Number.NaN;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    schoolPoints.push({ lon, lat });
    schoolIds.push(school);
  }
  let largestRadius = 0;
  // The most poleward place: the longitude reach of a radius is widest there.
  let polewardLatitude = 0;
  for (let place = 0; place < places.count; place++) {
    const radius = places.radii[place] ?? Number.NaN;
    if (hasRadius(radius) && radius > largestRadius) largestRadius = radius;
    const latitude = Math.abs(places.latitudes[place] ?? 0);
    if (latitude > polewardLatitude && latitude <= 90) polewardLatitude = latitude;
  }
  // Cells of half the largest radius: a place's block holds about a third fewer schools than with
  // cells of the whole radius (the grid's cell budget keeps their number in check).
  const index = buildGridIndex(schoolPoints, Math.max(largestRadius / 2, 1));
  const { columns, cellStart, items } = index;
  const located = (place: number): boolean =>
    Number.isFinite(places.longitudes[place] ?? Number.NaN) &&
    Number.isFinite(places.latitudes[place] ?? Number.NaN);

  // Limits before work: the schools in a place's block of cells bound its pairs from above; the
  // blocks of an evenly spread sample of places (one in ESTIMATE_STRIDE) give the estimate. The
  // building below stops at the limit too, should the sample have been lucky.
  const stride = places.count > ESTIMATE_STRIDE * 64 ? ESTIMATE_STRIDE : 1;
  const range: GridCellRange = { columnFrom: 0, columnTo: -1, rowFrom: 0, rowTo: -1, longitudeDegrees: 0 };
  let estimate = 0;
  for (let place = 0; place < places.count; place += stride) {
    if (!located(place)) continue;
    const radius = places.radii[place] ?? Number.NaN;
    if (!hasRadius(radius)) {
      estimate += schoolPoints.length * stride;
      continue;
    }
    findGridCellsWithin(index, places.longitudes[place] ?? 0, places.latitudes[place] ?? 0, radius, range);
    for (let row = range.rowFrom; row <= range.rowTo; row++) {
      estimate +=
        ((cellStart[row * columns + range.columnTo + 1] ?? 0) -
          (cellStart[row * columns + range.columnFrom] ?? 0)) *
        stride;
    }
  }
  const refusal = (pairs: number): EligiblePairsResult => ({
    ok: false,
    message: message('seatPairsTooMany', { pairs: Math.round(pairs), limit }),
  });
  if (estimate > limit) return refusal(estimate);

  // The estimate bounds the pairs from above (about twice as many); starting at half of it
  // spares most of the copies of a growing column without holding twice the memory.
  const pairs = new PairColumns(Math.min(estimate, limit) / 2);
  const reach = new Int32Array(places.count);
  const { latitudeRadians, longitudes, west, south, cellLongitude, cellLatitude, rows } = index;
  // The box around a place's circle, in degrees, once per radius (places share a few radii): the
  // box at the most poleward place holds the box at every other, so it is a bound for all.
  // With it, the haversine value beyond which a pair is clearly out of reach.
  const boxes = new Map<number, SearchBox>();
  const boxOf = (radius: number): SearchBox => {
    let box = boxes.get(radius);
    if (!box) {
      const widest = findGridCellsWithin(index, 0, polewardLatitude, radius, range);
      const half = Math.sin(Math.min(Math.PI, radius / EARTH_RADIUS_METRES) / 2);
      box = {
        longitudeDegrees: widest.longitudeDegrees,
        latitudeDegrees: (radius / METRES_PER_DEGREE) * (1 + 1e-9) + 1e-12,
        latitudeRadians: (radius / EARTH_RADIUS_METRES) * (1 + 1e-9) + 1e-12,
        threshold: half * half * (1 + THRESHOLD_MARGIN),
      };
      boxes.set(radius, box);
    }
    return box;
  };
  for (let place = 0; place < places.count; place++) {
    if (!located(place)) continue;
    const before = pairs.count;
    const lon = places.longitudes[place] ?? 0;
    const lat = places.latitudes[place] ?? 0;
    const latitude = lat * RADIANS_PER_DEGREE;
    const cosine = Math.cos(latitude);
    const radius = places.radii[place] ?? Number.NaN;
    if (!hasRadius(radius)) {
      for (let id = 0; id < schoolPoints.length; id++) {
        pairs.push(
          place,
          schoolIds[id] ?? 0,
          haversineMetres(haversineTerm(index, id, lon, latitude, cosine)),
        );
      }
      reach[place] = pairs.count - before;
      continue;
    }
    // Schools outside the box that holds the circle (the bounds of findGridCellsWithin) are
    // dropped on two subtractions; pairs clearly beyond the radius on the haversine value alone
    // (no arcsine); the rest are decided on the distance itself.
    const box = boxOf(radius);
    const { threshold, latitudeRadians: latitudeReach, longitudeDegrees: longitudeReach } = box;
    const columnFrom = Math.max(0, Math.floor((lon - longitudeReach - west) / cellLongitude));
    const columnTo = Math.min(columns - 1, Math.floor((lon + longitudeReach - west) / cellLongitude));
    const rowFrom = Math.max(0, Math.floor((lat - box.latitudeDegrees - south) / cellLatitude));
    const rowTo = Math.min(rows - 1, Math.floor((lat + box.latitudeDegrees - south) / cellLatitude));
    for (let row = rowFrom; row <= rowTo; row++) {
      const end = cellStart[row * columns + columnTo + 1] ?? 0;
      for (let slot = cellStart[row * columns + columnFrom] ?? 0; slot < end; slot++) {
        const id = items[slot] ?? 0;
        if (Math.abs((latitudeRadians[id] ?? 0) - latitude) > latitudeReach) continue;
        if (Math.abs((longitudes[id] ?? 0) - lon) > longitudeReach) continue;
        const haversine = haversineTerm(index, id, lon, latitude, cosine);
        if (haversine > threshold) continue;
        const distance = haversineMetres(haversine);
        if (distance <= radius) pairs.push(place, schoolIds[id] ?? 0, distance);
      }
    }
    reach[place] = pairs.count - before;
    if (pairs.count > limit) return refusal((pairs.count * places.count) / (place + 1));
  }
  return {
    ok: true,
    pairs: {
      count: pairs.count,
      // Views, not copies: the columns are this call's own.
      point: pairs.point.subarray(0, pairs.count),
      school: pairs.school.subarray(0, pairs.count),
      distance: pairs.distance.subarray(0, pairs.count),
      reach,
    },
  };
}
