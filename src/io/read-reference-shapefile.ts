/**
 * The raw contents of a zipped Shapefile for a reference layer: the first layer's shapes (points,
 * lines or polygons, in the file's own coordinates), its attribute table and its .prj text.
 */
import type { Geometry } from 'geojson';
import { parseShp } from 'shpjs';
import { type Message, message } from '../domain/message.ts';
import { type AttributeValue, readDbf } from './read-dbf.ts';

/** A zipped Shapefile as read, before any projection. */
export interface ShapefileContents {
  shapes: (Geometry | null)[];
  records: Record<string, AttributeValue>[];
  fields: string[];
  /** The .prj text, when the archive has one. */
  prj: string | null;
  warnings: Message[];
}

function extensionOf(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).toLowerCase();
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads the first .shp of the archive's entries with its .dbf, .prj and .cpg. Never throws.
 * @param encoding the attribute table's encoding when the user chose one
 */
export function readReferenceShapefile(
  entries: ReadonlyMap<string, Uint8Array>,
  file: string,
  encoding?: string,
): { ok: true; contents: ShapefileContents } | { ok: false; message: Message } {
  const names = [...entries.keys()].filter((name) => !name.includes('__MACOSX'));
  const shapeNames = names.filter((name) => extensionOf(name) === 'shp');
  const shapeName = shapeNames[0];
  if (!shapeName) return { ok: false, message: message('referenceErrorNoShp', { file }) };
  const warnings: Message[] = [];
  if (shapeNames.length > 1)
    warnings.push(message('referenceWarningOtherLayers', { count: shapeNames.length, shape: shapeName }));
  const base = shapeName.slice(0, -4).toLowerCase();
  const sibling = (extension: string) =>
    names.find((name) => name.toLowerCase() === `${base}.${extension}`) ?? null;
  const textOf = (name: string | null) => (name ? new TextDecoder().decode(entries.get(name)) : undefined);
  const dbfName = sibling('dbf');
  let records: Record<string, AttributeValue>[] = [];
  let fields: string[] = [];
  if (dbfName) {
    try {
      const table = readDbf(entries.get(dbfName) ?? new Uint8Array(), textOf(sibling('cpg')), encoding);
      records = table.records;
      fields = table.fields;
    } catch (error) {
      return {
        ok: false,
        message: message('referenceErrorShp', { file, shape: dbfName, reason: reason(error) }),
      };
    }
  } else warnings.push(message('referenceWarningNoDbf'));
  try {
    const shp = entries.get(shapeName) ?? new Uint8Array();
    const shapes = parseShp(
      new DataView(shp.buffer, shp.byteOffset, shp.byteLength) as unknown as ArrayBuffer,
    ) as (Geometry | null)[];
    return { ok: true, contents: { shapes, records, fields, prj: textOf(sibling('prj')) ?? null, warnings } };
  } catch (error) {
    return {
      ok: false,
      message: message('referenceErrorShp', { file, shape: shapeName, reason: reason(error) }),
    };
  }
}
