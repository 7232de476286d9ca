/**
 * Bad roster files as a whole: empty, header only, a required column missing, the wrong kind of
 * file, a wrong encoding override.
 */
import { expect } from 'vitest';
import { buildZip, encodeGb18030, utf8 } from '../fixtures.ts';
import { binaryNoise, csv, GOOD_ROW, HEADER, type RosterCase } from './roster-case.ts';

/** The whole-file cases. */
export const ROSTER_FILE_CASES: RosterCase[] = [
  {
    name: 'an empty file',
    file: '名录.csv',
    bytes: () => new Uint8Array(),
    outcome: 'file error',
    messages: ['名录.csv：文件为空'],
  },
  {
    name: 'a file of blank lines',
    file: '名录.csv',
    bytes: () => utf8('\r\n  \r\n,,,\r\n'),
    outcome: 'file error',
    messages: ['名录.csv：文件为空'],
  },
  {
    name: 'a header-only file',
    file: '名录.csv',
    bytes: () => csv([HEADER]),
    outcome: 'file error',
    messages: ['名录.csv：只有表头（第 1 行），没有数据行'],
  },
  {
    name: 'a required column missing',
    file: '名录.csv',
    bytes: () => csv(['学校代码,学校名称,经度,纬度', '001,甲,109.6,23.1']),
    outcome: 'file error',
    messages: ['名录.csv：缺少必需的列 学校类型（可在“列对应”中指定哪一列是它）'],
  },
  {
    name: 'an .xls renamed .xlsx',
    file: '名录.xlsx',
    bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...binaryNoise(504)]),
    outcome: 'file error',
    messages: [
      '名录.xlsx 是旧版 Excel（.xls）文件，无法直接读取；请在 Excel 或 WPS 中「另存为」.xlsx 或 CSV（UTF-8）后再导入',
    ],
  },
  {
    name: 'a random binary renamed .xlsx',
    file: '名录.xlsx',
    bytes: () => binaryNoise(2048),
    outcome: 'file error',
    messages: [
      '名录.xlsx 不是有效的 Excel 工作簿：.xlsx 文件应是 zip 格式，.xls 文件应是旧版 Excel 格式，而此文件两者都不是，可能已损坏或只是改了扩展名',
    ],
  },
  {
    name: 'a zip that is not a workbook (a Shapefile picked by mistake)',
    file: '名录.xlsx',
    bytes: () => buildZip([{ name: 'a.shp', data: utf8('x') }]),
    outcome: 'file error',
    messages: [
      '名录.xlsx 不是可读取的 Excel 工作簿（.xlsx）：压缩包里没有 Excel 工作簿的内容（可能是别的 zip 文件，如 Shapefile 压缩包）',
    ],
  },
  {
    name: 'a random binary named .csv',
    file: '名录.csv',
    bytes: () => binaryNoise(2048),
    outcome: 'file error',
    messages: [
      '名录.csv 含有二进制内容，不像文本表格；若是 Excel 文件请保存为 .xlsx，若是 UTF-16 文本请在“文字编码”中选择 UTF-16',
    ],
  },
  {
    name: 'an .xls that is really tab-separated text (as some systems export)',
    file: '名录.xls',
    bytes: () => encodeGb18030(`${HEADER.replaceAll(',', '\t')}\r\n${GOOD_ROW.replaceAll(',', '\t')}\r\n`),
    outcome: 'warned',
    messages: ['名录.xls 的扩展名是 .xls，内容却是文本表格，已按文本（制表符分隔）读取'],
    check: (result) => expect(result.accepted[0]?.record.name).toBe('桥圩镇中心小学'),
  },
  {
    name: 'an .xls that is really a web page',
    file: '名录.xls',
    bytes: () => utf8('<html><body><table><tr><td>学校名称</td></tr></table></body></html>'),
    outcome: 'file error',
    messages: [
      '名录.xls 其实是网页（HTML）或 XML 格式的表格，不是 Excel 工作簿；请用 Excel 或 WPS 打开后「另存为」.xlsx 或 CSV（UTF-8）再导入',
    ],
  },
  {
    name: 'GeoJSON points with a feature that is not a point',
    file: '学校.geojson',
    bytes: () =>
      utf8(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { 学校代码: '001', 学校名称: '甲', 学校类型: '小学', 办学性质: '公办' },
              geometry: { type: 'Point', coordinates: [109.6, 23.1] },
            },
            {
              type: 'Feature',
              properties: { 学校代码: '002', 学校名称: '乙', 学校类型: '小学', 办学性质: '公办' },
              geometry: { type: 'LineString', coordinates: [] },
            },
          ],
        }),
      ),
    outcome: 'rejected',
    messages: [
      '学校.geojson 第 3 行：几何类型为 LineString，只能导入点（Point）',
      '学校.geojson 第 3 行「经度」：缺少坐标',
      '学校.geojson 第 3 行「纬度」：缺少坐标',
    ],
  },
  {
    name: 'an encoding override that is not an encoding',
    file: '名录.csv',
    bytes: () => csv([HEADER, GOOD_ROW]),
    options: { encoding: 'klingon' },
    outcome: 'file error',
    messages: ['不认识的文字编码“klingon”，可用 utf-8、gb18030、utf-16le 等'],
  },
];
