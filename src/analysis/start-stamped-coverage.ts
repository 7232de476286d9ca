/** A kind's coverage on a stamp lattice, every site stamped once: the fast path's full computation. */
import { createSlotBuffer } from './collect-stamped-slots.ts';
import type { StampLattice } from './prepare-stamp-lattice.ts';
import { type StampedCoverage, stampSite } from './stamp-site.ts';

/**
 * Stamps every site of a kind on the lattice. The work is the (point, site) pairs within reach,
 * not points × sites: at province scale (10⁶ cells, 30,000 schools) about a million.
 * @param radiusOfClass the kind's radius for each class of the lattice (NaN: none)
 * @example startStampedCoverage(lattice, primarySchools, Float64Array.of(2500, 500)).areaCovered[3]
 */
export function startStampedCoverage(
  lattice: StampLattice,
  sites: readonly { lon: number; lat: number }[],
  radiusOfClass: Float64Array,
): StampedCoverage {
  const coverage: StampedCoverage = {
    lattice,
    radiusOfClass,
    coveredBy: new Int32Array(lattice.order.length),
    areaCovered: new Float64Array(lattice.areaCount + 1),
    buffer: createSlotBuffer(),
  };
  for (const site of sites) stampSite(coverage, site.lon, site.lat, 1);
  return coverage;
}
