import { describe, expect, it } from 'vitest';
import { translateMessage } from '../../../src/i18n/index.ts';
import { DEFAULT_ATLAS_CONFIG } from '../../../src/io/atlas-config.ts';
import { readAtlasConfig } from '../../../src/io/read-atlas-config.ts';

const BASE = 'http://10.1.2.3/atlas/';
const texts = (messages: Parameters<typeof translateMessage>[1][]) =>
  messages.map((item) => translateMessage('zh-CN', item));

describe('readAtlasConfig', () => {
  it('gives the defaults, silently, when there is no file', () => {
    expect(readAtlasConfig(null, BASE)).toEqual({ config: DEFAULT_ATLAS_CONFIG, messages: [] });
  });

  it('reads XYZ, WMTS and PMTiles basemaps, resolving relative addresses against the app', () => {
    const { config, messages } = readAtlasConfig(
      JSON.stringify({
        version: 1,
        basemaps: [
          {
            id: 'gov',
            name: '天地图政务版',
            attribution: '© 天地图（政务版）',
            dataDate: '2024-06',
            layers: [
              {
                type: 'xyz',
                url: ['http://10.0.0.8/vec/{z}/{x}/{y}.png', 'http://10.0.0.9/vec/{z}/{x}/{y}.png'],
                maxzoom: 17,
              },
              {
                type: 'wmts',
                url: 'http://10.0.0.8/cva_w/wmts?SERVICE=WMTS&REQUEST=GetTile&TILEMATRIX={TileMatrix}&TILEROW={TileRow}&TILECOL={TileCol}',
              },
            ],
          },
          {
            id: 'osm',
            name: '港南区底图',
            attribution: '© OpenStreetMap',
            layers: [{ type: 'pmtiles', url: 'basemaps/gangnan.pmtiles' }],
          },
        ],
        defaultBasemap: 'osm',
      }),
      BASE,
    );
    expect(messages).toEqual([]);
    expect(config.defaultBasemap).toBe('osm');
    expect(config.basemaps[0]?.layers).toEqual([
      {
        kind: 'raster',
        tiles: ['http://10.0.0.8/vec/{z}/{x}/{y}.png', 'http://10.0.0.9/vec/{z}/{x}/{y}.png'],
        tileSize: 256,
        minZoom: 0,
        maxZoom: 17,
      },
      {
        kind: 'raster',
        tiles: [
          'http://10.0.0.8/cva_w/wmts?SERVICE=WMTS&REQUEST=GetTile&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
        ],
        tileSize: 256,
        minZoom: 0,
        maxZoom: 18,
      },
    ]);
    expect(config.basemaps[1]?.layers).toEqual([
      { kind: 'pmtiles', url: 'http://10.1.2.3/atlas/basemaps/gangnan.pmtiles' },
    ]);
  });

  it('keeps what it can read and names each problem, never throwing', () => {
    const { config, messages } = readAtlasConfig(
      JSON.stringify({
        version: 1,
        publish: { title: 'x' },
        basemaps: [
          {
            id: 'a',
            name: 'A',
            layers: [
              { type: 'xyz', url: 'http://h/{z}/{x}.png' },
              { type: 'xyz', url: 'http://h/{z}/{x}/{y}.png' },
            ],
          },
          { id: 'a', name: 'A2', layers: [] },
          { name: '无编号', layers: [] },
          { id: 'b', name: 'B', attribution: 'b', layers: [{ type: 'tms', url: 'x' }] },
        ],
        defaultBasemap: 'missing',
      }),
      BASE,
    );
    expect(config.basemaps.map((basemap) => basemap.id)).toEqual(['a']);
    expect(config.defaultBasemap).toBeNull();
    expect(texts(messages)).toEqual([
      '部署配置 atlas.config.json 中的“publish”不是本版本认识的设置，已忽略',
      '部署配置 atlas.config.json 中底图“A”的第 1 个图层地址无效：http://h/{z}/{x}.png（xyz 地址应含 {z}、{x}、{y}，wmts 地址应含 {TileMatrix}、{TileRow}、{TileCol}），已忽略',
      '部署配置 atlas.config.json 中的底图“A”没有填写版权说明 attribution，打印图上将不注明底图来源',
      '部署配置 atlas.config.json 中第 2 个底图的 id“a”与前面的重复，已忽略',
      '部署配置 atlas.config.json 中第 3 个底图缺少 id，已忽略',
      '部署配置 atlas.config.json 中底图“B”的第 1 个图层类型“tms”无法识别（应为 xyz、wmts 或 pmtiles），已忽略',
      '部署配置 atlas.config.json 中的底图“B”没有可用的图层，已忽略',
      '部署配置 atlas.config.json 的 defaultBasemap“missing”不是已配置的底图，已忽略',
    ]);
  });

  it('refuses broken JSON, a missing version and a newer version with the defaults', () => {
    expect(texts(readAtlasConfig('{', BASE).messages)[0]).toMatch(
      /^部署配置 atlas\.config\.json 不是有效的 JSON/,
    );
    expect(texts(readAtlasConfig('[]', BASE).messages)).toEqual([
      '部署配置 atlas.config.json 应为 JSON 对象，已按默认设置运行',
    ]);
    expect(texts(readAtlasConfig('{"basemaps": []}', BASE).messages)).toEqual([
      '部署配置 atlas.config.json 的版本号 version 无效（undefined），已按默认设置运行',
    ]);
    const newer = readAtlasConfig('{"version": 2, "basemaps": [{"id": "x"}]}', BASE);
    expect(newer.config).toEqual(DEFAULT_ATLAS_CONFIG);
    expect(texts(newer.messages)[0]).toContain('第 2 版，本程序只能读取第 1 版');
  });
});
