import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { translateMessage } from '../../../src/i18n/index.ts';
import { MAX_REFERENCE_VERTICES, readReferenceLayer } from '../../../src/io/read-reference-layer.ts';
import { buildDbf, buildShp, buildZip, utf8 } from './fixtures.ts';

/** The first position of a geometry, however nested. */
function firstPosition(geometry: Geometry | undefined): number[] {
  let value: unknown = geometry && 'coordinates' in geometry ? geometry.coordinates : [];
  while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
  return Array.isArray(value) ? (value as number[]) : [];
}

const roads = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { 名称: 'G209', class: 1 },
      geometry: {
        type: 'LineString',
        coordinates: [
          [109.6, 23.0],
          [109.7, 23.05],
        ],
      },
    },
    { type: 'Feature', properties: { 名称: '无几何' }, geometry: null },
    {
      type: 'Feature',
      properties: { 名称: '外国' },
      geometry: { type: 'Point', coordinates: [10, 50] },
    },
    {
      type: 'Feature',
      properties: { 名称: '集合' },
      geometry: { type: 'GeometryCollection', geometries: [] },
    },
    {
      type: 'Feature',
      properties: { 名称: '上喜村' },
      geometry: { type: 'Point', coordinates: [109.8, 22.9] },
    },
  ],
};

describe('readReferenceLayer', () => {
  it('reads GeoJSON lines and points, rejecting each bad feature with a message naming it', async () => {
    const read = await readReferenceLayer(utf8(JSON.stringify(roads)), '规划道路.geojson');
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.layer.features.features).toHaveLength(2);
    expect(read.counts).toEqual({ points: 1, lines: 1, polygons: 0 });
    expect(read.layer.kind).toBe('road');
    expect(read.layer.name).toBe('规划道路');
    expect(read.layer.labelField).toBe('名称');
    expect(read.rejected.map((rejected) => rejected.number)).toEqual([2, 3, 4]);
    expect(read.rejected.map((rejected) => translateMessage('zh-CN', rejected.message))).toEqual([
      '第 2 个要素（无几何）没有几何图形',
      '第 3 个要素（外国）的坐标（10, 50）在中国范围以外，请检查坐标系',
      '第 4 个要素（集合）的几何类型 GeometryCollection 不受支持（只支持点、线、面）',
    ]);
  });

  it('converts GCJ-02 points when the user says the file is in GCJ-02', async () => {
    const point = { type: 'Point', coordinates: [116.41024449916938, 39.91640428150164] };
    const read = await readReferenceLayer(utf8(JSON.stringify(point)), 'p.json', { coordinates: 'gcj02' });
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    const [lon, lat] = firstPosition(read.layer.features.features[0]?.geometry);
    expect(lon).toBeCloseTo(116.404, 5);
    expect(lat).toBeCloseTo(39.915, 5);
  });

  it('asks for the projection of projected coordinates the file does not name, then reads them', async () => {
    // CGCS2000 Gauss-Krüger, central meridian 111° without zone prefix (EPSG:4546), near 港南区.
    const square = [
      [
        [360000, 2550000],
        [360000, 2551000],
        [361000, 2551000],
        [361000, 2550000],
        [360000, 2550000],
      ],
    ];
    const zip = buildZip([
      { name: '地块.shp', data: buildShp([square]) },
      { name: '地块.dbf', data: buildDbf([{ name: 'DKMC', type: 'C', length: 20 }], [['一号地块']]) },
    ]);
    const asked = await readReferenceLayer(zip, '地块.zip');
    expect(asked.status).toBe('needs-projection');
    if (asked.status !== 'needs-projection') return;
    expect(asked.candidates.map((candidate) => candidate.id)).toContain('EPSG:4546');
    const read = await readReferenceLayer(zip, '地块.zip', { projection: 'EPSG:4546' });
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.layer.kind).toBe('parcel');
    expect(read.counts.polygons).toBe(1);
    const [lon, lat] = firstPosition(read.layer.features.features[0]?.geometry);
    expect(lon).toBeGreaterThan(109.5);
    expect(lon).toBeLessThan(109.7);
    expect(lat).toBeGreaterThan(23);
    expect(lat).toBeLessThan(23.1);
    expect(read.layer.features.features[0]?.properties.DKMC).toBe('一号地块');
  });

  it('reads KML placemarks and zipped KML (KMZ)', async () => {
    const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>郁江</name><LineString><coordinates>109.5,23.1,0 109.6,23.12,0</coordinates></LineString></Placemark>
<Placemark><name>上喜村</name><Point><coordinates>109.8,22.9</coordinates></Point></Placemark>
</Document></kml>`;
    const read = await readReferenceLayer(utf8(kml), '河流.kml');
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.counts).toEqual({ points: 1, lines: 1, polygons: 0 });
    expect(read.layer.labelField).toBe('name');
    expect(read.layer.kind).toBe('river');
    const kmz = await readReferenceLayer(
      buildZip([{ name: 'doc.kml', data: utf8(kml), deflate: true }]),
      '河流.kmz',
    );
    expect(kmz.status).toBe('ok');
  });

  it('refuses what it cannot read with a message naming the file, and never throws', async () => {
    const cases: [Uint8Array, string, string][] = [
      [utf8('{"type": "Feature", '), '坏.geojson', '坏.geojson 不是有效的 GeoJSON'],
      [utf8('{"hello": 1}'), '空.json', '空.json 中没有 GeoJSON 要素'],
      [utf8('<html></html>'), '网页.kml', '网页.kml 不是有效的 KML 文件'],
      [utf8('not a zip'), '坏.zip', '坏.zip 无法解压：不是有效的 zip 压缩包'],
      [utf8('a,b'), '表格.csv', '表格.csv 不是可读取的参考图层文件'],
      [
        buildZip([{ name: 'readme.txt', data: utf8('x') }]),
        '无图层.zip',
        '无图层.zip 中没有 .shp 或 .kml 文件',
      ],
    ];
    for (const [bytes, file, expected] of cases) {
      const read = await readReferenceLayer(bytes, file);
      expect(read.status, file).toBe('error');
      if (read.status === 'error') expect(translateMessage('zh-CN', read.message)).toContain(expected);
    }
  });

  it('refuses a layer with more vertices than the limit before converting it', async () => {
    const line = {
      type: 'LineString',
      coordinates: Array.from({ length: MAX_REFERENCE_VERTICES + 1 }, (_, i) => [109 + i / 1e7, 23]),
    };
    const read = await readReferenceLayer(utf8(JSON.stringify(line)), '长线.geojson');
    expect(read.status).toBe('error');
    if (read.status === 'error') expect(read.message.key).toBe('referenceErrorTooManyVertices');
  });
});
