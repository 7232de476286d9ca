import { describe, expect, it } from 'vitest';
import { translateMessage } from '../../../src/i18n/index.ts';
import { BlobArchiveSource, readBasemapArchive } from '../../../src/io/read-basemap-archive.ts';
import {
  TINY_BASEMAP_ATTRIBUTION,
  TINY_BASEMAP_BOUNDS,
  TINY_BASEMAP_DATE,
  tinyBasemap,
} from '../../fixtures-basemap/tiny-basemap.ts';
import { writePmtiles } from '../../fixtures-basemap/write-pmtiles.ts';

describe('readBasemapArchive', () => {
  it('reads a vector archive: format, zooms, bounds, attribution and data date', async () => {
    const bytes = tinyBasemap(6, 8);
    const read = await readBasemapArchive(new BlobArchiveSource('k', new Blob([bytes])), '测试.pmtiles');
    expect(read).toEqual({
      ok: true,
      info: {
        format: 'vector',
        tileType: 'mvt',
        minZoom: 6,
        maxZoom: 8,
        bounds: TINY_BASEMAP_BOUNDS,
        attribution: TINY_BASEMAP_ATTRIBUTION,
        dataDate: TINY_BASEMAP_DATE,
        vectorLayers: ['earth', 'water', 'roads', 'places'],
      },
    });
  });

  it('reads a raster archive and plain-texts an HTML attribution', async () => {
    const bytes = writePmtiles({
      tileType: 2,
      tiles: [{ z: 3, x: 6, y: 3, data: new Uint8Array([1, 2, 3]) }],
      bounds: [100, 20, 120, 30],
      metadata: { attribution: '<a href="https://www.openstreetmap.org/copyright">&copy; OpenStreetMap</a>' },
    });
    const read = await readBasemapArchive(new BlobArchiveSource('r', new Blob([bytes])), 'r.pmtiles');
    expect(read.ok && read.info.format).toBe('raster');
    expect(read.ok && read.info.attribution).toBe('© OpenStreetMap');
    expect(read.ok && read.info.dataDate).toBeNull();
  });

  it('refuses a file that is not an archive, naming it', async () => {
    const read = await readBasemapArchive(
      new BlobArchiveSource('x', new Blob(['hello world, not tiles'])),
      '照片.jpg',
    );
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(translateMessage('zh-CN', read.message)).toMatch(/^照片\.jpg 不是可读取的 PMTiles 底图文件/);
  });
});
