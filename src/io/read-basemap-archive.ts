/**
 * Reads what a PMTiles archive says about itself — vector or raster, zooms, bounds, attribution
 * and the date of its data — from a file the user opened (a Blob, read in slices, never whole) or
 * from a URL on the app's own server. The `pmtiles` package reads the format; this turns its
 * header into the atlas's terms and its failures into messages. Never throws. The package is
 * loaded when an archive is first read (a chunk of its own, not part of the first load).
 */
import type { RangeResponse, Source, TileType } from 'pmtiles';
import type { BasemapArchiveInfo } from '../domain/basemap.ts';
import { type Message, message } from '../domain/message.ts';

/** A PMTiles source over a Blob: each read is a slice, so a 2 GB file is never in memory at once. */
export class BlobArchiveSource implements Source {
  constructor(
    private readonly key: string,
    private readonly blob: Blob,
  ) {}

  /** The key `pmtiles://` URLs name this archive by. */
  getKey(): string {
    return this.key;
  }

  /** The bytes [offset, offset + length) of the file. */
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: await this.blob.slice(offset, offset + length).arrayBuffer() };
  }
}

/** What each tile type of the format is in the atlas's terms (the package's enum, loaded with it). */
function tileTypes(
  types: typeof TileType,
): Partial<Record<TileType, { format: 'vector' | 'raster'; tileType: string }>> {
  return {
    [types.Mvt]: { format: 'vector', tileType: 'mvt' },
    [types.Png]: { format: 'raster', tileType: 'png' },
    [types.Jpeg]: { format: 'raster', tileType: 'jpg' },
    [types.Webp]: { format: 'raster', tileType: 'webp' },
    [types.Avif]: { format: 'raster', tileType: 'avif' },
  };
}

/** Metadata keys that carry the date of an archive's data, most telling first. */
const DATE_KEYS = [
  'data_date',
  'date',
  'planetiler:osm:osmosisreplicationtime',
  'osm_date',
  'created',
  'generated',
];

function metadataText(metadata: unknown, key: string): string {
  if (typeof metadata !== 'object' || metadata === null) return '';
  const value = (metadata as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

/** The attribution as text: archives often carry it as HTML links. */
function plainAttribution(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&copy;/g, '©')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The ids of the archive's `vector_layers` (TileJSON metadata). */
function vectorLayersOf(metadata: unknown): string[] {
  const list =
    typeof metadata === 'object' && metadata !== null
      ? (metadata as Record<string, unknown>).vector_layers
      : null;
  if (!Array.isArray(list)) return [];
  return list.flatMap((layer) =>
    typeof layer === 'object' && layer !== null && typeof (layer as { id?: unknown }).id === 'string'
      ? [(layer as { id: string }).id]
      : [],
  );
}

/** What an archive read gives. */
export type BasemapArchiveRead = { ok: true; info: BasemapArchiveInfo } | { ok: false; message: Message };

/**
 * Reads the header and metadata of an archive.
 * @param name the file's name or URL, for messages
 * @example const read = await readBasemapArchive(new BlobArchiveSource('k', file), file.name)
 */
export async function readBasemapArchive(source: Source | string, name: string): Promise<BasemapArchiveRead> {
  try {
    const { PMTiles, TileType } = await import('pmtiles');
    const archive = new PMTiles(source);
    const header = await archive.getHeader();
    const type = tileTypes(TileType)[header.tileType];
    if (!type) {
      return {
        ok: false,
        message: message('basemapErrorTileType', { file: name, type: String(header.tileType) }),
      };
    }
    let metadata: unknown = {};
    try {
      metadata = await archive.getMetadata();
    } catch {
      // Metadata is optional in the format: an archive without it still draws.
    }
    const date = DATE_KEYS.map((key) => metadataText(metadata, key)).find((value) =>
      /^\d{4}-\d{2}-\d{2}/.test(value),
    );
    return {
      ok: true,
      info: {
        ...type,
        minZoom: header.minZoom,
        maxZoom: header.maxZoom,
        bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
        attribution: plainAttribution(metadataText(metadata, 'attribution')),
        dataDate: date ? date.slice(0, 10) : null,
        vectorLayers: vectorLayersOf(metadata),
      },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: message('basemapErrorNotArchive', { file: name, reason }) };
  }
}
