/**
 * `npm run atlas -- analyze`: checks every township against the plan's rules and computes
 * service-radius coverage, with the same analysis code the app runs (analyzeDistrict). Every
 * omitted input falls back to the embedded default in geodata/. JSON or CSV out; rejected input
 * rows on stderr with the app's messages. Exit status: 0 when the analysis ran (even with
 * rejected rows), 1 when an input file cannot be read at all, 2 for a usage mistake.
 *
 * Population CSV is read here with papaparse for now (points 名称/经度/纬度/人口, or a township
 * table 乡镇代码/乡镇名称/人口); the importer's readers in src/io will take this over.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import Papa from 'papaparse';
import { analyzeDistrict, type DistrictAnalysis } from '../../src/analysis/analyze-district.ts';
import { evaluateTargets } from '../../src/analysis/evaluate-targets.ts';
import type { PopulationData, PopulationPoint, TownshipPopulation } from '../../src/domain/population.ts';
import {
  DEFAULT_SERVICE_RADII,
  SERVICE_KIND_NAMES,
  SERVICE_KINDS,
  type ServiceKind,
} from '../../src/domain/radius.ts';
import { parseRuleSet, type RuleSet } from '../../src/domain/rules.ts';
import { existsToday, type School } from '../../src/domain/school.ts';
import type { TownshipCollection, TownshipFeature } from '../../src/domain/township.ts';
import { formatRowIssue, type RowIssue } from '../../src/io/import-result.ts';
import { type CoordinateSystem, readRosterBytes } from '../../src/io/read-roster-bytes.ts';
import type { CommandStreams } from './command.ts';
import { scanOptions, UsageError } from './parse-options.ts';

/** The repository root, where the embedded defaults live. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The embedded default inputs, relative to the repository root. */
export const DEFAULT_INPUTS = {
  schools: 'geodata/schools.sample.csv',
  townships: 'geodata/townships.geojson',
  population: 'geodata/population.model.json',
  rules: 'geodata/rules/gangnan-2018-2020.json',
} as const;

const USAGE = `用法: npm run atlas -- analyze [选项]

按乡镇检查规划规则（寄宿制小学、公办中心幼儿园、人口大镇新建幼儿园、服务半径覆盖率）与学校指标
（大班额、宽带、生机比、师机比），输出 JSON 或 CSV。未给出的输入使用内置的港南区默认数据。

选项:
  --schools 文件      学校名录（CSV/TSV/XLSX/GeoJSON），默认 ${DEFAULT_INPUTS.schools}（示例数据）
  --townships 文件    乡镇界线 GeoJSON，属性 code/name 或 乡镇代码/乡镇名称（可选 urban：是否城区），
                      默认 ${DEFAULT_INPUTS.townships}（示意界线）
  --population 文件   人口：CSV 点（名称, 经度, 纬度, 人口[, 乡镇代码]）或乡镇表（乡镇代码/乡镇名称, 人口），
                      或 PopulationData JSON；默认 ${DEFAULT_INPUTS.population}（示例/模型估算）
  --rules 文件        规则集 JSON，默认 ${DEFAULT_INPUTS.rules}
  --scenario 情景     current（现状，默认）或 planned（规划完成后）
  --year 年份         截至该年年底（如 2019）；省略则不按年份截取
  --coords 坐标系     输入坐标系 wgs84（默认）、gcj02 或 bd09（学校名录与人口点）
  --sheet 工作表      XLSX 名录的工作表名或序号
  --encoding 编码     文本名录的编码（如 gb18030），默认自动识别
  --format 格式       json（默认）或 csv（UTF-8 带 BOM，每行一个乡镇 × 规则）
  --out 文件          写入文件，默认输出到标准输出
  --help              显示本说明

退出码：0 分析完成（被拒绝的行列在标准错误中）；1 有输入文件完全无法读取；2 选项有误。`;

/** The parsed command line. */
interface AnalyzeOptions {
  schools: string | null;
  townships: string | null;
  population: string | null;
  rules: string | null;
  scenario: 'current' | 'planned';
  year: number | null;
  coords: CoordinateSystem;
  sheet: string | null;
  encoding: string | null;
  format: 'json' | 'csv';
  out: string | null;
  help: boolean;
}

/** An input file that cannot be read at all (exit 1); the reason is already on stderr. */
export class UnreadableInput extends Error {}

const VALUE_OPTIONS = [
  'schools',
  'townships',
  'population',
  'rules',
  'scenario',
  'year',
  'coords',
  'sheet',
  'encoding',
  'format',
  'out',
] as const;

function parseArguments(args: readonly string[]): AnalyzeOptions {
  const { values, help, choose } = scanOptions(args, { values: VALUE_OPTIONS });
  const yearText = values.get('year');
  const year = yearText === undefined ? null : Number(yearText);
  if (year !== null && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) {
    throw new UsageError(`选项 --year 应为年份（如 2019），实际为 ${yearText}`);
  }
  return {
    schools: values.get('schools') ?? null,
    townships: values.get('townships') ?? null,
    population: values.get('population') ?? null,
    rules: values.get('rules') ?? null,
    scenario: choose('scenario', ['current', 'planned'] as const, 'current'),
    year,
    coords: choose('coords', ['wgs84', 'gcj02', 'bd09'] as const, 'wgs84'),
    sheet: values.get('sheet') ?? null,
    encoding: values.get('encoding') ?? null,
    format: choose('format', ['json', 'csv'] as const, 'json'),
    out: values.get('out') ?? null,
    help,
  };
}

function write(stream: CommandStreams['stderr'], text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Reads a file (given, or the embedded default) or writes why not and stops with exit 1. */
export async function readInput(
  given: string | null,
  fallback: string,
  stderr: CommandStreams['stderr'],
): Promise<{ path: string; name: string; bytes: Uint8Array }> {
  const path = given ?? join(ROOT, fallback);
  try {
    return { path, name: basename(path), bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    write(stderr, `无法读取文件 ${path}：${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    throw new UnreadableInput(path);
  }
}

function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

function parseJsonFile(text: string, path: string, stderr: CommandStreams['stderr']): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    write(stderr, `${path} 不是有效的 JSON：${(error as Error).message}`);
    throw new UnreadableInput(path);
  }
}

function readRuleSet(text: string, path: string, stderr: CommandStreams['stderr']): RuleSet {
  const parsed = parseRuleSet(parseJsonFile(text, path, stderr));
  if (!parsed.ok) {
    for (const error of parsed.errors) write(stderr, `${basename(path)}：${error}`);
    throw new UnreadableInput(path);
  }
  return parsed.ruleSet;
}

function isYes(value: unknown): boolean {
  return value === true || value === '是' || value === 'true' || value === '城区' || value === 1;
}

/**
 * Township boundaries: properties `code`/`name` or `乡镇代码`/`乡镇名称`; `urban` (or 城区) true/是
 * for urban townships; `approximate` kept when given, otherwise false (an imported file is taken
 * as official). Features without a code or a polygon are reported and left out.
 */
export function readTownships(
  text: string,
  path: string,
  stderr: CommandStreams['stderr'],
): TownshipCollection {
  const json = parseJsonFile(text, path, stderr) as Partial<FeatureCollection>;
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    write(stderr, `${path} 不是 GeoJSON FeatureCollection`);
    throw new UnreadableInput(path);
  }
  const file = basename(path);
  const features: TownshipFeature[] = [];
  let withoutUrban = 0;
  json.features.forEach((feature, position) => {
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const code = String(properties.code ?? properties.乡镇代码 ?? '').trim();
    const name = String(properties.name ?? properties.乡镇名称 ?? '').trim();
    const type = feature.geometry?.type;
    if (code === '' || (type !== 'Polygon' && type !== 'MultiPolygon')) {
      write(stderr, `${file} 第 ${position + 1} 个要素：缺少乡镇代码或不是面要素，已跳过`);
      return;
    }
    const urbanValue = properties.urban ?? properties.城区;
    if (urbanValue === undefined) withoutUrban += 1;
    features.push({
      type: 'Feature',
      properties: {
        code,
        name: name || code,
        urban: isYes(urbanValue),
        approximate: properties.approximate === true,
      },
      geometry: feature.geometry as Polygon | MultiPolygon,
    } satisfies Feature<Polygon | MultiPolygon>);
  });
  if (features.length === 0) {
    write(stderr, `${path} 中没有可用的乡镇面要素`);
    throw new UnreadableInput(path);
  }
  if (withoutUrban > 0) {
    write(stderr, `${file}：${withoutUrban} 个乡镇未给出 urban（是否城区），按农村服务半径计算`);
  }
  return { type: 'FeatureCollection', features };
}

function toWgs84(lon: number, lat: number, coords: CoordinateSystem): [number, number] {
  if (coords === 'wgs84') return [lon, lat];
  const from = coords === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
  const [longitude, latitude] = gcoord.transform([lon, lat], from, gcoord.WGS84);
  return [longitude ?? lon, latitude ?? lat];
}

/**
 * Population from a CSV file: settlement points (经度, 纬度, 人口; 名称 and 乡镇代码 optional)
 * or, without coordinates, a township table (乡镇代码 or 乡镇名称, 人口). Bad rows are reported
 * with `formatRowIssue` and left out.
 */
function readPopulationCsv(
  text: string,
  path: string,
  townships: TownshipCollection,
  coords: CoordinateSystem,
  stderr: CommandStreams['stderr'],
): PopulationData {
  const file = basename(path);
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const headers = parsed.meta.fields ?? [];
  const issue = (row: number, column: string | null, message: string): void =>
    write(stderr, formatRowIssue({ file, row, column, message } satisfies RowIssue));
  const number = (row: Record<string, string>, column: string): number => Number((row[column] ?? '').trim());
  if (!headers.includes('人口')) {
    write(
      stderr,
      `${file}：缺少“人口”列（人口点需要 名称, 经度, 纬度, 人口；乡镇表需要 乡镇代码 或 乡镇名称, 人口）`,
    );
    throw new UnreadableInput(path);
  }
  if (headers.includes('经度') && headers.includes('纬度')) {
    const points: PopulationPoint[] = [];
    parsed.data.forEach((row, index) => {
      const line = index + 2;
      const lon = number(row, '经度');
      const lat = number(row, '纬度');
      const population = number(row, '人口');
      if (!Number.isFinite(lon) || !Number.isFinite(lat) || (row.经度 ?? '').trim() === '') {
        issue(line, '经度', `坐标“${row.经度 ?? ''}, ${row.纬度 ?? ''}”不是十进制度数，该行未读入`);
        return;
      }
      if (!Number.isFinite(population) || population < 0 || (row.人口 ?? '').trim() === '') {
        issue(line, '人口', `“${row.人口 ?? ''}”不是非负数，该行未读入`);
        return;
      }
      const [longitude, latitude] = toWgs84(lon, lat, coords);
      points.push({
        lon: longitude,
        lat: latitude,
        population,
        schoolAgePopulation: null,
        name: (row.名称 ?? '').trim(),
        townshipCode: (row.乡镇代码 ?? '').trim(),
      });
    });
    return {
      source: 'settlement-points',
      label: `人口点：${file}（${points.length} 个）`,
      points,
      townships: [],
    };
  }
  if (!headers.includes('乡镇代码') && !headers.includes('乡镇名称')) {
    write(stderr, `${file}：没有“经度/纬度”列，也没有“乡镇代码/乡镇名称”列，无法识别为人口点或乡镇人口表`);
    throw new UnreadableInput(path);
  }
  const byName = new Map<string, string>();
  for (const feature of townships.features) {
    byName.set(feature.properties.name, feature.properties.code);
    byName.set(feature.properties.name.replace(/(镇|乡|街道)$/, ''), feature.properties.code);
  }
  const table: TownshipPopulation[] = [];
  parsed.data.forEach((row, index) => {
    const line = index + 2;
    const name = (row.乡镇名称 ?? '').trim();
    const code = (row.乡镇代码 ?? '').trim() || byName.get(name) || '';
    const population = number(row, '人口');
    if (!Number.isFinite(population) || population < 0 || (row.人口 ?? '').trim() === '') {
      issue(line, '人口', `“${row.人口 ?? ''}”不是非负数，该行未读入`);
      return;
    }
    if (!townships.features.some((feature) => feature.properties.code === code)) {
      issue(line, code ? '乡镇代码' : '乡镇名称', `“${code || name}”不是界线文件中的乡镇，该行未读入`);
      return;
    }
    table.push({ code, name, population, schoolAgePopulation: null });
  });
  return {
    source: 'township-table',
    label: `乡镇人口表：${file}，按距乡镇中心远近的密度模型分布到 500 米网格（模型估算）`,
    points: [],
    townships: table,
  };
}

function readPopulation(
  bytes: Uint8Array,
  path: string,
  townships: TownshipCollection,
  coords: CoordinateSystem,
  stderr: CommandStreams['stderr'],
): PopulationData {
  const text = decodeText(bytes);
  if (extname(path).toLowerCase() !== '.json')
    return readPopulationCsv(text, path, townships, coords, stderr);
  const json = parseJsonFile(text, path, stderr) as Partial<PopulationData>;
  if (!Array.isArray(json?.points) || !Array.isArray(json.townships)) {
    write(stderr, `${path} 不是人口数据（需要 points 与 townships 列表）`);
    throw new UnreadableInput(path);
  }
  return {
    source: json.source ?? 'settlement-points',
    label: json.label ?? basename(path),
    points: json.points,
    townships: json.townships,
  };
}

export async function readSchools(
  options: Pick<AnalyzeOptions, 'schools' | 'coords' | 'sheet' | 'encoding'>,
  stderr: CommandStreams['stderr'],
): Promise<{ schools: School[]; file: string }> {
  const input = await readInput(options.schools, DEFAULT_INPUTS.schools, stderr);
  const result = await readRosterBytes(input.bytes, input.name, {
    coords: options.coords,
    ...(options.sheet ? { sheet: options.sheet } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
  for (const message of result.fileErrors) write(stderr, `${input.name}：${message}`);
  if (result.fileErrors.length > 0 && result.accepted.length === 0) throw new UnreadableInput(input.path);
  for (const message of result.fileWarnings ?? []) write(stderr, `${input.name}：${message}`);
  for (const rejected of result.rejected) {
    for (const error of rejected.errors) write(stderr, formatRowIssue(error));
  }
  for (const accepted of result.accepted) {
    for (const warning of accepted.warnings) write(stderr, `警告 ${formatRowIssue(warning)}`);
  }
  return { schools: result.accepted.map((accepted) => accepted.record), file: input.path };
}

function formatShare(share: number | null): string {
  return share === null ? '' : share.toFixed(4);
}

function formatNumber(value: number | null): string {
  if (value === null) return '';
  return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/\.?0+$/, '');
}

/**
 * CSV: one row per township × enabled township rule, with the township's coverage columns
 * repeated on each of its rows, so a spreadsheet filter on 规则 still shows the coverage.
 * UTF-8 with a byte-order mark (Excel needs it to read Chinese), Chinese header.
 */
export function formatAnalysisCsv(analysis: DistrictAnalysis): string {
  const radiusKinds = SERVICE_KINDS.filter((kind) =>
    analysis.townships.some((township) => township.coverage[kind].radius !== null),
  );
  const distanceKinds = SERVICE_KINDS.filter((kind) => !radiusKinds.includes(kind));
  const header = [
    '情景',
    '乡镇代码',
    '乡镇名称',
    '城区',
    '人口',
    '人口大镇',
    '规则编号',
    '规则',
    '适用',
    '结果',
    '实际值',
    '要求值',
    ...radiusKinds.flatMap((kind: ServiceKind) => [
      `${SERVICE_KIND_NAMES[kind]}服务半径(米)`,
      `${SERVICE_KIND_NAMES[kind]}覆盖率`,
      `${SERVICE_KIND_NAMES[kind]}未覆盖人口`,
    ]),
    ...distanceKinds.map((kind) => `${SERVICE_KIND_NAMES[kind]}最近距离中位数(米)`),
  ];
  const rows = analysis.townships.flatMap((township) => {
    const coverageCells = [
      ...radiusKinds.flatMap((kind) => {
        const coverage = township.coverage[kind];
        return [formatNumber(coverage.radius), formatShare(coverage.share), formatNumber(coverage.uncovered)];
      }),
      ...distanceKinds.map((kind) => {
        const median = township.coverage[kind].distance.median;
        return median === null ? '' : String(Math.round(median));
      }),
    ];
    const rules = township.rules.length > 0 ? township.rules : [null];
    return rules.map((rule) => [
      analysis.scenarioTitle,
      township.code,
      township.name,
      township.urban ? '是' : '否',
      String(township.population),
      township.populous ? '是' : '否',
      rule?.id ?? '',
      rule?.title ?? '',
      rule ? (rule.applicable ? '是' : '否') : '',
      rule ? (rule.pass === null ? '不适用' : rule.pass ? '通过' : '未通过') : '',
      formatNumber(rule?.actual ?? null),
      rule ? formatNumber(rule.required) : '',
      ...coverageCells,
    ]);
  });
  return `\uFEFF${Papa.unparse({ fields: header, data: rows }, { newline: '\n' })}\n`;
}

/**
 * Runs the command.
 * @example await run(['--scenario', 'planned', '--format', 'csv'], { stdout: process.stdout, stderr: process.stderr }) // 0
 */
export async function run(args: string[], streams: CommandStreams): Promise<number> {
  const { stdout, stderr } = streams;
  let options: AnalyzeOptions;
  try {
    options = parseArguments(args);
  } catch (error) {
    write(stderr, `${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    write(stdout, USAGE);
    return 0;
  }
  try {
    const rulesInput = await readInput(options.rules, DEFAULT_INPUTS.rules, stderr);
    const ruleSet = readRuleSet(decodeText(rulesInput.bytes), rulesInput.path, stderr);
    const townshipsInput = await readInput(options.townships, DEFAULT_INPUTS.townships, stderr);
    const townships = readTownships(decodeText(townshipsInput.bytes), townshipsInput.path, stderr);
    const populationInput = await readInput(options.population, DEFAULT_INPUTS.population, stderr);
    const population = readPopulation(
      populationInput.bytes,
      populationInput.path,
      townships,
      options.coords,
      stderr,
    );
    const { schools, file: schoolsFile } = await readSchools(options, stderr);

    const analysis = analyzeDistrict({
      schools,
      townships,
      population,
      ruleSet,
      radii: DEFAULT_SERVICE_RADII,
      scenario: { kind: options.scenario, year: options.year },
    });
    const output =
      options.format === 'csv'
        ? formatAnalysisCsv(analysis)
        : `${JSON.stringify(
            {
              ...analysis,
              targets: evaluateTargets(schools, ruleSet),
              inputs: {
                schools: schoolsFile,
                townships: townshipsInput.path,
                population: populationInput.path,
                rules: rulesInput.path,
              },
            },
            null,
            2,
          )}\n`;
    if (options.out) {
      try {
        await writeFile(options.out, output, 'utf8');
      } catch (error) {
        write(stderr, `无法写入 ${options.out}：${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        return 1;
      }
    } else stdout.write(output);

    const failing = analysis.townships.reduce(
      (sum, township) => sum + township.rules.filter((rule) => rule.pass === false).length,
      0,
    );
    write(
      stderr,
      `分析完成（${analysis.scenarioTitle}）：${schools.length} 所学校读入，其中现存 ${
        schools.filter(existsToday).length
      } 所，本情景计入 ${analysis.district.schools} 所；${analysis.townships.length} 个乡镇，未通过的乡镇规则 ${failing} 项；` +
        `人口 ${analysis.district.population.toLocaleString('en-US')}（${analysis.population.label}）` +
        (options.out ? `；已写入 ${options.out}` : ''),
    );
    return 0;
  } catch (error) {
    if (error instanceof UnreadableInput) return 1;
    throw error;
  }
}
