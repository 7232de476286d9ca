/**
 * A copy of src/analysis/assign-population-townships.ts as it was on main at 3f19a31, kept as the previous method of the
 * benchmark (scripts/bench/prepare-points-bench.ts) and the equality tests; not used by the app.
 */
/** Which township each population point belongs to. */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { PopulationPoint } from '../../../src/domain/population.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';

/**
 * The township code of every population point: its own `townshipCode` when that is one of the
 * townships, otherwise the township whose boundary contains it (bounding boxes first, so a
 * million grid cells against a few dozen boundaries stays quick); '' when outside them all.
 * @example assignPopulationTownships(population.points, townships)[0] // '450803100'
 */
export function assignPopulationTownships(
  points: readonly Pick<PopulationPoint, 'lon' | 'lat' | 'townshipCode'>[],
  townships: TownshipCollection,
): string[] {
  const known = new Set(townships.features.map((feature) => feature.properties.code));
  const boxes = townships.features.map((feature) => ({ feature, box: bbox(feature) }));
  return points.map((point) => {
    if (known.has(point.townshipCode)) return point.townshipCode;
    const containing = boxes.find(
      ({ feature, box }) =>
        point.lon >= box[0] &&
        point.lon <= box[2] &&
        point.lat >= box[1] &&
        point.lat <= box[3] &&
        booleanPointInPolygon([point.lon, point.lat], feature),
    );
    return containing?.feature.properties.code ?? '';
  });
}
