/**
 * What every year of a seat analysis shares: the places and their townships, the children of the
 * base year by age, and per stage the schools, their seats and the eligible pairs in allocation
 * order. Built once per scenario; each year then only changes the children.
 */
import type { DistanceModel } from '../../domain/distance-model.ts';
import { type Message, message } from '../../domain/message.ts';
import type { PopulationData, PopulationPoint } from '../../domain/population.ts';
import { type ServiceRadii, serviceRadius } from '../../domain/radius.ts';
import type { BarrierLayer, RoadNetwork } from '../../domain/road-network.ts';
import { type Scenario, schoolsInScenario } from '../../domain/scenario.ts';
import type { School } from '../../domain/school.ts';
import {
  DEFAULT_BASE_YEAR,
  SEAT_STAGES,
  type SeatSettings,
  type SeatStage,
  STAGE_NAME_KEYS,
  seatStagesOf,
} from '../../domain/seats.ts';
import type { TownshipCollection } from '../../domain/township.ts';
import { DEFAULT_TRAVEL_SETTINGS, type TravelSettings } from '../../domain/travel-settings.ts';
import { assignPopulationTownships } from '../assign-population-townships.ts';
import { assignTownships } from '../assign-townships.ts';
import { distributeTownshipTable } from '../distribute-township-table.ts';
import { type CostModel, prepareCostModel } from '../prepare-cost-model.ts';
import { countSchoolSeats, type StageSeatCount } from './count-school-seats.ts';
import { type ChildrenAges, expandChildrenAges } from './expand-children-ages.ts';
import { findCostPairs } from './find-cost-pairs.ts';
import {
  type EligiblePairs,
  type EligiblePairsResult,
  findEligiblePairs,
  type SeatPlaces,
  type SeatSites,
} from './find-eligible-pairs.ts';
import { rankSchoolCodes } from './rank-school-codes.ts';
import { sortEligiblePairs } from './sort-eligible-pairs.ts';
import { splitSchoolEnrolment } from './split-school-enrolment.ts';

/** Everything a seat analysis needs, as plain data. */
export interface SeatAnalysisInput {
  schools: readonly School[];
  townships: TownshipCollection;
  population: PopulationData;
  settings: SeatSettings;
  radii: ServiceRadii;
  scenario: Scenario;
  /** How far a school is: absent or the straight line within the radius; road time within the minutes. */
  distance?: DistanceModel;
  /** The road network and barriers, for road time. */
  roads?: { network: RoadNetwork; barriers: readonly BarrierLayer[] } | null;
  /** The rule set's travel settings (speeds, minutes per stage); the defaults when absent. */
  travel?: TravelSettings;
}

/** One stage's schools, seats and eligible pairs. */
export interface SeatStageFrame {
  stage: SeatStage;
  /** Schools serving the stage in the scenario, in roster order. */
  schools: School[];
  /** Township code of each school ('' when none). */
  schoolTownships: string[];
  /** Seats of each school and where the figure comes from. */
  seatCounts: StageSeatCount[];
  /** Whole seats of each school; unknown counts as 0 here and is listed by the results. */
  seats: Int32Array;
  /** The stage's pupils of each school (在校生数, shared by years in a two-stage school); null = not given. */
  enrolled: (number | null)[];
  places: SeatPlaces;
  /** The pairs in allocation order; null when they could not be built (`problem` says why). */
  pairs: EligiblePairs | null;
  /** Why the stage cannot be allocated (no children figures, too many pairs), or null. */
  problem: Message | null;
}

/** The shared preparation of a seat analysis for one scenario. */
export interface SeatFrame {
  scenario: Scenario;
  settings: SeatSettings;
  baseYear: number;
  /** The places (population points; a township table spread over grid cells first). */
  points: PopulationPoint[];
  /** Township code of each place ('' when outside every township). */
  placeTownships: string[];
  townships: { code: string; name: string; urban: boolean }[];
  base: ChildrenAges;
  stages: Record<SeatStage, SeatStageFrame>;
  /**
   * With road time, the cost model of the places (each place's `radii` then holds its threshold
   * in minutes); null for the straight line. New sites are paired through it too.
   */
  costModel: CostModel | null;
}

/**
 * The eligible pairs of places and schools (or new sites): through the road model when there is
 * one, else by straight-line distance within each place's radius.
 */
export function findSeatPairs(
  costModel: CostModel | null,
  places: SeatPlaces,
  sites: SeatSites,
): EligiblePairsResult {
  return costModel ? findCostPairs(costModel, places, sites) : findEligiblePairs(places, sites);
}

/**
 * Prepares a seat analysis: the population's places (a township table is spread over grid cells
 * as coverage does, children by age going with the people), each place's township, the base
 * year's children by age, and for every stage the schools standing in the scenario that serve it,
 * their seats, their pupils, and the eligible pairs (`findEligiblePairs`, the radius of the
 * place's township: urban or rural; with road time `findCostPairs`, the stage's minutes) in
 * allocation order.
 * @example prepareSeatAnalysis({ schools, townships, population, settings, radii, scenario: CURRENT_SCENARIO }).stages.primary.pairs?.count
 */
export function prepareSeatAnalysis(input: SeatAnalysisInput): SeatFrame {
  const { townships, settings, radii, scenario } = input;
  const population =
    input.population.points.length === 0 && input.population.townships.length > 0
      ? distributeTownshipTable(input.population.townships, townships)
      : input.population;
  const points = population.points;
  const placeTownships = assignPopulationTownships(points, townships);
  const urbanByCode = new Map(
    townships.features.map((feature) => [feature.properties.code, feature.properties.urban]),
  );
  const base = expandChildrenAges(points, settings);
  const standing = schoolsInScenario(input.schools, scenario);
  const standingTownships = assignTownships(standing, townships);
  const longitudes = Float64Array.from(points, (point) => point.lon);
  const latitudes = Float64Array.from(points, (point) => point.lat);
  // Road time: one model for the places (snapped to the roads once); every stage asks it.
  const costModel =
    input.distance?.model === 'road' && input.roads
      ? prepareCostModel(points, {
          distance: input.distance,
          radii,
          travel: input.travel ?? DEFAULT_TRAVEL_SETTINGS,
          roads: input.roads,
        })
      : null;
  const thresholdOf = (stage: SeatStage, urban: boolean): number | null =>
    costModel ? costModel.threshold(stage, urban) : serviceRadius(radii, stage, urban);

  const stages = {} as Record<SeatStage, SeatStageFrame>;
  for (const stage of SEAT_STAGES) {
    const schools: School[] = [];
    const schoolTownships: string[] = [];
    standing.forEach((school, position) => {
      if (!seatStagesOf(school).includes(stage)) return;
      schools.push(school);
      schoolTownships.push(standingTownships[position] ?? '');
    });
    const seatCounts = schools.map(
      (school) => countSchoolSeats(school, settings)[stage] ?? { seats: null, source: 'unknown' as const },
    );
    const places: SeatPlaces = {
      count: points.length,
      longitudes,
      latitudes,
      radii: Float64Array.from(
        placeTownships,
        (code) => thresholdOf(stage, urbanByCode.get(code) ?? false) ?? Number.POSITIVE_INFINITY,
      ),
    };
    const frame: SeatStageFrame = {
      stage,
      schools,
      schoolTownships,
      seatCounts,
      seats: Int32Array.from(seatCounts, (count) => count.seats ?? 0),
      enrolled: schools.map((school) => splitSchoolEnrolment(school, settings)[stage] ?? null),
      places,
      pairs: null,
      problem: null,
    };
    if (!base.knownStages[stage]) {
      frame.problem = message(base.basis === 'none' ? 'seatChildrenUnknown' : 'seatStageChildrenUnknown', {
        stage: message(STAGE_NAME_KEYS[stage]),
      });
    } else {
      const found = findSeatPairs(costModel, places, {
        count: schools.length,
        longitudes: Float64Array.from(schools, (school) => school.lon),
        latitudes: Float64Array.from(schools, (school) => school.lat),
      });
      if (found.ok) {
        frame.pairs = sortEligiblePairs(found.pairs, rankSchoolCodes(schools.map((school) => school.code)));
      } else frame.problem = found.message;
    }
    stages[stage] = frame;
  }
  return {
    scenario,
    settings,
    baseYear: population.baseYear ?? input.population.baseYear ?? DEFAULT_BASE_YEAR,
    points,
    placeTownships,
    townships: townships.features.map((feature) => ({
      code: feature.properties.code,
      name: feature.properties.name,
      urban: feature.properties.urban,
    })),
    base,
    stages,
    costModel,
  };
}
