/**
 * The district analysis: every township against the rule set, service-radius coverage per kind,
 * school flags, coverage gaps and 所属乡镇 disagreements, for one scenario. The one entry point
 * the web worker, the panels and the CLI call.
 */
import { type DistanceModel, STRAIGHT_LINE } from '../domain/distance-model.ts';
import type { Message, MessageValue } from '../domain/message.ts';
import { type AnalysisPopulation, placesOf } from '../domain/point-columns.ts';
import type { PopulationData, PopulationSource } from '../domain/population.ts';
import {
  radiusOf,
  SERVICE_KINDS,
  SERVICE_KINDS_BY_SCHOOL_TYPE,
  type ServiceKind,
  type ServiceRadii,
} from '../domain/radius.ts';
import type { BarrierLayer, RoadNetwork } from '../domain/road-network.ts';
import type { RuleSet, RuleSettings, TownshipRule } from '../domain/rules.ts';
import { type Scenario, scenarioName, schoolsInScenario } from '../domain/scenario.ts';
import type { School } from '../domain/school.ts';
import type { TownshipCollection } from '../domain/township.ts';
import {
  DEFAULT_TRAVEL_SETTINGS,
  type KindTimeThresholds,
  referenceSpeed,
  thresholdsOfModel,
} from '../domain/travel-settings.ts';
import { assignTownships } from './assign-townships.ts';
import { evaluateSchoolRules, type SchoolFlags } from './evaluate-school-rules.ts';
import { findNearestSites } from './find-nearest-sites.ts';
import { findTownshipMismatches, type TownshipMismatch } from './find-township-mismatches.ts';
import {
  emptyGapPoints,
  type GapPoints,
  type GapSource,
  gapCount,
  gatherGapPoints,
  patchGapPoints,
} from './gap-points.ts';
import { measureCostCoverage } from './measure-cost-coverage.ts';
import { type KindCoverageResult, measureKindCoverage } from './measure-kind-coverage.ts';
import { gapPatchOf } from './patch-gap-list.ts';
import { prepareAnalysisPoints } from './prepare-analysis-points.ts';
import { prepareCostModel } from './prepare-cost-model.ts';
import type { SchoolFacts } from './school-facts.ts';
import type { AnalysisSession } from './start-analysis-session.ts';
import type { KindCoverage } from './summarise-coverage.ts';
import { MINUTE_BIN_EDGES } from './summarise-distances.ts';

import { type TownshipAnalysis, townshipRecords } from './township-records.ts';
import { type DetourFigures, measureDetour } from './travel/measure-detour.ts';

export type { TownshipAnalysis, TownshipCounts, TownshipKindCoverage } from './township-records.ts';

/**
 * Everything the analysis needs, as plain data. The analysis itself also takes the population's
 * points packed into columns (`AnalysisInput<AnalysisPopulation>`), as the analysis worker keeps them.
 */
export interface AnalysisInput<Population extends AnalysisPopulation = PopulationData> {
  schools: readonly School[];
  townships: TownshipCollection;
  population: Population;
  ruleSet: RuleSet;
  radii: ServiceRadii;
  scenario: Scenario;
  /** How distances are measured; absent = the straight line. */
  distance?: DistanceModel;
  /** The road network and its barriers (needed for road time). */
  roads?: { network: RoadNetwork; barriers: readonly BarrierLayer[] } | null;
}

/** With road time: how much the roads lengthen the way to school, for one kind. */
export interface KindDetour {
  district: DetourFigures;
  /** By township, in the order of `DistrictAnalysis.townships`. */
  townships: (DetourFigures & { code: string })[];
  /** Population points within the straight-line radius but beyond the time threshold by road. */
  hiddenGaps: GapPoints;
}

/** The whole result: plain data (no Infinity), but for the gap points, typed arrays (`GapPoints`). */
export interface DistrictAnalysis {
  scenario: Scenario;
  /** e.g. 现状, 规划完成后（截至2019年）. */
  scenarioTitle: Message;
  ruleSetId: string;
  settings: RuleSettings;
  radii: ServiceRadii;
  /** How distances were measured: `{ model: 'straight' }` or `{ model: 'road', mode: 'walk' }`. */
  distance: DistanceModel;
  /** With road time, the time thresholds of the mode (minutes); null for the straight line. */
  travelThresholds: KindTimeThresholds | null;
  population: {
    source: PopulationSource;
    label: string;
    /** What the population is, for the interface: the model, or the imported file and how it was used. */
    description: MessageValue;
    /** Population points used. */
    points: number;
    /** Population of points outside every township boundary (counted in the district figures only). */
    outsideTownships: number;
  };
  townships: TownshipAnalysis[];
  district: {
    population: number;
    /** Schools standing in the scenario. */
    schools: number;
    coverage: Record<ServiceKind, KindCoverage>;
  };
  /** Schools failing at least one enabled school rule. */
  schoolFlags: SchoolFlags[];
  /** Per kind, the uncovered population points (none for district-wide kinds). */
  gaps: Record<ServiceKind, GapPoints>;
  /** With road time, the detour per kind; null for the straight line. */
  detour: Record<ServiceKind, KindDetour> | null;
  membership: MembershipReport;
}

/** Schools whose 所属乡镇 disagrees with the boundary their point lies in. */
export interface MembershipReport {
  /**
   * True when any boundary is approximate (built from seat points): a disagreement then says more
   * about the line than about the roster, and the app should say so beside the list.
   */
  boundariesApproximate: boolean;
  mismatches: TownshipMismatch[];
}

function byKind<T>(make: (kind: ServiceKind) => T): Record<ServiceKind, T> {
  return Object.fromEntries(SERVICE_KINDS.map((kind) => [kind, make(kind)])) as Record<ServiceKind, T>;
}

export type { GapPoint, GapPoints } from './gap-points.ts';

/**
 * The gap points of a kind's figures. Half a million on a province: the list made from figures a
 * session kept is kept too, and figures brought up to date from kept ones get their list patched.
 * A function of its own: the patched path runs for the edited kind only.
 */
function gapsOf(
  measured: KindCoverageResult,
  source: GapSource,
  session: AnalysisSession | undefined,
): GapPoints {
  const keptGaps = session?.derived.get(measured) as GapPoints | undefined;
  if (keptGaps) return keptGaps;
  const costAt = (gap: number) => measured.gapDistances[gap] ?? Number.POSITIVE_INFINITY;
  const patch = session ? gapPatchOf(measured) : undefined;
  const previous =
    patch && (session?.derived.get(patch.previous as KindCoverageResult) as GapPoints | undefined);
  const gaps =
    patch && previous && gapCount(previous) === patch.previous.gapPositions.length
      ? patchGapPoints(source, previous, patch.runs, patch.fresh, measured.gapPositions, costAt)
      : gatherGapPoints(source, measured.gapPositions, costAt);
  session?.derived.set(measured, gaps);
  return gaps;
}

/**
 * Analyses a district for one scenario.
 *
 * - Schools: those standing in the scenario (`schoolsInScenario`), each counted in the township
 *   its 所属乡镇 names, else the boundary its point falls in (`assignTownships`).
 * - Population: the given points; with no points but a township table, the table spread over
 *   grid cells by `distributeTownshipTable`. Points without a known township code take the
 *   boundary they fall in.
 * - Coverage per kind: a point is covered when its nearest school serving the kind is within
 *   the threshold of the point's township (urban or rural) under the distance model
 *   (`prepareCostModel`). Straight line: the service radius, decided exactly as haversine
 *   decides; the points are prepared once (`prepareCoverage`) and every kind reuses them
 *   (`measureKindCoverage`); reported distances are within 1 µm of haversine. Road time: the
 *   mode's time threshold, minutes by road (`measureCostCoverage`), and the detour against the
 *   straight line (`measureDetour`). Kinds without a threshold (high, special) get distances only.
 * - Rules: the enabled township rules per township; the enabled school rules per school.
 * - Session: with one (`startAnalysisSession`), the prepared population and each kind's
 *   nearest-school search are kept for the next call and brought up to date for what changed
 *   (an edit of a few schools searches again only the points it can change); the result is the
 *   same as without.
 * @example analyzeDistrict({ schools, townships, population, ruleSet, radii: DEFAULT_SERVICE_RADII, scenario: CURRENT_SCENARIO }).townships[0].rules
 */
export function analyzeDistrict(
  input: AnalysisInput<AnalysisPopulation>,
  session?: AnalysisSession,
): DistrictAnalysis {
  const { townships, ruleSet, radii, scenario } = input;
  const settings = ruleSet.settings;
  const prepared = session
    ? session.prepare(input.population, townships)
    : prepareAnalysisPoints(input.population, townships);
  const schools = schoolsInScenario(input.schools, scenario);
  // With a session, each school's township, flags and 所属乡镇 check are kept while it is the same.
  const allFacts = session?.schoolFacts(input.schools, townships, ruleSet.rules);
  const standingFacts = allFacts && factsOfStanding(input.schools, schools, allFacts);
  const schoolTownships = standingFacts
    ? standingFacts.map((facts) => facts.townshipCode)
    : assignTownships(schools, townships);
  const { population, description, points, gapSource, areaByCode, areaCodes, frame } = prepared;
  const { areaOfPoint, weights, areaPopulation, districtPopulation, outsideTownships } = prepared;
  const urbanByCode = new Map(
    townships.features.map((feature) => [feature.properties.code, feature.properties.urban]),
  );
  const distance = input.distance ?? STRAIGHT_LINE;
  const travel = ruleSet.travel ?? DEFAULT_TRAVEL_SETTINGS;
  // The straight line is measured on the prepared frame; road time needs the points as places.
  const costModel =
    distance.model === 'road'
      ? prepareCostModel(placesOf(points), { distance, radii, travel, roads: input.roads ?? null })
      : null;
  const radiusAt = radiusOf(radii);
  const thresholdOf = (kind: ServiceKind, urban: boolean) =>
    costModel ? costModel.threshold(kind, urban) : radiusAt(kind, urban);
  const detour = distance.model === 'road' ? ({} as Record<ServiceKind, KindDetour>) : null;

  const gaps = byKind<GapPoints>(() => emptyGapPoints());
  const districtCoverage = {} as Record<ServiceKind, KindCoverage>;
  const measuredOf = {} as Record<ServiceKind, KindCoverageResult>;
  // The schools serving each kind, in roster order: one pass over the schools.
  const sitesOf = sitesByKind(schools);
  for (const kind of SERVICE_KINDS) {
    const sites = sitesOf[kind];
    const radiusOfArea = Float64Array.from(
      areaCodes,
      (code) => radiusAt(kind, urbanByCode.get(code) ?? false) ?? Number.NaN,
    );
    const outsideRadius = radiusAt(kind, urbanByCode.get('') ?? false) ?? Number.NaN;
    let measured: KindCoverageResult;
    if (!costModel || costModel.unit === 'metres')
      measured = session
        ? session.measure(prepared, `${scenario.kind} ${kind}`, sites, radiusOfArea, outsideRadius)
        : measureKindCoverage(frame, sites, radiusOfArea, outsideRadius);
    else {
      const thresholdOfArea = Float64Array.from(
        areaCodes,
        (code) => thresholdOf(kind, urbanByCode.get(code) ?? false) ?? Number.NaN,
      );
      const outsideThreshold = thresholdOf(kind, urbanByCode.get('') ?? false) ?? Number.NaN;
      const { costs } = costModel.nearest(sites);
      measured = measureCostCoverage(
        costs,
        weights,
        areaOfPoint,
        areaCodes.length,
        thresholdOfArea,
        outsideThreshold,
        MINUTE_BIN_EDGES,
      );
      if (detour && distance.model === 'road') {
        const straight = findNearestSites(frame.prepared, sites).distances;
        const result = measureDetour(
          costs,
          straight,
          weights,
          areaOfPoint,
          areaCodes.length,
          thresholdOfArea,
          outsideThreshold,
          radiusOfArea,
          outsideRadius,
          (referenceSpeed(travel, distance.mode) * 1000) / 60,
        );
        detour[kind] = {
          district: result.district,
          townships: townships.features.map((feature) => {
            const area = areaByCode.get(feature.properties.code);
            const figures = area === undefined ? undefined : result.areas[area];
            return {
              code: feature.properties.code,
              ...(figures ?? { medianRatio: null, hiddenGapPopulation: 0 }),
            };
          }),
          hiddenGaps: gatherGapPoints(
            gapSource,
            result.hiddenGapPositions,
            (gap) => costs[result.hiddenGapPositions[gap] ?? 0] ?? Number.POSITIVE_INFINITY,
          ),
        };
      }
    }
    districtCoverage[kind] = measured.district;
    measuredOf[kind] = measured;
    gaps[kind] = gapsOf(measured, gapSource, session);
  }

  const townshipRules = ruleSet.rules.filter(
    (rule): rule is TownshipRule => rule.level === 'township' && rule.enabled,
  );
  const tableByCode = new Map(population.townships.map((row) => [row.code, row.population]));
  const townshipResults = townshipRecords(
    {
      townships,
      schools,
      schoolTownships,
      schoolKeys: standingFacts ?? schools,
      populationOf: (code) => {
        const area = areaByCode.get(code);
        return tableByCode.get(code) ?? (area === undefined ? 0 : (areaPopulation[area] ?? 0));
      },
      coverageOf: (kind, code) => {
        const area = areaByCode.get(code);
        return area === undefined ? undefined : measuredOf[kind].areas[area];
      },
      thresholdOf,
      townshipRules,
      settings,
    },
    session?.townshipMemo(scenario.kind),
  );

  return {
    scenario,
    scenarioTitle: scenarioName(scenario),
    ruleSetId: ruleSet.id,
    settings,
    radii,
    distance,
    travelThresholds: thresholdsOfModel(travel, distance),
    population: {
      source: population.source,
      label: population.label,
      description,
      points: points.lon.length,
      outsideTownships,
    },
    townships: townshipResults,
    district: {
      population: districtPopulation,
      schools: schools.length,
      coverage: districtCoverage,
    },
    schoolFlags: standingFacts
      ? presentOf(standingFacts, 'flags')
      : evaluateSchoolRules(schools, schoolTownships, ruleSet.rules),
    gaps,
    detour,
    // The roster's 所属乡镇 against the boundaries is a question about the data, not the scenario.
    membership: {
      boundariesApproximate: townships.features.some((feature) => feature.properties.approximate),
      mismatches: allFacts
        ? presentOf(allFacts, 'mismatch')
        : findTownshipMismatches(input.schools, townships),
    },
  };
}

/** The facts of the standing schools: `standing` is `all` filtered, in its order. */
function factsOfStanding(
  all: readonly School[],
  standing: readonly School[],
  facts: readonly SchoolFacts[],
): SchoolFacts[] {
  const result: SchoolFacts[] = [];
  let position = 0;
  for (const school of standing) {
    while (position < all.length && all[position] !== school) position++;
    result.push(facts[position] as SchoolFacts);
    position++;
  }
  return result;
}

/**
 * The schools serving each kind, in roster order: one pass over the schools. Its loop is not
 * `analyzeDistrict`'s own: a long loop there had the whole function compiled from within it (on
 * a province's 30,000 schools), before the code after the loop had ever run, and that code was
 * then thrown away at the first edit or radius change that took a path it had not seen.
 */
function sitesByKind(schools: readonly School[]): Record<ServiceKind, School[]> {
  const sitesOf = byKind<School[]>(() => []);
  for (const school of schools)
    for (const kind of SERVICE_KINDS_BY_SCHOOL_TYPE[school.type]) sitesOf[kind].push(school);
  return sitesOf;
}

/** The schools' findings of one sort that are there (not null), in order. */
function presentOf<Key extends 'flags' | 'mismatch'>(
  facts: readonly SchoolFacts[],
  key: Key,
): NonNullable<SchoolFacts[Key]>[] {
  const present: NonNullable<SchoolFacts[Key]>[] = [];
  for (let index = 0; index < facts.length; index++) {
    const value = (facts[index] as SchoolFacts)[key];
    if (value !== null) present.push(value as NonNullable<SchoolFacts[Key]>);
  }
  return present;
}
