/**
 * The district analysis: every township against the rule set, service-radius coverage per kind,
 * school flags, coverage gaps and 所属乡镇 disagreements, for one scenario. The one entry point
 * the web worker, the panels and the CLI call.
 */
import type { PopulationData, PopulationSource } from '../domain/population.ts';
import {
  largestServiceRadius,
  SERVICE_KINDS,
  type ServiceKind,
  type ServiceRadii,
  servesKind,
  serviceRadius,
} from '../domain/radius.ts';
import type { RuleSet, RuleSettings, TownshipRule } from '../domain/rules.ts';
import { type Scenario, scenarioTitle, schoolsInScenario } from '../domain/scenario.ts';
import { SCHOOL_TYPES, type School, type SchoolType } from '../domain/school.ts';
import type { TownshipCollection } from '../domain/township.ts';
import { assignPopulationTownships } from './assign-population-townships.ts';
import { assignTownships } from './assign-townships.ts';
import { distributeTownshipTable } from './distribute-township-table.ts';
import { evaluateSchoolRules, type SchoolFlags } from './evaluate-school-rules.ts';
import { evaluateTownshipRule, type RuleResult } from './evaluate-township-rule.ts';
import { findTownshipMismatches, type TownshipMismatch } from './find-township-mismatches.ts';
import { measureNearestDistances } from './measure-nearest-distances.ts';
import { type KindCoverage, summariseCoverage } from './summarise-coverage.ts';

/** Everything the analysis needs, as plain data. */
export interface AnalysisInput {
  schools: readonly School[];
  townships: TownshipCollection;
  population: PopulationData;
  ruleSet: RuleSet;
  radii: ServiceRadii;
  scenario: Scenario;
}

/** Coverage of one kind in one township, with the radius that applied there. */
export interface TownshipKindCoverage extends KindCoverage {
  /** The township's radius for the kind (urban or rural), metres; null = district-wide. */
  radius: number | null;
}

/** Schools standing in the scenario and counted in the township. */
export interface TownshipCounts {
  total: number;
  /** Schools serving each kind (a 九年一贯制 school counts for primary and middle). */
  kinds: Record<ServiceKind, number>;
  types: Record<SchoolType, number>;
}

/** One township's results. */
export interface TownshipAnalysis {
  code: string;
  name: string;
  urban: boolean;
  /** The township's population: its figure in the population table when given, else the sum of its points. */
  population: number;
  /** population ≥ settings.populousTownThreshold (人口大镇). */
  populous: boolean;
  counts: TownshipCounts;
  /** Results of the enabled township rules, in rule-set order. */
  rules: RuleResult[];
  coverage: Record<ServiceKind, TownshipKindCoverage>;
}

/** A population point beyond the service radius of every school of a kind: a gap on the map. */
export interface GapPoint {
  lon: number;
  lat: number;
  population: number;
  /** Settlement name, '' for grid cells. */
  name: string;
  townshipCode: string;
  /** Metres to the nearest school of the kind; null when there is none at all. */
  distance: number | null;
}

/** The whole result, plain data (JSON-safe: no Infinity, no typed arrays). */
export interface DistrictAnalysis {
  scenario: Scenario;
  /** e.g. 现状, 规划完成后（截至2019年）. */
  scenarioTitle: string;
  ruleSetId: string;
  settings: RuleSettings;
  radii: ServiceRadii;
  population: {
    source: PopulationSource;
    label: string;
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
  /** Per kind, the uncovered population points (empty for district-wide kinds). */
  gaps: Record<ServiceKind, GapPoint[]>;
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

/** Cell size of the nearest-school index of a kind without a radius: a few kilometres suits a district's high schools. */
const DISTRICT_WIDE_CELL_METRES = 5000;

/**
 * Analyses a district for one scenario.
 *
 * - Schools: those standing in the scenario (`schoolsInScenario`), each counted in the township
 *   its 所属乡镇 names, else the boundary its point falls in (`assignTownships`).
 * - Population: the given points; with no points but a township table, the table spread over
 *   grid cells by `distributeTownshipTable`. Points without a known township code take the
 *   boundary they fall in.
 * - Coverage per kind: a point is covered when its nearest school serving the kind (by a grid
 *   index, exact haversine distance) is within the radius of the point's township (urban or
 *   rural). Kinds without a radius (high, special) get distances only.
 * - Rules: the enabled township rules per township; the enabled school rules per school.
 * @example analyzeDistrict({ schools, townships, population, ruleSet, radii: DEFAULT_SERVICE_RADII, scenario: CURRENT_SCENARIO }).townships[0].rules
 */
export function analyzeDistrict(input: AnalysisInput): DistrictAnalysis {
  const { townships, ruleSet, radii, scenario } = input;
  const settings = ruleSet.settings;
  const schools = schoolsInScenario(input.schools, scenario);
  const schoolTownships = assignTownships(schools, townships);

  const population =
    input.population.points.length === 0 && input.population.townships.length > 0
      ? { ...distributeTownshipTable(input.population.townships, townships), source: input.population.source }
      : input.population;
  const points = population.points;
  const pointTownships = assignPopulationTownships(points, townships);
  const urbanByCode = new Map(
    townships.features.map((feature) => [feature.properties.code, feature.properties.urban]),
  );
  const populations = points.map((point) => point.population);

  const positionsByTownship = new Map<string, number[]>();
  pointTownships.forEach((code, position) => {
    const list = positionsByTownship.get(code) ?? [];
    list.push(position);
    positionsByTownship.set(code, list);
  });
  const allPositions = points.map((_, position) => position);

  const gaps = byKind<GapPoint[]>(() => []);
  const districtCoverage = {} as Record<ServiceKind, KindCoverage>;
  const townshipCoverage = new Map<string, Record<ServiceKind, TownshipKindCoverage>>();
  for (const kind of SERVICE_KINDS) {
    const sites = schools.filter((school) => servesKind(school.type, kind));
    const { distances } = measureNearestDistances(
      points,
      sites,
      largestServiceRadius(radii, kind) ?? DISTRICT_WIDE_CELL_METRES,
    );
    const pointRadii = pointTownships.map((code) =>
      serviceRadius(radii, kind, urbanByCode.get(code) ?? false),
    );
    districtCoverage[kind] = summariseCoverage(allPositions, populations, distances, pointRadii);
    for (const feature of townships.features) {
      const { code, urban } = feature.properties;
      const coverage = townshipCoverage.get(code) ?? ({} as Record<ServiceKind, TownshipKindCoverage>);
      coverage[kind] = {
        radius: serviceRadius(radii, kind, urban),
        ...summariseCoverage(positionsByTownship.get(code) ?? [], populations, distances, pointRadii),
      };
      townshipCoverage.set(code, coverage);
    }
    points.forEach((point, position) => {
      const radius = pointRadii[position] ?? null;
      const distance = distances[position] ?? Number.POSITIVE_INFINITY;
      if (radius === null || distance <= radius || !(point.population > 0)) return;
      gaps[kind].push({
        lon: point.lon,
        lat: point.lat,
        population: point.population,
        name: point.name,
        townshipCode: pointTownships[position] ?? '',
        distance: Number.isFinite(distance) ? distance : null,
      });
    });
  }

  const townshipRules = ruleSet.rules.filter(
    (rule): rule is TownshipRule => rule.level === 'township' && rule.enabled,
  );
  const tableByCode = new Map(population.townships.map((row) => [row.code, row.population]));
  const townshipResults = townships.features.map((feature): TownshipAnalysis => {
    const { code, name, urban } = feature.properties;
    const own = schools.filter((_, position) => schoolTownships[position] === code);
    const coverage =
      townshipCoverage.get(code) ?? byKind((kind) => emptyCoverage(serviceRadius(radii, kind, urban)));
    const townshipPopulation =
      tableByCode.get(code) ??
      (positionsByTownship.get(code) ?? []).reduce((sum, position) => sum + (populations[position] ?? 0), 0);
    const counts: TownshipCounts = {
      total: own.length,
      kinds: byKind((kind) => own.filter((school) => servesKind(school.type, kind)).length),
      types: Object.fromEntries(
        SCHOOL_TYPES.map((type) => [type, own.filter((school) => school.type === type).length]),
      ) as Record<SchoolType, number>,
    };
    const facts = {
      urban,
      population: townshipPopulation,
      schools: own,
      coverageShare: byKind((kind) => coverage[kind].share),
    };
    return {
      code,
      name,
      urban,
      population: townshipPopulation,
      populous: townshipPopulation >= settings.populousTownThreshold,
      counts,
      rules: townshipRules.map((rule) => evaluateTownshipRule(rule, settings, facts)),
      coverage,
    };
  });

  return {
    scenario,
    scenarioTitle: scenarioTitle(scenario),
    ruleSetId: ruleSet.id,
    settings,
    radii,
    population: {
      source: population.source,
      label: population.label,
      points: points.length,
      outsideTownships: (positionsByTownship.get('') ?? []).reduce(
        (sum, position) => sum + (populations[position] ?? 0),
        0,
      ),
    },
    townships: townshipResults,
    district: {
      population: populations.reduce((sum, value) => sum + value, 0),
      schools: schools.length,
      coverage: districtCoverage,
    },
    schoolFlags: evaluateSchoolRules(schools, schoolTownships, ruleSet.rules),
    gaps,
    // The roster's 所属乡镇 against the boundaries is a question about the data, not the scenario.
    membership: {
      boundariesApproximate: townships.features.some((feature) => feature.properties.approximate),
      mismatches: findTownshipMismatches(input.schools, townships),
    },
  };
}

function emptyCoverage(radius: number | null): TownshipKindCoverage {
  return {
    radius,
    population: 0,
    covered: null,
    uncovered: null,
    share: null,
    distance: { median: null, p90: null, histogram: [], unreachable: 0 },
  };
}
