/**
 * `npm run atlas -- seats`: seats against school-age children (学位供需) for one scenario and one
 * year, with the same analysis code the app's 学位 view runs (prepareSeatAnalysis,
 * forecastSeatBalance), so the integers are the app's. Inputs as for `analyze` (embedded defaults
 * when omitted). JSON or CSV out. Exit status: 0 when the analysis ran (stages without children
 * figures are null and said on stderr), 1 when an input cannot be read or gives no children
 * figures at all, 2 for a usage mistake.
 */
import Papa from 'papaparse';
import { forecastSeatBalance, type SeatForecast } from '../../src/analysis/seats/forecast-seat-balance.ts';
import type { SeatFigures, StageSeatBalance } from '../../src/analysis/seats/measure-seat-balance.ts';
import { prepareSeatAnalysis } from '../../src/analysis/seats/prepare-seat-analysis.ts';
import type { DistanceModel } from '../../src/domain/distance-model.ts';
import { message } from '../../src/domain/message.ts';
import { DEFAULT_SERVICE_RADII, SERVICE_KIND_NAMES } from '../../src/domain/radius.ts';
import { type Scenario, scenarioTitle } from '../../src/domain/scenario.ts';
import {
  DEFAULT_BASE_YEAR,
  FORECAST_YEARS,
  SEAT_STAGES,
  type SeatStage,
  seatSettingsOf,
} from '../../src/domain/seats.ts';
import type { TownshipCollection } from '../../src/domain/township.ts';
import { translate, translateMessage } from '../../src/i18n/index.ts';
import { reviewBirthsImport } from '../../src/io/import-flow/births-import.ts';
import { readImportFile } from '../../src/io/import-flow/read-import-file.ts';
import { formatRowIssue } from '../../src/io/import-result.ts';
import type { BirthsFigures } from '../../src/io/read-births.ts';
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
} from './command-files.ts';
import { scanOptions, UsageError } from './parse-options.ts';
import {
  ROAD_OPTION_NAMES,
  type RoadOptions,
  readRoadInputs,
  readRoadOptions,
  roadOptionsUsage,
} from './road-files.ts';

const USAGE = translate('zh-CN', 'cliSeatsUsage', {
  inputs: `${INPUT_OPTIONS_USAGE}\n${roadOptionsUsage()}`,
  forecastYears: FORECAST_YEARS,
  baseYear: DEFAULT_BASE_YEAR,
});

/** The parsed command line. */
interface SeatsOptions extends ScenarioInputOptions, RoadOptions {
  forecastYear: number | null;
  baseYear: number | null;
  birthChange: number;
  births: string | null;
  format: 'json' | 'csv';
  out: string | null;
  help: boolean;
}

function readYear(text: string | undefined, option: string): number | null {
  if (text === undefined) return null;
  const year = Number(text);
  if (!(Number.isInteger(year) && year >= 1900 && year <= 2100)) {
    throw new UsageError(`选项 --${option} 应为年份（如 2025），实际为 ${text}`);
  }
  return year;
}

/**
 * A yearly rate as a fraction: `-0.03`, or `-3%`.
 * @throws UsageError when it is not a number above −100 %
 */
export function readRate(text: string | undefined): number {
  if (text === undefined) return 0;
  const percent = text.trim().endsWith('%');
  const value = Number(percent ? text.trim().slice(0, -1) : text) / (percent ? 100 : 1);
  if (!Number.isFinite(value) || value <= -1) {
    throw new UsageError(`选项 --birth-change 应为大于 -1 的比率（如 -0.03 或 -3%），实际为 ${text}`);
  }
  return value;
}

function parseArguments(args: readonly string[]): SeatsOptions {
  const scanned = scanOptions(args, {
    values: [
      ...INPUT_OPTION_NAMES,
      ...ROAD_OPTION_NAMES,
      'forecast-year',
      'base-year',
      'birth-change',
      'births',
      'format',
      'out',
    ],
  });
  return {
    ...readInputOptions(scanned),
    ...readRoadOptions(scanned),
    forecastYear: readYear(scanned.values.get('forecast-year'), 'forecast-year'),
    baseYear: readYear(scanned.values.get('base-year'), 'base-year'),
    birthChange: readRate(scanned.values.get('birth-change')),
    births: scanned.values.get('births') ?? null,
    format: scanned.choose('format', ['json', 'csv'] as const, 'json'),
    out: scanned.values.get('out') ?? null,
    help: scanned.help,
  };
}

/** The JSON document of the issue: one entry per stage, kindergarten to high. */
export interface SeatsJson {
  scenario: Scenario;
  /** How a school's reach was measured: `{ model: 'straight' }` or `{ model: 'road', mode: 'walk' }`. */
  distance: DistanceModel;
  baseYear: number;
  forecastYear: number;
  stages: {
    stage: SeatStage;
    stageName: string;
    children: number | null;
    seats: number | null;
    seated: number | null;
    withoutSeat: number | null;
    withoutSeatNoSchool: number | null;
    withoutSeatFull: number | null;
    townships: {
      code: string;
      name: string;
      children: number;
      seats: number;
      seated: number;
      withoutSeat: number;
    }[];
    schools: {
      code: string;
      name: string;
      seats: number | null;
      allocated: number;
      enrolled: number | null;
    }[];
    maximumSeated: number | null;
  }[];
}

/**
 * The command's JSON for one forecast year of a forecast.
 * @example seatsJson(forecast, { kind: 'current', year: null }, 2020).stages[1].stageName // '小学'
 */
export function seatsJson(
  forecast: SeatForecast,
  scenario: Scenario,
  forecastYear: number,
  distance: DistanceModel = { model: 'straight' },
): SeatsJson {
  const position = forecast.years.indexOf(forecastYear);
  return {
    scenario,
    distance,
    baseYear: forecast.baseYear,
    forecastYear,
    stages: forecast.stages.map((stage) => {
      const year: StageSeatBalance | undefined = stage.years[position];
      return {
        stage: stage.stage,
        stageName: SERVICE_KIND_NAMES[stage.stage],
        children: year?.children ?? null,
        seats: year?.seats ?? null,
        seated: year?.seated ?? null,
        withoutSeat: year?.withoutSeat ?? null,
        withoutSeatNoSchool: year?.withoutSeatNoSchool ?? null,
        withoutSeatFull: year?.withoutSeatFull ?? null,
        townships: (year?.townships ?? []).map((township) => ({
          code: township.code,
          name: township.name,
          children: township.children,
          seats: township.seats,
          seated: township.seated,
          withoutSeat: township.withoutSeat,
        })),
        schools: (year?.schools ?? []).map((school) => ({
          code: school.code,
          name: school.name,
          seats: school.seats,
          allocated: school.allocated,
          enrolled: school.enrolled,
        })),
        maximumSeated: year?.maximumSeated ?? null,
      };
    }),
  };
}

/**
 * CSV: per stage, one row per township, then the stage's district row (乡镇代码 empty, 乡镇名称
 * 全区); a stage without children figures has one row with its figures empty. UTF-8 with a
 * byte-order mark, Chinese header.
 */
export function formatSeatsCsv(
  forecast: SeatForecast,
  scenario: Scenario,
  forecastYear: number,
  distance: DistanceModel = { model: 'straight' },
): string {
  const header = [
    '情景',
    '基准年',
    '预测年份',
    '学段',
    '乡镇代码',
    '乡镇名称',
    '适龄儿童',
    '学位',
    '已分配学位',
    '无学位',
    distance.model === 'road' ? '其中道路时间内无学校' : '其中半径内无学校',
    '其中学校已满',
    '学位余缺',
  ];
  const position = forecast.years.indexOf(forecastYear);
  const title = scenarioTitle(scenario);
  const rows = forecast.stages.flatMap((stage) => {
    const lead = [title, String(forecast.baseYear), String(forecastYear), SERVICE_KIND_NAMES[stage.stage]];
    const year = stage.years[position];
    if (!year) return [[...lead, '', DISTRICT_ROW_NAME, '', '', '', '', '', '', '']];
    const row = (code: string, name: string, figures: SeatFigures) => [
      ...lead,
      code,
      name,
      ...[
        figures.children,
        figures.seats,
        figures.seated,
        figures.withoutSeat,
        figures.withoutSeatNoSchool,
        figures.withoutSeatFull,
        figures.balance,
      ].map(String),
    ];
    return [
      ...year.townships.map((township) => row(township.code, township.name, township)),
      row('', DISTRICT_ROW_NAME, year),
    ];
  });
  return `\uFEFF${Papa.unparse({ fields: header, data: rows }, { newline: '\n' })}\n`;
}

/**
 * Births per year from a file, read and checked by the import flow's births step (the 学位 view's
 * import): rejected rows on stderr in its words; a file with no usable row stops the command.
 */
async function readBirths(
  path: string,
  townships: TownshipCollection,
  stderr: CommandStreams['stderr'],
): Promise<BirthsFigures> {
  const input = await readInput(path, path, stderr);
  const result = await readImportFile({
    kind: 'births',
    bytes: input.bytes,
    fileName: input.name,
    options: {},
  });
  if (result.kind !== 'births' || !result.read.ok) {
    if (result.kind === 'births' && !result.read.ok) write(stderr, result.read.message);
    throw new UnreadableInput(path);
  }
  const known = townships.features.map(({ properties }) => ({
    code: properties.code,
    name: properties.name,
  }));
  const checked = reviewBirthsImport(result.read.table, { mapping: {} }, known);
  for (const problem of checked.fileErrors) write(stderr, problem);
  for (const note of checked.fileWarnings ?? []) write(stderr, note);
  for (const rejected of checked.rejected) {
    for (const error of rejected.errors) write(stderr, formatRowIssue(error));
  }
  if (!checked.figures) {
    if (checked.fileErrors.length === 0) write(stderr, message('birthsNothingToUse'));
    throw new UnreadableInput(path);
  }
  return checked.figures;
}

/** The name of the district row in the CSV (the file's own word, as the other CSV headers are). */
const DISTRICT_ROW_NAME = '全区';

/**
 * Runs the command.
 * @example await run(['--forecast-year', '2025', '--birth-change', '-3%'], { stdout: process.stdout, stderr: process.stderr }) // 0
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
    const { ruleSet, townships, population, schools } = await readDistrictInputs(options, stderr);
    const births = options.births ? await readBirths(options.births, townships, stderr) : null;
    const scenario: Scenario = { kind: options.scenario, year: options.year };
    const frame = prepareSeatAnalysis({
      schools,
      townships,
      population:
        population.baseYear === undefined && options.baseYear !== null
          ? { ...population, baseYear: options.baseYear }
          : population,
      settings: seatSettingsOf(ruleSet.settings),
      radii: DEFAULT_SERVICE_RADII,
      scenario,
      distance: roads.distance,
      roads: roads.roads,
      ...(ruleSet.travel ? { travel: ruleSet.travel } : {}),
    });
    if (
      options.baseYear !== null &&
      population.baseYear !== undefined &&
      population.baseYear !== options.baseYear
    ) {
      write(
        stderr,
        translateMessage(
          'zh-CN',
          message('seatBaseYearFromFile', { file: population.baseYear, given: options.baseYear }),
        ),
      );
    }
    const forecastYear = options.forecastYear ?? frame.baseYear;
    if (forecastYear < frame.baseYear || forecastYear > frame.baseYear + FORECAST_YEARS) {
      write(
        stderr,
        `选项 --forecast-year 应在 ${frame.baseYear} 到 ${frame.baseYear + FORECAST_YEARS} 年之间（人口数据的基准年为 ${frame.baseYear} 年），实际为 ${forecastYear}\n\n${USAGE}`,
      );
      return 2;
    }
    const forecast = forecastSeatBalance(frame, {
      birthChange: options.birthChange,
      ...(births ? { births: births.district, townshipBirths: births.townships } : {}),
      years: forecastYear - frame.baseYear,
    });
    const problems = forecast.stages.filter((stage) => stage.problem !== null);
    for (const stage of problems) if (stage.problem) write(stderr, translateMessage('zh-CN', stage.problem));
    if (problems.length === forecast.stages.length) return 1;
    const output =
      options.format === 'csv'
        ? formatSeatsCsv(forecast, scenario, forecastYear, roads.distance)
        : `${JSON.stringify(seatsJson(forecast, scenario, forecastYear, roads.distance), null, 2)}\n`;
    if (!(await writeOutput(options.out, output, streams))) return 1;
    const position = forecast.years.indexOf(forecastYear);
    const summary = SEAT_STAGES.map((stage) => {
      const year = forecast.stages.find((entry) => entry.stage === stage)?.years[position];
      return year
        ? translateMessage(
            'zh-CN',
            message('seatCommandStageSummary', {
              stage: SERVICE_KIND_NAMES[stage],
              children: year.children.toLocaleString('en-US'),
              seats: year.seats.toLocaleString('en-US'),
              without: year.withoutSeat.toLocaleString('en-US'),
            }),
          )
        : null;
    }).filter((line): line is string => line !== null);
    write(
      stderr,
      translateMessage(
        'zh-CN',
        message('seatCommandSummary', {
          scenario: scenarioTitle(scenario),
          year: forecastYear,
          baseYear: frame.baseYear,
          stages: summary.join('；'),
        }),
      ) +
        (options.out ? translateMessage('zh-CN', message('seatCommandWritten', { file: options.out })) : ''),
    );
    return 0;
  } catch (error) {
    if (error instanceof UnreadableInput) return 1;
    throw error;
  }
}
