/** The district's name as a point feature for the district label layer. */
import type { FeatureCollection, Point } from 'geojson';
import { placeDistrictLabel } from '../analysis/place-district-label.ts';
import { placedDistrictLabel } from '../analysis/placed-labels.ts';
import type { DistrictCollection, TownshipSeatCollection } from '../domain/township.ts';

/** One point with the district's name at its label point (none when the district is empty). */
export function districtLabelFeatures(
  district: DistrictCollection,
  seats: TownshipSeatCollection | null,
): FeatureCollection<Point, { name: string }> {
  const point = placeDistrictLabel(district, seats);
  const name = district.features[0]?.properties.name ?? '';
  return {
    type: 'FeatureCollection',
    features:
      point && name
        ? [{ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: point } }]
        : [],
  };
}

/** The district's name point: the one placed ahead for these very objects, else placed now. */
export function districtLabelOf(
  district: DistrictCollection,
  seats: TownshipSeatCollection | null,
): FeatureCollection<Point, { name: string }> {
  return placedDistrictLabel(district, seats) ?? districtLabelFeatures(district, seats);
}
