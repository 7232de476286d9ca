/**
 * A tiny vector basemap of 港南区 for the tests — TEST DATA, NOT A MAP: land, a few straight
 * invented roads (a highway, major and minor roads on a grid) and the 郁江 centreline, in the
 * Protomaps tile schema (layers earth, water, roads, places), zooms 6–12, written as PMTiles.
 */
import { readFileSync } from 'node:fs';
import { encodeVectorTile, type TileFeature } from './encode-vector-tile.ts';
import { type ArchiveTile, writePmtiles } from './write-pmtiles.ts';

/** The archive covers this box: the district and a margin. */
export const TINY_BASEMAP_BOUNDS: [number, number, number, number] = [109.4, 22.6, 110.0, 23.2];

/** The attribution the archive carries. */
export const TINY_BASEMAP_ATTRIBUTION = '测试底图（非真实道路）';

/** The data date the archive's metadata gives. */
export const TINY_BASEMAP_DATE = '2024-05-01';

type LonLat = [number, number];

interface SourceFeature {
  layer: 'earth' | 'water' | 'roads' | 'places';
  type: TileFeature['type'];
  rings: LonLat[][];
  properties: Record<string, string | number>;
}

function features(): SourceFeature[] {
  const [west, south, east, north] = TINY_BASEMAP_BOUNDS;
  const river = JSON.parse(readFileSync('geodata/rivers/yujiang-ne10m.geojson', 'utf8')).features[0].geometry
    .coordinates as LonLat[];
  const list: SourceFeature[] = [
    {
      layer: 'earth',
      type: 'polygon',
      rings: [
        [
          [west, north],
          [east, north],
          [east, south],
          [west, south],
          [west, north],
        ],
      ],
      properties: { kind: 'earth' },
    },
    { layer: 'water', type: 'line', rings: [river], properties: { kind: 'river', name: '郁江' } },
    {
      layer: 'roads',
      type: 'line',
      rings: [
        [
          [west, 22.93],
          [east, 22.97],
        ],
      ],
      properties: { kind: 'highway', name: '测试高速', ref: 'G00' },
    },
  ];
  for (let lon = 109.5; lon < 109.95; lon += 0.08) {
    list.push({
      layer: 'roads',
      type: 'line',
      rings: [
        [
          [lon, south],
          [lon + 0.02, north],
        ],
      ],
      properties: { kind: 'major_road', name: '测试大道' },
    });
  }
  for (let lat = 22.7; lat < 23.15; lat += 0.04) {
    list.push({
      layer: 'roads',
      type: 'line',
      rings: [
        [
          [west, lat],
          [east, lat + 0.01],
        ],
      ],
      properties: { kind: 'minor_road', name: '测试路' },
    });
  }
  return list;
}

function worldPixel([lon, lat]: LonLat, zoom: number): [number, number] {
  const scale = 2 ** zoom;
  const sine = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI)) * scale];
}

/**
 * The archive's bytes.
 * @example writeFileSync('basemap.pmtiles', tinyBasemap())
 */
export function tinyBasemap(minZoom = 6, maxZoom = 12): Uint8Array<ArrayBuffer> {
  const source = features();
  const tiles: ArchiveTile[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const [west, south, east, north] = TINY_BASEMAP_BOUNDS;
    const [x0, y0] = worldPixel([west, north], z).map(Math.floor) as [number, number];
    const [x1, y1] = worldPixel([east, south], z).map(Math.floor) as [number, number];
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const toTile = (point: LonLat): [number, number] => {
          const [px, py] = worldPixel(point, z);
          return [Math.round((px - x) * 4096), Math.round((py - y) * 4096)];
        };
        const layers = (['earth', 'water', 'roads'] as const).map((name) => ({
          name,
          features: source
            .filter((feature) => feature.layer === name)
            .map((feature) => ({
              type: feature.type,
              properties: feature.properties,
              rings: feature.rings.map((ring) => ring.map(toTile)),
            })),
        }));
        tiles.push({ z, x, y, data: encodeVectorTile(layers) });
      }
    }
  }
  return writePmtiles({
    tileType: 1,
    tiles,
    bounds: TINY_BASEMAP_BOUNDS,
    metadata: {
      name: 'tiny test basemap',
      attribution: TINY_BASEMAP_ATTRIBUTION,
      date: TINY_BASEMAP_DATE,
      vector_layers: [{ id: 'earth' }, { id: 'water' }, { id: 'roads' }, { id: 'places' }],
    },
  });
}
