/**
 * The seat analysis the 学位 view shows: the forecast of every stage for 现状 and for 规划完成后
 * (same plan year), and the estimated gross rates of the base year — what the worker runs, callable
 * without a worker too.
 */
import type { DistanceModel } from '../../domain/distance-model.ts';
import type { PopulationData } from '../../domain/population.ts';
import type { ServiceRadii } from '../../domain/radius.ts';
import type { BarrierLayer, RoadNetwork } from '../../domain/road-network.ts';
import type { RuleSet } from '../../domain/rules.ts';
import type { School } from '../../domain/school.ts';
import { SEAT_STAGES, type SeatSettings, seatSettingsOf } from '../../domain/seats.ts';
import type { TownshipCollection } from '../../domain/township.ts';
import { estimateEnrolmentRates, type StageEnrolmentRates } from './estimate-enrolment-rates.ts';
import { forecastSeatBalance, type SeatForecast, type SeatForecastOptions } from './forecast-seat-balance.ts';
import { prepareSeatAnalysis } from './prepare-seat-analysis.ts';

/** The inputs: the district's data and the forecast's assumptions. */
export interface SeatScenarioInput {
  schools: readonly School[];
  townships: TownshipCollection;
  population: PopulationData;
  ruleSet: RuleSet;
  radii: ServiceRadii;
  /** The plan year both scenarios are cut at, or null for none. */
  year: number | null;
  forecast: Pick<SeatForecastOptions, 'birthChange' | 'births' | 'townshipBirths' | 'migration'>;
  /** How far a school is (absent: the straight line); road time needs `roads`. */
  distance?: DistanceModel;
  roads?: { network: RoadNetwork; barriers: readonly BarrierLayer[] } | null;
}

/** Both scenarios' forecasts, the places they refer to, and the estimated rates. */
export interface SeatScenarios {
  settings: SeatSettings;
  /** The places of the population (a township table spread over cells), for the map's layers. */
  places: { longitudes: Float64Array; latitudes: Float64Array; townships: string[] };
  current: SeatForecast;
  planned: SeatForecast;
  /** Gross rates of the base year from the schools standing today, per stage (absent where the stage has no figures). */
  rates: StageEnrolmentRates[];
}

/**
 * Forecasts seats and children for 现状 and 规划完成后 and estimates the base year's gross rates.
 * @example analyseSeatScenarios({ schools, townships, population, ruleSet, radii, year: null, forecast: {} }).planned.stages[1]
 */
export function analyseSeatScenarios(input: SeatScenarioInput): SeatScenarios {
  const settings = seatSettingsOf(input.ruleSet.settings);
  const base = { ...input, settings, ...(input.ruleSet.travel ? { travel: input.ruleSet.travel } : {}) };
  const currentFrame = prepareSeatAnalysis({ ...base, scenario: { kind: 'current', year: input.year } });
  const plannedFrame = prepareSeatAnalysis({ ...base, scenario: { kind: 'planned', year: input.year } });
  const current = forecastSeatBalance(currentFrame, input.forecast);
  const planned = forecastSeatBalance(plannedFrame, input.forecast);
  const rates = SEAT_STAGES.flatMap((stage) => {
    const balance = current.stages.find((entry) => entry.stage === stage)?.years[0];
    return balance ? [estimateEnrolmentRates(balance)] : [];
  });
  return {
    settings,
    places: {
      longitudes: Float64Array.from(currentFrame.points, (point) => point.lon),
      latitudes: Float64Array.from(currentFrame.points, (point) => point.lat),
      townships: currentFrame.placeTownships,
    },
    current,
    planned,
    rates,
  };
}
