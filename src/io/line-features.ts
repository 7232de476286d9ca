/**
 * The line and polygon features read from a road or barrier file — roads, rivers, reservoirs —
 * and the results of a read, as data: what the readers of both formats return.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Message } from '../domain/message.ts';
import type { LonLat } from '../domain/road-network.ts';
import type { BoundingBox, CoordinateMagnitude, ProjectionChoice } from './projections.ts';
import type { AttributeField } from './read-boundary-file.ts';
import type { AttributeEncodingSource, AttributeValue } from './read-dbf.ts';

/** What kind of geometry a feature is read as. */
export type LineFeatureKind = 'line' | 'polygon';

/** A feature as read: its lines (a polygon's rings, closed) in WGS84, and its attributes. */
export interface LineFeature {
  /** Position in the file, from 0. */
  index: number;
  kind: LineFeatureKind;
  parts: LonLat[][];
  properties: Record<string, AttributeValue>;
}

/** A feature left out, and why. */
export interface SkippedFeature {
  /** Position in the file, from 0. */
  index: number;
  reason: Message;
}

/** Where the projection came from. */
export type LineProjectionSource = 'user' | 'prj' | 'geojson-crs' | 'geojson-default';

/** The file read and converted. */
export interface LineFileRead {
  status: 'ok';
  file: string;
  features: LineFeature[];
  skipped: SkippedFeature[];
  /** Features in the file, read or not. */
  featureCount: number;
  fields: AttributeField[];
  projection: ProjectionChoice & { source: LineProjectionSource };
  /** How the attribute table was decoded (null for GeoJSON). */
  attributeEncoding: { encoding: string; source: AttributeEncodingSource } | null;
  /** Notes on the whole file (other layers in the archive, no attribute table). */
  notes: Message[];
}

/** The file does not say its projection, or the one it says does not fit: ask. */
export interface LineFileProjectionNeeded {
  status: 'needs-projection';
  file: string;
  reason: Message;
  magnitude: CoordinateMagnitude;
  zone: number | null;
  boundingBox: BoundingBox;
  candidates: ProjectionChoice[];
  fields: AttributeField[];
}

/** The file cannot be read at all. */
export interface LineFileFailure {
  status: 'error';
  file: string;
  reason: Message;
}

/** What reading gave. */
export type LineFileResult = LineFileRead | LineFileProjectionNeeded | LineFileFailure;

/** Options of a read. */
export interface ReadLineOptions {
  /** The geometries wanted: roads are lines; barriers are lines or polygons. */
  accept: readonly LineFeatureKind[];
  /** Most vertices the caller can take; a larger file is refused before it is converted. */
  maximumVertices: number;
  /** The user's projection (EPSG:xxxx, proj4 or WKT); overrides the file's. */
  projection?: string;
  /** Attribute-table encoding override. */
  encoding?: string;
  /** The district's longitude, so nearby zones are offered first. */
  nearLongitude?: number;
}

/** Largest total of the files in an archive, once unpacked. */
export const MAX_INFLATED_BYTES = 400 * 1024 * 1024;

/** A geometry as the file holds it, before conversion. */
export type RawGeometry = LineString | MultiLineString | Polygon | MultiPolygon;

/** A feature as the file holds it, before conversion. */
export interface RawFeature {
  index: number;
  geometry: RawGeometry;
  properties: Record<string, AttributeValue>;
}
