/** Turns school records into the GeoJSON the school layers draw. */
import type { FeatureCollection, Point } from 'geojson';
import { SCHOOL_TYPE_CODES, type School, schoolState } from '../domain/school.ts';
import { DEFAULT_THEME, schoolIconName, type Theme } from './theme.ts';

/** Properties of one drawn school feature. */
export interface SchoolFeatureProperties {
  code: string;
  name: string;
  icon: string;
  priority: number;
  /** Zoom from which the name is labelled: central, secondary and special schools earlier. */
  labelMinZoom: number;
  /** True when the school fails a school rule (大班额, ICT) in the current analysis. */
  flagged: boolean;
}

/**
 * GeoJSON for the schools at the given indices of `schools`. A feature's `id` is the school's
 * index in `schools`, so hover and selection can use feature-state across filter changes.
 */
export function schoolFeatures(
  schools: readonly School[],
  indices: readonly number[],
  flaggedCodes: ReadonlySet<string> = new Set(),
  theme: Theme = DEFAULT_THEME,
): FeatureCollection<Point, SchoolFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: indices.flatMap((index) => {
      const school = schools[index];
      if (!school) return [];
      const type = SCHOOL_TYPE_CODES[school.type];
      const style = theme.schoolTypes[type];
      const important = school.central || style.priority <= 3;
      const priority = style.priority - (school.central ? 1 : 0);
      return [
        {
          type: 'Feature' as const,
          id: index,
          geometry: { type: 'Point' as const, coordinates: [school.lon, school.lat] },
          properties: {
            code: school.code,
            name: school.name,
            icon: schoolIconName(type, schoolState(school)),
            priority,
            labelMinZoom: important ? 11.5 : 13,
            flagged: flaggedCodes.has(school.code),
          },
        },
      ];
    }),
  };
}
