/**
 * The seats condition of consolidation (撤并) from the seat analysis: with the closed schools'
 * seats gone, the nearest-free-seat-first rule (就近入学) is run again — the receiving schools'
 * free seats count — and the closures hold only when no township has more children of the stage
 * without a seat within the radius than today (nor the district as a whole). Today's shortages
 * stay; closing must not add to them.
 */
import { type Message, message } from '../../domain/message.ts';
import type { ServiceKind } from '../../domain/radius.ts';
import { isSeatStage, type SeatStage, seatSettingsOf } from '../../domain/seats.ts';
import type { AnalysisInput } from '../analyze-district.ts';
import { countStageChildren } from '../seats/count-stage-children.ts';
import { measureSeatBalance, type StageSeatBalance } from '../seats/measure-seat-balance.ts';
import { prepareSeatAnalysis, type SeatFrame } from '../seats/prepare-seat-analysis.ts';
import { siteReachOf } from './prepare-suggestion.ts';
import type { SeatsCondition } from './reopen-until-seated.ts';

/** Children of the stage without a seat in a township, today and with the closures. */
export interface TownshipSeatChange {
  code: string;
  name: string;
  children: number;
  withoutSeatBefore: number;
  withoutSeatAfter: number;
}

/** The seats of a consolidation: the stage, the base year, and per township and district. */
export interface ConsolidationSeats {
  stage: SeatStage;
  baseYear: number;
  children: number;
  withoutSeatBefore: number;
  withoutSeatAfter: number;
  townships: TownshipSeatChange[];
}

/** The condition, and the figures for a set of closures. */
export interface SeatsCheck {
  condition: SeatsCondition;
  /**
   * Whether the district as a whole keeps its children seated with these closed. Closing more
   * never seats more (see build-seats-objective.ts), so a school failing this alone can never
   * close in any proposal: a bound on how many can.
   */
  districtKeeps(closedCodes: readonly string[]): boolean;
  figures(closedCodes: readonly string[]): ConsolidationSeats;
}

/**
 * What the check is built from: the consolidation's context as the analysis takes it (schools,
 * townships, population, rule set, radii in use, scenario, distance model and roads) and the kind.
 */
export interface SeatsCheckInput extends AnalysisInput {
  kind: ServiceKind;
}

/**
 * The seats check of a consolidation of schools serving `kind`; a reason instead when the kind has
 * no seats (特殊教育) or the population cannot be allocated (no children figures, too many pairs).
 * @example buildSeatsCheck(input).check?.condition.holds(['450803…'])
 */
export function buildSeatsCheck(input: SeatsCheckInput): {
  check: SeatsCheck | null;
  reason: Message | null;
} {
  const { kind } = input;
  if (!isSeatStage(kind)) return { check: null, reason: null };
  const frame = prepareSeatAnalysis({
    schools: input.schools,
    townships: input.townships,
    population: input.population,
    settings: seatSettingsOf(input.ruleSet.settings),
    radii: input.radii,
    scenario: input.scenario,
    ...siteReachOf(input),
  });
  const stageFrame = frame.stages[kind];
  if (!stageFrame.pairs) {
    return { check: null, reason: stageFrame.problem ?? message('optimiseConsolidationSeatsUnknown') };
  }
  const children = countStageChildren(frame.base.ages, frame.points.length, frame.settings.stageAges[kind]);
  const before = measureSeatBalance(frame, kind, children, { maximumFlow: false });
  const indexOfCode = new Map<string, number[]>();
  stageFrame.schools.forEach((school, index) => {
    indexOfCode.set(school.code, [...(indexOfCode.get(school.code) ?? []), index]);
  });
  const balanceWithout = (closedCodes: readonly string[]): StageSeatBalance => {
    const seats = stageFrame.seats.slice();
    for (const code of closedCodes) for (const index of indexOfCode.get(code) ?? []) seats[index] = 0;
    const closedFrame: SeatFrame = {
      ...frame,
      stages: { ...frame.stages, [kind]: { ...stageFrame, seats } },
    };
    return measureSeatBalance(closedFrame, kind, children, { maximumFlow: false });
  };
  const condition: SeatsCondition = {
    holds(closedCodes) {
      if (closedCodes.length === 0) return true;
      const after = balanceWithout(closedCodes);
      if (after.withoutSeat > before.withoutSeat) return false;
      return after.townships.every(
        (township) =>
          township.withoutSeat <=
          (before.townships.find((entry) => entry.code === township.code)?.withoutSeat ?? 0),
      );
    },
  };
  return {
    check: {
      condition,
      districtKeeps: (closedCodes) => balanceWithout(closedCodes).withoutSeat <= before.withoutSeat,
      figures(closedCodes) {
        const after = balanceWithout(closedCodes);
        return {
          stage: kind,
          baseYear: frame.baseYear,
          children: before.children,
          withoutSeatBefore: before.withoutSeat,
          withoutSeatAfter: after.withoutSeat,
          townships: before.townships.map((township) => ({
            code: township.code,
            name: township.name,
            children: township.children,
            withoutSeatBefore: township.withoutSeat,
            withoutSeatAfter: after.townships.find((entry) => entry.code === township.code)?.withoutSeat ?? 0,
          })),
        };
      },
    },
    reason: null,
  };
}
