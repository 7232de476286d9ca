/**
 * One site's stamp added to or taken from a kind's stamped coverage: the covered-by count of every
 * point within its radius changes by one, and the covered population of an area changes only
 * where a count leaves or reaches zero. Adding, removing or moving a school (remove at the old
 * place, add at the new) touches only the points within its old and new radius.
 */
import { collectStampedRuns, type SlotRuns } from './collect-stamped-runs.ts';
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
  buffer: SlotRuns;
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
  collectStampedRuns(lattice, lon, lat, coverage.radiusOfClass, buffer);
  const runs = buffer.runs;
  let touched = 0;
  for (let index = 0; index < buffer.length; index += 2) {
    const from = runs[index] ?? 0;
    const to = runs[index + 1] ?? 0;
    touched += to - from;
    for (let slot = from; slot < to; slot++) {
      const before = coveredBy[slot] ?? 0;
      const after = before + change;
      coveredBy[slot] = after;
      // A point's population counts once it is covered at all: only 0 ↔ 1 changes the sums.
      if (before === 0) {
        const area = slotAreas[slot] ?? 0;
        areaCovered[area] = (areaCovered[area] ?? 0) + (slotWeights[slot] ?? 0);
      } else if (after === 0) {
        const area = slotAreas[slot] ?? 0;
        areaCovered[area] = (areaCovered[area] ?? 0) - (slotWeights[slot] ?? 0);
      }
    }
  }
  return touched;
}
