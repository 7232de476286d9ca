/** Township-level units (乡镇/街道) and the district around them. */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/** Properties of one township boundary feature. */
export interface TownshipProperties {
  /** GB/T 2260 township-level code, e.g. 450803100. */
  code: string;
  /** Chinese name, e.g. 桥圩镇. */
  name: string;
  /** Urban (街道 in the city proper) or rural; selects the service radius defaults. */
  urban: boolean;
  /** True while the boundary is built from seat points and not an official line. */
  approximate: boolean;
}

/** A township boundary. */
export type TownshipFeature = Feature<Polygon | MultiPolygon, TownshipProperties>;
/** All township boundaries of a district. */
export type TownshipCollection = FeatureCollection<Polygon | MultiPolygon, TownshipProperties>;

/** Properties of a township seat (label) point. */
export interface TownshipSeatProperties {
  code: string;
  name: string;
  /** True when the point is a proxy (a nearby village or the district centre), not the seat itself. */
  proxy: boolean;
  /** How the point was chosen, as given in the source table. */
  pointKind: string;
  source: string;
}

/** Township seat points. */
export type TownshipSeatCollection = FeatureCollection<Point, TownshipSeatProperties>;

/** Properties of the district outline feature. */
export interface DistrictProperties {
  /** GB/T 2260 county-level code, e.g. 450803. */
  code: string;
  name: string;
  source: string;
}

/** The district outline. */
export type DistrictCollection = FeatureCollection<Polygon | MultiPolygon, DistrictProperties>;

/** One village or community committee (村委会/居委会). */
export interface Village {
  code: string;
  name: string;
  townshipCode: string;
}
