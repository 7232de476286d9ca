/**
 * One site's stamp added to or taken from a kind's stamped coverage: the covered-by count of every
 * point within its radius changes by one, and the covered population of an area changes only
 * where a count leaves or reaches zero. Adding, removing or moving a school (remove at the old
 * place, add at the new) touches only the points within its old and new radius.
 */
import { collectStampedSlots, type SlotBuffer } from './collect-stamped-slots.ts';
import type { StampLattice } from './prepare-stamp-lattice.ts';

/** Coverage of one kind on a stamp lattice, kept up to date stamp by stamp. */
export interface StampedCoverage {
  lattice: StampLattice;
  /** The kind's radius for every class of the lattice (NaN: no radius, not stamped). */
  radiusOfClass: Float64Array;
  /** How many stamped sites cover the point in each slot. */
  coveredBy: Int32Array;
  /** Covered population by area (index `areaCount`: the points in no area). */
  areaCovered: Float64Array;
  /** Reused from stamp to stamp. */
  buffer: SlotBuffer;
}

/**
 * Adds (`change` 1) or removes (`change` −1) the stamp of a site at (lon, lat) degrees. Removing
 * a stamp that was never added leaves counts below zero: the caller removes only what it added.
 * @returns the number of slots the stamp touched
 * @example stampSite(coverage, school.lon, school.lat, -1); stampSite(coverage, moved.lon, moved.lat, 1)
 */
export function stampSite(coverage: StampedCoverage, lon: number, lat: number, change: 1 | -1): number {
  const { lattice, coveredBy, areaCovered, buffer } = coverage;
  const { slotWeights, slotAreas } = lattice;
  buffer.length = 0;
  collectStampedSlots(lattice, lon, lat, coverage.radiusOfClass, buffer);
  const slots = buffer.slots;
  const touched = buffer.length;
  if (change === 1) {
    for (let index = 0; index < touched; index++) {
      const slot = slots[index] ?? 0;
      const before = coveredBy[slot] ?? 0;
      coveredBy[slot] = before + 1;
      if (before === 0) {
        const area = slotAreas[slot] ?? 0;
        areaCovered[area] = (areaCovered[area] ?? 0) + (slotWeights[slot] ?? 0);
      }
    }
  } else {
    for (let index = 0; index < touched; index++) {
      const slot = slots[index] ?? 0;
      const after = (coveredBy[slot] ?? 0) - 1;
      coveredBy[slot] = after;
      if (after === 0) {
        const area = slotAreas[slot] ?? 0;
        areaCovered[area] = (areaCovered[area] ?? 0) - (slotWeights[slot] ?? 0);
      }
    }
  }
  return touched;
}
