/**
 * What reading a boundary file gives: the features in WGS84 with their attributes, a question
 * about the projection, or a failure; and the raw features the readers hand to the conversion.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Message } from '../domain/message.ts';
import type { BoundingBox, CoordinateMagnitude, ProjectionChoice } from './projections.ts';
import type { AttributeEncodingSource, AttributeValue } from './read-dbf.ts';

/** A boundary feature as read: WGS84 polygons with the file's own attributes. */
export type BoundaryFeature = Feature<Polygon | MultiPolygon, Record<string, AttributeValue>>;

/** An attribute field with a few of its values, so the user can tell which holds names or codes. */
export interface AttributeField {
  name: string;
  /** Up to five distinct non-empty values, as text. */
  samples: string[];
}

/** Options of a boundary read. */
export interface ReadBoundaryOptions {
  /** The user's projection: EPSG:xxxx, a proj4 string or WKT; overrides the file's. */
  projection?: string;
  /** Attribute-table encoding override (WHATWG label, e.g. gb18030). */
  encoding?: string;
  /** The district's longitude, so the projection candidates around it come first. */
  nearLongitude?: number;
}

/** Boundaries read and converted to WGS84. */
export interface BoundaryFileRead {
  status: 'ok';
  file: string;
  features: BoundaryFeature[];
  fields: AttributeField[];
  projection: ProjectionChoice & { source: 'user' | 'prj' | 'geojson-crs' | 'geojson-default' };
  /** How the attribute table was decoded (null for GeoJSON, which is always UTF-8). */
  attributeEncoding: { encoding: string; source: AttributeEncodingSource } | null;
  /** Notes (skipped features, other layers in the zip). */
  warnings: Message[];
}

/** The file does not say its projection (or the one it says does not fit): ask the user. */
export interface BoundaryProjectionNeeded {
  status: 'needs-projection';
  file: string;
  /** Why the question is asked. */
  message: Message;
  /** What the size of the coordinates suggests. */
  magnitude: CoordinateMagnitude;
  /** The zone number when the eastings carry one. */
  zone: number | null;
  /** The raw bounding box of the coordinates. */
  boundingBox: BoundingBox;
  /** Projections to offer, most likely first. */
  candidates: ProjectionChoice[];
  fields: AttributeField[];
}

/** The file cannot be read as boundaries at all. */
export interface BoundaryFileFailure {
  status: 'error';
  file: string;
  message: Message;
}

/** What reading a boundary file gave. */
export type BoundaryFileResult = BoundaryFileRead | BoundaryProjectionNeeded | BoundaryFileFailure;

/** A feature as a reader found it, before the projection is applied. */
export type RawFeature = {
  geometry: Polygon | MultiPolygon | null;
  properties: Record<string, AttributeValue>;
  /** The feature's position in the file (0-based), for messages. */
  index: number;
};
