/**
 * The previous method (as it stood before the change that replaced it; kept only to be timed
 * beside the current one in scripts/bench/suggest-bench.ts and stamped-coverage-bench.ts; never
 * used by the atlas).
 *
 * The slots of a stamp lattice within a site's radius, as runs of consecutive slots: the disc
 * "stamped" on the grid of buckets.
 * Row by row, the longitude spans inside and outside the disc come from the radius at that
 * latitude; whole runs of buckets inside are taken without a test, and only the points of the
 * buckets on the rim are tested, exactly as `haversineDistance` decides.
 */
import { EARTH_RADIUS_METRES } from '../../../src/domain/radius.ts';
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

/**
 * Appends to `buffer` (after its current `length`) the runs of slots whose points lie within the radius
 * of its class of the site at (lon, lat) degrees: `haversineDistance(point, site) <=
 * radiusOfClass[class]`, decided for every pair as that comparison decides it. Classes whose
 * radius is not a finite number ≥ 0 are skipped. Each slot is in one run; a run inside the disc
 * costs the same whatever its length, which is what makes a full stamping cheap.
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
  const siteLatitude = lat * RADIANS_PER_DEGREE;
  const siteCosine = Math.cos(siteLatitude);
  const siteLongitude = lon * RADIANS_PER_DEGREE;
  const siteX = siteCosine * Math.cos(siteLongitude);
  const siteY = siteCosine * Math.sin(siteLongitude);
  const siteZ = Math.sin(siteLatitude);
  for (let stampClass = 0; stampClass < lattice.classCount; stampClass++) {
    const radius = radiusOfClass[stampClass] ?? Number.NaN;
    if (!(radius >= 0) || !Number.isFinite(radius)) continue;
    const angle = radius / EARTH_RADIUS_METRES;
    const threshold = haversineOf(Math.min(Math.PI, angle));
    // chord² = 4·haversine; the band around it covers the rounding of the vectors (absolute,
    // about 1e-16 a component) and of the haversine expression.
    const chordSquared = 4 * threshold;
    const band = chordSquared * THRESHOLD_MARGIN + Math.sqrt(chordSquared) * 1e-14;
    const surelyInside = chordSquared - band;
    const surelyOutside = chordSquared + band;
    const large = angle > LARGEST_STAMP_ANGLE;
    const reach = large ? 180 : (angle / RADIANS_PER_DEGREE) * (1 + 1e-9) + EDGE_MARGIN_DEGREES;
    const rowFrom = Math.max(0, Math.floor((lat - reach - south) / bucketLatitude));
    const rowTo = Math.min(rows - 1, Math.floor((lat + reach - south) / bucketLatitude));
    for (let row = rowFrom; row <= rowTo; row++) {
      // The row's band of latitude, a hair wider than its buckets for rounding at their edges.
      const bandSouth = (south + row * bucketLatitude - EDGE_MARGIN_DEGREES) * RADIANS_PER_DEGREE;
      const bandNorth = (south + (row + 1) * bucketLatitude + EDGE_MARGIN_DEGREES) * RADIANS_PER_DEGREE;
      const nearest =
        siteLatitude < bandSouth
          ? bandSouth - siteLatitude
          : siteLatitude > bandNorth
            ? siteLatitude - bandNorth
            : 0;
      const farthest = Math.max(Math.abs(bandSouth - siteLatitude), Math.abs(bandNorth - siteLatitude));
      // Bounds without trigonometry: the cosines of the row's edges come with the lattice, a
      // hair narrowed or widened for the band's margin; x − x³/6 ≤ sin x ≤ x; y ≤ asin y ≤ y / √(1 − y²).
      const southCosine = edgeCosines[row] ?? 0;
      const northCosine = edgeCosines[row + 1] ?? 0;
      const polewardCosine = Math.min(southCosine, northCosine) * (1 - 1e-9);
      const equatorwardCosine =
        bandSouth <= 0 && bandNorth >= 0 ? 1 : Math.min(1, Math.max(southCosine, northCosine) * (1 + 1e-9));
      const nearestHalf = nearest / 2;
      const nearestSine = Math.max(0, nearestHalf * (1 - (nearestHalf * nearestHalf) / 6));
      const farthestHalf = farthest / 2;
      // hav(d) = hav(Δφ) + cos φ₀ cos φ hav(Δλ): the widest Δλ any point of the band may have
      // and still be within the radius, and the widest that every point of the band within it has.
      const outerRoom = threshold - nearestSine * nearestSine;
      if (!large && outerRoom < -threshold * THRESHOLD_MARGIN) continue;
      const outerBase = siteCosine * polewardCosine;
      const outerSquared = outerBase > 0 ? (outerRoom + threshold * THRESHOLD_MARGIN) / outerBase : 1;
      const outer =
        large || outerSquared >= 0.25
          ? 180
          : ((2 * Math.sqrt(outerSquared)) / Math.sqrt(1 - outerSquared) / RADIANS_PER_DEGREE) * (1 + 1e-9) +
            EDGE_MARGIN_DEGREES;
      const innerRoom = threshold - farthestHalf * farthestHalf - threshold * THRESHOLD_MARGIN;
      const innerBase = siteCosine * equatorwardCosine;
      const inner =
        large || innerRoom <= 0 || innerBase <= 0
          ? -1
          : ((2 * Math.sqrt(innerRoom / innerBase)) / RADIANS_PER_DEGREE) * (1 - 1e-9) - EDGE_MARGIN_DEGREES;
      const columnFrom = Math.max(0, Math.floor((lon - outer - west) / bucketLongitude));
      const columnTo = Math.min(columns - 1, Math.floor((lon + outer - west) / bucketLongitude));
      if (columnFrom > columnTo) continue;
      // Buckets wholly inside [lon − inner, lon + inner].
      let innerFrom = columnTo + 1;
      let innerTo = columnTo;
      if (inner > 0) {
        innerFrom = Math.max(columnFrom, Math.ceil((lon - inner - west) / bucketLongitude));
        innerTo = Math.min(columnTo, Math.floor((lon + inner - west) / bucketLongitude) - 1);
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
      reserve(buffer, 2 * (to - from) + 2);
      const runs = buffer.runs;
      let length = buffer.length;
      for (let slot = from; slot < to; slot++) {
        let within = false;
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
        const dx = (vectors[slot * 3] ?? 0) - siteX;
        const dy = (vectors[slot * 3 + 1] ?? 0) - siteY;
        const dz = (vectors[slot * 3 + 2] ?? 0) - siteZ;
        const chord = dx * dx + dy * dy + dz * dz;
        if (chord < surelyInside) within = true;
        else if (chord <= surelyOutside) {
          // Within a hair of the radius: the expression of haversineDistance(point, site), term for term.
          const pointLatitude = (latitudes[slot] ?? 0) * RADIANS_PER_DEGREE;
          const halfLatitude = Math.sin((siteLatitude - pointLatitude) / 2);
          const halfLongitude = Math.sin(((lon - (longitudes[slot] ?? 0)) * RADIANS_PER_DEGREE) / 2);
          const haversine =
            halfLatitude * halfLatitude +
            Math.cos(pointLatitude) * siteCosine * halfLongitude * halfLongitude;
          within = 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1, haversine))) <= radius;
        }
        if (!within) continue;
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
