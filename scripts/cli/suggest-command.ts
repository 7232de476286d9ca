/**
 * `npm run atlas -- suggest`: where new schools of a kind should go (`planSuggestion`, the code the
 * 选址 screen runs): the objective (most population covered, fewest sites reaching the coverage
 * target, shortest mean distance), the method (greedy, swap, exact) and the quality of the answer
 * (value, bound, gap, optimal), each pick with the rules it fixes and its runner-up. Inputs as for
 * `analyze` (embedded defaults when omitted); candidates from a grid or a CSV/XLSX list. JSON out.
 * Exit status: 0 when the search ran, 1 when an input file cannot be read at all, 2 for a usage
 * mistake or a request that cannot be met.
 */

import type {
  SuggestedSite,
  SuggestionRequest,
  SuggestionResult,
} from '../../src/analysis/plan-suggestion.ts';
import { planSuggestion } from '../../src/analysis/plan-suggestion.ts';
import { type DistanceModel, reachMessage } from '../../src/domain/distance-model.ts';
import { message } from '../../src/domain/message.ts';
import { DEFAULT_SERVICE_RADII, SERVICE_KIND_NAMES, type ServiceKind } from '../../src/domain/radius.ts';
import { scenarioTitle } from '../../src/domain/scenario.ts';
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
  readCandidates,
  readKind,
  readList,
  readMetres,
  readWholeNumber,
  townshipCodes,
  usageError,
} from './site-options.ts';

/** Grid spacing when no --spacing is given, metres. */
const DEFAULT_SPACING = 500;

/** The parsed command line. */
interface SuggestOptions extends ScenarioInputOptions, RoadOptions {
  kind: ServiceKind;
  count: number | null;
  objective: 'coverage' | 'count' | 'distance' | 'seats';
  method: 'greedy' | 'swap' | 'exact';
  evaluation: 'lazy' | 'plain';
  target: number | null;
  targetScope: 'township' | 'district';
  timeLimit: number;
  radius: number | null;
  candidates: string | null;
  mustInclude: string | null;
  spacing: number;
  minDistance: number;
  include: string[];
  exclude: string[];
  requireRule: string | null;
  planned: 'fixed' | 'reoptimise';
  out: string | null;
}

/** Seconds of --time-limit (default 10). */
function readSeconds(text: string | undefined): number {
  if (text === undefined) return 10;
  const seconds = Number(text);
  if (!(seconds > 0 && Number.isFinite(seconds)))
    throw usageError('optimiseCliTimeLimitInvalid', { value: text });
  return seconds;
}

/** The options, or null for --help. */
function parseArguments(args: readonly string[]): SuggestOptions | null {
  const scanned = scanOptions(args, {
    values: [
      ...INPUT_OPTION_NAMES,
      ...ROAD_OPTION_NAMES,
      'kind',
      'count',
      'objective',
      'method',
      'evaluation',
      'target',
      'target-scope',
      'time-limit',
      'radius',
      'candidates',
      'must-include',
      'spacing',
      'min-distance',
      'include',
      'exclude',
      'require-rule',
      'planned',
      'out',
    ],
  });
  if (scanned.help) return null;
  const { values } = scanned;
  const kind = readKind(values.get('kind'));
  const objective = scanned.choose(
    'objective',
    ['coverage', 'count', 'distance', 'seats'] as const,
    'coverage',
  );
  // Said before any file is read: the seats objective has no exact method (see its message).
  if (objective === 'seats' && values.get('method') === 'exact') throw usageError('optimiseSeatsNoExact');
  const count = readWholeNumber(values, 'count', null);
  if (count === null && objective !== 'count') throw usageError('optimiseCliCountMissing');
  if (values.has('candidates') && values.has('spacing')) throw usageError('optimiseCliCandidatesAndSpacing');
  const targetText = values.get('target');
  const target = targetText === undefined ? null : Number(targetText);
  if (target !== null && !(target > 0 && target <= 1))
    throw usageError('optimiseCliTargetInvalid', { value: targetText ?? '' });
  return {
    ...readInputOptions(scanned),
    ...readRoadOptions(scanned),
    out: values.get('out') ?? null,
    kind,
    count,
    objective,
    method: scanned.choose('method', ['greedy', 'swap', 'exact'] as const, 'swap'),
    evaluation: scanned.choose('evaluation', ['lazy', 'plain'] as const, 'lazy'),
    target,
    targetScope: scanned.choose('target-scope', ['township', 'district'] as const, 'township'),
    timeLimit: readSeconds(values.get('time-limit')),
    radius: readMetres(values, 'radius', null),
    candidates: values.get('candidates') ?? null,
    mustInclude: values.get('must-include') ?? null,
    spacing: readMetres(values, 'spacing', DEFAULT_SPACING) ?? DEFAULT_SPACING,
    minDistance: readMetres(values, 'min-distance', 0, true) ?? 0,
    include: readList(values.get('include')),
    exclude: readList(values.get('exclude')),
    requireRule: values.get('require-rule') ?? null,
    planned: scanned.choose('planned', ['fixed', 'reoptimise'] as const, 'fixed'),
  };
}

/** A pick's name, or 建议点 N for a grid point or an unnamed row. */
function nameOf(pick: { name: string }, rank: number): string {
  return pick.name || chinese(message('optimisePickName', { rank }));
}

function pickJson(pick: SuggestedSite) {
  return {
    rank: pick.rank,
    name: nameOf(pick, pick.rank),
    lon: pick.lon,
    lat: pick.lat,
    township: pick.townshipName,
    townshipCode: pick.townshipCode,
    origin: pick.origin,
    gain: pick.gain,
    gainByTownship: pick.gainByTownship,
    rulesFixed: pick.rulesFixed,
    nearestExistingMetres: pick.nearestExistingMetres,
    runnerUp: pick.runnerUp
      ? {
          name: pick.runnerUp.name || chinese(message('optimiseRunnerUpName')),
          lon: pick.runnerUp.lon,
          lat: pick.runnerUp.lat,
          township: pick.runnerUp.townshipName,
          townshipCode: pick.runnerUp.townshipCode,
          value: pick.runnerUp.value,
        }
      : null,
  };
}

/** The JSON document written: the request's key figures, the quality, the picks, the comparison, the notes. */
function formatResult(options: SuggestOptions, result: SuggestionResult, distance: DistanceModel): string {
  return `${JSON.stringify(
    {
      kind: result.kind,
      distance,
      objective: result.objective,
      method: result.method,
      radius: options.radius,
      count: options.count,
      scenario: { kind: options.scenario, year: options.year },
      objectiveValue: result.quality.value,
      bound: result.quality.bound,
      gap: result.quality.gap,
      optimal: result.quality.optimal,
      boundSource: result.quality.boundSource,
      picks: result.picks.map(pickJson),
      population: result.population,
      coveredBefore: result.coveredBefore,
      coveredAfter: result.coveredAfter,
      meanDistanceBefore: result.meanDistanceBefore,
      meanDistanceAfter: result.meanDistanceAfter,
      targets: result.targets,
      seats: result.seats,
      exact: result.exact,
      exactEstimate: result.exactEstimate,
      stopped: result.stopped,
      comparison: result.comparison.map((figures) => ({ ...figures, label: chinese(figures.label) })),
      messages: result.messages.map(chinese),
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
  const usage = chinese(
    message('optimiseCliSuggestUsage', {
      spacing: DEFAULT_SPACING,
      inputs: `${INPUT_OPTIONS_USAGE}\n${roadOptionsUsage()}`,
    }),
  );
  const options = readCommandLine(args, streams, usage, parseArguments);
  if (typeof options === 'number') return options;
  try {
    const roads = await readRoadInputs(options, stderr);
    const inputs = await readDistrictInputs(options, stderr);
    const candidates: SuggestionRequest['candidates'] = options.candidates
      ? { source: 'list', sites: await readCandidates(options.candidates, options.coords, stderr) }
      : { source: 'grid', spacing: options.spacing };
    const mustInclude = options.mustInclude
      ? await readCandidates(options.mustInclude, options.coords, stderr)
      : [];
    const request: SuggestionRequest = {
      kind: options.kind,
      // The count objective searches for the number: at most every candidate unless capped.
      count: options.count ?? 10_000,
      radius: options.radius,
      minDistance: options.minDistance,
      includeTownships: townshipCodes(options.include, inputs.townships, 'include'),
      excludeTownships: townshipCodes(options.exclude, inputs.townships, 'exclude'),
      requireRuleId: options.requireRule,
      candidates,
      scenario: { kind: options.scenario, year: options.year },
      objective: options.objective,
      method: options.method,
      evaluation: options.evaluation,
      target: options.target,
      targetScope: options.targetScope,
      timeLimitSeconds: options.timeLimit,
      mustInclude,
      plannedSchools: options.planned,
    };
    const started = performance.now();
    const result = await planSuggestion(
      { ...inputs, radii: DEFAULT_SERVICE_RADII, distance: roads.distance, roads: roads.roads },
      request,
    );
    const seconds = (performance.now() - started) / 1000;
    if (!(await writeOutput(options.out, formatResult(options, result, roads.distance), streams))) return 1;
    for (const note of result.messages) write(stderr, chinese(note));
    write(
      stderr,
      chinese(
        message('optimiseCliSuggestSummary', {
          reach: reachMessage(roads.distance),
          scenario: scenarioTitle(request.scenario),
          kind: SERVICE_KIND_NAMES[options.kind],
          picks: result.picks.length,
          before: result.coveredBefore.toLocaleString('en-US'),
          after: result.coveredAfter.toLocaleString('en-US'),
          added: (result.coveredAfter - result.coveredBefore).toLocaleString('en-US'),
          population: result.population.toLocaleString('en-US'),
          candidates: result.candidatesConsidered,
          evaluations: result.evaluations,
          seconds: seconds.toFixed(1),
        }),
      ) + qualityNote(result.quality, options.out),
    );
    return 0;
  } catch (error) {
    return exitStatusOf(error, stderr);
  }
}
