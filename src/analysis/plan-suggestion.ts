/**
 * Site suggestion (选址建议) as the 选址 screen and `atlas suggest` ask for it: candidates from a
 * grid or a list, exclusions, required townships from a failing rule, the greedy covering
 * search (`suggestSites`), then each pick assessed with the district analysis — the rules it
 * fixes and the coverage side by side with the base and the plan.
 */
import { CANDIDATE_TYPE_OF_KIND, type CandidateSite, candidateAsSchool } from '../domain/candidate.ts';
import type { PopulationData, PopulationPoint } from '../domain/population.ts';
import {
  largestServiceRadius,
  SERVICE_KIND_NAMES,
  type ServiceKind,
  type ServiceRadii,
  servesKind,
  serviceRadius,
  withServiceRadius,
} from '../domain/radius.ts';
import type { RuleSet, TownshipRule } from '../domain/rules.ts';
import { type Scenario, scenarioTitle, schoolsInScenario } from '../domain/scenario.ts';
import type { Ownership, School } from '../domain/school.ts';
import type { TownshipCollection } from '../domain/township.ts';
import { analyzeDistrict, type DistrictAnalysis } from './analyze-district.ts';
import { assignPopulationTownships } from './assign-population-townships.ts';
import { buildCoverageLists } from './build-coverage-lists.ts';
import { buildGridIndex } from './build-grid-index.ts';
import { distributeTownshipTable } from './distribute-township-table.ts';
import { findNearest } from './find-nearest.ts';
import { makeCandidateGrid } from './make-candidate-grid.ts';
import { type CoveringPick, suggestSites } from './suggest-sites.ts';

/** What to suggest. */
export interface SuggestionRequest {
  kind: ServiceKind;
  /** How many sites, k ≥ 1. */
  count: number;
  /**
   * Metres, for the existing schools and the picks alike; null = the kind's urban or rural
   * radius of each point's township (an error for high and special, which are district-wide).
   */
  radius: number | null;
  /**
   * Metres: candidates closer than this to an existing school serving the kind (standing in the
   * scenario) are left out, and the picks keep it between each other; 0 = none.
   */
  minDistance: number;
  /** Township codes to search; empty = all. */
  includeTownships: string[];
  /** Township codes never to search. */
  excludeTownships: string[];
  /**
   * Id of an enabled township rule: at least one pick in each township that fails it in the
   * scenario (among the townships searched).
   */
  requireRuleId: string | null;
  candidates:
    | { source: 'grid'; spacing: number }
    | { source: 'list'; sites: { lon: number; lat: number; name: string }[] };
  /** The base: which schools stand. */
  scenario: Scenario;
  /** 'lazy' (default) or 'plain' greedy; the same picks either way. */
  method?: 'lazy' | 'plain';
}

/** The data the suggestion works on (what the district analysis takes, without the scenario). */
export interface SuggestionContext {
  schools: readonly School[];
  townships: TownshipCollection;
  population: PopulationData;
  ruleSet: RuleSet;
  radii: ServiceRadii;
}

/** One suggested site. */
export interface SuggestedSite {
  /** 1-based, in the order picked. */
  rank: number;
  lon: number;
  lat: number;
  /** Grid: 建议点 N; list: the row's name (建议点 N when empty). */
  name: string;
  /** '' when outside every township. */
  townshipCode: string;
  townshipName: string;
  /** Population newly covered by this pick, given the earlier picks. */
  gain: number;
  /** The gain by township, largest first, zeros left out; code '' = outside every township. */
  gainByTownship: { code: string; name: string; population: number }[];
  /** Township rules that go from ✗ to ✓ when this pick is added to the earlier ones. */
  rulesFixed: { ruleId: string; title: string; townshipCode: string; townshipName: string }[];
  /** Metres to the nearest school serving the kind in the base scenario; null when there is none. */
  nearestExistingMetres: number | null;
}

/** Coverage of the kind in one state of the district, for the side-by-side table. */
export interface CoverageFigures {
  label: string;
  /** Schools serving the kind that stand (picks included). */
  schools: number;
  /** Population within the radius of a school serving the kind. */
  covered: number;
  /** covered ÷ population, 0–1; null without population. */
  share: number | null;
  /** Townships passing the kind's coverage rule (0 when the rule set has none). */
  townshipsPassing: number;
  /** Township × rule results that fail, all enabled township rules counted. */
  rulesFailing: number;
}

/** The suggestion. */
export interface SuggestionResult {
  kind: ServiceKind;
  picks: SuggestedSite[];
  /** Population in use (all points). */
  population: number;
  coveredBefore: number;
  coveredAfter: number;
  /** Candidates searched, after the exclusions. */
  candidatesConsidered: number;
  candidatesExcluded: { township: number; distance: number };
  requiredTownships: { code: string; name: string }[];
  /** Gain evaluations the search made. */
  evaluations: number;
  stopped: null | 'cancelled' | 'no-gain';
  /** Side by side: the base, the plan's own new schools (规划完成后), and the base plus the picks. */
  comparison: CoverageFigures[];
  /** Chinese notes, e.g. why fewer picks than asked. */
  messages: string[];
}

/** Progress and cancellation of {@link planSuggestion}. */
export interface SuggestionHooks {
  onProgress?(picked: number, count: number): void;
  shouldStop?(): boolean;
}

/** The name of the area outside every township, in the gain by township. */
const OUTSIDE_TOWNSHIPS = '乡镇界线外';

/** A candidate before the search: where, which township, and its name from the list. */
interface CandidatePlace {
  lon: number;
  lat: number;
  townshipCode: string;
  name: string;
}

function checkRequest(request: SuggestionRequest): void {
  if (!Number.isInteger(request.count) || request.count < 1) {
    throw new RangeError(`建议点数应为不小于 1 的整数，实际为 ${request.count}`);
  }
  if (request.radius !== null && !(request.radius > 0 && Number.isFinite(request.radius))) {
    throw new RangeError(`服务半径应为正数（米），实际为 ${request.radius}`);
  }
  if (!(request.minDistance >= 0 && Number.isFinite(request.minDistance))) {
    throw new RangeError(`最小间距应为非负数（米），实际为 ${request.minDistance}`);
  }
}

/** The radii the search and the assessments use: the request's single radius replaces the kind's. */
function radiiInUse(radii: ServiceRadii, kind: ServiceKind, radius: number | null): ServiceRadii {
  if (radius === null) return radii;
  return withServiceRadius(withServiceRadius(radii, kind, 'urban', radius), kind, 'rural', radius);
}

/** The population points the analysis uses: the points, or the township table spread over a grid. */
function populationPoints(population: PopulationData, townships: TownshipCollection): PopulationPoint[] {
  if (population.points.length === 0 && population.townships.length > 0) {
    return distributeTownshipTable(population.townships, townships).points;
  }
  return population.points;
}

/** The enabled township rule a request requires, or a RangeError. */
function requiredRule(ruleSet: RuleSet, ruleId: string): TownshipRule {
  const rule = ruleSet.rules.find((candidate) => candidate.id === ruleId);
  if (rule?.level !== 'township') throw new RangeError(`规则集中没有乡镇规则「${ruleId}」`);
  if (!rule.enabled) throw new RangeError(`规则「${rule.title}」（${ruleId}）未启用`);
  return rule;
}

/** Townships × rules failing in an analysis. */
function failingResults(analysis: DistrictAnalysis): number {
  return analysis.townships.reduce(
    (sum, township) => sum + township.rules.filter((rule) => rule.pass === false).length,
    0,
  );
}

/**
 * Suggests `count` sites for a kind of school: greedy maximal covering of the population not yet
 * within the radius of a school of the kind (see `suggestSites`), then each pick assessed.
 *
 * - Population: the points, or a township table spread by `distributeTownshipTable`, each point
 *   in the township its code names or its boundary holds — as `analyzeDistrict` does. A point's
 *   radius is the request's, or the kind's urban/rural radius of its township (points outside
 *   every township take the rural one, as in the analysis). It is covered before any pick when a
 *   school serving the kind, standing in the scenario, lies within that radius.
 * - Candidates: a grid of `spacing` metres inside the townships, or the list (each placed in the
 *   township its point falls in; points outside every township are kept only without an include
 *   list). Then left out: those outside the include list or inside the exclude list, and those
 *   closer than `minDistance` to an existing school serving the kind.
 * - Required townships: those failing `requireRuleId` in the scenario (with the radius in use)
 *   and lying in the search area (the include and exclude lists); the others are named in the
 *   messages.
 * - Each pick becomes a school (`candidateAsSchool`, code SUGGEST-n, type of the kind, 公办,
 *   竣工 so it stands in every scenario) and the district is analysed again with the picks so
 *   far: `rulesFixed` lists the township rules that go ✗→✓ with that pick. The pick is boarding,
 *   central or of another ownership only when the required rule counts such schools (e.g.
 *   boarding-primary makes the picks boarding schools); otherwise a plain public school.
 * @throws RangeError (Chinese) for a request that cannot be met: k < 1, a district-wide kind
 *   without a radius, an unknown or disabled rule, no candidate left, more required townships
 *   than picks, a required township without a candidate.
 * @example planSuggestion(context, { kind: 'primary', count: 3, radius: null, minDistance: 1000, includeTownships: [], excludeTownships: [], requireRuleId: 'coverage-primary', candidates: { source: 'grid', spacing: 500 }, scenario: CURRENT_SCENARIO }).picks[0].townshipName
 */
export function planSuggestion(
  context: SuggestionContext,
  request: SuggestionRequest,
  hooks: SuggestionHooks = {},
): SuggestionResult {
  checkRequest(request);
  const { kind, scenario } = request;
  const kindName = SERVICE_KIND_NAMES[kind];
  const radii = radiiInUse(context.radii, kind, request.radius);
  if (largestServiceRadius(radii, kind) === null) {
    throw new RangeError(`${kindName}按全区服务，没有服务半径；请给出服务半径（米）后再选址`);
  }
  const messages: string[] = [];
  const townships = context.townships;

  // Townships as areas 0 … n − 1, one per distinct code, in boundary order.
  const areas: { code: string; name: string; urban: boolean }[] = [];
  const areaByCode = new Map<string, number>();
  for (const { properties } of townships.features) {
    if (properties.code === '' || areaByCode.has(properties.code)) continue;
    areaByCode.set(properties.code, areas.length);
    areas.push({ code: properties.code, name: properties.name, urban: properties.urban });
  }
  const nameOfCode = (code: string): string => {
    const area = areaByCode.get(code);
    return area === undefined ? '' : (areas[area]?.name ?? '');
  };

  // Population points: weight, township, radius.
  const points = populationPoints(context.population, townships);
  const pointCodes = assignPopulationTownships(points, townships);
  const weights = new Float64Array(points.length);
  const areaOfPoint = new Int32Array(points.length);
  const radiusOfPoint = new Float64Array(points.length);
  points.forEach((point, position) => {
    const area = areaByCode.get(pointCodes[position] ?? '') ?? -1;
    weights[position] = point.population ?? 0;
    areaOfPoint[position] = area;
    radiusOfPoint[position] = serviceRadius(radii, kind, areas[area]?.urban ?? false) ?? Number.NaN;
  });

  // Coverage by the schools that stand.
  const standing = schoolsInScenario(context.schools, scenario);
  const existing = standing.filter((school) => servesKind(school.type, kind));
  const existingLists = buildCoverageLists(points, radiusOfPoint, existing);
  const coveredBefore = new Uint8Array(points.length);
  for (const position of existingLists.points) coveredBefore[position] = 1;
  const existingIndex =
    existing.length > 0 ? buildGridIndex(existing, Math.max(request.minDistance, 1000)) : null;

  // Candidates and exclusions.
  const places: CandidatePlace[] =
    request.candidates.source === 'grid'
      ? makeCandidateGrid(townships, request.candidates.spacing).map((place) => ({ ...place, name: '' }))
      : listPlaces(request.candidates.sites, townships, messages);
  for (const code of [...request.includeTownships, ...request.excludeTownships]) {
    if (!areaByCode.has(code)) messages.push(`乡镇代码 ${code} 不在乡镇界线中，已忽略`);
  }
  const include = new Set(request.includeTownships.filter((code) => areaByCode.has(code)));
  const exclude = new Set(request.excludeTownships);
  const searchAll = request.includeTownships.length === 0;
  const searched = (code: string) => (searchAll || include.has(code)) && !exclude.has(code);
  const excluded = { township: 0, distance: 0 };
  const kept: CandidatePlace[] = [];
  for (const place of places) {
    if (!searched(place.townshipCode)) {
      excluded.township++;
      continue;
    }
    if (request.minDistance > 0 && existingIndex) {
      const nearest = findNearest(existingIndex, place.lon, place.lat, request.minDistance);
      if (nearest && nearest.distance < request.minDistance) {
        excluded.distance++;
        continue;
      }
    }
    kept.push(place);
  }
  if (excluded.township > 0 || excluded.distance > 0) {
    messages.push(
      `共 ${places.length} 个候选点，按乡镇范围排除 ${excluded.township} 个，距现有${kindName}不足 ${request.minDistance} 米排除 ${excluded.distance} 个，余 ${kept.length} 个参与选址`,
    );
  }
  if (kept.length === 0) {
    throw new RangeError('没有可选的候选点：请检查候选点来源、乡镇范围与最小间距');
  }

  // The base analysis, and the townships that must get a pick.
  const analysisOf = (schools: readonly School[], of: Scenario) =>
    analyzeDistrict({ ...context, schools, radii, scenario: of });
  const baseAnalysis = analysisOf(context.schools, scenario);
  const rule = request.requireRuleId === null ? null : requiredRule(context.ruleSet, request.requireRuleId);
  const requiredTownships: { code: string; name: string }[] = [];
  if (rule) {
    const failing = baseAnalysis.townships.filter(
      (township) => township.rules.find((entry) => entry.id === rule.id)?.pass === false,
    );
    const outside: string[] = [];
    for (const township of failing) {
      if (requiredTownships.some((entry) => entry.code === township.code)) continue;
      if (searched(township.code)) requiredTownships.push({ code: township.code, name: township.name });
      else outside.push(township.name);
    }
    const names = requiredTownships.map((township) => township.name).join('、');
    if (failing.length === 0) {
      messages.push(`规则「${rule.title}」在各乡镇均已通过（${scenarioTitle(scenario)}），没有必选乡镇`);
    }
    if (outside.length > 0) {
      messages.push(`未通过规则「${rule.title}」的${outside.join('、')}不在选址范围内，未列为必选乡镇`);
    }
    if (requiredTownships.length > request.count) {
      throw new RangeError(
        `规则「${rule.title}」有 ${requiredTownships.length} 个乡镇未通过（${names}），每个乡镇至少要一个建议点，但只要 ${request.count} 个`,
      );
    }
    if (requiredTownships.length > 0) {
      messages.push(`未通过规则「${rule.title}」的乡镇（${names}）各至少安排一个建议点`);
    }
    for (const township of requiredTownships) {
      if (!kept.some((place) => place.townshipCode === township.code)) {
        throw new RangeError(
          `${township.name}未通过规则「${rule.title}」，但该乡镇内没有可选的候选点（都离现有${kindName}不足 ${request.minDistance} 米）`,
        );
      }
    }
  }

  // The search.
  const searchedPoints = new Uint8Array(points.length);
  for (let position = 0; position < points.length; position++) {
    searchedPoints[position] = (weights[position] ?? 0) > 0 && !coveredBefore[position] ? 1 : 0;
  }
  const lists = buildCoverageLists(points, radiusOfPoint, kept, { include: searchedPoints });
  const search = suggestSites(
    {
      weights,
      coveredBefore,
      areaOfPoint,
      lists,
      candidates: kept,
      areaOfCandidate: Int32Array.from(kept, (place) => areaByCode.get(place.townshipCode) ?? -1),
    },
    {
      count: request.count,
      method: request.method ?? 'lazy',
      minimumDistance: request.minDistance,
      requiredAreas: requiredTownships.map((township) => areaByCode.get(township.code) ?? -1),
      areaNames: areas.map((area) => area.name),
      ...(hooks.onProgress ? { onProgress: (picked, count) => hooks.onProgress?.(picked, count) } : {}),
      ...(hooks.shouldStop ? { shouldStop: () => hooks.shouldStop?.() ?? false } : {}),
    },
  );

  // Each pick as a school, the district analysed again with the picks so far.
  const pickSchools: School[] = [];
  let previous = baseAnalysis;
  const picks = search.picks.map((entry, position): SuggestedSite => {
    const rank = position + 1;
    const place = kept[entry.candidate] as CandidatePlace;
    const townshipName = nameOfCode(place.townshipCode);
    const name = place.name.trim() || `建议点 ${rank}`;
    pickSchools.push(pickAsSchool(place, name, rank, kind, rule, request.radius, townshipName));
    const next = analysisOf([...context.schools, ...pickSchools], scenario);
    const rulesFixed = fixedRules(previous, next);
    previous = next;
    const nearest = existingIndex ? findNearest(existingIndex, place.lon, place.lat) : null;
    if (entry.gain <= 0) {
      messages.push(
        `${name}不增加服务半径内的人口，只为满足必选乡镇（${townshipName || OUTSIDE_TOWNSHIPS}）`,
      );
    }
    return {
      rank,
      lon: place.lon,
      lat: place.lat,
      name,
      townshipCode: place.townshipCode,
      townshipName,
      gain: entry.gain,
      gainByTownship: gainByTownship(entry, areas),
      rulesFixed,
      nearestExistingMetres: nearest ? nearest.distance : null,
    };
  });

  if (search.stopped === 'cancelled') messages.push(`已取消：保留已选出的 ${picks.length} 个建议点`);
  if (search.stopped === 'no-gain') {
    messages.push(
      picks.length === 0
        ? `没有候选点能增加${kindName}服务半径内的人口（候选点附近的人口都已被覆盖，或没有人口）`
        : `只有 ${picks.length} 个建议点能增加${kindName}服务半径内的人口，少于要求的 ${request.count} 个`,
    );
  }

  const figures = (label: string, analysis: DistrictAnalysis, schools: number): CoverageFigures =>
    coverageFigures(label, analysis, schools, kind, context.ruleSet);
  const baseTitle = scenarioTitle(scenario);
  const withPicks = `${baseTitle} + 建议点 ${picks.length}`;
  const comparison: CoverageFigures[] = [figures(baseTitle, baseAnalysis, existing.length)];
  if (scenario.kind === 'current') {
    const plannedScenario: Scenario = { kind: 'planned', year: scenario.year };
    const planned = schoolsInScenario(context.schools, plannedScenario).filter((school) =>
      servesKind(school.type, kind),
    );
    comparison.push(
      figures(
        `${scenarioTitle(plannedScenario)}（规划新增${kindName} ${planned.length - existing.length} 所）`,
        analysisOf(context.schools, plannedScenario),
        planned.length,
      ),
    );
  }
  comparison.push(figures(withPicks, previous, existing.length + picks.length));

  return {
    kind,
    picks,
    population: search.total,
    coveredBefore: search.coveredBefore,
    coveredAfter: search.coveredAfter,
    candidatesConsidered: kept.length,
    candidatesExcluded: excluded,
    requiredTownships,
    evaluations: search.evaluations,
    stopped: search.stopped,
    comparison,
    messages,
  };
}

/** List candidates with their townships; rows without usable coordinates are left out with a note. */
function listPlaces(
  sites: readonly { lon: number; lat: number; name: string }[],
  townships: TownshipCollection,
  messages: string[],
): CandidatePlace[] {
  const usable = sites.filter((site) => Number.isFinite(site.lon) && Number.isFinite(site.lat));
  if (usable.length < sites.length) {
    messages.push(`${sites.length - usable.length} 个候选点没有有效坐标，已略去`);
  }
  const codes = assignPopulationTownships(
    usable.map((site) => ({ lon: site.lon, lat: site.lat, townshipCode: '' })),
    townships,
  );
  return usable.map((site, position) => ({
    lon: site.lon,
    lat: site.lat,
    name: site.name,
    townshipCode: codes[position] ?? '',
  }));
}

/**
 * A pick as a school record. Boarding, central and ownership follow the required rule when it
 * counts schools with them (a pick for 每个乡镇至少1所寄宿制小学 is a boarding school), else a
 * plain public school: the simplest reading that lets a pick fix the rule it was placed for.
 */
function pickAsSchool(
  place: CandidatePlace,
  name: string,
  rank: number,
  kind: ServiceKind,
  rule: TownshipRule | null,
  radius: number | null,
  townshipName: string,
): School {
  const where = rule?.measure === 'school-count' ? rule.where : {};
  const ownership: Ownership = where.ownership ?? '公办';
  const candidate: CandidateSite = {
    id: `SUGGEST-${rank}`,
    name,
    lon: place.lon,
    lat: place.lat,
    type: CANDIDATE_TYPE_OF_KIND[kind],
    ownership,
    boarding: where.boarding === true,
    central: where.central === true,
    radius,
    origin: 'suggestion',
    note: '',
  };
  return candidateAsSchool(candidate, `SUGGEST-${rank}`, townshipName, '竣工');
}

/** The township × rule results that fail before and pass after. */
function fixedRules(before: DistrictAnalysis, after: DistrictAnalysis): SuggestedSite['rulesFixed'] {
  const fixed: SuggestedSite['rulesFixed'] = [];
  for (const township of after.townships) {
    const earlier = before.townships.find((entry) => entry.code === township.code);
    for (const result of township.rules) {
      const was = earlier?.rules.find((entry) => entry.id === result.id);
      if (was?.pass === false && result.pass === true) {
        fixed.push({
          ruleId: result.id,
          title: result.title,
          townshipCode: township.code,
          townshipName: township.name,
        });
      }
    }
  }
  return fixed;
}

function gainByTownship(
  entry: CoveringPick,
  areas: readonly { code: string; name: string }[],
): SuggestedSite['gainByTownship'] {
  return entry.gainByArea.map(({ area, population }) => ({
    code: areas[area]?.code ?? '',
    name: areas[area]?.name ?? OUTSIDE_TOWNSHIPS,
    population,
  }));
}

function coverageFigures(
  label: string,
  analysis: DistrictAnalysis,
  schools: number,
  kind: ServiceKind,
  ruleSet: RuleSet,
): CoverageFigures {
  const coverage = analysis.district.coverage[kind];
  const coverageRule = ruleSet.rules.find(
    (rule) =>
      rule.level === 'township' &&
      rule.enabled &&
      rule.measure === 'population-coverage' &&
      rule.serviceKind === kind,
  );
  const townshipsPassing = coverageRule
    ? analysis.townships.filter(
        (township) => township.rules.find((result) => result.id === coverageRule.id)?.pass === true,
      ).length
    : 0;
  return {
    label,
    schools,
    covered: coverage.covered ?? 0,
    share: coverage.share,
    townshipsPassing,
    rulesFailing: failingResults(analysis),
  };
}
