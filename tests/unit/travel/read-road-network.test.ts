/**
 * Reading road networks and barriers: GeoJSON and zipped Shapefiles (CGCS2000 Gauss–Krüger
 * with a .prj, or asked for without one), the road class from words, route numbers or OSM
 * tags, the report of what was left out and why, and the loose ends within 5 m.
 */
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../../src/domain/message.ts';
import { translateMessage } from '../../../src/i18n/index.ts';
import { readBarrierFile } from '../../../src/io/read-barrier-file.ts';
import {
  MAX_ROAD_VERTICES,
  type RoadNetworkResult,
  readRoadNetwork,
} from '../../../src/io/read-road-network.ts';
import { roadClassOf } from '../../../src/io/road-class-of.ts';
import { buildDbf, buildShp, buildZip, utf8 } from '../io/fixtures.ts';

const zh = (text: Message) => translateMessage('zh-CN', text);

function geojson(features: unknown[], extra: Record<string, unknown> = {}): Uint8Array {
  return utf8(JSON.stringify({ type: 'FeatureCollection', ...extra, features }));
}

function line(coordinates: number[][], properties: Record<string, unknown> = {}) {
  return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates } };
}

function expectOk(result: RoadNetworkResult) {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result).slice(0, 400)}`);
  return result;
}

describe('roadClassOf', () => {
  it('reads words, route numbers and OSM tags, and leaves expressways out', () => {
    expect(roadClassOf('县道')).toBe('县道');
    expect(roadClassOf('G209')).toBe('国道');
    expect(roadClassOf('S304')).toBe('省道');
    expect(roadClassOf('X123')).toBe('县道');
    expect(roadClassOf('y005')).toBe('乡道');
    expect(roadClassOf('C101')).toBe('村道');
    expect(roadClassOf('农村公路')).toBe('村道');
    expect(roadClassOf('trunk')).toBe('国道');
    expect(roadClassOf('tertiary')).toBe('乡道');
    expect(roadClassOf('residential')).toBe('村道');
    expect(roadClassOf('G72')).toBe('left-out');
    expect(roadClassOf('高速公路')).toBe('left-out');
    expect(roadClassOf('motorway')).toBe('left-out');
    expect(roadClassOf('footway')).toBe('left-out');
    expect(roadClassOf('7')).toBeNull();
    expect(roadClassOf('')).toBeNull();
  });
});

describe('readRoadNetwork: GeoJSON', () => {
  it('reads lines with their class, speed and name, and reports what it left out, feature by feature', async () => {
    const bytes = geojson([
      line(
        [
          [109.6, 23.0],
          [109.61, 23.0],
        ],
        { 道路等级: '县道', 名称: '桥木线', 限速: '40' },
      ),
      line(
        [
          [109.61, 23.0],
          [109.61, 23.01],
        ],
        { 道路等级: 'X888', 名称: '', 限速: 'fast' },
      ),
      line(
        [
          [109.6, 23.02],
          [109.62, 23.02],
        ],
        { 道路等级: '高速公路', 名称: '广昆高速' },
      ),
      {
        type: 'Feature',
        properties: { 名称: '驻地' },
        geometry: { type: 'Point', coordinates: [109.6, 23] },
      },
      line(
        [
          [109.6, 23.03],
          [109.6, 23.03],
        ],
        { 道路等级: '乡道', 名称: '断头' },
      ),
      line(
        [
          [109.62, 23.0],
          [109.63, 23.0],
        ],
        { 道路等级: '小路', 名称: '田间路' },
      ),
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [109.7, 23],
              [109.71, 23],
            ],
            [
              [109.72, 23],
              [109.73, 23],
            ],
          ],
        },
      },
    ]);
    const read = expectOk(await readRoadNetwork(bytes, '道路.geojson'));
    const { report } = read;
    expect(report.file).toBe('道路.geojson');
    expect(report.features).toBe(7);
    expect(report.fields).toEqual({ roadClass: '道路等级', speed: '限速', name: '名称' });
    expect(read.network.lines.map((road) => road.roadClass)).toEqual([
      '县道',
      '县道',
      '其他',
      '其他',
      '其他',
    ]);
    expect(read.network.lines[0]?.speed).toBe(40);
    expect(read.network.lines[1]?.speed).toBeNull();
    expect(report.lines).toBe(5);
    expect(report.classes.县道.lines).toBe(2);
    expect(report.classes.县道.kilometres).toBeCloseTo(1.02 + 1.11, 1);
    const rejected = report.rejected.map((issue) => `${issue.feature} ${issue.name}：${zh(issue.reason)}`);
    expect(rejected).toEqual([
      '3 广昆高速：「道路等级」为「高速公路」：高速公路与人行步道不计入步行、骑行和校车的路网，已略去',
      '4 ：几何类型为 Point，不是线要素',
      '5 断头：线要素少于两个不同的点，构不成道路',
    ]);
    expect(report.warnings.map((issue) => `${issue.feature}：${zh(issue.reason)}`)).toEqual([
      '2：「限速」为「fast」，不是有效的速度（公里/小时），按道路等级的速度计算',
    ]);
    expect(report.unknownClassValues).toEqual([
      { value: '小路', count: 1 },
      { value: '', count: 1 },
    ]);
    expect(read.projection.source).toBe('geojson-default');
    expect(read.network.sample).toBe(false);
  });

  it('lists the line ends that stop within 5 m of another line without joining it', async () => {
    const metre = 1 / 111_195;
    const bytes = geojson([
      line([
        [109.6, 23.0],
        [109.62, 23.0],
      ]),
      // A T drawn 3 m short of the first road: loose.
      line([
        [109.61, 23.0 + 3 * metre],
        [109.61, 23.01],
      ]),
      // A T that shares the vertex: joined.
      line([
        [109.62, 23.0],
        [109.62, 23.01],
      ]),
      // A bridge drawn over the first road, ends far from it: not a loose end.
      line([
        [109.605, 22.99],
        [109.605, 23.01],
      ]),
      // 8 m short: too far to list.
      line([
        [109.615, 23.0 - 8 * metre],
        [109.615, 22.99],
      ]),
    ]);
    const { report } = expectOk(await readRoadNetwork(bytes, 'roads.geojson'));
    expect(report.looseEndCount).toBe(1);
    expect(report.looseEnds[0]?.feature).toBe(2);
    expect(report.looseEnds[0]?.otherFeature).toBe(1);
    expect(report.looseEnds[0]?.metres).toBeCloseTo(3, 1);
    // The first road, the joined T, and the loose T, the bridge and the short line apart: 4 parts.
    expect(report.parts).toBe(4);
  });

  it('marks a network whose features say 示例 as sample data', async () => {
    const bytes = geojson([
      line(
        [
          [109.6, 23.0],
          [109.61, 23.0],
        ],
        { 数据来源: '示例数据（脚本生成，非真实道路）' },
      ),
    ]);
    expect(expectOk(await readRoadNetwork(bytes, 'sample.geojson')).network.sample).toBe(true);
  });

  it('refuses what it cannot read, with a message that says what to do', async () => {
    const notJson = await readRoadNetwork(utf8('{"type": "FeatureCollection", '), 'bad.geojson');
    expect(notJson.status === 'error' && zh(notJson.reason)).toMatch(/^bad\.geojson 不是有效的 JSON：/);
    const pbf = await readRoadNetwork(new Uint8Array([1, 2, 3]), 'guangxi-latest.osm.pbf');
    expect(pbf.status === 'error' && zh(pbf.reason)).toContain('GeoJSON');
    const points = await readRoadNetwork(
      geojson([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [109, 23] } }]),
      'p.geojson',
    );
    expect(points.status === 'error' && zh(points.reason)).toBe(
      'p.geojson 中没有可用的线要素（1 个要素未能读取）',
    );
  });

  it('counts vertices before converting anything, and refuses a file over the limit', async () => {
    expect(MAX_ROAD_VERTICES).toBeGreaterThanOrEqual(2_000_000);
    const coordinates = Array.from({ length: 101 }, (_, index) => [109 + index * 1e-4, 23]);
    const result = await readRoadNetwork(geojson([line(coordinates)]), 'province.geojson', {
      maximumVertices: 100,
    });
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(zh(result.reason)).toContain('请先裁剪到本县（区）范围');
  });

  it('asks for the projection of projected GeoJSON without a crs', async () => {
    const bytes = geojson([
      line([
        [356458, 2545222],
        [357458, 2545222],
      ]),
    ]);
    const result = await readRoadNetwork(bytes, 'gk.geojson');
    expect(result.status).toBe('needs-projection');
  });
});

describe('readRoadNetwork: zipped Shapefile in CGCS2000 3° zone 37', () => {
  const zone37 = '+proj=tmerc +lat_0=0 +lon_0=111 +k=1 +x_0=37500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
  const prj =
    'PROJCS["CGCS2000_3_Degree_GK_Zone_37",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",37500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",111.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
  const wgs84Lines = [
    [
      [109.6, 23.0],
      [109.62, 23.0],
    ],
    [
      [109.62, 23.0],
      [109.62, 23.02],
    ],
  ];
  const projected = wgs84Lines.map((part) => [
    part.map((position) => proj4('WGS84', zone37).forward(position)),
  ]);
  const zip = (withPrj: boolean) =>
    buildZip([
      { name: 'roads.shp', data: buildShp(projected, 3), deflate: true },
      {
        name: 'roads.dbf',
        data: buildDbf(
          [
            { name: 'LXBM', type: 'C', length: 10 },
            { name: 'NAME', type: 'C', length: 20 },
          ],
          [
            ['X123', '桥木线'],
            ['Y005', '木格支线'],
          ],
        ),
        deflate: true,
      },
      ...(withPrj ? [{ name: 'roads.prj', data: utf8(prj) }] : []),
    ]);

  it('reads the lines back in WGS84, the class from the route numbers', async () => {
    const read = expectOk(await readRoadNetwork(zip(true), 'roads.zip'));
    expect(read.projection.source).toBe('prj');
    expect(read.report.fields.roadClass).toBe('LXBM');
    expect(read.network.lines.map((road) => [road.roadClass, road.name])).toEqual([
      ['县道', '桥木线'],
      ['乡道', '木格支线'],
    ]);
    read.network.lines.forEach((road, index) => {
      road.coordinates.forEach((position, vertex) => {
        expect(position[0]).toBeCloseTo(wgs84Lines[index]?.[vertex]?.[0] ?? 0, 7);
        expect(position[1]).toBeCloseTo(wgs84Lines[index]?.[vertex]?.[1] ?? 0, 7);
      });
    });
  });

  it('asks for the projection without a .prj, and reads with the one chosen', async () => {
    const first = await readRoadNetwork(zip(false), 'roads.zip');
    expect(first.status).toBe('needs-projection');
    if (first.status !== 'needs-projection') return;
    expect(first.zone).toBe(37);
    expect(first.candidates[0]?.id).toBe('EPSG:4525');
    expect(zh(first.reason)).toContain('roads.zip 中没有坐标系文件（.prj）');
    const second = expectOk(await readRoadNetwork(zip(false), 'roads.zip', { projection: 'EPSG:4525' }));
    expect(second.network.lines).toHaveLength(2);
  });

  it('refuses an archive that would unpack to more than the limit, before unpacking it', async () => {
    const bytes = zip(true);
    // Claim a 1 GB .shp in the central directory.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let offset = 0; offset < bytes.byteLength - 4; offset++) {
      if (view.getUint32(offset, true) === 0x02014b50) {
        view.setUint32(offset + 24, 1024 * 1024 * 1024, true);
        break;
      }
    }
    const result = await readRoadNetwork(bytes, 'roads.zip');
    expect(result.status === 'error' && zh(result.reason)).toContain('解压后约 1024.0 MB');
  });
});

describe('readBarrierFile', () => {
  it('reads river lines and reservoir rings as barrier lines', async () => {
    const bytes = geojson([
      line(
        [
          [109.5, 23.1],
          [109.7, 23.1],
        ],
        { 数据来源: '水利普查' },
      ),
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [109.6, 23.0],
              [109.61, 23.0],
              [109.61, 23.01],
              [109.6, 23.0],
            ],
          ],
        },
      },
    ]);
    const read = await readBarrierFile(bytes, '水系.geojson');
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.barrier.lines).toHaveLength(2);
    expect(read.barrier.source).toBe('水利普查');
    expect(read.report.rejected).toEqual([]);
  });
});
