/**
 * How much of a candidate's service area existing schools already serve: the share of a lattice
 * of sample points in the candidate's area that lie within an existing school's area, under the
 * cost model in use (a circle for the straight line, the places reached in time by road).
 */
import { METRES_PER_DEGREE } from './build-grid-index.ts';
import { type CostModelOptions, type Place, prepareCostModel } from './prepare-cost-model.ts';

/** Samples per side of the square laid over a candidate's area. */
export const AREA_SAMPLES_PER_SIDE = 41;

/** The lattice of samples over a square of half-side `reachMetres` around a place. */
function latticeAround(place: Place, reachMetres: number): Place[] {
  const latitudeStep = (2 * reachMetres) / METRES_PER_DEGREE / (AREA_SAMPLES_PER_SIDE - 1);
  const longitudeStep = latitudeStep / Math.max(0.01, Math.cos((place.lat * Math.PI) / 180));
  const half = (AREA_SAMPLES_PER_SIDE - 1) / 2;
  const samples: Place[] = [];
  for (let row = 0; row < AREA_SAMPLES_PER_SIDE; row++) {
    for (let column = 0; column < AREA_SAMPLES_PER_SIDE; column++) {
      samples.push({
        lon: place.lon + (column - half) * longitudeStep,
        lat: place.lat + (row - half) * latitudeStep,
      });
    }
  }
  return samples;
}

/**
 * Share (0–1) of a candidate's area within an existing school's area. The candidate's area is
 * the samples it reaches within `threshold` (metres in a straight line, or minutes by road), laid
 * over a square of half-side `reachMetres` (the farthest the threshold can carry: the radius
 * itself, or the minutes at the mode's fastest speed); a sample is served when an existing school
 * reaches it within `servedThreshold`.
 * @example measureOverlapArea(site, 2500, 2500, 2500, existingPrimaries, { distance: STRAIGHT_LINE, radii, travel, roads: null })
 */
export function measureOverlapArea(
  place: Place,
  reachMetres: number,
  threshold: number,
  servedThreshold: number,
  existing: readonly Place[],
  options: CostModelOptions,
): number {
  const samples = latticeAround(place, reachMetres);
  const model = prepareCostModel(samples, options);
  const reached = model.reach(place, threshold);
  if (reached.positions.length === 0) return 0;
  const served = model.nearest(existing).costs;
  let count = 0;
  for (const position of reached.positions) {
    if ((served[position] ?? Number.POSITIVE_INFINITY) <= servedThreshold) count++;
  }
  return count / reached.positions.length;
}
