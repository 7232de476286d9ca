/**
 * `npm run atlas -- suggest`: where k new schools of a kind would bring the most people within
 * the service radius (greedy maximal covering, `planSuggestion`, the code the 选址 screen runs),
 * with the rules each pick fixes and the coverage beside the base and the plan. Inputs as for
 * `analyze` (embedded defaults when omitted); candidates from a grid or a CSV/XLSX list. JSON
 * out. Exit status: 0 when the search ran, 1 when an input file cannot be read at all, 2 for a
 * usage mistake or a request that cannot be met.
 */
import { basename } from 'node:path';
import {
  planSuggestion,
  type SuggestionRequest,
  type SuggestionResult,
} from '../../src/analysis/plan-suggestion.ts';
import { MessageError } from '../../src/domain/message.ts';
import {
  DEFAULT_SERVICE_RADII,
  SERVICE_KIND_NAMES,
  SERVICE_KINDS,
  type ServiceKind,
} from '../../src/domain/radius.ts';
import { scenarioTitle } from '../../src/domain/scenario.ts';
import type { TownshipCollection } from '../../src/domain/township.ts';
import type { CoordinateSystem } from '../../src/io/convert-coordinates.ts';
import { formatRowIssue } from '../../src/io/import-result.ts';
import { readCandidateSites } from '../../src/io/read-candidate-sites.ts';
import type { CommandStreams } from './command.ts';
import {
  INPUT_OPTION_NAMES,
  INPUT_OPTIONS_USAGE,
  readCommandLine,
  readDistrictInputs,
  readInput,
  readInputOptions,
  type ScenarioInputOptions,
  UnreadableInput,
  write,
  writeOutput,
  zh,
} from './command-files.ts';
import { scanOptions, UsageError } from './parse-options.ts';

/** Grid spacing when no --spacing is given, metres. */
const DEFAULT_SPACING = 500;

const USAGE = `用法: npm run atlas -- suggest --kind 学段 --count 个数 [--radius 米] [选项]

选址建议：在候选点中逐个选出能使服务半径内人口增加最多的位置（贪心最大覆盖，惰性求值），
并给出每个建议点新覆盖的人口、使哪些乡镇规则由未通过变为通过，以及与现状、规划完成后的对比。
未给出的输入使用内置的港南区默认数据（示例数据、模型人口，仅供演示）。输出 JSON。

选项:
  --kind 学段         kindergarten|primary|middle|high|special，或 幼儿园|小学|初中|高中|特殊教育（必填）
  --count 个数        建议点个数，正整数（必填）
  --radius 米         服务半径，现有学校与建议点统一使用；省略则按各乡镇城区/乡村半径
                      （高中、特殊教育按全区服务，必须给出）
  --candidates 文件   候选点 CSV/TSV/XLSX/GeoJSON（列：名称/地块名称/name, 经度/lon/lng/X, 纬度/lat/Y）；
                      省略则在乡镇界线内按 --spacing 生成格网候选点
  --spacing 米        格网候选点间距，默认 ${DEFAULT_SPACING}
  --min-distance 米   候选点离现有同学段学校、建议点之间的最小距离，默认 0（不限）
  --include 乡镇      只在这些乡镇选址（乡镇代码或名称，逗号分隔）
  --exclude 乡镇      不在这些乡镇选址（乡镇代码或名称，逗号分隔）
  --require-rule 规则 该乡镇规则（如 coverage-primary、boarding-primary）未通过的乡镇各至少一个建议点
  --method 方法       lazy（默认，惰性求值）或 plain（每轮重算全部候选点），结果相同
${INPUT_OPTIONS_USAGE}
  --coords 坐标系     输入坐标系 wgs84（默认）、gcj02 或 bd09（学校名录、人口点与候选点）
  --sheet 工作表      XLSX 名录的工作表名或序号
  --encoding 编码     文本名录的编码（如 gb18030），默认自动识别
  --out 文件          写入文件，默认输出到标准输出
  --help              显示本说明

退出码：0 选址完成；1 有输入文件完全无法读取；2 选项有误或要求无法满足（如必选乡镇多于建议点个数）。`;

/** Chinese names a user may give for a kind, beside the English ones. */
const KIND_BY_NAME = new Map<string, ServiceKind>([
  ...SERVICE_KINDS.map((kind) => [kind, kind] as const),
  ...SERVICE_KINDS.map((kind) => [SERVICE_KIND_NAMES[kind], kind] as const),
  ['特殊教育学校', 'special'],
]);

/** The parsed command line. */
interface SuggestOptions extends ScenarioInputOptions {
  kind: ServiceKind;
  count: number;
  radius: number | null;
  candidates: string | null;
  spacing: number;
  minDistance: number;
  include: string[];
  exclude: string[];
  requireRule: string | null;
  method: 'lazy' | 'plain';
  out: string | null;
}

function positiveNumber(values: Map<string, string>, name: string, fallback: number | null, zero = false) {
  const text = values.get(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (!zero && value === 0)) {
    throw new UsageError(`选项 --${name} 应为${zero ? '非负数' : '正数'}（米），实际为 ${text}`);
  }
  return value;
}

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,，、]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The options, or null for --help. */
function parseArguments(args: readonly string[]): SuggestOptions | null {
  const scanned = scanOptions(args, {
    values: [
      ...INPUT_OPTION_NAMES,
      'kind',
      'count',
      'radius',
      'candidates',
      'spacing',
      'min-distance',
      'include',
      'exclude',
      'require-rule',
      'method',
      'out',
    ],
  });
  if (scanned.help) return null;
  const { values } = scanned;
  const kindText = values.get('kind');
  if (kindText === undefined) throw new UsageError('缺少选项 --kind（学段）');
  const kind = KIND_BY_NAME.get(kindText.trim().toLowerCase()) ?? KIND_BY_NAME.get(kindText.trim());
  if (!kind) {
    throw new UsageError(
      `选项 --kind 应为 ${SERVICE_KINDS.join('、')} 或 ${SERVICE_KINDS.map((entry) => SERVICE_KIND_NAMES[entry]).join('、')} 之一，实际为 ${kindText}`,
    );
  }
  const countText = values.get('count');
  if (countText === undefined) throw new UsageError('缺少选项 --count（建议点个数）');
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 1)
    throw new UsageError(`选项 --count 应为正整数，实际为 ${countText}`);
  if (values.has('candidates') && values.has('spacing')) {
    throw new UsageError('选项 --candidates 与 --spacing 只能选一个：给出候选点文件时不生成格网');
  }
  return {
    ...readInputOptions(scanned),
    out: values.get('out') ?? null,
    method: scanned.choose('method', ['lazy', 'plain'] as const, 'lazy'),
    kind,
    count,
    radius: positiveNumber(values, 'radius', null),
    candidates: values.get('candidates') ?? null,
    spacing: positiveNumber(values, 'spacing', DEFAULT_SPACING) ?? DEFAULT_SPACING,
    minDistance: positiveNumber(values, 'min-distance', 0, true) ?? 0,
    include: list(values.get('include')),
    exclude: list(values.get('exclude')),
    requireRule: values.get('require-rule') ?? null,
  };
}

/**
 * Township codes from codes or names (桥圩镇 or 桥圩).
 * @throws UsageError naming what matches no township
 */
function townshipCodes(items: readonly string[], townships: TownshipCollection, option: string): string[] {
  return items.map((item) => {
    const feature = townships.features.find(
      ({ properties }) =>
        properties.code === item ||
        properties.name === item ||
        properties.name.replace(/(镇|乡|街道)$/, '') === item,
    );
    if (!feature) {
      const known = townships.features
        .map(({ properties }) => `${properties.code} ${properties.name}`)
        .join('、');
      throw new UsageError(`选项 --${option} 中的“${item}”不是乡镇界线中的乡镇（可用：${known}）`);
    }
    return feature.properties.code;
  });
}

/** Candidate sites from the list file; rejected rows on stderr. */
async function readCandidates(
  path: string,
  coords: CoordinateSystem,
  stderr: CommandStreams['stderr'],
): Promise<{ lon: number; lat: number; name: string }[]> {
  const input = await readInput(path, '', stderr);
  const result = await readCandidateSites(input.bytes, basename(path), { coords });
  for (const message of result.fileErrors) write(stderr, message);
  if (result.accepted.length === 0) {
    if (result.fileErrors.length === 0) write(stderr, `${basename(path)}：没有可用的候选点`);
    for (const rejected of result.rejected)
      for (const error of rejected.errors) write(stderr, formatRowIssue(error));
    throw new UnreadableInput(path);
  }
  for (const message of result.fileWarnings ?? []) write(stderr, message);
  for (const rejected of result.rejected)
    for (const error of rejected.errors) write(stderr, formatRowIssue(error));
  for (const accepted of result.accepted) {
    for (const warning of accepted.warnings) write(stderr, `警告 ${zh(formatRowIssue(warning))}`);
  }
  return result.accepted.map((accepted) => accepted.record);
}

/** The JSON document written: the request's key figures, the picks, the comparison, the notes. */
function formatResult(options: SuggestOptions, result: SuggestionResult): string {
  return `${JSON.stringify(
    {
      kind: result.kind,
      radius: options.radius,
      count: options.count,
      scenario: { kind: options.scenario, year: options.year },
      picks: result.picks.map((pick) => ({
        rank: pick.rank,
        name: pick.name,
        lon: pick.lon,
        lat: pick.lat,
        township: pick.townshipName,
        townshipCode: pick.townshipCode,
        gain: pick.gain,
        rulesFixed: pick.rulesFixed,
      })),
      population: result.population,
      coveredBefore: result.coveredBefore,
      coveredAfter: result.coveredAfter,
      stopped: result.stopped,
      comparison: result.comparison,
      messages: result.messages,
    },
    null,
    2,
  )}\n`;
}

/**
 * Runs the command.
 * @example await run(['--kind', '小学', '--count', '3', '--require-rule', 'coverage-primary'], { stdout: process.stdout, stderr: process.stderr }) // 0
 */
export async function run(args: string[], streams: CommandStreams): Promise<number> {
  const { stderr } = streams;
  const options = readCommandLine(args, streams, USAGE, parseArguments);
  if (typeof options === 'number') return options;
  try {
    const inputs = await readDistrictInputs(options, stderr);
    const candidates: SuggestionRequest['candidates'] = options.candidates
      ? { source: 'list', sites: await readCandidates(options.candidates, options.coords, stderr) }
      : { source: 'grid', spacing: options.spacing };
    const request: SuggestionRequest = {
      kind: options.kind,
      count: options.count,
      radius: options.radius,
      minDistance: options.minDistance,
      includeTownships: townshipCodes(options.include, inputs.townships, 'include'),
      excludeTownships: townshipCodes(options.exclude, inputs.townships, 'exclude'),
      requireRuleId: options.requireRule,
      candidates,
      scenario: { kind: options.scenario, year: options.year },
      method: options.method,
    };
    const started = performance.now();
    const result = planSuggestion({ ...inputs, radii: DEFAULT_SERVICE_RADII }, request);
    const seconds = (performance.now() - started) / 1000;
    if (!(await writeOutput(options.out, formatResult(options, result), streams))) return 1;
    for (const message of result.messages) write(stderr, message);
    const added = result.coveredAfter - result.coveredBefore;
    write(
      stderr,
      `选址完成（${scenarioTitle(request.scenario)}，${SERVICE_KIND_NAMES[options.kind]}）：${result.picks.length} 个建议点，` +
        `服务半径内人口 ${result.coveredBefore.toLocaleString('en-US')} → ${result.coveredAfter.toLocaleString('en-US')}（+${added.toLocaleString('en-US')}，共 ${result.population.toLocaleString('en-US')}）；` +
        `候选点 ${result.candidatesConsidered} 个，增益计算 ${result.evaluations} 次，用时 ${seconds.toFixed(1)} 秒` +
        (options.out ? `；已写入 ${options.out}` : ''),
    );
    return 0;
  } catch (error) {
    if (error instanceof UnreadableInput) return 1;
    // A refusal of the search itself (too fine a grid, too many covering pairs): what to change.
    if (error instanceof MessageError) {
      write(stderr, error.text);
      return 1;
    }
    if (error instanceof UsageError || error instanceof RangeError) {
      write(stderr, error.message);
      return 2;
    }
    throw error;
  }
}
