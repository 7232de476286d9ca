/**
 * Seats against children for every year from the base year to ten years ahead, per stage: the
 * balance of every township, the first year of a shortfall or of a large surplus, and the schools
 * whose allocated children fall below half their seats.
 */
import type { Message } from '../../domain/message.ts';
import { type BirthsByYear, FORECAST_YEARS, SEAT_STAGES, type SeatStage } from '../../domain/seats.ts';
import { countStageChildren } from './count-stage-children.ts';
import type { ChildrenAgeBasis } from './expand-children-ages.ts';
import { forecastChildren } from './forecast-children.ts';
import { measureSeatBalance, type SeatFigures, type StageSeatBalance } from './measure-seat-balance.ts';
import type { SeatFrame } from './prepare-seat-analysis.ts';

/** A surplus counts as large when more than this share of the seats is empty. */
export const LARGE_SURPLUS_SHARE = 0.3;
/** A school is a closure or merger candidate when its allocated children are below this share of its seats. */
export const CLOSURE_CANDIDATE_SHARE = 0.5;

/** The forecast's assumptions. */
export interface SeatForecastOptions {
  /** Annual change of births (−0.03: 3 % fewer each year); default 0. */
  birthChange?: number;
  /** District births of given years, overriding `birthChange` for those years. */
  births?: BirthsByYear;
  /** Births of given years per township code, overriding the district's for its places. */
  townshipBirths?: Readonly<Record<string, BirthsByYear>>;
  /** Yearly net migration rate by township code (0.01 = +1 % a year); none when absent. */
  migration?: Readonly<Record<string, number>>;
  /** Years ahead of the base year (default 10). */
  years?: number;
  /** Measure the maximum flow every year (default true). */
  maximumFlow?: boolean;
}

/** When a township (or the district, code '') first runs short of seats or has many to spare. */
export interface SeatOutlook {
  code: string;
  /** First year with fewer seats than children; null when none within the forecast. */
  firstShortageYear: number | null;
  /** First year with more than 30 % of the seats empty; null when none. */
  firstSurplusYear: number | null;
}

/** A school whose allocated children fall below half its seats: a candidate for 撤并, not a decision. */
export interface ClosureCandidate {
  code: string;
  name: string;
  townshipCode: string;
  seats: number;
  /** First year it happens, and its allocated children then. */
  year: number;
  allocated: number;
}

/** One stage over the forecast years. */
export interface StageForecast {
  stage: SeatStage;
  /** Why the stage could not be weighed (no children figures, too many pairs); null when it was. */
  problem: Message | null;
  /** By year, aligned with {@link SeatForecast.years}. */
  years: StageSeatBalance[];
  /** The district (code '') first, then every township. */
  outlook: SeatOutlook[];
  closureCandidates: ClosureCandidate[];
}

/** Seats and children of every stage, for every year of the forecast, in one scenario. */
export interface SeatForecast {
  baseYear: number;
  years: number[];
  basis: ChildrenAgeBasis;
  placesWithoutChildren: number;
  stages: StageForecast[];
}

function outlookOf(code: string, years: readonly number[], figures: readonly SeatFigures[]): SeatOutlook {
  let firstShortageYear: number | null = null;
  let firstSurplusYear: number | null = null;
  figures.forEach((entry, position) => {
    const year = years[position] ?? 0;
    if (firstShortageYear === null && entry.balance < 0) firstShortageYear = year;
    if (firstSurplusYear === null && entry.seats > 0 && entry.balance > LARGE_SURPLUS_SHARE * entry.seats) {
      firstSurplusYear = year;
    }
  });
  return { code, firstShortageYear, firstSurplusYear };
}

/**
 * The forecast for one scenario (`prepareSeatAnalysis` gives the frame): for every year from
 * the base year to `years` ahead, the children by age (`forecastChildren`: cohorts aged, births
 * changed by the rate or the typed figures, migration where set), each stage's allocation
 * (`measureSeatBalance`), then per township and the district the first year of a shortfall
 * (seats < children) and of a surplus above 30 % of the seats, and the schools with known seats
 * whose allocated children fall below half of them — listed as candidates for a decision by
 * people, with the first year it happens.
 * @example forecastSeatBalance(prepareSeatAnalysis(input), { birthChange: -0.03 }).stages[1].outlook[0].firstShortageYear
 */
export function forecastSeatBalance(frame: SeatFrame, options: SeatForecastOptions = {}): SeatForecast {
  const places = frame.points.length;
  const span = options.years ?? FORECAST_YEARS;
  const years = Array.from({ length: span + 1 }, (_, offset) => frame.baseYear + offset);
  const migration = options.migration;
  const migrationOfPlace =
    migration && Object.values(migration).some((rate) => rate !== 0)
      ? Float64Array.from(frame.placeTownships, (code) => migration[code] ?? 0)
      : undefined;
  const byYear = years.map((year) =>
    forecastChildren(frame.base.ages, places, {
      baseYear: frame.baseYear,
      year,
      ...(options.birthChange === undefined ? {} : { birthChange: options.birthChange }),
      ...(options.births ? { births: options.births } : {}),
      ...(options.townshipBirths
        ? { townshipBirths: options.townshipBirths, townshipOfPlace: frame.placeTownships }
        : {}),
      ...(migrationOfPlace ? { migrationOfPlace } : {}),
    }),
  );
  const stages = SEAT_STAGES.map((stage): StageForecast => {
    const stageFrame = frame.stages[stage];
    if (stageFrame.problem) {
      return { stage, problem: stageFrame.problem, years: [], outlook: [], closureCandidates: [] };
    }
    const balances = byYear.map((ages) =>
      measureSeatBalance(frame, stage, countStageChildren(ages, places, frame.settings.stageAges[stage]), {
        maximumFlow: options.maximumFlow ?? true,
      }),
    );
    const outlook = [
      outlookOf('', years, balances),
      ...frame.townships.map((township, position) =>
        outlookOf(
          township.code,
          years,
          balances.map((balance) => balance.townships[position] as SeatFigures),
        ),
      ),
    ];
    const closureCandidates: ClosureCandidate[] = [];
    stageFrame.schools.forEach((school, position) => {
      const seats = stageFrame.seatCounts[position]?.seats ?? null;
      if (seats === null || seats === 0) return;
      const first = balances.findIndex(
        (balance) => (balance.schools[position]?.allocated ?? 0) < CLOSURE_CANDIDATE_SHARE * seats,
      );
      if (first < 0) return;
      closureCandidates.push({
        code: school.code,
        name: school.name,
        townshipCode: stageFrame.schoolTownships[position] ?? '',
        seats,
        year: years[first] ?? frame.baseYear,
        allocated: balances[first]?.schools[position]?.allocated ?? 0,
      });
    });
    return { stage, problem: null, years: balances, outlook, closureCandidates };
  });
  return {
    baseYear: frame.baseYear,
    years,
    basis: frame.base.basis,
    placesWithoutChildren: frame.base.placesWithoutChildren,
    stages,
  };
}
