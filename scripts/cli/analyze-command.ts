/**
 * `npm run atlas -- analyze`: checks every township against the plan's rules and computes
 * service-radius coverage, with the same analysis code the app runs (analyzeDistrict). Every
 * omitted input falls back to the embedded default in geodata/. JSON or CSV out; rejected input
 * rows on stderr with the app's messages. Exit status: 0 when the analysis ran (even with
 * rejected rows), 1 when an input file cannot be read at all, 2 for a usage mistake.
 * The input files are read by command-files.ts, which the other commands share.
 */
import { analyzeDistrict, type DistrictAnalysis } from '../../src/analysis/analyze-district.ts';
import { evaluateTargets } from '../../src/analysis/evaluate-targets.ts';
import { gapPointList } from '../../src/analysis/gap-points.ts';
import { distanceLegend } from '../../src/domain/distance-legend.ts';
import {
  DEFAULT_SERVICE_RADII,
  SERVICE_KIND_NAMES,
  SERVICE_KINDS,
  type ServiceKind,
} from '../../src/domain/radius.ts';
import { existsToday } from '../../src/domain/school.ts';
import {
  localRuleTitle,
  translate,
  translateMessage,
  translateMessagesIn,
  translateValue,
} from '../../src/i18n/index.ts';
import { writeCsv } from '../../src/io/write-csv.ts';
import type { CommandStreams } from './command.ts';
import {
  INPUT_OPTION_NAMES,
  INPUT_OPTIONS_USAGE,
  readCommandLine,
  readDistrictInputs,
  readInputOptions,
  type ScenarioInputOptions,
  UnreadableInput,
  write,
  writeOutput,
  zh,
} from './command-files.ts';
import { scanOptions } from './parse-options.ts';
import {
  ROAD_OPTION_NAMES,
  type RoadOptions,
  readRoadInputs,
  readRoadOptions,
  roadOptionsUsage,
} from './road-files.ts';

const USAGE = translate('zh-CN', 'cliAnalyzeUsage', {
  inputs: `${INPUT_OPTIONS_USAGE}
${roadOptionsUsage()}`,
});

/** The parsed command line. */
interface AnalyzeOptions extends ScenarioInputOptions, RoadOptions {
  format: 'json' | 'csv';
  out: string | null;
  help: boolean;
}

function parseArguments(args: readonly string[]): AnalyzeOptions {
  const scanned = scanOptions(args, {
    values: [...INPUT_OPTION_NAMES, ...ROAD_OPTION_NAMES, 'format', 'out'],
  });
  return {
    ...readInputOptions(scanned),
    ...readRoadOptions(scanned),
    format: scanned.choose('format', ['json', 'csv'] as const, 'json'),
    out: scanned.values.get('out') ?? null,
    help: scanned.help,
  };
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
      analysis.distance.model === 'road'
        ? `${SERVICE_KIND_NAMES[kind]}时间阈值(分钟)`
        : `${SERVICE_KIND_NAMES[kind]}服务半径(米)`,
      `${SERVICE_KIND_NAMES[kind]}覆盖率`,
      `${SERVICE_KIND_NAMES[kind]}未覆盖人口`,
    ]),
    ...distanceKinds.map((kind) =>
      analysis.distance.model === 'road'
        ? `${SERVICE_KIND_NAMES[kind]}最近出行时间中位数(分钟)`
        : `${SERVICE_KIND_NAMES[kind]}最近距离中位数(米)`,
    ),
  ];
  const rows = analysis.townships.flatMap((township) => {
    const coverageCells = [
      ...radiusKinds.flatMap((kind) => {
        const coverage = township.coverage[kind];
        return [formatNumber(coverage.radius), formatShare(coverage.share), formatNumber(coverage.uncovered)];
      }),
      ...distanceKinds.map((kind) => {
        const median = township.coverage[kind].distance.median;
        if (median === null) return '';
        return analysis.distance.model === 'road' ? median.toFixed(1) : String(Math.round(median));
      }),
    ];
    const rules = township.rules.length > 0 ? township.rules : [null];
    return rules.map((rule) => [
      zh(analysis.scenarioTitle),
      township.code,
      township.name,
      township.urban ? '是' : '否',
      String(township.population),
      township.populous ? '是' : '否',
      rule?.id ?? '',
      rule ? localRuleTitle('zh-CN', rule, analysis.distance) : '',
      rule ? (rule.applicable ? '是' : '否') : '',
      rule ? (rule.pass === null ? '不适用' : rule.pass ? '通过' : '未通过') : '',
      formatNumber(rule?.actual ?? null),
      rule ? formatNumber(rule.required) : '',
      ...coverageCells,
    ]);
  });
  return writeCsv(header, rows, { newline: '\n' });
}

/**
 * The townships with every rule's title as the distance model measured it: under road time 服务半径
 * reads as the mode's time on roads, in the Chinese title and in the English one when given.
 */
/** Each kind's value made into another. */
function byKindOf<From, To>(
  values: Record<ServiceKind, From>,
  make: (value: From) => To,
): Record<ServiceKind, To> {
  return Object.fromEntries(
    Object.entries(values).map(([kind, value]) => [kind, make(value as From)]),
  ) as Record<ServiceKind, To>;
}

function townshipsTitledByDistance(analysis: DistrictAnalysis): DistrictAnalysis['townships'] {
  return analysis.townships.map((township) => ({
    ...township,
    rules: township.rules.map((rule) => ({
      ...rule,
      title: localRuleTitle('zh-CN', rule, analysis.distance),
      ...(rule.titleEnglish ? { titleEnglish: localRuleTitle('en', rule, analysis.distance) } : {}),
    })),
  }));
}

/**
 * Runs the command.
 * @example await run(['--scenario', 'planned', '--format', 'csv'], { stdout: process.stdout, stderr: process.stderr }) // 0
 */
export async function run(args: string[], streams: CommandStreams): Promise<number> {
  const { stderr } = streams;
  const options = readCommandLine(args, streams, USAGE, (given) => {
    const parsed = parseArguments(given);
    return parsed.help ? null : parsed;
  });
  if (typeof options === 'number') return options;
  try {
    const roads = await readRoadInputs(options, stderr);
    const { ruleSet, townships, population, schools, paths } = await readDistrictInputs(options, stderr);

    const analysis = analyzeDistrict({
      schools,
      townships,
      population,
      ruleSet,
      radii: DEFAULT_SERVICE_RADII,
      scenario: { kind: options.scenario, year: options.year },
      distance: roads.distance,
      roads: roads.roads,
    });
    const output =
      options.format === 'csv'
        ? formatAnalysisCsv(analysis)
        : // The JSON keeps the CLI's language: every message in it in Chinese.
          `${JSON.stringify(
            translateMessagesIn('zh-CN', {
              ...analysis,
              townships: townshipsTitledByDistance(analysis),
              // The gap points as objects, as the JSON always listed them (the app reads columns).
              gaps: byKindOf(analysis.gaps, gapPointList),
              detour:
                analysis.detour &&
                byKindOf(analysis.detour, (detour) => ({
                  ...detour,
                  hiddenGaps: gapPointList(detour.hiddenGaps),
                })),
              targets: evaluateTargets(schools, ruleSet),
              inputs: { ...paths, ...(roads.paths.roads ? roads.paths : {}) },
            }),
            null,
            2,
          )}\n`;
    if (!(await writeOutput(options.out, output, streams))) return 1;

    const failing = analysis.townships.reduce(
      (sum, township) => sum + township.rules.filter((rule) => rule.pass === false).length,
      0,
    );
    write(
      stderr,
      `分析完成（${zh(analysis.scenarioTitle)}，${translateMessage('zh-CN', distanceLegend(analysis.distance))}）：${schools.length} 所学校读入，其中现存 ${
        schools.filter(existsToday).length
      } 所，本情景计入 ${analysis.district.schools} 所；${analysis.townships.length} 个乡镇，未通过的乡镇规则 ${failing} 项；` +
        `人口 ${analysis.district.population.toLocaleString('en-US')}（${translateValue('zh-CN', analysis.population.description)}）` +
        (options.out ? `；已写入 ${options.out}` : ''),
    );
    return 0;
  } catch (error) {
    if (error instanceof UnreadableInput) return 1;
    throw error;
  }
}
