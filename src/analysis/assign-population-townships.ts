/** Which township each population point belongs to. */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { PopulationPoint } from '../domain/population.ts';
import type { TownshipCollection } from '../domain/township.ts';

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
  const townshipOf = townshipLocator(townships);
  return points.map((point) => townshipOf(point.townshipCode, point.lon, point.lat));
}

/**
 * The township of one point as {@link assignPopulationTownships} finds it, for a caller that reads
 * the point's fields itself (in the one pass that also takes its other columns).
 * @example townshipLocator(townships)(point.townshipCode, point.lon, point.lat) // '450803100'
 */
export function townshipLocator(
  townships: TownshipCollection,
): (townshipCode: string, lon: number, lat: number) => string {
  const known = new Set(townships.features.map((feature) => feature.properties.code));
  const boxes = townships.features.map((feature) => ({ feature, box: bbox(feature) }));
  return (townshipCode, lon, lat) => {
    if (known.has(townshipCode)) return townshipCode;
    const containing = boxes.find(
      ({ feature, box }) =>
        lon >= box[0] &&
        lon <= box[2] &&
        lat >= box[1] &&
        lat <= box[3] &&
        booleanPointInPolygon([lon, lat], feature),
    );
    return containing?.feature.properties.code ?? '';
  };
}
