/**
 * `npm run atlas -- consolidate`: which schools may close (撤并) while every township keeps its
 * coverage target (`planConsolidation`, the code the 撤并 panel runs): the schools chosen by type
 * (`--type`), enrolment (`--max-enrolment`) or code (`--codes`), as many as possible or `--close N`,
 * each closure with its receiving school, pupils moved and extra metres, and the coverage per
 * township before and after, with the bound. Inputs as for `analyze`. JSON out. Exit status: 0
 * done; 1 an input file cannot be read; 2 a usage mistake or a request that cannot be met.
 */

import {
  type ConsolidationRequest,
  type ConsolidationResult,
  planConsolidation,
} from '../../src/analysis/optimise/plan-consolidation.ts';
import { type DistanceModel, reachMessage } from '../../src/domain/distance-model.ts';
import { message } from '../../src/domain/message.ts';
import {
  DEFAULT_SERVICE_RADII,
  SERVICE_KIND_NAMES,
  SERVICE_KINDS_BY_SCHOOL_TYPE,
  type ServiceKind,
} from '../../src/domain/radius.ts';
import { scenarioTitle } from '../../src/domain/scenario.ts';
import { SCHOOL_TYPES, type SchoolType } from '../../src/domain/school.ts';
import type { CommandStreams } from './command.ts';
import {
  INPUT_OPTION_NAMES,
  INPUT_OPTIONS_USAGE,
  readCommandLine,
  readDistrictInputs,
  readInputOptions,
  type ScenarioInputOptions,
  write,
  writeOutput,
} from './command-files.ts';
import { scanOptions } from './parse-options.ts';
import {
  ROAD_OPTION_NAMES,
  type RoadOptions,
  readRoadInputs,
  readRoadOptions,
  roadOptionsUsage,
} from './road-files.ts';
import {
  chinese,
  exitStatusOf,
  qualityNote,
  readKind,
  readList,
  readMetres,
  readWholeNumber,
  usageError,
} from './site-options.ts';

/** The parsed command line. */
interface ConsolidateOptions extends ScenarioInputOptions, RoadOptions {
  kind: ServiceKind;
  types: SchoolType[];
  maxEnrolment: number | null;
  codes: string[];
  close: number | null;
  target: number | null;
  radius: number | null;
  method: 'greedy' | 'swap' | 'exact';
  seats: 'keep' | 'ignore';
  timeLimit: number;
  out: string | null;
}

/** The options, or null for --help. */
function parseArguments(args: readonly string[]): ConsolidateOptions | null {
  const scanned = scanOptions(args, {
    values: [
      ...INPUT_OPTION_NAMES,
      ...ROAD_OPTION_NAMES,
      'kind',
      'type',
      'max-enrolment',
      'codes',
      'close',
      'target',
      'radius',
      'method',
      'seats',
      'time-limit',
      'out',
    ],
  });
  if (scanned.help) return null;
  const { values } = scanned;
  const types = readList(values.get('type')).map((text) => {
    const type = SCHOOL_TYPES.find((entry) => entry === text);
    if (!type) throw usageError('optimiseCliTypeUnknown', { value: text, known: SCHOOL_TYPES.join('、') });
    return type;
  });
  const maxText = values.get('max-enrolment');
  const maxEnrolment = maxText === undefined ? null : Number(maxText);
  if (maxEnrolment !== null && !(Number.isInteger(maxEnrolment) && maxEnrolment >= 0)) {
    throw usageError('optimiseCliEnrolmentInvalid', { value: maxText ?? '' });
  }
  const codes = readList(values.get('codes'));
  if (types.length === 0 && maxEnrolment === null && codes.length === 0)
    throw usageError('optimiseCliClosableMissing');
  // The kind whose coverage is kept: given, or the first the first type serves (教学点 → 小学).
  const kind = values.has('kind')
    ? readKind(values.get('kind'))
    : (SERVICE_KINDS_BY_SCHOOL_TYPE[types[0] ?? '小学'][0] ?? 'primary');
  const targetText = values.get('target');
  const target = targetText === undefined ? null : Number(targetText);
  if (target !== null && !(target > 0 && target <= 1))
    throw usageError('optimiseCliTargetInvalid', { value: targetText ?? '' });
  const limitText = values.get('time-limit');
  const timeLimit = limitText === undefined ? 10 : Number(limitText);
  if (!(timeLimit > 0 && Number.isFinite(timeLimit)))
    throw usageError('optimiseCliTimeLimitInvalid', { value: limitText ?? '' });
  return {
    ...readInputOptions(scanned),
    ...readRoadOptions(scanned),
    out: values.get('out') ?? null,
    kind,
    types,
    maxEnrolment,
    codes,
    close: readWholeNumber(values, 'close', null),
    target,
    radius: readMetres(values, 'radius', null),
    method: scanned.choose('method', ['greedy', 'swap', 'exact'] as const, 'swap'),
    seats: scanned.choose('seats', ['keep', 'ignore'] as const, 'keep'),
    timeLimit,
  };
}

/** The JSON document written. */
function formatResult(
  options: ConsolidateOptions,
  result: ConsolidationResult,
  distance: DistanceModel,
): string {
  return `${JSON.stringify(
    {
      kind: result.kind,
      distance,
      mode: result.mode,
      method: result.method,
      scenario: { kind: options.scenario, year: options.year },
      target: result.target,
      objectiveValue: result.quality.value,
      bound: result.quality.bound,
      gap: result.quality.gap,
      optimal: result.quality.optimal,
      boundSource: result.quality.boundSource,
      closable: result.closable,
      protected: result.protected,
      closed: result.closed.map((school) => ({
        rank: school.rank,
        code: school.code,
        name: school.name,
        type: school.type,
        township: school.townshipName,
        townshipCode: school.townshipCode,
        receivingCode: school.receiving?.code ?? null,
        receivingName: school.receiving?.name ?? null,
        pupilsMoved: school.pupils,
        extraMetres: school.extraMetres,
        meanExtraMetres: school.meanExtraMetres,
        boardingNeeded: school.boardingNeeded,
        receivingBoarding: school.receiving?.boarding ?? null,
        populationLosingCoverage: school.populationLosingCoverage,
        rulesBroken: school.rulesBroken,
        runnerUp: school.runnerUp,
      })),
      townships: result.townships,
      seats: result.seats,
      population: result.population,
      coveredBefore: result.coveredBefore,
      coveredAfter: result.coveredAfter,
      exact: result.exact,
      exactEstimate: result.exactEstimate,
      messages: result.messages.map(chinese),
    },
    null,
    2,
  )}\n`;
}

/**
 * Runs the command.
 * @example await run(['--type', '教学点'], { stdout: process.stdout, stderr: process.stderr }) // 0
 */
export async function run(args: string[], streams: CommandStreams): Promise<number> {
  const { stderr } = streams;
  const usage = chinese(
    message('optimiseCliConsolidateUsage', { inputs: `${INPUT_OPTIONS_USAGE}\n${roadOptionsUsage()}` }),
  );
  const options = readCommandLine(args, streams, usage, parseArguments);
  if (typeof options === 'number') return options;
  try {
    const roads = await readRoadInputs(options, stderr);
    const inputs = await readDistrictInputs(options, stderr);
    const request: ConsolidationRequest = {
      kind: options.kind,
      types: options.types,
      maxEnrolment: options.maxEnrolment,
      codes: options.codes,
      closeCount: options.close,
      target: options.target,
      radius: options.radius,
      scenario: { kind: options.scenario, year: options.year },
      method: options.method,
      timeLimitSeconds: options.timeLimit,
      keepSeats: options.seats === 'keep',
    };
    const result = await planConsolidation(
      { ...inputs, radii: DEFAULT_SERVICE_RADII, distance: roads.distance, roads: roads.roads },
      request,
    );
    if (!(await writeOutput(options.out, formatResult(options, result, roads.distance), streams))) return 1;
    for (const note of result.messages) write(stderr, chinese(note));
    write(
      stderr,
      chinese(
        message('optimiseCliConsolidateSummary', {
          reach: reachMessage(roads.distance),
          scenario: scenarioTitle(request.scenario),
          kind: SERVICE_KIND_NAMES[options.kind],
          closable: result.closable.length,
          closed: result.closed.length,
          before: result.coveredBefore.toLocaleString('en-US'),
          after: result.coveredAfter.toLocaleString('en-US'),
        }),
      ) + qualityNote(result.quality, options.out),
    );
    return 0;
  } catch (error) {
    return exitStatusOf(error, stderr);
  }
}
