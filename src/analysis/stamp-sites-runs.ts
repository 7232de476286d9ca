/**
 * Many sites stamped on one stamp lattice in one pass: the coverage lists of a suggestion's
 * candidates as runs of slots. The same runs, slot for slot, as `collectStampedRuns` site by site
 * (the same slots are within the radius — decided exactly as `haversineDistance` decides — and
 * consecutive slots are always joined into one run), with the work that does not depend on the
 * site done once: each class's thresholds and each row edge's cosine bounds. A row's runs are
 * collected in three stretches — the rim before the buckets wholly inside, those buckets as one
 * run, the rim after — without a test per slot for which stretch it is in.
 */
import { EARTH_RADIUS_METRES } from '../domain/radius.ts';
import type { StampLattice } from './prepare-stamp-lattice.ts';

const RADIANS_PER_DEGREE = Math.PI / 180;
const DEGREES_PER_RADIAN = 180 / Math.PI;
/** As in collect-stamped-runs.ts: the band around a threshold decided on the distance itself. */
const THRESHOLD_MARGIN = 1e-9;
/** As in collect-stamped-runs.ts: degrees the spans are widened (outer) or narrowed (inner) by. */
const EDGE_MARGIN_DEGREES = 1e-9;
/** As in collect-stamped-runs.ts: beyond this angle (radians) every slot of the class is tested. */
const LARGEST_STAMP_ANGLE = 1;
/**
 * The outer bounds: a half-width in longitude of at most 2·asin(√s) ≤ 2·√(s / (1 − s)) for
 * sin²-room s (the outer room over the cosines) below ¼, as in collect-stamped-runs.ts, here
 * taken as 2·√s·(1 + s) — at least as wide, since 1 / (1 − s) ≤ (1 + s)² for s + s² ≤ 1 — in
 * degrees, widened by 1 + 1e-9, from the one square root √s at every row edge of every site. A
 * wider outer bound only tests a slot more: the same runs.
 */
const OUTER_SCALE = 2 * DEGREES_PER_RADIAN * (1 + 1e-9);
/**
 * The inner bounds: a half-width of at least 2·√i (i the inner room over the cosines), here
 * taken as 2·i / √s, from the outer bound's square root: the inner room is below the outer one
 * (the farthest half-distance above the nearest sine, the slack taken off rather than added) and
 * the inner cosine's inverse below the outer one's (widened up, not down), so i < s and
 * i / √s < √i — at most as wide, without a second square root at the edge. At one edge i and s
 * differ by the bounds' margins (about 1e-9 relatively), so the inner bound is hardly narrower.
 * In degrees, narrowed by 1 − 1e-9.
 */
const INNER_SCALE = 2 * DEGREES_PER_RADIAN * (1 - 1e-9);

/** The runs of every site: site s's are `runs[runFrom[s]] … runs[runTo[s] − 1]`, two numbers a run. */
export interface SitesRuns {
  runs: Int32Array;
  runFrom: Int32Array;
  runTo: Int32Array;
  /** Slots in the runs of every site. */
  pairs: Int32Array;
  /** All the pairs, or the count that passed `maximumPairs` when the stamping stopped there. */
  total: number;
}

/** What a radius class needs, worked out once for every site. */
interface ClassBounds {
  radius: number;
  angle: number;
  threshold: number;
  surelyInside: number;
  surelyOutside: number;
  slack: number;
  large: boolean;
  /** Degrees of latitude a disc reaches (180: every row). */
  reach: number;
  cosineOfAngle: number;
}

function classBounds(radius: number): ClassBounds | null {
  if (!(radius >= 0) || !Number.isFinite(radius)) return null;
  const angle = radius / EARTH_RADIUS_METRES;
  const half = Math.sin(Math.min(Math.PI, angle) / 2);
  const threshold = half * half;
  // chord² = 4·haversine, with the band of collect-stamped-runs.ts around it.
  const chordSquared = 4 * threshold;
  const band = chordSquared * THRESHOLD_MARGIN + Math.sqrt(chordSquared) * 1e-14 + 1e-28;
  const large = angle > LARGEST_STAMP_ANGLE;
  return {
    radius,
    angle,
    threshold,
    surelyInside: chordSquared - band,
    surelyOutside: chordSquared + band,
    slack: threshold * THRESHOLD_MARGIN,
    large,
    reach: large ? 180 : (angle / RADIANS_PER_DEGREE) * (1 + 1e-9) + EDGE_MARGIN_DEGREES,
    cosineOfAngle: Math.cos(angle),
  };
}

/**
 * Stamps every site (in the order `sequence` gives: neighbours one after another) on the lattice
 * and keeps each site's runs of slots within the radius of the slot's class
 * (`radiusOfClass[class]`); classes whose radius is not a finite number ≥ 0, and sites without
 * finite coordinates, stamp nothing. Stops as soon as the pairs pass `maximumPairs` (then `total`
 * says how many there were by then).
 * @example stampSitesRuns(lattice, candidates, orderSitesOnLattice(lattice, candidates), Float64Array.of(2500), 5e7).total
 */
export function stampSitesRuns(
  lattice: StampLattice,
  sites: readonly { lon: number; lat: number }[],
  sequence: Int32Array,
  radiusOfClass: ArrayLike<number>,
  maximumPairs: number,
): SitesRuns {
  const { columns, rows, bucketStart, longitudes, latitudes, vectors, west, south, edgeCosines } = lattice;
  const { bucketLongitude, bucketLatitude, classCount } = lattice;
  const perLongitude = 1 / bucketLongitude;
  const edgeMargin = EDGE_MARGIN_DEGREES * RADIANS_PER_DEGREE;
  const bounds: (ClassBounds | null)[] = [];
  for (let stampClass = 0; stampClass < classCount; stampClass++)
    bounds.push(classBounds(radiusOfClass[stampClass] ?? Number.NaN));
  // Every edge's latitude (radians) and its cosine widened down (the outer bound's) and up (the inner's).
  // Their inverses: the bounds take products for quotients, and a product's rounding (a few
  // units in the last place) is far inside the bounds' margins of 1e-9.
  const edgeLatitudes = new Float64Array(rows + 1);
  const outerCosines = new Float64Array(rows + 1);
  const inverseOuterCosines = new Float64Array(rows + 1);
  const inverseInnerCosines = new Float64Array(rows + 1);
  for (let edge = 0; edge <= rows; edge++) {
    edgeLatitudes[edge] = (south + edge * bucketLatitude) * RADIANS_PER_DEGREE;
    const cosine = edgeCosines[edge] as number;
    const outerCosine = cosine * (1 - 1e-9) - 1e-10;
    outerCosines[edge] = outerCosine;
    inverseOuterCosines[edge] = outerCosine > 0 ? 1 / outerCosine : -1;
    inverseInnerCosines[edge] = 1 / Math.min(1, cosine * (1 + 1e-9) + 1e-10);
  }
  const outerAt = new Float64Array(rows + 2);
  const innerAt = new Float64Array(rows + 2);

  const count = sites.length;
  // The sites' coordinates read in their given order (near each other in memory), then taken
  // in the order of the stamping from typed arrays.
  const siteLongitudes = new Float64Array(count);
  const siteLatitudes = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const site = sites[index] as { lon: number; lat: number };
    siteLongitudes[index] = site.lon;
    siteLatitudes[index] = site.lat;
  }
  const runFrom = new Int32Array(count);
  const runTo = new Int32Array(count);
  const pairs = new Int32Array(count);
  let runs = new Int32Array(Math.max(4096, count * 64));
  let length = 0;
  let total = 0;

  for (let step = 0; step < count; step++) {
    const index = sequence[step] as number;
    const lon = siteLongitudes[index] as number;
    const lat = siteLatitudes[index] as number;
    runFrom[index] = length;
    runTo[index] = length;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    // Slots in the site's runs, counted as they are taken.
    let sitePairs = 0;
    // The end of the site's last run: a slot there extends it (−1: no run yet).
    let lastEnd = -1;
    const siteLatitude = lat * RADIANS_PER_DEGREE;
    const siteCosine = Math.cos(siteLatitude);
    const siteSine = Math.sin(siteLatitude);
    const inverseSiteCosine = siteCosine > 0 ? 1 / siteCosine : 0;
    const siteLongitude = lon * RADIANS_PER_DEGREE;
    const siteX = siteCosine * Math.cos(siteLongitude);
    const siteY = siteCosine * Math.sin(siteLongitude);
    const siteZ = siteSine;
    for (let stampClass = 0; stampClass < classCount; stampClass++) {
      const disc = bounds[stampClass];
      if (!disc) continue;
      const { threshold, slack, surelyInside, surelyOutside, large, radius } = disc;
      const rowFrom = Math.max(0, Math.floor((lat - disc.reach - south) / bucketLatitude));
      const rowTo = Math.min(rows - 1, Math.floor((lat + disc.reach - south) / bucketLatitude));
      if (rowFrom > rowTo) continue;
      // The peak of the disc's half-width in longitude lies between the site's latitude and
      // where its meridians touch the disc (see collect-stamped-runs.ts).
      const peakSine = siteSine / disc.cosineOfAngle;
      const peakOffset = Math.abs(peakSine) < 1 ? Math.abs(Math.asin(peakSine) - siteLatitude) : Math.PI;
      const peakSouth = siteLatitude - peakOffset - 1e-9;
      const peakNorth = siteLatitude + peakOffset + 1e-9;
      const edges = rowTo - rowFrom + 2;
      // Every slot in reach is tested for a large disc, or at a pole (cos φ ≤ 0 by rounding: no bound holds).
      const testAll = large || !(siteCosine > 0);
      if (!testAll) {
        // The bounds of collect-stamped-runs.ts at every edge of the rows, with the edges'
        // cosines widened once for all sites and products for quotients by constants; one
        // square root an edge (see OUTER_SCALE and INNER_SCALE).
        for (let edge = 0; edge < edges; edge++) {
          const apart = Math.abs((edgeLatitudes[rowFrom + edge] as number) - siteLatitude);
          const nearestHalf = Math.max(0, apart - edgeMargin) / 2;
          const nearestSine = nearestHalf * (1 - (nearestHalf * nearestHalf) / 6);
          const outerRoom = threshold - nearestSine * nearestSine;
          const farthestHalf = (apart + edgeMargin) / 2;
          const innerRoom = threshold - farthestHalf * farthestHalf - slack;
          const inverseOuter = inverseOuterCosines[rowFrom + edge] as number;
          const outerSquared = inverseOuter > 0 ? (outerRoom + slack) * inverseSiteCosine * inverseOuter : 1;
          const innerSquared =
            innerRoom * inverseSiteCosine * (inverseInnerCosines[rowFrom + edge] as number);
          if (outerRoom < -slack) {
            // Beyond the disc at this edge; nothing wholly inside either (the inner room is smaller).
            outerAt[edge] = -1;
            innerAt[edge] = -1;
          } else if (outerSquared >= 0.25) {
            outerAt[edge] = 180;
            innerAt[edge] = innerRoom <= 0 ? -1 : Math.sqrt(innerSquared) * INNER_SCALE - EDGE_MARGIN_DEGREES;
          } else {
            const outerRoot = Math.sqrt(outerSquared);
            outerAt[edge] = outerRoot * (1 + outerSquared) * OUTER_SCALE + EDGE_MARGIN_DEGREES;
            innerAt[edge] =
              innerRoom <= 0 ? -1 : (innerSquared / outerRoot) * INNER_SCALE - EDGE_MARGIN_DEGREES;
          }
        }
      }
      // At most a run per slot tested in a row and one for its inside: room for that in every
      // row of the disc's band, once for the class rather than row by row.
      const bandSlots =
        (bucketStart[(stampClass * rows + rowTo + 1) * columns] as number) -
        (bucketStart[(stampClass * rows + rowFrom) * columns] as number);
      const needed = length + 2 * bandSlots + 2 * (rowTo - rowFrom + 1);
      if (needed > runs.length) {
        const grown = new Int32Array(Math.max(needed, runs.length * 2));
        grown.set(runs.subarray(0, length));
        runs = grown;
      }
      for (let row = rowFrom; row <= rowTo; row++) {
        let outer = 180;
        let inner = -1;
        if (!testAll) {
          const edge = row - rowFrom;
          const southOuter = outerAt[edge] as number;
          const northOuter = outerAt[edge + 1] as number;
          const southInner = innerAt[edge] as number;
          const northInner = innerAt[edge + 1] as number;
          inner = Math.min(southInner, northInner);
          outer = Math.max(southOuter, northOuter);
          if (
            (edgeLatitudes[row] as number) - edgeMargin <= peakNorth &&
            (edgeLatitudes[row + 1] as number) + edgeMargin >= peakSouth
          ) {
            // The peak may be in this row: the bound at no distance in latitude, at the row's
            // poleward cosine.
            const southCosine = outerCosines[row] as number;
            const northCosine = outerCosines[row + 1] as number;
            const peakBase = siteCosine * Math.min(southCosine, northCosine);
            const peakSquared = peakBase > 0 ? (threshold + slack) / peakBase : 1;
            const peak =
              peakSquared >= 0.25
                ? 180
                : 2 * Math.sqrt(peakSquared * (1 + 2 * peakSquared)) * DEGREES_PER_RADIAN * (1 + 1e-9) +
                  EDGE_MARGIN_DEGREES;
            if (peak > outer) outer = peak;
          }
          if (outer < 0) continue;
        }
        const columnFrom = Math.max(0, Math.floor((lon - outer - west) * perLongitude));
        const columnTo = Math.min(columns - 1, Math.floor((lon + outer - west) * perLongitude));
        if (columnFrom > columnTo) continue;
        const base = (stampClass * rows + row) * columns;
        const from = bucketStart[base + columnFrom] as number;
        const to = bucketStart[base + columnTo + 1] as number;
        if (to === from) continue;
        // Buckets wholly inside [lon − inner, lon + inner]: none unless inner > 0.
        let interiorFrom = to;
        let interiorTo = to;
        if (inner > 0) {
          const innerFrom = Math.max(columnFrom, Math.ceil((lon - inner - west) * perLongitude));
          const innerTo = Math.min(columnTo, Math.floor((lon + inner - west) * perLongitude) - 1);
          if (innerFrom <= innerTo) {
            interiorFrom = bucketStart[base + innerFrom] as number;
            interiorTo = bucketStart[base + innerTo + 1] as number;
          }
        }
        // The rim before the inside, the inside whole, the rim after it.
        let slot = from;
        let end = interiorFrom;
        for (;;) {
          for (; slot < end; slot++) {
            const dx = (vectors[slot * 3] as number) - siteX;
            const dy = (vectors[slot * 3 + 1] as number) - siteY;
            const dz = (vectors[slot * 3 + 2] as number) - siteZ;
            const chord = dx * dx + dy * dy + dz * dz;
            if (chord > surelyOutside) continue;
            if (chord >= surelyInside) {
              const pointLatitude = (latitudes[slot] as number) * RADIANS_PER_DEGREE;
              const halfLatitude = Math.sin((siteLatitude - pointLatitude) / 2);
              const halfLongitude = Math.sin(((lon - (longitudes[slot] as number)) * RADIANS_PER_DEGREE) / 2);
              const haversine =
                halfLatitude * halfLatitude +
                Math.cos(pointLatitude) * siteCosine * halfLongitude * halfLongitude;
              if (!(2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1, haversine))) <= radius))
                continue;
            }
            if (lastEnd === slot) runs[length - 1] = slot + 1;
            else {
              runs[length++] = slot;
              runs[length++] = slot + 1;
            }
            lastEnd = slot + 1;
            sitePairs++;
          }
          if (end === to) break;
          if (interiorTo > interiorFrom) {
            if (lastEnd === interiorFrom) runs[length - 1] = interiorTo;
            else {
              runs[length++] = interiorFrom;
              runs[length++] = interiorTo;
            }
            lastEnd = interiorTo;
            sitePairs += interiorTo - interiorFrom;
          }
          slot = interiorTo;
          end = to;
        }
      }
    }
    runTo[index] = length;
    pairs[index] = sitePairs;
    total += sitePairs;
    if (total > maximumPairs) break;
  }
  return { runs, runFrom, runTo, pairs, total };
}
