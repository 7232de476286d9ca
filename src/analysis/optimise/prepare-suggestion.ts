/**
 * The data of a site suggestion before any search: townships as areas, population points with
 * their radius, the schools that stand and what they cover, and the candidates left after the
 * exclusions — one preparation for every objective and method.
 */
import type { DistanceModel } from '../../domain/distance-model.ts';
import { type Message, message } from '../../domain/message.ts';
import type { PopulationData, PopulationPoint } from '../../domain/population.ts';
import {
  largestServiceRadius,
  type ServiceKind,
  type ServiceRadii,
  servesKind,
  serviceRadius,
  withServiceRadius,
} from '../../domain/radius.ts';
import type { BarrierLayer, RoadNetwork } from '../../domain/road-network.ts';
import { type Scenario, schoolsInScenario } from '../../domain/scenario.ts';
import type { School } from '../../domain/school.ts';
import type { TownshipCollection } from '../../domain/township.ts';
import { DEFAULT_TRAVEL_SETTINGS, type TravelSettings } from '../../domain/travel-settings.ts';
import { assignPopulationTownships } from '../assign-population-townships.ts';
import { buildGridIndex, type GridIndex } from '../build-grid-index.ts';
import { buildSiteCoverage } from '../build-site-coverage.ts';
import { distributeTownshipTable } from '../distribute-township-table.ts';
import { findNearest } from '../find-nearest.ts';
import { haversineDistance } from '../haversine-distance.ts';
import type { ListLatticeCache } from '../list-lattice-cache.ts';
import { makeCandidateGrid } from '../make-candidate-grid.ts';
import { type CostModel, prepareCostModel } from '../prepare-cost-model.ts';
import type { CoveringProblem } from './coverage-state.ts';
import { kindMessage } from './kind-message.ts';
import { UnmetRequestError } from './unmet-request-error.ts';

/** A candidate place: where, which township, its name from the list, and why it is there. */
export interface CandidatePlace {
  lon: number;
  lat: number;
  townshipCode: string;
  /** The list row's or planned school's name; '' for a grid point. */
  name: string;
  /** 'grid' / 'list' from the request's source, 'planned' for a plan school being re-optimised, 'forced' for a must-include site. */
  origin: 'grid' | 'list' | 'planned' | 'forced';
}

/** What the preparation takes from the request. */
export interface PreparationRequest {
  kind: ServiceKind;
  radius: number | null;
  minDistance: number;
  includeTownships: string[];
  excludeTownships: string[];
  candidates:
    | { source: 'grid'; spacing: number }
    | { source: 'list'; sites: { lon: number; lat: number; name: string }[] };
  /** The schools that stand. */
  scenario: Scenario;
  /** Sites that must be among the picks (kept whatever the exclusions). */
  mustInclude: { lon: number; lat: number; name: string }[];
  /** Candidates within a metre of one of these never become picks. */
  excludeSites: { lon: number; lat: number }[];
  /** Extra candidates: the plan's new schools of the kind, re-optimised instead of fixed. */
  plannedSites: { lon: number; lat: number; name: string }[];
}

/** The prepared suggestion. */
export interface PreparedSuggestion extends PreparedPopulation {
  radii: ServiceRadii;
  /** Schools serving the kind that stand in the scenario. */
  existing: School[];
  existingIndex: GridIndex | null;
  coveredBefore: Uint8Array;
  /** Candidates kept, the forced ones first. */
  places: CandidatePlace[];
  /** Indices (into places) of the must-include sites. */
  forced: number[];
  /** 0 for the places never to pick (the excluded sites). */
  eligible: Uint8Array;
  /** Whether a township code is in the search area. */
  searched: (code: string) => boolean;
  excluded: { township: number; distance: number; sites: number };
  messages: Message[];
  /** Where the lists' lattices are kept between requests (the suggestion worker's); absent: none kept. */
  latticeCache?: ListLatticeCache;
}

/**
 * The scenario whose schools stand for a request: 现状 of the same year when the plan's new
 * schools are re-optimised (they join the candidates instead), else the request's.
 * @example standingScenario({ scenario: { kind: 'planned', year: 2025 }, plannedSchools: 'reoptimise' }) // 现状 2025
 */
export function standingScenario(request: {
  scenario: Scenario;
  plannedSchools?: 'fixed' | 'reoptimise';
}): Scenario {
  return request.plannedSchools === 'reoptimise'
    ? { kind: 'current', year: request.scenario.year }
    : request.scenario;
}

/** The radii the search and the assessments use: the request's single radius replaces the kind's. */
export function radiiInUse(radii: ServiceRadii, kind: ServiceKind, radius: number | null): ServiceRadii {
  if (radius === null) return radii;
  return withServiceRadius(withServiceRadius(radii, kind, 'urban', radius), kind, 'rural', radius);
}

/** The population points the analysis uses: the points, or the township table spread over a grid. */
export function populationPoints(
  population: PopulationData,
  townships: TownshipCollection,
): PopulationPoint[] {
  if (population.points.length === 0 && population.townships.length > 0) {
    return distributeTownshipTable(population.townships, townships).points;
  }
  return population.points;
}

/** List candidates with their townships; rows without usable coordinates are left out with a note. */
function listPlaces(
  sites: readonly { lon: number; lat: number; name: string }[],
  townships: TownshipCollection,
  origin: CandidatePlace['origin'],
  messages: Message[],
): CandidatePlace[] {
  const usable = sites.filter((site) => Number.isFinite(site.lon) && Number.isFinite(site.lat));
  if (usable.length < sites.length) {
    messages.push(message('optimiseCandidatesWithoutCoordinates', { count: sites.length - usable.length }));
  }
  const codes = assignPopulationTownships(
    usable.map((site) => ({ lon: site.lon, lat: site.lat, townshipCode: '' })),
    townships,
  );
  return usable.map((site, position) => ({
    lon: site.lon,
    lat: site.lat,
    name: site.name.trim(),
    townshipCode: codes[position] ?? '',
    origin,
  }));
}

/**
 * How far a site reaches: absent or the straight line (the radii); road time through the network,
 * within the rule set's minutes (`travel`).
 */
export interface SiteReach {
  distance?: DistanceModel;
  roads?: { network: RoadNetwork; barriers: readonly BarrierLayer[] } | null;
  travel?: TravelSettings;
}

/** The reach of a suggestion's or consolidation's context: its distance model, roads and the rule set's minutes. */
export function siteReachOf(context: {
  distance?: DistanceModel;
  roads?: SiteReach['roads'];
  ruleSet: { travel?: TravelSettings };
}): SiteReach {
  return {
    ...(context.distance ? { distance: context.distance } : {}),
    ...(context.roads ? { roads: context.roads } : {}),
    ...(context.ruleSet.travel ? { travel: context.ruleSet.travel } : {}),
  };
}

/** Population points with their township (area) and the radius that applies where they lie. */
export interface PreparedPopulation {
  /** Townships as areas 0 … n − 1, one per distinct code, in boundary order. */
  areas: { code: string; name: string; urban: boolean }[];
  areaByCode: Map<string, number>;
  points: PopulationPoint[];
  weights: Float64Array;
  areaOfPoint: Int32Array;
  /** Metres, or with road time the minutes, that apply at each point. */
  radiusOfPoint: Float64Array;
  /** With road time, the model built for `points` (coverage lists go through it); else null. */
  costModel: CostModel | null;
}

/**
 * The population as the searches use it: the points (or the township table spread over a grid),
 * each in the township its code names or its boundary holds, with the kind's urban or rural radius
 * of that township (points outside every township take the rural one, as in the analysis); with
 * road time (`reach`), the kind's minutes instead, and the road model of the points.
 * @example preparePopulation(townships, population, radii, 'primary').radiusOfPoint[0] // 2500
 */
export function preparePopulation(
  townships: TownshipCollection,
  population: PopulationData,
  radii: ServiceRadii,
  kind: ServiceKind,
  reach: SiteReach = {},
): PreparedPopulation {
  const areas: PreparedPopulation['areas'] = [];
  const areaByCode = new Map<string, number>();
  for (const { properties } of townships.features) {
    if (properties.code === '' || areaByCode.has(properties.code)) continue;
    areaByCode.set(properties.code, areas.length);
    areas.push({ code: properties.code, name: properties.name, urban: properties.urban });
  }
  const points = populationPoints(population, townships);
  const pointCodes = assignPopulationTownships(points, townships);
  const weights = new Float64Array(points.length);
  const areaOfPoint = new Int32Array(points.length);
  const radiusOfPoint = new Float64Array(points.length);
  const costModel =
    reach.distance?.model === 'road' && reach.roads
      ? prepareCostModel(points, {
          distance: reach.distance,
          radii,
          travel: reach.travel ?? DEFAULT_TRAVEL_SETTINGS,
          roads: reach.roads,
        })
      : null;
  const thresholdOf = (urban: boolean) =>
    costModel ? costModel.threshold(kind, urban) : serviceRadius(radii, kind, urban);
  points.forEach((point, position) => {
    const area = areaByCode.get(pointCodes[position] ?? '') ?? -1;
    weights[position] = point.population ?? 0;
    areaOfPoint[position] = area;
    radiusOfPoint[position] = thresholdOf(areas[area]?.urban ?? false) ?? Number.NaN;
  });
  return { areas, areaByCode, points, weights, areaOfPoint, radiusOfPoint, costModel };
}

/** The population as a suggestion uses it, with what the schools that stand already cover. */
export interface StandingCoverage extends PreparedPopulation {
  radii: ServiceRadii;
  /** Schools serving the kind that stand in the scenario. */
  existing: School[];
  /** 1 for the points those schools cover. */
  coveredBefore: Uint8Array;
}

/**
 * The first part of a suggestion's preparation, all that its coverage lists' lattice depends on:
 * the radii in use (the request's single radius replacing the kind's), the population with its
 * townships and radii, and the points the schools of the kind standing in the scenario cover.
 * @throws UnmetRequestError for a district-wide kind without a radius, or a radius in metres by road
 * @example prepareStanding(schools, townships, population, radii, { kind: 'primary', radius: null, scenario }).coveredBefore
 */
export function prepareStanding(
  schools: readonly School[],
  townships: TownshipCollection,
  population: PopulationData,
  contextRadii: ServiceRadii,
  request: Pick<PreparationRequest, 'kind' | 'radius' | 'scenario'>,
  reach: SiteReach = {},
  latticeCache?: ListLatticeCache,
): StandingCoverage {
  const { kind } = request;
  const road = reach.distance?.model === 'road' && Boolean(reach.roads);
  // One radius in metres for every point means nothing by road: the rule set's minutes apply.
  if (road && request.radius !== null) throw new UnmetRequestError(message('optimiseRadiusNotByRoad'));
  const radii = radiiInUse(contextRadii, kind, request.radius);
  if (largestServiceRadius(radii, kind) === null) {
    throw new UnmetRequestError(message('optimiseDistrictWideNeedsRadius', { kind: kindMessage(kind) }));
  }
  const prepared = preparePopulation(townships, population, radii, kind, reach);
  const existing = schoolsInScenario(schools, request.scenario).filter((school) =>
    servesKind(school.type, kind),
  );
  const existingLists = buildSiteCoverage(prepared, existing, latticeCache ? { latticeCache } : {});
  const coveredBefore = new Uint8Array(prepared.points.length);
  for (const position of existingLists.points) coveredBefore[position] = 1;
  return { ...prepared, radii, existing, coveredBefore };
}

/**
 * The points the candidates' lists hold: 1 where people live that no standing school covers.
 * @example searchedPoints(prepared.weights, prepared.coveredBefore)
 */
export function searchedPoints(weights: Float64Array, coveredBefore: Uint8Array): Uint8Array {
  const searched = new Uint8Array(weights.length);
  for (let position = 0; position < weights.length; position++) {
    searched[position] = (weights[position] ?? 0) > 0 && !coveredBefore[position] ? 1 : 0;
  }
  return searched;
}

/**
 * Prepares a suggestion: areas, points (weight, township, radius), coverage by the schools that
 * stand, and the candidates kept (must-include sites first and always kept; then the grid or list
 * and the re-optimised plan schools, less those outside the searched townships or closer than the
 * minimum distance to a standing school; excluded sites stay listed but never picked).
 * With `latticeCache`, the lists' lattices are kept there for later requests and taken from there.
 * @throws UnmetRequestError for a district-wide kind without a radius, or when no candidate is left
 * @example prepareSuggestion(schools, townships, population, radii, request).places.length
 */
export function prepareSuggestion(
  schools: readonly School[],
  townships: TownshipCollection,
  population: PopulationData,
  contextRadii: ServiceRadii,
  request: PreparationRequest,
  reach: SiteReach = {},
  latticeCache?: ListLatticeCache,
): PreparedSuggestion {
  const { kind } = request;
  const standing = prepareStanding(
    schools,
    townships,
    population,
    contextRadii,
    request,
    reach,
    latticeCache,
  );
  const { radii, existing, coveredBefore } = standing;
  const { areas, areaByCode, points, weights, areaOfPoint, radiusOfPoint, costModel } = standing;
  const messages: Message[] = [];
  const existingIndex =
    existing.length > 0 ? buildGridIndex(existing, Math.max(request.minDistance, 1000)) : null;

  for (const code of [...request.includeTownships, ...request.excludeTownships]) {
    if (!areaByCode.has(code)) messages.push(message('optimiseUnknownTownshipCode', { code }));
  }
  const include = new Set(request.includeTownships.filter((code) => areaByCode.has(code)));
  const exclude = new Set(request.excludeTownships);
  const searchAll = request.includeTownships.length === 0;
  const searched = (code: string) => (searchAll || include.has(code)) && !exclude.has(code);

  const forcedPlaces = listPlaces(request.mustInclude, townships, 'forced', messages);
  const offered: CandidatePlace[] = [
    ...(request.candidates.source === 'grid'
      ? makeCandidateGrid(townships, request.candidates.spacing).map(
          (place): CandidatePlace => ({ ...place, name: '', origin: 'grid' }),
        )
      : listPlaces(request.candidates.sites, townships, 'list', messages)),
    ...listPlaces(request.plannedSites, townships, 'planned', messages),
  ];
  const excluded = { township: 0, distance: 0, sites: 0 };
  const kept: CandidatePlace[] = [...forcedPlaces];
  for (const place of offered) {
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
  const eligible = new Uint8Array(kept.length).fill(1);
  kept.forEach((place, index) => {
    if (place.origin === 'forced') return;
    const out = request.excludeSites.some(
      (site) => haversineDistance([site.lon, site.lat], [place.lon, place.lat]) < 1,
    );
    if (out) {
      eligible[index] = 0;
      excluded.sites++;
    }
  });
  if (excluded.township > 0 || excluded.distance > 0 || excluded.sites > 0) {
    messages.push(
      message('optimiseCandidatesExcluded', {
        offered: offered.length,
        township: excluded.township,
        distance: excluded.distance,
        minDistance: request.minDistance,
        kind: kindMessage(kind),
        sites: excluded.sites,
        kept: kept.length - excluded.sites,
      }),
    );
  }
  if (kept.length - excluded.sites === 0) throw new UnmetRequestError(message('optimiseNoCandidates'));
  return {
    radii,
    areas,
    areaByCode,
    points,
    weights,
    areaOfPoint,
    radiusOfPoint,
    costModel,
    existing,
    existingIndex,
    coveredBefore,
    places: kept,
    forced: forcedPlaces.map((_, index) => index),
    eligible,
    searched,
    excluded,
    messages,
    ...(latticeCache ? { latticeCache } : {}),
  };
}

/**
 * The covering problem of the prepared data: candidates' lists over the points not yet covered.
 * @example coveringProblemOf(prepared).lists.sites // the candidates kept
 */
export function coveringProblemOf(prepared: PreparedSuggestion): CoveringProblem {
  const { weights, coveredBefore, places, areaByCode, latticeCache } = prepared;
  return {
    weights,
    coveredBefore,
    areaOfPoint: prepared.areaOfPoint,
    lists: buildSiteCoverage(prepared, places, {
      include: searchedPoints(weights, coveredBefore),
      ...(latticeCache ? { latticeCache } : {}),
    }),
    candidates: places,
    areaOfCandidate: Int32Array.from(places, (place) => areaByCode.get(place.townshipCode) ?? -1),
  };
}

/**
 * Metres from every point to the nearest standing school of the kind (Infinity when none).
 * @example baseDistances(prepared)[0] // 1830.4
 */
export function baseDistances(prepared: PreparedSuggestion): Float64Array {
  const { points, existingIndex } = prepared;
  return Float64Array.from(points, (point) =>
    existingIndex ? (findNearest(existingIndex, point.lon, point.lat)?.distance ?? Infinity) : Infinity,
  );
}
