/**
 * Coverage of one service kind over every township at once: the nearest school of every
 * population point (`findNearestSlots`), then the figures (`summariseKindCoverage`). The per-point
 * work that does not depend on the kind (unit vectors, quadtree, township of every point) is done
 * once in {@link prepareCoverage} and shared by every kind.
 */
import { findNearestSlots } from './find-nearest-sites.ts';
import type { CoverageFrame } from './prepare-coverage.ts';
import { type KindCoverageResult, summariseKindCoverage } from './summarise-kind-coverage.ts';

export { type CoverageFrame, prepareCoverage } from './prepare-coverage.ts';
export type { KindCoverageResult } from './summarise-kind-coverage.ts';

/**
 * Coverage of one kind. A point is covered when its nearest site is within the radius of its
 * area (`radiusOfArea`, NaN = district-wide; points in no area use `outsideRadius`). Sums run
 * over the points in Z-order (exact for whole-number populations, whatever the order).
 * @example measureKindCoverage(frame, primarySchools, radii, 2500).district.share
 */
export function measureKindCoverage(
  frame: CoverageFrame,
  sites: readonly { lon: number; lat: number }[],
  radiusOfArea: Float64Array,
  outsideRadius: number,
): KindCoverageResult {
  findNearestSlots(frame.prepared, sites, frame.nearest);
  return summariseKindCoverage(frame, sites, radiusOfArea, outsideRadius);
}
