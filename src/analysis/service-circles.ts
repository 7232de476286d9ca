/** Service-radius circles of the schools of one kind, for the map layer of the selected kind only. */
import { circle } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { type ServiceKind, servesKind } from '../domain/radius.ts';
import type { School } from '../domain/school.ts';

/** Properties of one service circle. */
export interface ServiceCircleProperties {
  /** 学校代码 of the school at the centre. */
  code: string;
  name: string;
  kind: ServiceKind;
  /** Radius in metres. */
  radius: number;
}

/**
 * A circle polygon (turf `circle`, 48 steps by default) around every school serving `kind`, for
 * drawing. These are pictures only: coverage figures never come from merging circles (see
 * analyzeDistrict), which would be slow and would not say who is covered.
 * @param radius metres, one for all, or per school (e.g. the urban or rural radius of its
 *   township); null or non-positive leaves the school out
 * @example serviceCircles(schools, 'primary', 2500).features.length // schools serving primary
 */
export function serviceCircles(
  schools: readonly School[],
  kind: ServiceKind,
  radius: number | ((school: School, position: number) => number | null),
  steps = 48,
): FeatureCollection<Polygon, ServiceCircleProperties> {
  const features: Feature<Polygon, ServiceCircleProperties>[] = [];
  schools.forEach((school, position) => {
    if (!servesKind(school.type, kind)) return;
    const metres = typeof radius === 'number' ? radius : radius(school, position);
    if (metres === null || !(metres > 0)) return;
    features.push(
      circle<ServiceCircleProperties>([school.lon, school.lat], metres / 1000, {
        steps,
        units: 'kilometers',
        properties: { code: school.code, name: school.name, kind, radius: metres },
      }),
    );
  });
  return { type: 'FeatureCollection', features };
}
