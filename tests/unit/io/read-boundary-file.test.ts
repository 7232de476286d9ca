import type { Position } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { translateMessage } from '../../../src/i18n/index.ts';
import { projectionCandidates, resolveProjection } from '../../../src/io/projections.ts';
import { type BoundaryFileResult, readBoundaryFile } from '../../../src/io/read-boundary-file.ts';
import { readDbf } from '../../../src/io/read-dbf.ts';
import { unzipEntries } from '../../../src/io/unzip-entries.ts';
import { rejectedMessage, zh, zhAll } from '../messages.ts';
import { buildDbf, buildShp, buildZip, GBK, utf8 } from './fixtures.ts';

/** Two township squares in WGS84, outer rings clockwise as Shapefiles want them. */
const WGS84_RINGS: Position[][] = [
  [
    [109.55, 23.0],
    [109.55, 23.05],
    [109.6, 23.05],
    [109.6, 23.0],
    [109.55, 23.0],
  ],
  [
    [109.6, 23.0],
    [109.6, 23.05],
    [109.65, 23.05],
    [109.65, 23.0],
    [109.6, 23.0],
  ],
];

const ZONE_37_WITH_PREFIX =
  '+proj=tmerc +lat_0=0 +lon_0=111 +k=1 +x_0=37500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const ZONE_36_WITH_PREFIX =
  '+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=36500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const CM_111 = '+proj=tmerc +lat_0=0 +lon_0=111 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';

/** The .prj ArcGIS writes for CGCS2000 3° zone 37 (no AUTHORITY node). */
const ZONE_37_PRJ =
  'PROJCS["CGCS2000_3_Degree_GK_Zone_37",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",37500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",111.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

function projectRings(definition: string | null): number[][][][] {
  const forward = definition ? proj4('WGS84', definition) : null;
  return WGS84_RINGS.map((ring) => [
    ring.map((position) => (forward ? forward.forward(position) : position)),
  ]);
}

/** The GBK attribute table: 乡镇名 (GBK name and values) and XZQDM. */
function gbkDbf(languageDriver = 0): Uint8Array {
  return buildDbf(
    [
      { name: GBK.乡镇名, type: 'C', length: 20 },
      { name: 'XZQDM', type: 'N', length: 12 },
    ],
    [
      [GBK.桥圩镇, '450803100'],
      [GBK.木格镇, '450803101'],
    ],
    languageDriver,
  );
}

function shapefileZip(options: {
  definition: string | null;
  prj?: string;
  cpg?: string;
  dbf?: Uint8Array;
}): Uint8Array {
  const base = GBK.乡镇界;
  const withExtension = (extension: string) => new Uint8Array([...base, ...utf8(`.${extension}`)]);
  return buildZip([
    { name: withExtension('shp'), data: buildShp(projectRings(options.definition)), deflate: true },
    { name: withExtension('dbf'), data: options.dbf ?? gbkDbf(), deflate: true },
    ...(options.prj ? [{ name: withExtension('prj'), data: utf8(options.prj) }] : []),
    ...(options.cpg ? [{ name: withExtension('cpg'), data: utf8(options.cpg) }] : []),
  ]);
}

function expectOk(result: BoundaryFileResult) {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result).slice(0, 300)}`);
  return result;
}

function expectBackInWgs84(result: BoundaryFileResult): void {
  const ok = expectOk(result);
  ok.features.forEach((feature, index) => {
    expect(feature.geometry.type).toBe('Polygon');
    const ring = feature.geometry.type === 'Polygon' ? (feature.geometry.coordinates[0] ?? []) : [];
    const expected = WGS84_RINGS[index] ?? [];
    expect(ring).toHaveLength(expected.length);
    ring.forEach((position, corner) => {
      expect(position[0]).toBeCloseTo(expected[corner]?.[0] ?? 0, 7);
      expect(position[1]).toBeCloseTo(expected[corner]?.[1] ?? 0, 7);
    });
  });
}

describe('readBoundaryFile: zipped Shapefile', () => {
  it('reads a GK zone-37 Shapefile with its .prj and a GBK attribute table without .cpg', async () => {
    const result = await readBoundaryFile(
      shapefileZip({ definition: ZONE_37_WITH_PREFIX, prj: ZONE_37_PRJ }),
      '乡镇界.zip',
    );
    expectBackInWgs84(result);
    const ok = expectOk(result);
    expect(ok.projection.source).toBe('prj');
    expect(zh(ok.projection.label)).toBe('CGCS2000_3_Degree_GK_Zone_37');
    expect(ok.attributeEncoding).toEqual({ encoding: 'gb18030', source: 'detected' });
    expect(ok.fields).toEqual([
      { name: '乡镇名', samples: ['桥圩镇', '木格镇'] },
      { name: 'XZQDM', samples: ['450803100', '450803101'] },
    ]);
    expect(ok.features[0]?.properties).toEqual({ 乡镇名: '桥圩镇', XZQDM: 450803100 });
  });

  it('asks for the projection when the .prj is missing, with the zone the eastings carry', async () => {
    const bytes = shapefileZip({ definition: ZONE_37_WITH_PREFIX });
    const first = await readBoundaryFile(bytes, '乡镇界.zip');
    if (first.status !== 'needs-projection') throw new Error(first.status);
    expect(first.magnitude).toBe('projected-zone-prefix');
    expect(first.zone).toBe(37);
    expect(zh(first.message)).toContain('没有坐标系文件（.prj）');
    expect(first.candidates.map((candidate) => [candidate.id, zh(candidate.label)])).toEqual([
      ['EPSG:4525', 'CGCS2000 3度带 第37带（中央经线111°，带号前缀）'],
    ]);
    expect(first.fields.map((field) => field.name)).toEqual(['乡镇名', 'XZQDM']);
    const again = await readBoundaryFile(bytes, '乡镇界.zip', { projection: first.candidates[0]?.id ?? '' });
    expectBackInWgs84(again);
    expect(expectOk(again).projection.source).toBe('user');
  });

  it('offers zone 36 (central meridian 108°) for eastings that start with 36', async () => {
    const first = await readBoundaryFile(shapefileZip({ definition: ZONE_36_WITH_PREFIX }), 'a.zip');
    if (first.status !== 'needs-projection') throw new Error(first.status);
    expect(first.candidates.map((candidate) => zh(candidate.label))).toEqual([
      'CGCS2000 3度带 第36带（中央经线108°，带号前缀）',
    ]);
    expectBackInWgs84(
      await readBoundaryFile(shapefileZip({ definition: ZONE_36_WITH_PREFIX }), 'a.zip', {
        projection: 'EPSG:4524',
      }),
    );
  });

  it('offers the central meridians around the district for eastings without a zone number', async () => {
    const bytes = shapefileZip({ definition: CM_111 });
    const first = await readBoundaryFile(bytes, 'a.zip', { nearLongitude: 109.6 });
    if (first.status !== 'needs-projection') throw new Error(first.status);
    expect(first.magnitude).toBe('projected');
    expect(first.candidates.map((candidate) => candidate.id)).toEqual([
      'EPSG:4545',
      'EPSG:4546',
      'EPSG:4508',
    ]);
    const label = first.candidates[1]?.label;
    expect(label && zh(label)).toBe('CGCS2000 3度带 中央经线111°（无带号）');
    expect(label && translateMessage('en', label)).toBe(
      'CGCS2000 3° zone, central meridian 111° (no zone number)',
    );
    expectBackInWgs84(await readBoundaryFile(bytes, 'a.zip', { projection: 'EPSG:4546' }));
  });

  it('does not take degrees for granted either: geographic data without .prj is asked about too', async () => {
    const first = await readBoundaryFile(shapefileZip({ definition: null }), 'a.zip');
    if (first.status !== 'needs-projection') throw new Error(first.status);
    expect(first.magnitude).toBe('geographic');
    expect(first.candidates.map((candidate) => candidate.id)).toEqual(['EPSG:4490', 'EPSG:4326']);
    expectBackInWgs84(
      await readBoundaryFile(shapefileZip({ definition: null }), 'a.zip', { projection: 'EPSG:4490' }),
    );
  });

  it('asks again when the chosen projection puts the data outside China', async () => {
    const result = await readBoundaryFile(shapefileZip({ definition: ZONE_37_WITH_PREFIX }), 'a.zip', {
      projection: 'EPSG:4490',
    });
    expect(result.status).toBe('needs-projection');
    expect(result.status === 'needs-projection' && zh(result.message)).toContain('换算后坐标不在中国范围内');
  });

  it('honours .cpg, the language-driver byte and an override for the attribute encoding', async () => {
    const utf8Dbf = buildDbf([{ name: '名称', type: 'C', length: 20 }], [['桥圩镇'], ['木格镇']]);
    const withCpg = expectOk(
      await readBoundaryFile(
        shapefileZip({
          definition: null,
          prj: 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
          cpg: 'UTF-8',
          dbf: utf8Dbf,
        }),
        'a.zip',
      ),
    );
    expect(withCpg.attributeEncoding).toEqual({ encoding: 'utf-8', source: 'cpg' });
    expect(withCpg.fields[0]).toEqual({ name: '名称', samples: ['桥圩镇', '木格镇'] });
    expect(readDbf(gbkDbf(0x4d)).encodingSource).toBe('language-driver');
    expect(readDbf(gbkDbf(), '936').records[0]?.乡镇名).toBe('桥圩镇');
    expect(readDbf(gbkDbf(), undefined, 'big5').encodingSource).toBe('override');
  });

  it('skips null shapes with a note and refuses archives without a polygon layer', async () => {
    const withNull = buildZip([
      { name: 'a.shp', data: buildShp([...projectRings(null), null]) },
      {
        name: 'a.prj',
        data: utf8(
          'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
        ),
      },
    ]);
    const ok = expectOk(await readBoundaryFile(withNull, 'a.zip'));
    expect(ok.features).toHaveLength(2);
    expect(zhAll(ok.warnings)).toEqual([
      '没有属性表（.dbf），无法按名称或代码对应乡镇',
      '第 3 个要素没有几何，已跳过',
    ]);
    const noShp = await readBoundaryFile(buildZip([{ name: 'readme.txt', data: utf8('x') }]), 'b.zip');
    expect(noShp.status === 'error' && zh(noShp.message)).toContain('没有 .shp 文件');
    expect((await readBoundaryFile(buildShp(projectRings(null)), 'a.shp')).status).toBe('error');
  });
});

describe('readBoundaryFile: GeoJSON', () => {
  const projected = (crs?: string) =>
    utf8(
      JSON.stringify({
        type: 'FeatureCollection',
        ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
        features: projectRings(ZONE_37_WITH_PREFIX).map((rings, index) => ({
          type: 'Feature',
          properties: { XZQMC: ['桥圩镇', '木格镇'][index] },
          geometry: { type: 'Polygon', coordinates: rings },
        })),
      }),
    );

  it('reads CGCS2000 Gauss-Krüger coordinates by the crs member', async () => {
    const result = await readBoundaryFile(projected('urn:ogc:def:crs:EPSG::4525'), 'a.geojson');
    expectBackInWgs84(result);
    expect(expectOk(result).projection).toMatchObject({ source: 'geojson-crs', id: 'EPSG:4525' });
  });

  it('asks when projected GeoJSON has no crs, and takes RFC 7946 degrees as WGS84', async () => {
    expect((await readBoundaryFile(projected(), 'a.geojson')).status).toBe('needs-projection');
    const degrees = utf8(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'Polygon', coordinates: projectRings(null)[0] },
          },
        ],
      }),
    );
    expect(expectOk(await readBoundaryFile(degrees, 'b.geojson')).projection.source).toBe('geojson-default');
  });
});

describe('projections', () => {
  it('resolves EPSG ids, URNs, proj4 strings and WKT with EPSG authority', () => {
    const named = resolveProjection('EPSG:4546')?.label;
    expect(named && zh(named)).toBe('CGCS2000 3度带 中央经线111°（无带号）');
    expect(resolveProjection('urn:ogc:def:crs:EPSG::4490')?.id).toBe('EPSG:4490');
    expect(resolveProjection(CM_111)?.definition).toBe(CM_111);
    expect(resolveProjection(`${ZONE_37_PRJ.slice(0, -1)},AUTHORITY["EPSG",4525]]`)?.id).toBe('EPSG:4525');
    expect(resolveProjection('EPSG:9999')).toBeNull();
    expect(resolveProjection('nonsense')).toBeNull();
  });

  it('lists every central meridian when no district longitude is known', () => {
    expect(projectionCandidates([300000, 2500000, 400000, 2600000])).toHaveLength(21 + 11);
  });
});

describe('unzipEntries', () => {
  it('reads stored and deflated entries and GBK entry names', async () => {
    const entries = await unzipEntries(
      buildZip([
        { name: 'a.txt', data: utf8('甲') },
        { name: new Uint8Array([...GBK.乡镇界, 0x2e, 0x63, 0x70, 0x67]), data: utf8('GBK'), deflate: true },
      ]),
    );
    expect([...entries.keys()]).toEqual(['a.txt', '乡镇界.cpg']);
    expect(new TextDecoder().decode(entries.get('乡镇界.cpg'))).toBe('GBK');
    expect(await rejectedMessage(unzipEntries(utf8('not a zip at all, not at all')))).toBe(
      '不是有效的 zip 压缩包',
    );
  });
});
