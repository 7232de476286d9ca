/** What the stamped coverage of a kind says without any distance: covered population by area, and the gap points. */
import type { StampedCoverage } from './stamp-site.ts';

/** Covered figures of one kind from its stamps. */
export interface StampedCoverageSummary {
  /** Covered population by area (index `areaCount`: the points in no area); NaN where the area's class has no radius. */
  areaCovered: Float64Array;
  /** Positions of the points with population beyond their radius, ascending (as `measureKindCoverage` lists them). */
  gapPositions: Int32Array;
}

/**
 * The covered population by area and the gap points (population > 0, a radius, no stamp
 * covering them; points without coordinates are gaps wherever their area has a radius).
 * @param marks scratch of one byte per point position, all 0, left all 0 (reused across calls)
 * @example summariseStampedCoverage(coverage, new Uint8Array(points.length)).gapPositions.length
 */
export function summariseStampedCoverage(
  coverage: StampedCoverage,
  marks: Uint8Array,
): StampedCoverageSummary {
  const { lattice, coveredBy, radiusOfClass } = coverage;
  const { order, slotWeights, unplaced, unplacedWeights, unplacedClasses, classOfArea } = lattice;
  const hasRadius = (stampClass: number) => {
    const radius = radiusOfClass[stampClass] ?? Number.NaN;
    return radius >= 0 && Number.isFinite(radius);
  };
  const slotClassRadius = new Uint8Array(lattice.classCount);
  for (let stampClass = 0; stampClass < lattice.classCount; stampClass++)
    slotClassRadius[stampClass] = hasRadius(stampClass) ? 1 : 0;
  let gaps = 0;
  // Slots are ordered by class: the class of a slot is the one whose buckets hold it.
  const bucketsPerClass = lattice.rows * lattice.columns;
  for (let stampClass = 0; stampClass < lattice.classCount; stampClass++) {
    if (!slotClassRadius[stampClass]) continue;
    const from = lattice.bucketStart[stampClass * bucketsPerClass] ?? 0;
    const to = lattice.bucketStart[(stampClass + 1) * bucketsPerClass] ?? 0;
    for (let slot = from; slot < to; slot++) {
      if (coveredBy[slot] === 0 && (slotWeights[slot] ?? 0) > 0) {
        marks[order[slot] ?? 0] = 1;
        gaps++;
      }
    }
  }
  unplaced.forEach((position, index) => {
    if (!((unplacedWeights[index] ?? 0) > 0) || !slotClassRadius[unplacedClasses[index] ?? 0]) return;
    marks[position] = 1;
    gaps++;
  });
  const gapPositions = new Int32Array(gaps);
  let gap = 0;
  for (let position = 0; position < marks.length && gap < gaps; position++) {
    if (!marks[position]) continue;
    marks[position] = 0;
    gapPositions[gap++] = position;
  }
  const areaCovered = Float64Array.from(coverage.areaCovered, (covered, area) =>
    hasRadius(classOfArea[area] ?? -1) ? covered : Number.NaN,
  );
  return { areaCovered, gapPositions };
}
