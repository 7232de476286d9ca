/**
 * A kind's coverage on a stamp lattice, every site stamped once: the fast path's full computation.
 * Each stamp adds its runs of slots to a difference array (+1 where a run begins, −1 where it
 * ends), so a run inside the disc costs the same however many points it holds; one pass of
 * running sums then gives every point's covered-by count and every area's covered population.
 */
import { collectStampedRuns, createSlotRuns } from './collect-stamped-runs.ts';
import type { StampLattice } from './prepare-stamp-lattice.ts';
import type { StampedCoverage } from './stamp-site.ts';

/**
 * Stamps every site of a kind on the lattice. The work is the rows of every disc and the points
 * on its rim, not points × sites nor even the pairs within reach.
 * @param radiusOfClass the kind's radius for each class of the lattice (NaN: none)
 * @example startStampedCoverage(lattice, primarySchools, Float64Array.of(2500, 500)).areaCovered[3]
 */
export function startStampedCoverage(
  lattice: StampLattice,
  sites: readonly { lon: number; lat: number }[],
  radiusOfClass: Float64Array,
): StampedCoverage {
  const slots = lattice.order.length;
  const coveredBy = new Int32Array(slots + 1);
  const buffer = createSlotRuns();
  for (const site of sites) {
    buffer.length = 0;
    collectStampedRuns(lattice, site.lon, site.lat, radiusOfClass, buffer);
    const runs = buffer.runs;
    for (let index = 0; index < buffer.length; index += 2) {
      const from = runs[index] ?? 0;
      const to = runs[index + 1] ?? 0;
      coveredBy[from] = (coveredBy[from] ?? 0) + 1;
      coveredBy[to] = (coveredBy[to] ?? 0) - 1;
    }
  }
  const areaCovered = new Float64Array(lattice.areaCount + 1);
  const { slotAreas, slotWeights } = lattice;
  let running = 0;
  for (let slot = 0; slot < slots; slot++) {
    running += coveredBy[slot] ?? 0;
    coveredBy[slot] = running;
    if (running > 0) {
      const area = slotAreas[slot] ?? 0;
      areaCovered[area] = (areaCovered[area] ?? 0) + (slotWeights[slot] ?? 0);
    }
  }
  return { lattice, radiusOfClass, coveredBy: coveredBy.subarray(0, slots), areaCovered, buffer };
}
