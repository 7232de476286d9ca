/**
 * What-if for candidate sites (候选点): for each candidate, as if it were built, the population it
 * would newly bring within a service radius (by township), how much of its service area the
 * existing schools already serve, the nearest existing school of the same kind, the township it
 * falls in, and the township rules it would turn from ✗ to ✓; then the same for all candidates
 * together.
 */

import { type CandidateSite, candidateAsSchool } from '../domain/candidate.ts';
import type { Message } from '../domain/message.ts';
import type { PopulationPoint } from '../domain/population.ts';
import {
  EARTH_RADIUS_METRES,
  largestServiceRadius,
  SERVICE_KINDS,
  type ServiceKind,
  servesKind,
  serviceRadius,
} from '../domain/radius.ts';
import { schoolsInScenario } from '../domain/scenario.ts';
import type { School } from '../domain/school.ts';
import { type AnalysisInput, analyzeDistrict, type DistrictAnalysis } from './analyze-district.ts';
import { assignPopulationTownships } from './assign-population-townships.ts';
import { buildGridIndex, type GridIndex } from './build-grid-index.ts';
import { distributeTownshipTable } from './distribute-township-table.ts';
import { type FixedRule, findFixedRules } from './find-fixed-rules.ts';
import { findNearest } from './find-nearest.ts';
import { findTownshipAtPoint } from './find-township-at-point.ts';
import { haversineDistance } from './haversine-distance.ts';

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
  /** The nearest existing school serving the kind, or null when there is none. */
  nearestExisting: { code: string; name: string; metres: number } | null;
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
  assessments: CandidateAssessment[];
  /** All candidates together: population newly covered per kind (null: not measured) and rules fixed. */
  combined: { newlyCovered: Record<ServiceKind, number | null>; rulesFixed: FixedRule[] };
}

/** Samples per side of the square laid over a candidate's circle to measure the overlapped area. */
const AREA_SAMPLES_PER_SIDE = 41;

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

/** Existing schools serving a kind, their grid index, and which population points they cover. */
interface KindBase {
  sites: School[];
  index: GridIndex;
  /** 1 where an existing school serves the point within its township's radius. */
  covered: Uint8Array;
}

function prepareKind(
  kind: ServiceKind,
  schools: readonly School[],
  population: PreparedPopulation,
  radiusOfTownship: (code: string) => number | null,
  radii: AnalysisInput['radii'],
): KindBase {
  const sites = schools.filter((school) => servesKind(school.type, kind));
  const index = buildGridIndex(sites, largestServiceRadius(radii, kind) ?? 5000);
  const covered = new Uint8Array(population.points.length);
  population.points.forEach((point, position) => {
    const radius = radiusOfTownship(population.townshipOfPoint[position] ?? '');
    if (radius === null || !Number.isFinite(point.lon) || !Number.isFinite(point.lat)) return;
    if (findNearest(index, point.lon, point.lat, radius)) covered[position] = 1;
  });
  return { sites, index, covered };
}

/** Metres per degree of latitude. */
const METRES_PER_DEGREE = (EARTH_RADIUS_METRES * Math.PI) / 180;

/**
 * Share of a circle within the existing service areas, from a square lattice of samples inside
 * it: each sample counts as served when an existing school is within `servedRadius` of it.
 */
function measureOverlapArea(
  lon: number,
  lat: number,
  radius: number,
  servedRadius: number,
  index: GridIndex,
): number {
  const latitudeStep = (2 * radius) / METRES_PER_DEGREE / (AREA_SAMPLES_PER_SIDE - 1);
  const longitudeStep = latitudeStep / Math.max(0.01, Math.cos((lat * Math.PI) / 180));
  let inside = 0;
  let served = 0;
  const half = (AREA_SAMPLES_PER_SIDE - 1) / 2;
  for (let row = 0; row < AREA_SAMPLES_PER_SIDE; row++) {
    for (let column = 0; column < AREA_SAMPLES_PER_SIDE; column++) {
      const sampleLon = lon + (column - half) * longitudeStep;
      const sampleLat = lat + (row - half) * latitudeStep;
      if (haversineDistance([lon, lat], [sampleLon, sampleLat]) > radius) continue;
      inside += 1;
      if (findNearest(index, sampleLon, sampleLat, servedRadius)) served += 1;
    }
  }
  return inside === 0 ? 0 : served / inside;
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
 * - A candidate serves the kinds of its school type, with its own radius when it has one, else
 *   the kind's radius for the township of each population point (as the coverage analysis does).
 * - Newly covered: population within that radius that no existing school already serves within
 *   its township's radius; overlap: the part of it already served, and the share of the
 *   candidate's circle area inside existing service areas (sampled on a 41 × 41 lattice).
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
  const kindRadius = (kind: ServiceKind, code: string) =>
    serviceRadius(radii, kind, urbanByCode.get(code) ?? false);

  const bases = new Map<ServiceKind, KindBase>();
  const baseOf = (kind: ServiceKind): KindBase => {
    let prepared = bases.get(kind);
    if (!prepared) {
      prepared = prepareKind(kind, schools, population, (code) => kindRadius(kind, code), radii);
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
        const nearest = findNearest(kindBase.index, candidate.lon, candidate.lat);
        const nearestSchool = nearest ? kindBase.sites[nearest.id] : undefined;
        const nearestExisting =
          nearest && nearestSchool
            ? { code: nearestSchool.code, name: nearestSchool.name, metres: nearest.distance }
            : null;
        const ownRadius = candidate.radius ?? kindRadius(kind, townshipCode);
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
        population.points.forEach((point, position) => {
          const weight = point.population;
          if (!(weight > 0)) return;
          const code = population.townshipOfPoint[position] ?? '';
          const radius = candidate.radius ?? kindRadius(kind, code);
          if (radius === null) return;
          if (haversineDistance([candidate.lon, candidate.lat], [point.lon, point.lat]) > radius) return;
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
              : measureOverlapArea(candidate.lon, candidate.lat, ownRadius, servedRadius, kindBase.index),
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
  return { scenarioTitle: base.scenarioTitle, assessments, combined: { newlyCovered, rulesFixed } };
}
