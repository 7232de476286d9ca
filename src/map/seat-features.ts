/** GeoJSON for the seat layers, made from one stage's result in one year. */
import type { FeatureCollection } from 'geojson';
import type { SeatScenarios } from '../analysis/seats/analyse-seat-scenarios.ts';
import type { StageSeatBalance } from '../analysis/seats/measure-seat-balance.ts';
import type { School } from '../domain/school.ts';

/**
 * The schools of the stage as points with `code`, `utilisation` (allocated ÷ seats; −1 when the
 * seats are unknown) and `over` (pupils above seats).
 * @example seatSchoolFeatures(balance, schools).features[0].properties.utilisation // 0.93
 */
export function seatSchoolFeatures(balance: StageSeatBalance, schools: readonly School[]): FeatureCollection {
  const byCode = new Map(schools.map((school) => [school.code, school]));
  return {
    type: 'FeatureCollection',
    features: balance.schools.flatMap((figures) => {
      const school = byCode.get(figures.code);
      if (!school) return [];
      const utilisation =
        figures.seats === null || figures.seats === 0 ? -1 : figures.allocated / figures.seats;
      const over = figures.seats !== null && figures.enrolled !== null && figures.enrolled > figures.seats;
      return [
        {
          type: 'Feature' as const,
          properties: { code: figures.code, utilisation, over },
          geometry: { type: 'Point' as const, coordinates: [school.lon, school.lat] },
        },
      ];
    }),
  };
}

/**
 * The places with children left without a seat, with `count` and `cause` (`no-school`: no school
 * of the stage within the radius; `full`: the schools within it are full).
 * @example seatGapFeatures(balance, analysis.places).features.length
 */
export function seatGapFeatures(
  balance: StageSeatBalance,
  places: SeatScenarios['places'],
): FeatureCollection {
  const { places: positions, noSchool, full } = balance.placesWithoutSeat;
  return {
    type: 'FeatureCollection',
    features: Array.from(positions, (place, index) => {
      const withoutSchool = noSchool[index] ?? 0;
      return {
        type: 'Feature' as const,
        properties: {
          count: withoutSchool + (full[index] ?? 0),
          cause: withoutSchool > 0 ? 'no-school' : 'full',
        },
        geometry: {
          type: 'Point' as const,
          coordinates: [places.longitudes[place] ?? 0, places.latitudes[place] ?? 0],
        },
      };
    }),
  };
}
