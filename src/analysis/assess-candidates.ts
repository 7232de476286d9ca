/**
 * What-if for candidate sites (候选点): for each candidate, as if it were built, the population it
 * would newly bring within a service radius (by township), how much of its service area the
 * existing schools already serve, the nearest existing school of the same kind, the township it
 * falls in, and the township rules it would turn from ✗ to ✓; then the same for all candidates
 * together.
 */

import { type CandidateSite, candidateAsSchool } from '../domain/candidate.ts';
import { type DistanceModel, STRAIGHT_LINE } from '../domain/distance-model.ts';
import type { Message } from '../domain/message.ts';
import type { PopulationPoint } from '../domain/population.ts';
import { SERVICE_KINDS, type ServiceKind, servesKind } from '../domain/radius.ts';
import { schoolsInScenario } from '../domain/scenario.ts';
import type { School } from '../domain/school.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../domain/travel-settings.ts';
import { type AnalysisInput, analyzeDistrict, type DistrictAnalysis } from './analyze-district.ts';
import { assignPopulationTownships } from './assign-population-townships.ts';
import { distributeTownshipTable } from './distribute-township-table.ts';
import { type FixedRule, findFixedRules } from './find-fixed-rules.ts';
import { findTownshipAtPoint } from './find-township-at-point.ts';
import { haversineDistance } from './haversine-distance.ts';
import { measureOverlapArea } from './measure-overlap-area.ts';
import { type CostModel, type CostModelOptions, prepareCostModel } from './prepare-cost-model.ts';

/** Population of one township. */
export interface TownshipFigure {
  code: string;
  name: string;
  population: number;
}

/** A candidate's effect for one service kind it offers. */
export interface CandidateKindEffect {
  kind: ServiceKind;
  /**
   * The radius the candidate serves with, metres: its own, else the kind's radius in its township;
   * null for a district-wide kind (high school, special education) without a radius of its own.
   * With road time, the kind's travel-time threshold in its township, minutes (its own radius in
   * metres does not apply).
   */
  radius: number | null;
  /** Population within the radius that no existing school serves yet; null without a radius. */
  newlyCovered: number | null;
  /** The same by township, largest first, zeros left out. */
  newlyCoveredByTownship: TownshipFigure[];
  /** Population within the radius; null without a radius. */
  populationWithin: number | null;
  /** Of it, the population an existing school already serves; null without a radius. */
  overlapPopulation: number | null;
  /** Share (0–1) of the candidate's circle that lies within an existing school's service area; null without a radius. */
  overlapAreaShare: number | null;
  /**
   * The nearest existing school serving the kind (by road with road time), with the metres to it
   * in a straight line and, with road time, the minutes by road; null when none is reachable.
   */
  nearestExisting: { code: string; name: string; metres: number; minutes: number | null } | null;
}

/** Everything about one candidate. */
export interface CandidateAssessment {
  id: string;
  /** Township the point lies in ('' when outside every township). */
  townshipCode: string;
  townshipName: string;
  effects: CandidateKindEffect[];
  /** Township rules that go from ✗ to ✓ with this candidate alone (checked with the standard radii). */
  rulesFixed: FixedRule[];
}

/** The candidates assessed against one scenario. */
export interface CandidateReport {
  /** e.g. 现状 or 规划完成后. */
  scenarioTitle: Message;
  /** How distances were measured (radii and thresholds are minutes with road time). */
  distance: DistanceModel;
  assessments: CandidateAssessment[];
  /** All candidates together: population newly covered per kind (null: not measured) and rules fixed. */
  combined: { newlyCovered: Record<ServiceKind, number | null>; rulesFixed: FixedRule[] };
}

/** The code a candidate gets while assessed as a school (never shown; apart from any roster code). */
function candidateCode(candidate: CandidateSite): string {
  return `candidate-${candidate.id}`;
}

interface PreparedPopulation {
  points: readonly PopulationPoint[];
  /** Township code of every point ('' = none). */
  townshipOfPoint: string[];
}

function preparePopulation(input: AnalysisInput): PreparedPopulation {
  const population =
    input.population.points.length === 0 && input.population.townships.length > 0
      ? distributeTownshipTable(input.population.townships, input.townships)
      : input.population;
  return {
    points: population.points,
    townshipOfPoint: assignPopulationTownships(population.points, input.townships),
  };
}

/** Existing schools serving a kind and which population points they serve. */
interface KindBase {
  sites: School[];
  /** 1 where an existing school serves the point within its township's threshold. */
  covered: Uint8Array;
}

function prepareKind(
  kind: ServiceKind,
  schools: readonly School[],
  population: PreparedPopulation,
  model: CostModel,
  thresholdOfTownship: (code: string) => number | null,
): KindBase {
  const sites = schools.filter((school) => servesKind(school.type, kind));
  const { costs } = model.nearest(sites);
  const covered = new Uint8Array(population.points.length);
  population.points.forEach((_, position) => {
    const threshold = thresholdOfTownship(population.townshipOfPoint[position] ?? '');
    if (threshold !== null && (costs[position] ?? Number.POSITIVE_INFINITY) <= threshold)
      covered[position] = 1;
  });
  return { sites, covered };
}

/** The farthest a threshold carries, metres: the radius itself, or the minutes at the mode's top speed. */
function reachOf(threshold: number, options: CostModelOptions): number {
  const { distance, travel } = options;
  if (distance.model === 'straight') return threshold;
  const topSpeed =
    distance.mode === 'walk'
      ? travel.walkSpeed
      : distance.mode === 'bike'
        ? travel.bikeSpeed
        : Math.max(...Object.values(travel.busSpeeds));
  return (threshold * topSpeed * 1000) / 60;
}

function byTownship(totals: Map<string, number>, names: Map<string, string>): TownshipFigure[] {
  return [...totals]
    .filter(([, population]) => population > 0)
    .map(([code, population]) => ({ code, name: names.get(code) ?? '', population }))
    .sort((a, b) => b.population - a.population || a.code.localeCompare(b.code));
}

/**
 * Assesses candidate sites against the scenario of `input`.
 *
 * - Distances go through the cost model of the input (`prepareCostModel`): the straight line, or
 *   road time in a mode, where radii are the mode's time thresholds.
 * - A candidate serves the kinds of its school type, with its own radius when it has one (the
 *   straight line only), else the kind's threshold for the township of each population point (as
 *   the coverage analysis does).
 * - Newly covered: population within that radius that no existing school already serves within
 *   its township's radius; overlap: the part of it already served, and the share of the
 *   candidate's area inside existing service areas (sampled on a 41 × 41 lattice).
 * - Rules: the district analysed with the candidate as a built new school (`candidateAsSchool`)
 *   against the base analysis; adding a school never makes a rule fail, so only ✗ → ✓ is listed.
 * @param base the analysis of `input` when already at hand (saves one run)
 * @example assessCandidates({ ...input, scenario: CURRENT_SCENARIO }, candidates).assessments[0].effects[0].newlyCovered
 */
export function assessCandidates(
  input: AnalysisInput,
  candidates: readonly CandidateSite[],
  base: DistrictAnalysis = analyzeDistrict(input),
): CandidateReport {
  const { townships, radii } = input;
  const schools = schoolsInScenario(input.schools, input.scenario);
  const population = preparePopulation(input);
  const names = new Map(
    townships.features.map((feature) => [feature.properties.code, feature.properties.name]),
  );
  const urbanByCode = new Map(
    townships.features.map((feature) => [feature.properties.code, feature.properties.urban]),
  );
  const options: CostModelOptions = {
    distance: input.distance ?? STRAIGHT_LINE,
    radii,
    travel: input.ruleSet.travel ?? DEFAULT_TRAVEL_SETTINGS,
    roads: input.roads ?? null,
  };
  const straight = options.distance.model === 'straight';
  const model = prepareCostModel(population.points, options);
  const kindRadius = (kind: ServiceKind, code: string) =>
    model.threshold(kind, urbanByCode.get(code) ?? false);

  const bases = new Map<ServiceKind, KindBase>();
  const baseOf = (kind: ServiceKind): KindBase => {
    let prepared = bases.get(kind);
    if (!prepared) {
      prepared = prepareKind(kind, schools, population, model, (code) => kindRadius(kind, code));
      bases.set(kind, prepared);
    }
    return prepared;
  };
  // Per kind, the points some candidate newly covers (for the combined figure).
  const combinedCovered = new Map<ServiceKind, Uint8Array>();

  const assessments = candidates.map((candidate): CandidateAssessment => {
    const township = findTownshipAtPoint(candidate.lon, candidate.lat, townships);
    const townshipCode = township?.properties.code ?? '';
    const effects = SERVICE_KINDS.filter((kind) => servesKind(candidate.type, kind)).map(
      (kind): CandidateKindEffect => {
        const kindBase = baseOf(kind);
        const nearest = prepareCostModel([candidate], options).nearest(kindBase.sites);
        const nearestSchool = kindBase.sites[nearest.nearest[0] ?? -1];
        const nearestExisting = nearestSchool
          ? {
              code: nearestSchool.code,
              name: nearestSchool.name,
              metres: haversineDistance(
                [candidate.lon, candidate.lat],
                [nearestSchool.lon, nearestSchool.lat],
              ),
              minutes: straight ? null : (nearest.costs[0] ?? null),
            }
          : null;
        // A candidate's own radius is metres: it applies to the straight line only.
        const own = straight ? candidate.radius : null;
        const ownRadius = own ?? kindRadius(kind, townshipCode);
        if (ownRadius === null) {
          return {
            kind,
            radius: null,
            newlyCovered: null,
            newlyCoveredByTownship: [],
            populationWithin: null,
            overlapPopulation: null,
            overlapAreaShare: null,
            nearestExisting,
          };
        }
        let combined = combinedCovered.get(kind);
        if (!combined) {
          combined = new Uint8Array(population.points.length);
          combinedCovered.set(kind, combined);
        }
        let newlyCovered = 0;
        let populationWithin = 0;
        let overlapPopulation = 0;
        const newlyByTownship = new Map<string, number>();
        // The farthest any point's threshold goes: the candidate's own, or the larger of urban and rural.
        const limit =
          own ??
          Math.max(
            ...[true, false].map((urban) => model.threshold(kind, urban) ?? Number.NEGATIVE_INFINITY),
            ownRadius,
          );
        const reached = model.reach(candidate, limit);
        reached.positions.forEach((position, index) => {
          const point = population.points[position] as PopulationPoint;
          const weight = point.population;
          if (!(weight > 0)) return;
          const code = population.townshipOfPoint[position] ?? '';
          const radius = own ?? kindRadius(kind, code);
          if (radius === null || (reached.costs[index] ?? Number.POSITIVE_INFINITY) > radius) return;
          populationWithin += weight;
          if (kindBase.covered[position] === 1) {
            overlapPopulation += weight;
            return;
          }
          newlyCovered += weight;
          (combined as Uint8Array)[position] = 1;
          newlyByTownship.set(code, (newlyByTownship.get(code) ?? 0) + weight);
        });
        const servedRadius = kindRadius(kind, townshipCode);
        return {
          kind,
          radius: ownRadius,
          newlyCovered,
          newlyCoveredByTownship: byTownship(newlyByTownship, names),
          populationWithin,
          overlapPopulation,
          overlapAreaShare:
            servedRadius === null
              ? null
              : measureOverlapArea(
                  candidate,
                  reachOf(ownRadius, options),
                  ownRadius,
                  servedRadius,
                  kindBase.sites,
                  options,
                ),
          nearestExisting,
        };
      },
    );
    const withCandidate = analyzeDistrict({
      ...input,
      schools: [
        ...input.schools,
        candidateAsSchool(candidate, candidateCode(candidate), township?.properties.name ?? '', '竣工'),
      ],
    });
    return {
      id: candidate.id,
      townshipCode,
      townshipName: township?.properties.name ?? '',
      effects,
      rulesFixed: findFixedRules(base, withCandidate),
    };
  });

  const newlyCovered = Object.fromEntries(
    SERVICE_KINDS.map((kind) => {
      const covered = combinedCovered.get(kind);
      if (!covered) return [kind, null];
      let total = 0;
      covered.forEach((flag, position) => {
        if (flag === 1) total += population.points[position]?.population ?? 0;
      });
      return [kind, total];
    }),
  ) as Record<ServiceKind, number | null>;
  const rulesFixed =
    candidates.length === 0
      ? []
      : findFixedRules(
          base,
          analyzeDistrict({
            ...input,
            schools: [
              ...input.schools,
              ...candidates.map((candidate, position) =>
                candidateAsSchool(
                  candidate,
                  candidateCode(candidate),
                  assessments[position]?.townshipName ?? '',
                  '竣工',
                ),
              ),
            ],
          }),
        );
  return {
    scenarioTitle: base.scenarioTitle,
    distance: options.distance,
    assessments,
    combined: { newlyCovered, rulesFixed },
  };
}
