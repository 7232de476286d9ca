/**
 * One configuration for deploying and publishing: what a publication writes into its
 * `atlas.config.json` reads back through the one reader, with the deployment's basemaps and the
 * publisher's basemap file; the command line copies the file beside it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/cli/publish-command.ts';
import { readAtlasConfig } from '../../../src/io/read-atlas-config.ts';
import {
  basemapPublishNote,
  MAX_PUBLISHED_BASEMAP_BYTES,
  PUBLISHED_BASEMAP_FILE,
  PUBLISHED_BASEMAP_ID,
  publishedDeploymentFiles,
  writeAtlasConfig,
} from '../../../src/io/write-atlas-config.ts';
import { TINY_BASEMAP_ATTRIBUTION, tinyBasemap } from '../../fixtures-basemap/tiny-basemap.ts';
import { runCommand } from '../command-streams.ts';
import { zh } from '../messages.ts';

const BASE = 'http://10.1.2.3/atlas/';

const DEPLOYED = readAtlasConfig(
  JSON.stringify({
    version: 1,
    basemaps: [
      {
        id: 'tdt-zw',
        name: '天地图政务版',
        attribution: '天地图（政务版）',
        layers: [
          {
            type: 'wmts',
            url: 'http://10.0.0.9/vec_w/wmts?TILEMATRIX={TileMatrix}&TILEROW={TileRow}&TILECOL={TileCol}',
          },
        ],
      },
      {
        id: 'local',
        name: '本地切片',
        attribution: '自然资源局',
        layers: [{ type: 'pmtiles', url: 'tiles/county.pmtiles' }],
      },
    ],
    defaultBasemap: 'tdt-zw',
  }),
  BASE,
).config;

const FILE = { name: '港南区底图.pmtiles', info: { attribution: 'OpenStreetMap', dataDate: '2024-05-01' } };

describe('the published atlas.config.json', () => {
  it('reads back through the one reader: the deployment’s basemaps, relative URLs kept relative, and the basemap file shown first', () => {
    const written = writeAtlasConfig(DEPLOYED, { ...FILE, shown: true }, BASE);
    const elsewhere = 'http://192.168.0.5/yzt/';
    const read = readAtlasConfig(written, elsewhere);
    expect(read.messages).toEqual([]);
    expect(read.config.basemaps.map((basemap) => basemap.id)).toEqual([
      'tdt-zw',
      'local',
      PUBLISHED_BASEMAP_ID,
    ]);
    expect(read.config.basemaps[1]?.layers).toEqual([
      { kind: 'pmtiles', url: `${elsewhere}tiles/county.pmtiles` },
    ]);
    expect(read.config.basemaps[2]).toMatchObject({
      name: '港南区底图.pmtiles',
      attribution: 'OpenStreetMap',
      dataDate: '2024-05-01',
      layers: [{ kind: 'pmtiles', url: `${elsewhere}${PUBLISHED_BASEMAP_FILE}` }],
    });
    expect(read.config.defaultBasemap).toBe(PUBLISHED_BASEMAP_ID);
    const raster = read.config.basemaps[0]?.layers[0];
    expect(raster?.kind === 'raster' && raster.tiles[0]).toBe(
      'http://10.0.0.9/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
    );
  });

  it('keeps the deployment’s default when the file was open but not shown, and writes none without a file', () => {
    expect(
      readAtlasConfig(writeAtlasConfig(DEPLOYED, { ...FILE, shown: false }, BASE), BASE).config
        .defaultBasemap,
    ).toBe('tdt-zw');
    const bare = readAtlasConfig(writeAtlasConfig(DEPLOYED, null, BASE), BASE).config;
    expect(bare.basemaps.map((basemap) => basemap.id)).toEqual(['tdt-zw', 'local']);
  });

  it('packs the file, or names it when too large, and says which', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const small = { ...FILE, shown: true, bytes: 3, read: async () => bytes };
    const packed = await publishedDeploymentFiles(DEPLOYED, BASE, small);
    expect(packed.files.map((file) => file.path)).toEqual(['atlas.config.json', PUBLISHED_BASEMAP_FILE]);
    expect(packed.files[1]?.text).toBe(bytes);
    expect(zh(packed.note)).toContain('发布版打开时即显示该底图');
    const large = { ...small, bytes: MAX_PUBLISHED_BASEMAP_BYTES + 1 };
    const named = await publishedDeploymentFiles(DEPLOYED, BASE, large);
    expect(named.files.map((file) => file.path)).toEqual(['atlas.config.json']);
    expect(String(named.files[0]?.text)).toContain(PUBLISHED_BASEMAP_FILE);
    expect(zh(named.note)).toContain('未放入发布包');
    expect(zh(basemapPublishNote(null))).toMatch(/^未打开底图文件，发布版不带离线底图/);
  });
});

describe('npm run atlas -- publish --basemap', () => {
  it('copies the basemap file into the folder and names it in the published configuration', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-publish-basemap-'));
    const app = join(root, 'dist');
    mkdirSync(join(app, 'assets'), { recursive: true });
    writeFileSync(join(app, 'index.html'), '<p></p>');
    writeFileSync(join(app, 'app-files.json'), '[]');
    writeFileSync(join(app, 'atlas.config.json'), JSON.stringify({ version: 1, basemaps: [] }));
    const basemap = join(root, '港南区.pmtiles');
    writeFileSync(basemap, tinyBasemap());
    const folder = join(root, 'out');
    const { status, stderr } = await runCommand(run, ['--out', folder, '--dist', app, '--basemap', basemap]);
    expect(stderr).toContain('底图文件 港南区.pmtiles');
    expect(status).toBe(0);
    expect(readFileSync(join(folder, PUBLISHED_BASEMAP_FILE))).toEqual(Buffer.from(tinyBasemap()));
    const config = readAtlasConfig(readFileSync(join(folder, 'atlas.config.json'), 'utf8'), BASE).config;
    expect(config.basemaps[0]).toMatchObject({
      id: PUBLISHED_BASEMAP_ID,
      attribution: TINY_BASEMAP_ATTRIBUTION,
    });
    expect(config.defaultBasemap).toBe(PUBLISHED_BASEMAP_ID);
  }, 60_000);

  it('refuses a basemap that is not a PMTiles file, writing nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-publish-basemap-'));
    const app = join(root, 'dist');
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'index.html'), '<p></p>');
    const basemap = join(root, '底图.pmtiles');
    writeFileSync(basemap, 'not an archive');
    const folder = join(root, 'out');
    const { status } = await runCommand(run, ['--out', folder, '--dist', app, '--basemap', basemap]);
    expect(status).toBe(1);
    expect(existsSync(folder)).toBe(false);
  }, 60_000);
});
