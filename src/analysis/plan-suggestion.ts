/**
 * Site suggestion (选址建议) as the 选址 screen and `atlas suggest` ask for it: the data prepared
 * (`prepareSuggestion`), required townships from a failing rule, the search for the objective and
 * method asked (`optimise/`), then each pick assessed with the district analysis — the rules it
 * fixes, its runner-up, and the coverage side by side with the base and the plan — and the quality
 * of the whole answer: its value, a bound, the gap.
 */
import { type DistanceModel, reachMessage, STRAIGHT_LINE } from '../domain/distance-model.ts';
import { type Message, message } from '../domain/message.ts';
import type { PopulationData } from '../domain/population.ts';
import { type ServiceKind, type ServiceRadii, servesKind } from '../domain/radius.ts';
import type { BarrierLayer, RoadNetwork } from '../domain/road-network.ts';
import type { RuleSet } from '../domain/rules.ts';
import { type Scenario, scenarioName, schoolsInScenario } from '../domain/scenario.ts';
import type { School } from '../domain/school.ts';
import type { TownshipCollection } from '../domain/township.ts';
import { analyzeDistrict, type DistrictAnalysis } from './analyze-district.ts';
import { findNearest } from './find-nearest.ts';
import type { ListLatticeCache } from './list-lattice-cache.ts';
import {
  type CoverageFigures,
  coverageFigures,
  type FixedRule,
  fixedRules,
  pickAsSchool,
  scenarioLabel,
} from './optimise/assess-suggestion.ts';
import { buildDistanceLists } from './optimise/build-distance-lists.ts';
import { buildSuggestionSeats } from './optimise/build-suggestion-seats.ts';
import { CoverageState } from './optimise/coverage-state.ts';
import type { AreaTarget } from './optimise/coverage-targets.ts';
import { kindMessage } from './optimise/kind-message.ts';
import type { ObjectiveKind, SearchMethod, SearchQuality } from './optimise/objective.ts';
import {
  baseDistances,
  coveringProblemOf,
  type PreparedSuggestion,
  prepareSuggestion,
  siteReachOf,
  standingScenario,
} from './optimise/prepare-suggestion.ts';
import {
  checkSuggestionRequest,
  noteSearchStop,
  requiredRule,
  requiredTownships,
  targetShare,
} from './optimise/read-suggestion-request.ts';
import { searchCountSites, searchCoverageSites } from './optimise/search-coverage-sites.ts';
import { searchDistanceSites } from './optimise/search-distance-sites.ts';
import { searchSeatsSites } from './optimise/search-seats-sites.ts';
import type { SiteSearchAnswer, SiteSearchOptions } from './optimise/site-search.ts';
import type { SolverLoader } from './optimise/solve-model.ts';
import type { SuggestionRequest } from './optimise/suggestion-request.ts';
import { UnmetRequestError } from './optimise/unmet-request-error.ts';

export type { CoverageFigures, SuggestionRequest };

/** The data the suggestion works on (what the district analysis takes, without the scenario). */
export interface SuggestionContext {
  schools: readonly School[];
  townships: TownshipCollection;
  population: PopulationData;
  ruleSet: RuleSet;
  radii: ServiceRadii;
  /** How far a site reaches (absent: the straight line); road time needs `roads`. */
  distance?: DistanceModel;
  roads?: { network: RoadNetwork; barriers: readonly BarrierLayer[] } | null;
}

/** Where a pick or its runner-up lies. */
export interface SitePlace {
  lon: number;
  lat: number;
  /** The list row's or plan school's name; '' for a grid point. */
  name: string;
  /** '' when outside every township. */
  townshipCode: string;
  townshipName: string;
}

/** One suggested site. */
export interface SuggestedSite extends SitePlace {
  /** 1-based, in the order that explains the answer (each adds most to the ones before). */
  rank: number;
  /** 'grid', 'list', 'planned' (a plan school re-optimised) or 'forced' (must include). */
  origin: 'grid' | 'list' | 'planned' | 'forced';
  /**
   * What this pick adds to the earlier ones: population newly covered (coverage, count), metres
   * cut off the population-weighted mean distance (distance), or children newly seated (seats).
   */
  gain: number;
  /** Population newly covered by township, largest first (coverage and count); code '' = outside. */
  gainByTownship: { code: string; name: string; population: number }[];
  /** Township rules that go from ✗ to ✓ when this pick is added to the earlier ones. */
  rulesFixed: FixedRule[];
  /** Metres to the nearest school serving the kind in the base scenario; null when there is none. */
  nearestExistingMetres: number | null;
  /** The best other candidate in this pick's place and the objective's value with it; null when none. */
  runnerUp: (SitePlace & { value: number }) | null;
}

/** A township's coverage target, for the count objective (code and name '' for the district). */
export type TownshipTarget = Omit<AreaTarget, 'area'> & { code: string; name: string };

/** The seats objective's figures: the stage's children of the base year, seated before and after. */
export interface SuggestionSeats {
  baseYear: number;
  children: number;
  seatedBefore: number;
  seatedAfter: number;
  /** Seats each new site brings (the rule set's default new school of the stage). */
  seatsPerSite: number;
}

/** The suggestion. */
export interface SuggestionResult {
  kind: ServiceKind;
  objective: ObjectiveKind;
  method: SearchMethod;
  picks: SuggestedSite[];
  /** Value, bound, gap, optimal: see `SearchQuality`. */
  quality: SearchQuality;
  /** Population in use (all points). */
  population: number;
  coveredBefore: number;
  coveredAfter: number;
  /** Distance objective: population-weighted mean metres to the nearest school, before and after. */
  meanDistanceBefore: number | null;
  meanDistanceAfter: number | null;
  /** Candidates searched, after the exclusions. */
  candidatesConsidered: number;
  candidatesExcluded: { township: number; distance: number; sites: number };
  requiredTownships: { code: string; name: string }[];
  /** Count objective: the targets; null otherwise. */
  targets: TownshipTarget[] | null;
  /** Seats objective: children seated before and after; null otherwise. */
  seats: SuggestionSeats | null;
  /** Gain evaluations greedy made, and exchanges swap made. */
  evaluations: number;
  exchanges: number;
  stopped: SiteSearchAnswer['stopped'];
  exact: SiteSearchAnswer['exact'];
  exactEstimate: SiteSearchAnswer['exactEstimate'];
  /** Side by side: the base, the plan's own new schools (规划完成后), and the base plus the picks. */
  comparison: CoverageFigures[];
  /** Notes, e.g. why fewer picks than asked. */
  messages: Message[];
}

/** Progress and cancellation of {@link planSuggestion}, and the solver to load. */
export interface SuggestionHooks {
  onProgress?(picked: number, count: number): void;
  shouldStop?(): boolean;
  solverLoader?: SolverLoader;
  /** Where the coverage lists' lattices are kept between requests (the suggestion worker's). */
  latticeCache?: ListLatticeCache;
}

/**
 * The base scenario and the prepared data of a request: with the plan's schools re-optimised,
 * the base is 现状 of the same year and their sites join the candidates.
 * @example prepareRequest(context, request).prepared.places.length
 */
export function prepareRequest(
  context: SuggestionContext,
  request: SuggestionRequest,
  latticeCache?: ListLatticeCache,
): { scenario: Scenario; prepared: PreparedSuggestion } {
  const reoptimise = request.plannedSchools === 'reoptimise';
  const scenario = standingScenario(request);
  const current = schoolsInScenario(context.schools, scenario);
  const plannedSites = reoptimise
    ? schoolsInScenario(context.schools, { kind: 'planned', year: scenario.year })
        .filter((school) => servesKind(school.type, request.kind) && !current.includes(school))
        .map((school) => ({ lon: school.lon, lat: school.lat, name: school.name }))
    : [];
  const prepared = prepareSuggestion(
    context.schools,
    context.townships,
    context.population,
    context.radii,
    {
      ...request,
      scenario,
      mustInclude: request.mustInclude ?? [],
      excludeSites: request.excludeSites ?? [],
      plannedSites,
    },
    siteReachOf(context),
    latticeCache,
  );
  return { scenario, prepared };
}

/**
 * Suggests sites for a kind of school: the objective asked (most population newly covered, fewest
 * sites reaching the coverage target, or shortest mean distance), by the method asked (greedy,
 * swap, exact), with the bound and gap of the answer; then each pick assessed.
 *
 * - Population, radii, standing schools and candidates: see `prepareSuggestion`. With
 *   `plannedSchools: 'reoptimise'` the base is 现状 of the same year and the plan's new schools of
 *   the kind join the candidates.
 * - Required townships: those failing `requireRuleId` in the base (with the radius in use) and
 *   searched; the others are named in the messages.
 * - Each pick becomes a school (`pickAsSchool`) and the district is analysed again with the picks
 *   so far: `rulesFixed` lists the township rules that go ✗→✓ with that pick.
 * @throws UnmetRequestError for a request that cannot be met: k < 1, a district-wide kind without a
 *   radius, an unknown or disabled rule, no candidate left, more required townships than picks, a
 *   required township without a candidate, lists too large for the distance objective.
 * @example await planSuggestion(context, { kind: 'primary', count: 3, radius: null, minDistance: 1000, includeTownships: [], excludeTownships: [], requireRuleId: 'coverage-primary', candidates: { source: 'grid', spacing: 500 }, scenario: CURRENT_SCENARIO, method: 'swap' })
 */
export async function planSuggestion(
  context: SuggestionContext,
  request: SuggestionRequest,
  hooks: SuggestionHooks = {},
): Promise<SuggestionResult> {
  checkSuggestionRequest(request);
  const { kind } = request;
  const objective = request.objective ?? 'coverage';
  const method = request.method ?? 'swap';
  const { scenario, prepared } = prepareRequest(context, request, hooks.latticeCache);
  const { radii, areas, areaByCode, places, messages } = prepared;
  // Words as the search measured: road time only when a cost model was built from the roads.
  const reach = reachMessage(prepared.costModel && context.distance ? context.distance : STRAIGHT_LINE);
  const analysisOf = (schools: readonly School[], of: Scenario) =>
    analyzeDistrict({ ...context, schools, radii, scenario: of });
  const baseAnalysis = analysisOf(context.schools, scenario);
  const rule = request.requireRuleId === null ? null : requiredRule(context.ruleSet, request.requireRuleId);
  const required = rule ? requiredTownships(rule, baseAnalysis, prepared, request, scenario) : [];

  const problem = coveringProblemOf(prepared);
  const options: SiteSearchOptions = {
    count: objective === 'count' ? Math.max(request.count, prepared.forced.length) : request.count,
    minimumDistance: request.minDistance,
    requiredAreas: required.map((township) => areaByCode.get(township.code) ?? -1),
    forced: prepared.forced,
    eligible: prepared.eligible,
    method,
    evaluation: request.evaluation ?? 'lazy',
    areaNames: areas.map((area) => area.name),
    timeLimitSeconds: request.timeLimitSeconds ?? 10,
    ...(hooks.onProgress
      ? { onProgress: (picked: number, count: number) => hooks.onProgress?.(picked, count) }
      : {}),
    ...(hooks.shouldStop ? { shouldStop: () => hooks.shouldStop?.() ?? false } : {}),
    ...(hooks.solverLoader ? { solverLoader: hooks.solverLoader } : {}),
  };
  let meanDistanceBefore: number | null = null;
  let seats: SuggestionSeats | null = null;
  let answer: SiteSearchAnswer;
  if (objective === 'seats') {
    const built = buildSuggestionSeats({
      ...context,
      radii,
      scenario,
      kind,
      candidates: places,
      eligible: prepared.eligible,
    });
    messages.push(built.basis);
    answer = await searchSeatsSites(built.objective, problem, options);
    const { children, seatedBefore, seatsPerSite } = built.objective;
    const seatedAfter = seatedBefore + answer.quality.value;
    seats = { baseYear: built.baseYear, children, seatedBefore, seatedAfter, seatsPerSite };
  } else if (objective === 'distance') {
    // The mean-distance search measures metres; by road it would need minutes it does not keep.
    if (prepared.costModel) throw new UnmetRequestError(message('optimiseDistanceNotByRoad'));
    const lists = buildDistanceLists(prepared.points, prepared.weights, baseDistances(prepared), places);
    let population = 0;
    let total = 0;
    lists.weights.forEach((weight, point) => {
      population += weight;
      total += weight * (lists.base[point] ?? 0);
    });
    meanDistanceBefore = population > 0 ? total / population : 0;
    answer = await searchDistanceSites(lists, problem, options);
  } else if (objective === 'count') {
    const share = targetShare(context.ruleSet, kind, request.target);
    answer = await searchCountSites(problem, share, request.targetScope ?? 'township', options);
  } else {
    answer = await searchCoverageSites(problem, options);
  }

  const coverage = new CoverageState(problem);
  const placeOf = (index: number): SitePlace => {
    const place = places[index] as (typeof places)[number];
    const area = areaByCode.get(place.townshipCode);
    return {
      lon: place.lon,
      lat: place.lat,
      name: place.name,
      townshipCode: place.townshipCode,
      townshipName: area === undefined ? '' : (areas[area]?.name ?? ''),
    };
  };
  const pickSchools: School[] = [];
  let previous = baseAnalysis;
  const picks = answer.picks.map((candidate, position): SuggestedSite => {
    const rank = position + 1;
    const place = placeOf(candidate);
    const byArea = new Map<number, number>();
    coverage.add(candidate, (point) => {
      const area = problem.areaOfPoint[point] ?? -1;
      byArea.set(area, (byArea.get(area) ?? 0) + (problem.weights[point] ?? 0));
    });
    pickSchools.push(pickAsSchool(place, place.name, rank, kind, rule, request.radius, place.townshipName));
    const next = analysisOf([...context.schools, ...pickSchools], scenario);
    const rulesFixed = fixedRules(previous, next);
    previous = next;
    const nearest = prepared.existingIndex ? findNearest(prepared.existingIndex, place.lon, place.lat) : null;
    const gain = answer.gains[position] ?? 0;
    if (objective === 'coverage' && gain <= 0) {
      messages.push(message('optimisePickForRequiredOnly', { rank, township: place.townshipName, reach }));
    }
    const runnerUp = answer.runnersUp[position] ?? null;
    return {
      ...place,
      rank,
      origin: (places[candidate] as (typeof places)[number]).origin,
      gain,
      gainByTownship: [...byArea]
        .filter(([, population]) => population > 0)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .map(([area, population]) => ({
          code: areas[area]?.code ?? '',
          name: areas[area]?.name ?? '',
          population,
        })),
      rulesFixed,
      nearestExistingMetres: nearest ? nearest.distance : null,
      runnerUp: runnerUp ? { ...placeOf(runnerUp.candidate), value: runnerUp.value } : null,
    };
  });
  noteSearchStop(
    answer,
    picks.length,
    request,
    areas.map((area) => area.name),
    messages,
    reach,
  );

  let population = 0;
  let coveredBefore = 0;
  for (let point = 0; point < problem.weights.length; point++) {
    const weight = problem.weights[point] ?? 0;
    population += weight;
    if (problem.coveredBefore[point]) coveredBefore += weight;
  }
  const figures = (label: Message, analysis: DistrictAnalysis, schools: number) =>
    coverageFigures(label, analysis, schools, kind, context.ruleSet);
  const comparison: CoverageFigures[] = [
    figures(scenarioLabel(scenarioName(scenario)), baseAnalysis, prepared.existing.length),
  ];
  if (scenario.kind === 'current') {
    const plannedScenario: Scenario = { kind: 'planned', year: scenario.year };
    const planned = schoolsInScenario(context.schools, plannedScenario).filter((school) =>
      servesKind(school.type, kind),
    );
    comparison.push(
      figures(
        message('optimiseStatePlanned', {
          scenario: scenarioName(plannedScenario),
          kind: kindMessage(kind),
          count: planned.length - prepared.existing.length,
        }),
        analysisOf(context.schools, plannedScenario),
        planned.length,
      ),
    );
  }
  comparison.push(
    figures(
      message('optimiseStateWithPicks', { scenario: scenarioName(scenario), count: picks.length }),
      previous,
      prepared.existing.length + picks.length,
    ),
  );
  return {
    kind,
    objective,
    method,
    picks,
    quality: answer.quality,
    population,
    coveredBefore,
    coveredAfter: coveredBefore + coverage.recount(),
    meanDistanceBefore,
    meanDistanceAfter: objective === 'distance' ? answer.quality.value : null,
    candidatesConsidered: places.length - prepared.excluded.sites,
    candidatesExcluded: prepared.excluded,
    requiredTownships: required,
    targets:
      answer.targets?.map((target) => ({
        code: areas[target.area]?.code ?? '',
        name: (request.targetScope ?? 'township') === 'district' ? '' : (areas[target.area]?.name ?? ''),
        population: target.population,
        coveredBefore: target.coveredBefore,
        need: target.need,
        reachable: target.reachable,
        unreachable: target.unreachable,
        beyondEveryCandidate: target.beyondEveryCandidate,
      })) ?? null,
    seats,
    evaluations: answer.evaluations,
    exchanges: answer.exchanges,
    stopped: answer.stopped,
    exact: answer.exact,
    exactEstimate: answer.exactEstimate,
    comparison,
    messages,
  };
}
