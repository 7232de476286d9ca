/**
 * The slots of a stamp lattice within a site's radius, as runs of consecutive slots: the disc
 * "stamped" on the grid of buckets.
 * Row by row, the longitude spans inside and outside the disc come from the radius at that
 * latitude; whole runs of buckets inside are taken without a test, and only the points of the
 * buckets on the rim are tested, exactly as `haversineDistance` decides.
 */
import { EARTH_RADIUS_METRES } from '../domain/radius.ts';
import type { StampLattice } from './prepare-stamp-lattice.ts';

const RADIANS_PER_DEGREE = Math.PI / 180;
/**
 * Haversine values this close (relatively) to the threshold are decided on the distance itself,
 * computed as `haversineDistance` computes it; farther ones by the haversine value alone.
 */
const THRESHOLD_MARGIN = 1e-9;
/** Degrees the spans are widened (outer) or narrowed (inner) by, beyond rounding of a bucket's edges. */
const EDGE_MARGIN_DEGREES = 1e-9;
/** Beyond this angle (radians) a disc is no longer small: every slot of the class is tested. */
const LARGEST_STAMP_ANGLE = 1;

/**
 * A growable list of runs of slots, reused from site to site: run k is the slots
 * `runs[2k] … runs[2k + 1] − 1`; `length` counts the numbers used (two a run).
 */
export interface SlotRuns {
  runs: Int32Array;
  length: number;
}

/** An empty list to pass to {@link collectStampedRuns}. */
export function createSlotRuns(capacity = 4096): SlotRuns {
  return { runs: new Int32Array(capacity), length: 0 };
}

function reserve(buffer: SlotRuns, extra: number): void {
  const needed = buffer.length + extra;
  if (needed <= buffer.runs.length) return;
  const grown = new Int32Array(Math.max(needed, buffer.runs.length * 2));
  grown.set(buffer.runs.subarray(0, buffer.length));
  buffer.runs = grown;
}

/** sin²(x / 2): the haversine of an angle. */
function haversineOf(angle: number): number {
  const half = Math.sin(angle / 2);
  return half * half;
}

/** Bounds at the row edges, reused from call to call (grown on demand). */
let outerAtEdge = new Float64Array(256);
let innerAtEdge = new Float64Array(256);

/**
 * Appends to `buffer` (after its current `length`) the runs of slots whose points lie within the radius
 * of its class of the site at (lon, lat) degrees: `haversineDistance(point, site) <=
 * radiusOfClass[class]`, decided for every pair as that comparison decides it. Classes whose
 * radius is not a finite number ≥ 0 are skipped. Each slot is in one run; a run inside the disc
 * costs the same whatever its length, which is what makes a full stamping cheap.
 *
 * The disc's half-width in longitude is a function of latitude with a single peak (a meridian
 * meets a cap in one arc), so over a row of buckets it is smallest at one of the row's edges and
 * largest there too unless the peak falls in the row. The bounds are therefore worked out once per
 * edge of a row — the widest longitude any point at that latitude may be from the site and still
 * be within the radius, and the widest every point within it has — and each row takes the larger
 * (the smaller) of its two edges'; the rows around the peak take the bound of the site's own
 * latitude.
 * @example collectStampedRuns(lattice, 109.6, 23.1, Float64Array.of(2500, 500), runs); runs.length / 2 // runs
 */
export function collectStampedRuns(
  lattice: StampLattice,
  lon: number,
  lat: number,
  radiusOfClass: ArrayLike<number>,
  buffer: SlotRuns,
): void {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
  // Runs of this call only are extended: those already in the buffer may be another site's.
  const first = buffer.length;
  const { columns, rows, bucketStart, longitudes, latitudes, vectors, west, south, edgeCosines } = lattice;
  const { bucketLongitude, bucketLatitude } = lattice;
  // Spans are widened (narrowed) far beyond the rounding of a product instead of a quotient.
  const perLongitude = 1 / bucketLongitude;
  const siteLatitude = lat * RADIANS_PER_DEGREE;
  const siteCosine = Math.cos(siteLatitude);
  const siteSine = Math.sin(siteLatitude);
  const siteLongitude = lon * RADIANS_PER_DEGREE;
  const siteX = siteCosine * Math.cos(siteLongitude);
  const siteY = siteCosine * Math.sin(siteLongitude);
  const siteZ = siteSine;
  const edgeMargin = EDGE_MARGIN_DEGREES * RADIANS_PER_DEGREE;
  for (let stampClass = 0; stampClass < lattice.classCount; stampClass++) {
    const radius = radiusOfClass[stampClass] ?? Number.NaN;
    if (!(radius >= 0) || !Number.isFinite(radius)) continue;
    const angle = radius / EARTH_RADIUS_METRES;
    const threshold = haversineOf(Math.min(Math.PI, angle));
    // chord² = 4·haversine; the band around it covers the rounding of the vectors (absolute,
    // below 1e-15 a component: |Δchord²| ≤ 2·chord·|Δv| + |Δv|²) and of the haversine expression.
    const chordSquared = 4 * threshold;
    const band = chordSquared * THRESHOLD_MARGIN + Math.sqrt(chordSquared) * 1e-14 + 1e-28;
    const surelyInside = chordSquared - band;
    const surelyOutside = chordSquared + band;
    const large = angle > LARGEST_STAMP_ANGLE;
    const reach = large ? 180 : (angle / RADIANS_PER_DEGREE) * (1 + 1e-9) + EDGE_MARGIN_DEGREES;
    const rowFrom = Math.max(0, Math.floor((lat - reach - south) / bucketLatitude));
    const rowTo = Math.min(rows - 1, Math.floor((lat + reach - south) / bucketLatitude));
    if (rowFrom > rowTo) continue;
    const slack = threshold * THRESHOLD_MARGIN;
    // Latitudes (radians) between which the peak of the half-width lies: the site's, and where
    // the disc's meridians touch it, sin φ* = sin φ₀ / cos α (none when the cap holds a pole).
    const peakSine = siteSine / Math.cos(angle);
    const peakOffset = Math.abs(peakSine) < 1 ? Math.abs(Math.asin(peakSine) - siteLatitude) : Math.PI;
    const peakSouth = siteLatitude - peakOffset - 1e-9;
    const peakNorth = siteLatitude + peakOffset + 1e-9;
    // hav(d) = hav(Δφ) + cos φ₀ cos φ hav(Δλ), at every edge of the rows and a hair either side
    // of it: the widest Δλ a point there may have and still be within the radius (−1: none
    // is), and the widest that every point there within it has (−1: not every one at Δλ = 0).
    // Bounds without trigonometry: x − x³/6 ≤ sin x ≤ x; y ≤ asin y ≤ y / √(1 − y²); the
    // cosines of the edges come with the lattice, widened far beyond a hair's change.
    const edges = rowTo - rowFrom + 2;
    if (outerAtEdge.length < edges) {
      outerAtEdge = new Float64Array(edges * 2);
      innerAtEdge = new Float64Array(edges * 2);
    }
    const outerAt = outerAtEdge;
    const innerAt = innerAtEdge;
    if (!large) {
      for (let edge = 0; edge < edges; edge++) {
        const edgeLatitude = (south + (rowFrom + edge) * bucketLatitude) * RADIANS_PER_DEGREE;
        const apart = Math.abs(edgeLatitude - siteLatitude);
        const cosine = edgeCosines[rowFrom + edge] ?? 0;
        const nearestHalf = Math.max(0, apart - edgeMargin) / 2;
        const nearestSine = nearestHalf * (1 - (nearestHalf * nearestHalf) / 6);
        const outerRoom = threshold - nearestSine * nearestSine;
        const outerBase = siteCosine * (cosine * (1 - 1e-9) - 1e-10);
        const outerSquared = outerBase > 0 ? (outerRoom + slack) / outerBase : 1;
        outerAt[edge] =
          outerRoom < -slack
            ? -1
            : outerSquared >= 0.25
              ? 180
              : ((2 * Math.sqrt(outerSquared / (1 - outerSquared))) / RADIANS_PER_DEGREE) * (1 + 1e-9) +
                EDGE_MARGIN_DEGREES;
        const farthestHalf = (apart + edgeMargin) / 2;
        const innerRoom = threshold - farthestHalf * farthestHalf - slack;
        const innerBase = siteCosine * Math.min(1, cosine * (1 + 1e-9) + 1e-10);
        innerAt[edge] =
          innerRoom <= 0 || innerBase <= 0
            ? -1
            : ((2 * Math.sqrt(innerRoom / innerBase)) / RADIANS_PER_DEGREE) * (1 - 1e-9) -
              EDGE_MARGIN_DEGREES;
      }
    }
    for (let row = rowFrom; row <= rowTo; row++) {
      let outer = 180;
      let inner = -1;
      if (!large) {
        const edge = row - rowFrom;
        const southOuter = outerAt[edge] as number;
        const northOuter = outerAt[edge + 1] as number;
        const southInner = innerAt[edge] as number;
        const northInner = innerAt[edge + 1] as number;
        inner = Math.min(southInner, northInner);
        outer = Math.max(southOuter, northOuter);
        const bandSouth = (south + row * bucketLatitude) * RADIANS_PER_DEGREE - edgeMargin;
        const bandNorth = (south + (row + 1) * bucketLatitude) * RADIANS_PER_DEGREE + edgeMargin;
        if (bandSouth <= peakNorth && bandNorth >= peakSouth) {
          // The peak may be in this row: the bound at no distance in latitude, at the row's
          // poleward cosine.
          const southCosine = edgeCosines[row] ?? 0;
          const northCosine = edgeCosines[row + 1] ?? 0;
          const polewardCosine = Math.min(southCosine, northCosine) * (1 - 1e-9) - 1e-10;
          const peakBase = siteCosine * polewardCosine;
          const peakSquared = peakBase > 0 ? (threshold + slack) / peakBase : 1;
          const peak =
            peakSquared >= 0.25
              ? 180
              : ((2 * Math.sqrt(peakSquared / (1 - peakSquared))) / RADIANS_PER_DEGREE) * (1 + 1e-9) +
                EDGE_MARGIN_DEGREES;
          if (peak > outer) outer = peak;
        }
        if (outer < 0) continue;
      }
      const columnFrom = Math.max(0, Math.floor((lon - outer - west) * perLongitude));
      const columnTo = Math.min(columns - 1, Math.floor((lon + outer - west) * perLongitude));
      if (columnFrom > columnTo) continue;
      // Buckets wholly inside [lon − inner, lon + inner].
      let innerFrom = columnTo + 1;
      let innerTo = columnTo;
      if (inner > 0) {
        innerFrom = Math.max(columnFrom, Math.ceil((lon - inner - west) * perLongitude));
        innerTo = Math.min(columnTo, Math.floor((lon + inner - west) * perLongitude) - 1);
        if (innerFrom > innerTo) {
          innerFrom = columnTo + 1;
          innerTo = columnTo;
        }
      }
      const base = (stampClass * rows + row) * columns;
      const from = bucketStart[base + columnFrom] ?? 0;
      const to = bucketStart[base + columnTo + 1] ?? 0;
      if (to === from) continue;
      const interiorFrom = bucketStart[base + innerFrom] ?? 0;
      const interiorTo = bucketStart[base + innerTo + 1] ?? 0;
      // At most a run per slot tested, and one for the inside.
      if (buffer.length + 2 * (to - from) + 2 > buffer.runs.length) reserve(buffer, 2 * (to - from) + 2);
      const runs = buffer.runs;
      let length = buffer.length;
      for (let slot = from; slot < to; slot++) {
        if (slot === interiorFrom && interiorTo > interiorFrom) {
          // A run of whole buckets inside the disc: no test, one run.
          if (length > first && runs[length - 1] === slot) runs[length - 1] = interiorTo;
          else {
            runs[length++] = slot;
            runs[length++] = interiorTo;
          }
          slot = interiorTo - 1;
          continue;
        }
        const dx = (vectors[slot * 3] as number) - siteX;
        const dy = (vectors[slot * 3 + 1] as number) - siteY;
        const dz = (vectors[slot * 3 + 2] as number) - siteZ;
        const chord = dx * dx + dy * dy + dz * dz;
        if (chord > surelyOutside) continue;
        if (chord >= surelyInside) {
          // Within a hair of the radius: the expression of haversineDistance(point, site), term for term.
          const pointLatitude = (latitudes[slot] ?? 0) * RADIANS_PER_DEGREE;
          const halfLatitude = Math.sin((siteLatitude - pointLatitude) / 2);
          const halfLongitude = Math.sin(((lon - (longitudes[slot] ?? 0)) * RADIANS_PER_DEGREE) / 2);
          const haversine =
            halfLatitude * halfLatitude +
            Math.cos(pointLatitude) * siteCosine * halfLongitude * halfLongitude;
          if (!(2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1, haversine))) <= radius)) continue;
        }
        if (length > first && runs[length - 1] === slot) runs[length - 1] = slot + 1;
        else {
          runs[length++] = slot;
          runs[length++] = slot + 1;
        }
      }
      buffer.length = length;
    }
  }
}
