/**
 * The stamp lattice of the points a suggestion's coverage lists may hold: the same slots in the
 * same order as `prepareStampLattice` gives for the same points and classes (the same core,
 * `placeOnLattice`), without what the lists do not need (population and township of every slot).
 */
import { placeOnLattice, type StampLattice } from './prepare-stamp-lattice.ts';

/**
 * The lattice of the points of a class ≥ 0 (`classOfPoint`, one of `classCount`): points whose
 * coordinates are not finite numbers are left unplaced. The slots equal those of
 * `prepareStampLattice(points, weights, classOfPoint, classCount, [0, 1, …, classCount − 1, −1])`,
 * with every slot weighing nothing.
 * @param inClass how many points are of a class ≥ 0, when already counted (else counted here)
 * @example prepareListLattice(cells, Int32Array.from(cells, () => 0), 1).order.length // cells placed
 */
export function prepareListLattice(
  points: readonly { lon: number; lat: number }[],
  classOfPoint: Int32Array,
  classCount: number,
  inClass?: number,
): StampLattice {
  let placed = inClass ?? 0;
  if (inClass === undefined)
    for (let position = 0; position < points.length; position++)
      if ((classOfPoint[position] ?? -1) >= 0) placed++;
  return placeOnLattice(points, classOfPoint, placed, classCount, null);
}
