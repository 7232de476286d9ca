/**
 * `npm run atlas -- travel`: minutes by road from every population point to its nearest school of
 * a kind, with the app's own road importer and travel-time model (`prepareCostModel`). One CSV
 * row per point: 名称, 经度, 纬度, 分钟, 最近学校代码 (the last two empty when no school is reachable).
 * Exit status: 0 when the times were written, 1 when an input file cannot be read at all, 2 for
 * a usage mistake.
 */
import { distributeTownshipTable } from '../../src/analysis/distribute-township-table.ts';
import { prepareCostModel } from '../../src/analysis/prepare-cost-model.ts';
import {
  DEFAULT_SERVICE_RADII,
  SERVICE_KIND_NAMES,
  SERVICE_KINDS,
  type ServiceKind,
  servesKind,
} from '../../src/domain/radius.ts';
import { schoolsInScenario } from '../../src/domain/scenario.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../../src/domain/travel-settings.ts';
import { translate } from '../../src/i18n/index.ts';
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
} from './command-files.ts';
import { scanOptions, UsageError } from './parse-options.ts';
import {
  ROAD_OPTION_NAMES,
  type RoadOptions,
  readRoadInputs,
  readRoadOptions,
  roadOptionsUsage,
} from './road-files.ts';

/** The header of the output, the format's own words. */
export const TRAVEL_TIMES_COLUMNS = ['名称', '经度', '纬度', '分钟', '最近学校代码'] as const;

function usage(): string {
  return translate('zh-CN', 'travelCliUsage', {
    roadOptions: roadOptionsUsage(),
    inputOptions: INPUT_OPTIONS_USAGE,
    kinds: SERVICE_KINDS.map((kind) => `${kind}|${SERVICE_KIND_NAMES[kind]}`).join('、'),
  });
}

/** The parsed command line. */
interface TravelOptions extends ScenarioInputOptions, RoadOptions {
  kind: ServiceKind;
  out: string | null;
  help: boolean;
}

function kindOf(text: string | undefined): ServiceKind {
  const kind = SERVICE_KINDS.find(
    (item) =>
      item === text || SERVICE_KIND_NAMES[item] === text || (item === 'special' && text === '特殊教育学校'),
  );
  if (!kind) throw new UsageError(translate('zh-CN', 'travelCliUnknownKind', { kind: text ?? '' }));
  return kind;
}

function parseArguments(args: readonly string[]): TravelOptions | null {
  const scanned = scanOptions(args, { values: [...INPUT_OPTION_NAMES, ...ROAD_OPTION_NAMES, 'kind', 'out'] });
  if (scanned.help) return null;
  const roads = readRoadOptions(scanned);
  if (!roads.roads) throw new UsageError(translate('zh-CN', 'travelCliNeedsRoadsFile'));
  return {
    ...readInputOptions(scanned),
    ...roads,
    kind: kindOf(scanned.values.get('kind')),
    out: scanned.values.get('out') ?? null,
    help: false,
  };
}

/** A number with at most two decimals, as text. */
function formatMinutes(minutes: number): string {
  return String(Math.round(minutes * 100) / 100);
}

/**
 * Runs the command.
 * @example await run(['--kind', '小学', '--roads', 'roads.geojson', '--out', 'times.csv'], streams) // 0
 */
export async function run(args: string[], streams: CommandStreams): Promise<number> {
  const { stderr } = streams;
  const options = readCommandLine(args, streams, usage(), parseArguments);
  if (typeof options === 'number') return options;
  try {
    const roads = await readRoadInputs(options, stderr);
    const { ruleSet, townships, population, schools } = await readDistrictInputs(options, stderr);
    const points =
      population.points.length === 0 && population.townships.length > 0
        ? distributeTownshipTable(population.townships, townships).points
        : population.points;
    const sites = schoolsInScenario(schools, { kind: options.scenario, year: options.year }).filter(
      (school) => servesKind(school.type, options.kind),
    );
    const model = prepareCostModel(points, {
      distance: roads.distance,
      radii: DEFAULT_SERVICE_RADII,
      travel: ruleSet.travel ?? DEFAULT_TRAVEL_SETTINGS,
      roads: roads.roads,
    });
    const { costs, nearest } = model.nearest(sites);
    let reached = 0;
    const rows = points.map((point, position) => {
      const minutes = costs[position] ?? Number.POSITIVE_INFINITY;
      const site = sites[nearest[position] ?? -1];
      if (Number.isFinite(minutes) && site) reached++;
      return [
        point.name,
        point.lon.toFixed(6),
        point.lat.toFixed(6),
        Number.isFinite(minutes) && site ? formatMinutes(minutes) : '',
        Number.isFinite(minutes) && site ? site.code : '',
      ];
    });
    // The one CSV writer of the atlas: a place name that starts like a formula is kept as text.
    const text = writeCsv(TRAVEL_TIMES_COLUMNS, rows, { newline: '\n' });
    if (!(await writeOutput(options.out, text, streams))) return 1;
    write(
      stderr,
      translate('zh-CN', 'travelCliDone', {
        points: points.length,
        reached,
        unreachable: points.length - reached,
        kind: SERVICE_KIND_NAMES[options.kind],
        schools: sites.length,
        mode: translate(
          'zh-CN',
          `travelMode_${roads.distance.model === 'road' ? roads.distance.mode : 'walk'}`,
        ),
        out: options.out ? translate('zh-CN', 'travelCliWrittenTo', { out: options.out }) : '',
      }),
    );
    return 0;
  } catch (error) {
    if (error instanceof UnreadableInput) return 1;
    throw error;
  }
}
