/**
 * Consolidation (撤并) as the 撤并 panel and `atlas consolidate` ask for it: which of the schools
 * that may close (by type, by enrolment, or picked by hand) can close while every township keeps
 * its coverage target — as many as possible, or a given number losing the least — and for each
 * closure where its pupils go, how much farther, whether they then need boarding, what it costs,
 * the rules it breaks and the school that could close instead. The atlas proposes; people decide.
 */
import { type DistanceModel, reachMessage, STRAIGHT_LINE } from '../../domain/distance-model.ts';
import { type Message, message } from '../../domain/message.ts';
import type { PopulationData } from '../../domain/population.ts';
import { type ServiceKind, type ServiceRadii, servesKind, serviceRadius } from '../../domain/radius.ts';
import type { BarrierLayer, RoadNetwork } from '../../domain/road-network.ts';
import type { RuleSet } from '../../domain/rules.ts';
import { type Scenario, schoolsInScenario } from '../../domain/scenario.ts';
import type { School, SchoolType } from '../../domain/school.ts';
import type { TownshipCollection } from '../../domain/township.ts';
import { analyzeDistrict, type DistrictAnalysis } from '../analyze-district.ts';
import { assignPopulationTownships } from '../assign-population-townships.ts';
import { buildSiteCoverage } from '../build-site-coverage.ts';
import { brokenRules, type FixedRule } from './assess-suggestion.ts';
import { buildSeatsCheck, type ConsolidationSeats, type SeatsCheck } from './build-seats-condition.ts';
import { type ClosureChoice, chooseClosures, coveredBy } from './choose-closures.ts';
import { CoverageState, type CoveringProblem } from './coverage-state.ts';
import { type ClosedSchool, explainClosures } from './explain-closures.ts';
import { joinNames } from './join-names.ts';
import { kindMessage } from './kind-message.ts';
import { qualityOf, type SearchMethod, type SearchQuality } from './objective.ts';
import { preparePopulation, radiiInUse, siteReachOf } from './prepare-suggestion.ts';
import { targetShare } from './read-suggestion-request.ts';
import { reopenUntilSeated, type SeatsCondition } from './reopen-until-seated.ts';
import type { SolverLoader } from './solve-model.ts';
import { UnmetRequestError } from './unmet-request-error.ts';

/** What to consolidate. */
export interface ConsolidationRequest {
  /** The service kind whose coverage every township must keep (e.g. primary for 教学点). */
  kind: ServiceKind;
  /** Schools of these types may close (empty: no type filter). */
  types: SchoolType[];
  /** Schools with at most this many pupils may close (null: no enrolment filter; unknown enrolment never matches). */
  maxEnrolment: number | null;
  /** Schools picked by hand (codes), closable whatever the filters say. */
  codes: string[];
  /** null: close as many as the targets allow; a number: close exactly that many. */
  closeCount: number | null;
  /** The coverage share each township keeps (0–1); null = the rule set's target for the kind. */
  target: number | null;
  /** One radius in metres for every point; null = each township's urban or rural radius. */
  radius: number | null;
  /** Which schools stand. */
  scenario: Scenario;
  method: SearchMethod;
  /** Seconds the exact method may take (default 10). */
  timeLimitSeconds?: number;
  /**
   * Whether no township may have more children of the kind's stage without a seat within the
   * radius after the closures than today (default true; kinds without seats are never checked).
   */
  keepSeats?: boolean;
}

/** The data consolidation works on. */
export type { ClosedSchool };

export interface ConsolidationContext {
  schools: readonly School[];
  townships: TownshipCollection;
  population: PopulationData;
  ruleSet: RuleSet;
  radii: ServiceRadii;
  /** How far a school reaches (absent: the straight line); road time needs `roads`. */
  distance?: DistanceModel;
  roads?: { network: RoadNetwork; barriers: readonly BarrierLayer[] } | null;
}

/** A township's coverage of the kind before and after, against its target. */
export interface TownshipCoverageChange {
  code: string;
  name: string;
  population: number;
  coveredBefore: number;
  coveredAfter: number;
  shareBefore: number | null;
  shareAfter: number | null;
  /** The share it must keep: the target, or today's share when that is lower. */
  required: number;
  kept: boolean;
}

/** The proposal. */
export interface ConsolidationResult {
  kind: ServiceKind;
  mode: 'most' | 'count';
  method: SearchMethod;
  target: number;
  /** Schools that may close, after those protected. */
  closable: { code: string; name: string }[];
  /** Schools the filters chose but whose closure alone breaks a township rule: kept out. */
  protected: { code: string; name: string; rules: FixedRule[] }[];
  closed: ClosedSchool[];
  /** 'most': value = schools closed (bound above); 'count': value = population losing coverage (bound below). */
  quality: SearchQuality;
  townships: TownshipCoverageChange[];
  population: number;
  coveredBefore: number;
  coveredAfter: number;
  exchanges: number;
  exact: ClosureChoice['exact'];
  exactEstimate: ClosureChoice['exactEstimate'];
  /** Children of the stage without a seat, today and with the closures; null when not checked. */
  seats: ConsolidationSeats | null;
  messages: Message[];
}

/** Whether the filters choose a school. */
function matches(school: School, request: ConsolidationRequest): boolean {
  const filtered = request.types.length > 0 || request.maxEnrolment !== null;
  if (!filtered) return false;
  if (request.types.length > 0 && !request.types.includes(school.type)) return false;
  if (request.maxEnrolment !== null && !(school.students !== null && school.students <= request.maxEnrolment))
    return false;
  return true;
}

/**
 * Proposes closures (see the file's description). Every township keeps at least the smaller of
 * the target and today's share within the radius; the result's township table shows both, from
 * the district analysis with and without the closed schools.
 * With `keepSeats` (the default) the proposal also keeps every child's seat: no township has more
 * children without a seat within the radius than today, the receiving schools' seats counting
 * (`buildSeatsCheck`; `hooks.seats` replaces that condition). Schools reopen until it holds, and
 * the result says which.
 * @throws UnmetRequestError when no school may close, or more closures are asked than the targets allow
 * @example await planConsolidation(context, { kind: 'primary', types: ['教学点'], maxEnrolment: null, codes: [], closeCount: null, target: null, radius: null, scenario: CURRENT_SCENARIO, method: 'swap' })
 */
export async function planConsolidation(
  context: ConsolidationContext,
  request: ConsolidationRequest,
  hooks: { solverLoader?: SolverLoader; seats?: SeatsCondition } = {},
): Promise<ConsolidationResult> {
  const { kind, scenario } = request;
  const reach = siteReachOf(context);
  if (reach.distance?.model === 'road' && reach.roads && request.radius !== null)
    throw new UnmetRequestError(message('optimiseRadiusNotByRoad'));
  const radii = radiiInUse(context.radii, kind, request.radius);
  if (serviceRadius(radii, kind, false) === null) {
    throw new UnmetRequestError(message('optimiseDistrictWideNeedsRadius', { kind: kindMessage(kind) }));
  }
  const messages: Message[] = [];
  const analysisOf = (schools: readonly School[]) =>
    analyzeDistrict({ ...context, schools, radii, scenario });
  const before = analysisOf(context.schools);
  const standing = schoolsInScenario(context.schools, scenario).filter((school) =>
    servesKind(school.type, kind),
  );
  const byHand = new Set(request.codes);
  for (const code of request.codes) {
    if (!standing.some((school) => school.code === code))
      messages.push(message('optimiseConsolidationUnknownCode', { code }));
  }
  const chosen = standing.filter((school) => byHand.has(school.code) || matches(school, request));
  // A school the filters chose whose closure alone breaks a township rule other than coverage
  // (which the targets below look after), e.g. the township's only boarding primary, stays open.
  const coverageRules = new Set(
    context.ruleSet.rules.filter((rule) => rule.measure === 'population-coverage').map((rule) => rule.id),
  );
  const protectedSchools: ConsolidationResult['protected'] = [];
  const closableSchools: School[] = [];
  for (const school of chosen) {
    const broken = byHand.has(school.code)
      ? []
      : brokenRules(before, analysisOf(context.schools.filter((other) => other !== school))).filter(
          (rule) => !coverageRules.has(rule.ruleId),
        );
    if (broken.length > 0) protectedSchools.push({ code: school.code, name: school.name, rules: broken });
    else closableSchools.push(school);
  }
  if (protectedSchools.length > 0) {
    messages.push(
      message('optimiseConsolidationProtected', {
        schools: joinNames(protectedSchools.map((school) => school.name)),
      }),
    );
  }
  if (closableSchools.length === 0) throw new UnmetRequestError(message('optimiseConsolidationNothing'));

  const population = preparePopulation(context.townships, context.population, radii, kind, reach);
  const { points, weights, areaOfPoint, areas, areaByCode } = population;
  const staying = standing.filter((school) => !closableSchools.includes(school));
  const coveredBefore = new Uint8Array(points.length);
  for (const position of buildSiteCoverage(population, staying).points) coveredBefore[position] = 1;
  const include = Uint8Array.from(coveredBefore, (covered, position) =>
    !covered && (weights[position] ?? 0) > 0 ? 1 : 0,
  );
  const schoolCodes = assignPopulationTownships(
    closableSchools.map((school) => ({ lon: school.lon, lat: school.lat, townshipCode: '' })),
    context.townships,
  );
  const problem: CoveringProblem = {
    weights,
    coveredBefore,
    areaOfPoint,
    lists: buildSiteCoverage(population, closableSchools, { include }),
    candidates: closableSchools,
    areaOfCandidate: Int32Array.from(schoolCodes, (code) => areaByCode.get(code) ?? -1),
  };

  // Each township must keep min(target, today's share): the kept schools must cover the rest.
  const share = request.target ?? targetShare(context.ruleSet, kind, null);
  const all = new CoverageState(problem);
  for (let school = 0; school < closableSchools.length; school++) all.add(school);
  const areaCount = areas.length;
  const total = new Float64Array(areaCount);
  const fixed = new Float64Array(areaCount);
  const today = new Float64Array(areaCount);
  for (let point = 0; point < points.length; point++) {
    const area = areaOfPoint[point] ?? -1;
    if (area < 0) continue;
    const weight = weights[point] ?? 0;
    total[area] = (total[area] ?? 0) + weight;
    if (coveredBefore[point]) fixed[area] = (fixed[area] ?? 0) + weight;
    if ((all.covers[point] ?? 0) > 0) today[area] = (today[area] ?? 0) + weight;
  }
  const need = Float64Array.from(total, (people, area) =>
    Math.max(0, Math.min(share * people, today[area] ?? 0) - (fixed[area] ?? 0)),
  );
  const targets = { areaOfPoint, need };
  const choice = await chooseClosures(problem, targets, {
    closeCount: request.closeCount,
    method: request.method,
    timeLimitSeconds: request.timeLimitSeconds ?? 10,
    ...(hooks.solverLoader ? { solverLoader: hooks.solverLoader } : {}),
  });
  let keptIndices = choice.kept;
  let quality = choice.quality;
  let seatsCheck: SeatsCheck | null = null;
  if (request.keepSeats ?? true) {
    const built = buildSeatsCheck({ ...context, radii, scenario, kind });
    seatsCheck = built.check;
    if (built.reason)
      messages.push(message('optimiseConsolidationSeatsNotChecked', { reason: built.reason }));
  }
  // Whatever the method, the closures it found are checked against the seats; reopening only
  // seats more (see build-seats-objective.ts), so the answer always keeps the condition.
  const seatsCondition = hooks.seats ?? seatsCheck?.condition;
  if (seatsCondition) {
    const seated = reopenUntilSeated(closableSchools, choice.kept, seatsCondition);
    if (seated.reopened.length > 0) {
      keptIndices = seated.kept;
      quality = qualityAfterReopening(problem, choice.quality, seated.kept, request.closeCount === null);
      if (request.closeCount === null && seatsCheck && !hooks.seats) {
        // Schools whose closure alone leaves the district's children short can close in no proposal.
        const mayClose = closableSchools.filter((school) => seatsCheck?.districtKeeps([school.code])).length;
        quality = qualityOf(
          'maximise',
          quality.value,
          Math.min(quality.bound, mayClose),
          quality.boundSource,
          false,
        );
      }
      messages.push(
        message('optimiseConsolidationSeatsReopened', {
          reach: reachMessage(reach.distance && reach.roads ? reach.distance : STRAIGHT_LINE),
          schools: joinNames(seated.reopened.map((index) => closableSchools[index]?.name ?? '')),
        }),
      );
    }
  }
  const kept = new Set(keptIndices);
  const closedSchools = closableSchools.filter((_, index) => !kept.has(index));
  const after = analysisOf(context.schools.filter((school) => !closedSchools.includes(school)));
  const closed = explainClosures({
    problem,
    targets,
    closable: closableSchools,
    kept: keptIndices,
    staying,
    townshipCodes: schoolCodes,
    population,
    radii,
    kind,
    analysisOf,
    before,
    allSchools: context.schools,
  });
  const townships = townshipChanges(before, after, kind, share);
  for (const township of townships) {
    if (!township.kept)
      messages.push(message('optimiseConsolidationTargetBroken', { township: township.name }));
  }
  // When the seats kept them all open, the reopening note above already says why.
  if (closed.length === 0 && choice.kept.length === closableSchools.length)
    messages.push(message('optimiseConsolidationNoneCanClose'));
  return {
    kind,
    mode: request.closeCount === null ? 'most' : 'count',
    method: request.method,
    target: share,
    closable: closableSchools.map((school) => ({ code: school.code, name: school.name })),
    protected: protectedSchools,
    closed,
    quality,
    townships,
    population: before.district.coverage[kind].population,
    coveredBefore: before.district.coverage[kind].covered ?? 0,
    coveredAfter: after.district.coverage[kind].covered ?? 0,
    exchanges: choice.exchanges,
    exact: choice.exact,
    exactEstimate: choice.exactEstimate,
    seats: seatsCheck ? seatsCheck.figures(closed.map((school) => school.code)) : null,
    messages,
  };
}

/**
 * The quality once schools reopened for seats. Closing the most: fewer close, and the bound on
 * closures without the seats condition still bounds them with it. Closing a given number: fewer
 * than asked close, so that number's bound no longer applies; the only bound left is none lost.
 */
function qualityAfterReopening(
  problem: CoveringProblem,
  found: SearchQuality,
  kept: readonly number[],
  most: boolean,
): SearchQuality {
  if (most)
    return qualityOf(
      'maximise',
      problem.candidates.length - kept.length,
      found.bound,
      found.boundSource,
      false,
    );
  const everyone = problem.candidates.map((_, school) => school);
  return qualityOf('minimise', coveredBy(problem, everyone) - coveredBy(problem, kept), 0, 'trivial', false);
}

/** Each township's coverage before and after, and whether it kept what it must. */
function townshipChanges(
  before: DistrictAnalysis,
  after: DistrictAnalysis,
  kind: ServiceKind,
  share: number,
): TownshipCoverageChange[] {
  return before.townships.map((township) => {
    const was = township.coverage[kind];
    const now = after.townships.find((entry) => entry.code === township.code)?.coverage[kind] ?? was;
    const required = Math.min(share, was.share ?? 0);
    const kept = now.share === null || now.share >= required - 1e-9;
    return {
      code: township.code,
      name: township.name,
      population: was.population,
      coveredBefore: was.covered ?? 0,
      coveredAfter: now.covered ?? 0,
      shareBefore: was.share,
      shareAfter: now.share,
      required,
      kept,
    };
  });
}
