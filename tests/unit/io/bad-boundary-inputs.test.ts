/**
 * The bad boundary files a county bureau really has, table-driven: each case is a file, every
 * message it must produce (exactly, in Chinese) and the outcome: accepted, warned, a question
 * about the projection, or a file error.
 */
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { type BoundaryFileResult, readBoundaryFile } from '../../../src/io/read-boundary-file.ts';
import { zhAll } from '../messages.ts';
import { buildDbf, buildShp, buildZip, GBK, utf8 } from './fixtures.ts';

/** How a boundary file ended; `asks` = the user must choose the projection. */
type BoundaryOutcome = 'accepted' | 'warned' | 'asks' | 'file error';

interface BoundaryCase {
  name: string;
  file: string;
  bytes: () => Uint8Array;
  outcome: BoundaryOutcome;
  messages: string[];
  check?: (result: BoundaryFileResult) => void;
}

const ZONE_37 = '+proj=tmerc +lat_0=0 +lon_0=111 +k=1 +x_0=37500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';

/** A township square in WGS84, outer ring clockwise as Shapefiles want it. */
const SQUARE = [
  [109.55, 23.0],
  [109.55, 23.05],
  [109.6, 23.05],
  [109.6, 23.0],
  [109.55, 23.0],
];

function projected(ring: readonly number[][]): number[][] {
  const forward = proj4('WGS84', ZONE_37);
  return ring.map((position) => forward.forward(position));
}

function gbkShapefile(withPrj: boolean): Uint8Array {
  const dbf = buildDbf(
    [
      { name: GBK.乡镇名, type: 'C', length: 20 },
      { name: 'XZQDM', type: 'N', length: 12 },
    ],
    [[GBK.桥圩镇, '450803100']],
  );
  return buildZip([
    { name: '乡镇界.shp', data: buildShp([[projected(SQUARE)]]), deflate: true },
    { name: '乡镇界.dbf', data: dbf, deflate: true },
    ...(withPrj
      ? [
          {
            name: '乡镇界.prj',
            data: utf8(
              'PROJCS["CGCS2000_3_Degree_GK_Zone_37",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",37500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",111.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
            ),
          },
        ]
      : []),
  ]);
}

function geojson(features: readonly { name: string; rings: number[][][] }[]): Uint8Array {
  return utf8(
    JSON.stringify({
      type: 'FeatureCollection',
      features: features.map((feature) => ({
        type: 'Feature',
        properties: { XZQMC: feature.name },
        geometry: { type: 'Polygon', coordinates: feature.rings },
      })),
    }),
  );
}

/** A bowtie: the ring crosses itself at (109.55, 23.05). */
const BOWTIE = [
  [109.5, 23.0],
  [109.6, 23.1],
  [109.6, 23.0],
  [109.5, 23.1],
  [109.5, 23.0],
];

/** A square whose hole pokes out of it across the south edge. */
const SQUARE_WITH_ESCAPING_HOLE = [
  [
    [109.5, 23.0],
    [109.7, 23.0],
    [109.7, 23.2],
    [109.5, 23.2],
    [109.5, 23.0],
  ],
  [
    [109.6, 22.9],
    [109.55, 23.1],
    [109.65, 23.1],
    [109.6, 22.9],
  ],
];

function okResult(result: BoundaryFileResult) {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${result.status}`);
  return result;
}

const BOUNDARY_CASES: BoundaryCase[] = [
  {
    name: 'a Shapefile without .prj',
    file: '乡镇界.zip',
    bytes: () => gbkShapefile(false),
    outcome: 'asks',
    messages: [
      '乡镇界.zip 中没有坐标系文件（.prj）；坐标数值像带号前缀的高斯-克吕格投影坐标（米），请选择坐标系',
    ],
    check: (result) => {
      expect(result.status === 'needs-projection' && result.candidates[0]?.id).toBe('EPSG:4525');
    },
  },
  {
    name: 'a Shapefile with a GBK attribute table and no .cpg',
    file: '乡镇界.zip',
    bytes: () => gbkShapefile(true),
    outcome: 'accepted',
    messages: [],
    check: (result) => {
      const ok = okResult(result);
      expect(ok.attributeEncoding).toEqual({ encoding: 'gb18030', source: 'detected' });
      expect(ok.features[0]?.properties).toEqual({ 乡镇名: '桥圩镇', XZQDM: 450803100 });
    },
  },
  {
    name: 'GeoJSON in projected coordinates without a crs',
    file: '乡镇界.geojson',
    bytes: () => geojson([{ name: '桥圩镇', rings: [projected(SQUARE)] }]),
    outcome: 'asks',
    messages: [
      '乡镇界.geojson 没有注明坐标系，坐标也不是经纬度；坐标数值像带号前缀的高斯-克吕格投影坐标（米），请选择坐标系',
    ],
  },
  {
    name: 'GeoJSON with a self-intersecting ring (bowtie): split into simple polygons',
    file: '乡镇界.geojson',
    bytes: () => geojson([{ name: '桥圩镇', rings: [BOWTIE] }]),
    outcome: 'warned',
    messages: [
      '第 1 个要素（桥圩镇）的边界自相交（外环在 109.550000, 23.050000 附近与自身交叉），已在交叉处拆分为 2 个不自相交的面，请核对',
    ],
    check: (result) => {
      const geometry = okResult(result).features[0]?.geometry;
      expect(geometry?.type).toBe('MultiPolygon');
      expect(geometry?.type === 'MultiPolygon' && geometry.coordinates.length).toBe(2);
    },
  },
  {
    name: 'GeoJSON with a hole crossing its outer ring: that feature is left out',
    file: '乡镇界.geojson',
    bytes: () =>
      geojson([
        { name: '桥圩镇', rings: SQUARE_WITH_ESCAPING_HOLE },
        { name: '木格镇', rings: [SQUARE] },
      ]),
    outcome: 'warned',
    messages: [
      '第 1 个要素（桥圩镇）的边界自相交（外环与第 1 个内环在 109.575000, 23.000000 附近交叉），无法自动修复，已跳过该要素；请在 GIS 软件中修复后重新导入',
    ],
    check: (result) =>
      expect(okResult(result).features.map((feature) => feature.properties.XZQMC)).toEqual(['木格镇']),
  },
  {
    name: 'GeoJSON whose only polygon has too few points',
    file: '乡镇界.geojson',
    bytes: () => geojson([{ name: '桥圩镇', rings: [SQUARE.slice(0, 3)] }]),
    outcome: 'file error',
    messages: [
      '乡镇界.geojson 中没有可用的面要素（Polygon/MultiPolygon）：第 1 个要素的坐标不完整（每个环至少 4 个点，每个点两个数字），已跳过',
    ],
  },
];

function boundaryOutcome(result: BoundaryFileResult): BoundaryOutcome {
  if (result.status === 'error') return 'file error';
  if (result.status === 'needs-projection') return 'asks';
  return result.warnings.length > 0 ? 'warned' : 'accepted';
}

function boundaryMessages(result: BoundaryFileResult): string[] {
  return zhAll(result.status === 'ok' ? result.warnings : [result.message]);
}

describe('bad boundary inputs: each gives exactly its messages and outcome', () => {
  it.each(BOUNDARY_CASES)('$name ($outcome)', async (testCase) => {
    const result = await readBoundaryFile(testCase.bytes(), testCase.file);
    expect(boundaryMessages(result)).toEqual(testCase.messages);
    expect(boundaryOutcome(result)).toBe(testCase.outcome);
    testCase.check?.(result);
  });
});
