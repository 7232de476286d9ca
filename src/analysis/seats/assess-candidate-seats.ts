/**
 * Children newly given a seat by each candidate site, as if it stood with its seats, beside the
 * population it newly covers: per stage it serves, alone and all candidates together.
 */
import type { CandidateSite } from '../../domain/candidate.ts';
import { newSiteSeats, type SeatStage, seatStagesOf } from '../../domain/seats.ts';
import { countNewlySeated, type NewSeatSite } from './count-newly-seated.ts';
import { countStageChildren } from './count-stage-children.ts';
import { measureSeatBalance } from './measure-seat-balance.ts';
import { prepareSeatAnalysis, type SeatAnalysisInput } from './prepare-seat-analysis.ts';

/** One stage of one candidate. */
export interface CandidateStageSeats {
  stage: SeatStage;
  /** Seats the candidate is given in the stage (its own figure, else the default new school). */
  seats: number;
  /** Whether `seats` is the default new school of the stage. */
  defaultSeats: boolean;
  /** Children of the base year newly given a seat; null when the stage cannot be allocated. */
  newlySeated: number | null;
}

/** The candidates' seat effects, in the base year of the population. */
export interface CandidateSeatReport {
  baseYear: number;
  candidates: { id: string; stages: CandidateStageSeats[] }[];
  /** All candidates together, per stage any of them serves. */
  combined: { stage: SeatStage; newlySeated: number | null }[];
}

/**
 * A candidate's seats in each stage it serves: its own `seats` shared between two stages by
 * years as a school's are, else the default new school of each stage (its classes × the standard
 * class size).
 */
function candidateStageSeats(
  candidate: Pick<CandidateSite, 'type' | 'seats'>,
  input: SeatAnalysisInput,
): { stage: SeatStage; seats: number; defaultSeats: boolean }[] {
  const stages = seatStagesOf(candidate);
  const own = candidate.seats;
  if (own === null || own === undefined) {
    return stages.map((stage) => ({ stage, seats: newSiteSeats(input.settings, stage), defaultSeats: true }));
  }
  const years = stages.map(
    (stage) => input.settings.stageAges[stage].to - input.settings.stageAges[stage].from + 1,
  );
  const total = years.reduce((sum, value) => sum + value, 0);
  // The higher stage gets floor(total × its share), the lower the rest (as a school's 学位数).
  const higher = stages.length > 1 ? Math.floor((own * (years[1] ?? 0)) / total) : 0;
  return stages.map((stage, index) => ({
    stage,
    seats: stages.length > 1 ? (index === 0 ? own - higher : higher) : own,
    defaultSeats: false,
  }));
}

/**
 * For every candidate and every stage it serves, the children of the base year (in the input's
 * scenario) who would newly get a seat if it stood with its seats (`countNewlySeated`); and for
 * all candidates together.
 * @example assessCandidateSeats(input, candidates).candidates[0].stages[0].newlySeated // 412
 */
export function assessCandidateSeats(
  input: SeatAnalysisInput,
  candidates: readonly CandidateSite[],
): CandidateSeatReport {
  const frame = prepareSeatAnalysis(input);
  const children = new Map<SeatStage, Int32Array>();
  const seatedBefore = new Map<SeatStage, number>();
  const stageChildren = (stage: SeatStage) => {
    let counts = children.get(stage);
    if (!counts) {
      counts = countStageChildren(frame.base.ages, frame.points.length, frame.settings.stageAges[stage]);
      children.set(stage, counts);
      seatedBefore.set(stage, measureSeatBalance(frame, stage, counts, { maximumFlow: false }).seated);
    }
    return counts;
  };
  const sitesByStage = new Map<SeatStage, NewSeatSite[]>();
  const report: CandidateSeatReport = { baseYear: frame.baseYear, candidates: [], combined: [] };
  for (const candidate of candidates) {
    const stages = candidateStageSeats(candidate, input).map((entry) => {
      const site: NewSeatSite = {
        code: candidate.id,
        lon: candidate.lon,
        lat: candidate.lat,
        seats: entry.seats,
      };
      sitesByStage.set(entry.stage, [...(sitesByStage.get(entry.stage) ?? []), site]);
      const counts = stageChildren(entry.stage);
      return {
        ...entry,
        newlySeated: countNewlySeated(frame, entry.stage, counts, [site], seatedBefore.get(entry.stage)),
      };
    });
    report.candidates.push({ id: candidate.id, stages });
  }
  for (const [stage, sites] of sitesByStage) {
    report.combined.push({
      stage,
      newlySeated: countNewlySeated(frame, stage, stageChildren(stage), sites, seatedBefore.get(stage)),
    });
  }
  return report;
}
