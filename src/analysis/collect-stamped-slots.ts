/**
 * The slots of a stamp lattice within a site's radius: the disc "stamped" on the grid of buckets.
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

/** A growable list of slots, reused from site to site. */
export interface SlotBuffer {
  slots: Int32Array;
  length: number;
}

/** An empty buffer to pass to {@link collectStampedSlots}. */
export function createSlotBuffer(capacity = 4096): SlotBuffer {
  return { slots: new Int32Array(capacity), length: 0 };
}

function reserve(buffer: SlotBuffer, extra: number): void {
  const needed = buffer.length + extra;
  if (needed <= buffer.slots.length) return;
  const grown = new Int32Array(Math.max(needed, buffer.slots.length * 2));
  grown.set(buffer.slots.subarray(0, buffer.length));
  buffer.slots = grown;
}

/** sin²(x / 2): the haversine of an angle. */
function haversineOf(angle: number): number {
  const half = Math.sin(angle / 2);
  return half * half;
}

/** The angle whose haversine is `value` (clamped to [0, π]). */
function angleOfHaversine(value: number): number {
  return 2 * Math.asin(Math.sqrt(Math.min(1, Math.max(0, value))));
}

/**
 * Appends to `buffer` (after its current `length`) every slot whose point lies within the radius
 * of its class of the site at (lon, lat) degrees: `haversineDistance(point, site) <=
 * radiusOfClass[class]`, decided for every pair as that comparison decides it. Classes whose
 * radius is not a finite number ≥ 0 are skipped. Slots come bucket run by bucket run, each slot
 * once.
 * @example collectStampedSlots(lattice, 109.6, 23.1, Float64Array.of(2500, 500), buffer); buffer.length
 */
export function collectStampedSlots(
  lattice: StampLattice,
  lon: number,
  lat: number,
  radiusOfClass: ArrayLike<number>,
  buffer: SlotBuffer,
): void {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
  const { columns, rows, bucketStart, longitudes, latitudes, cosines, west, south } = lattice;
  const { bucketLongitude, bucketLatitude } = lattice;
  const siteLatitude = lat * RADIANS_PER_DEGREE;
  const siteCosine = Math.cos(siteLatitude);
  for (let stampClass = 0; stampClass < lattice.classCount; stampClass++) {
    const radius = radiusOfClass[stampClass] ?? Number.NaN;
    if (!(radius >= 0) || !Number.isFinite(radius)) continue;
    const angle = radius / EARTH_RADIUS_METRES;
    const threshold = haversineOf(Math.min(Math.PI, angle));
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
      const polewardCosine = Math.cos(Math.max(Math.abs(bandSouth), Math.abs(bandNorth)));
      const equatorwardCosine =
        bandSouth <= 0 && bandNorth >= 0 ? 1 : Math.cos(Math.min(Math.abs(bandSouth), Math.abs(bandNorth)));
      // hav(d) = hav(Δφ) + cos φ₀ cos φ hav(Δλ): the widest Δλ any point of the band may have
      // and still be within the radius, and the widest that every point of the band within it has.
      const outerRoom = threshold - haversineOf(nearest);
      if (!large && outerRoom < -threshold * THRESHOLD_MARGIN) continue;
      const outerBase = siteCosine * polewardCosine;
      const outer =
        large || outerBase <= 0
          ? 180
          : (angleOfHaversine((outerRoom + threshold * THRESHOLD_MARGIN) / outerBase) / RADIANS_PER_DEGREE) *
              (1 + 1e-9) +
            EDGE_MARGIN_DEGREES;
      const innerRoom = threshold - haversineOf(farthest);
      const innerBase = siteCosine * equatorwardCosine;
      const inner =
        large || innerRoom <= 0 || innerBase <= 0
          ? -1
          : (angleOfHaversine((innerRoom - threshold * THRESHOLD_MARGIN) / innerBase) / RADIANS_PER_DEGREE) *
              (1 - 1e-9) -
            EDGE_MARGIN_DEGREES;
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
      reserve(buffer, to - from);
      const slots = buffer.slots;
      let length = buffer.length;
      for (let slot = from; slot < to; slot++) {
        if (slot === interiorFrom && interiorTo > interiorFrom) {
          // A run of whole buckets inside the disc: no test.
          for (let inside = interiorFrom; inside < interiorTo; inside++) slots[length++] = inside;
          slot = interiorTo - 1;
          continue;
        }
        // The expression of haversineDistance(point, site), term for term.
        const halfLatitude = Math.sin((siteLatitude - (latitudes[slot] ?? 0)) / 2);
        const halfLongitude = Math.sin(((lon - (longitudes[slot] ?? 0)) * RADIANS_PER_DEGREE) / 2);
        const haversine =
          halfLatitude * halfLatitude + (cosines[slot] ?? 0) * siteCosine * halfLongitude * halfLongitude;
        let within = haversine < threshold * (1 - THRESHOLD_MARGIN);
        if (!within && haversine <= threshold * (1 + THRESHOLD_MARGIN)) {
          within = 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1, haversine))) <= radius;
        }
        if (within) slots[length++] = slot;
      }
      buffer.length = length;
    }
  }
}
