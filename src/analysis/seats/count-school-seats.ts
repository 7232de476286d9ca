/** The seats (学位) a school offers in each stage it serves. */

import type { School } from '../../domain/school.ts';
import {
  type SeatSettings,
  type SeatStage,
  STAGE_SEAT_FIELDS,
  seatStagesOf,
  stageYears,
} from '../../domain/seats.ts';
import { splitBetweenStages } from './split-between-stages.ts';

/**
 * Where a stage's seat figure comes from:
 * - `approved`: the school's 学位数 (a one-stage school);
 * - `stage-approved`: the stage's own column (小学学位数, 初中学位数, 高中学位数);
 * - `remainder-approved`: 学位数 less the other stage's own column;
 * - `split-approved`: 学位数 shared between two stages by their years;
 * - `classes`: 班级数 × the stage's standard class size;
 * - `split-classes`: 班级数 shared by years, each part × its stage's class size;
 * - `unknown`: neither 学位数 nor 班级数: counted and listed, never taken as zero silently.
 */
export type SeatSource =
  | 'approved'
  | 'stage-approved'
  | 'remainder-approved'
  | 'split-approved'
  | 'classes'
  | 'split-classes'
  | 'unknown';

/** A stage's seats at one school. */
export interface StageSeatCount {
  /** Whole seats; null when unknown. */
  seats: number | null;
  source: SeatSource;
}

function whole(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Math.max(0, Math.round(value));
}

/**
 * The seats of every stage the school serves (none for a special-education school).
 *
 * A one-stage school: 学位数, else its stage's own column, else 班级数 × the standard class size.
 * A two-stage school (九年一贯制, 完全中学), stage by stage: the stage's own column; else 学位数 less
 * the other stage's own column when that is given, else 学位数 shared by the stages' years
 * ({@link splitBetweenStages}: 6 : 3, 3 : 3 by default); else 班级数 shared the same way, each part
 * × its own class size; else unknown.
 * @example countSchoolSeats({ type: '九年一贯制', seats: 900, classes: null, primarySeats: null, middleSeats: null, highSeats: null }, DEFAULT_SEAT_SETTINGS).middle // { seats: 300, source: 'split-approved' }
 */
export function countSchoolSeats(
  school: Pick<School, 'type' | 'seats' | 'classes' | 'primarySeats' | 'middleSeats' | 'highSeats'>,
  settings: SeatSettings,
): Partial<Record<SeatStage, StageSeatCount>> {
  const stages = seatStagesOf(school);
  const approved = whole(school.seats);
  const classes = whole(school.classes);
  const own = (stage: SeatStage): number | null =>
    stage === 'kindergarten' ? null : whole(school[STAGE_SEAT_FIELDS[stage]]);
  const counts: Partial<Record<SeatStage, StageSeatCount>> = {};
  const [lower, higher] = stages;
  if (lower === undefined) return counts;
  if (higher === undefined) {
    const stageOwn = own(lower);
    counts[lower] =
      approved !== null
        ? { seats: approved, source: 'approved' }
        : stageOwn !== null
          ? { seats: stageOwn, source: 'stage-approved' }
          : classes !== null
            ? { seats: classes * settings.classSizes[lower], source: 'classes' }
            : { seats: null, source: 'unknown' };
    return counts;
  }
  const lowerYears = stageYears(settings, lower);
  const higherYears = stageYears(settings, higher);
  const [approvedLower, approvedHigher] =
    approved === null ? [null, null] : splitBetweenStages(approved, lowerYears, higherYears);
  const [classesLower, classesHigher] =
    classes === null ? [null, null] : splitBetweenStages(classes, lowerYears, higherYears);
  const ownSeats = { [lower]: own(lower), [higher]: own(higher) } as Record<SeatStage, number | null>;
  const shared = (
    stage: SeatStage,
    other: SeatStage,
    approvedPart: number | null,
    classPart: number | null,
  ) => {
    const stageOwn = ownSeats[stage];
    const otherOwn = ownSeats[other];
    if (stageOwn !== null) return { seats: stageOwn, source: 'stage-approved' } as const;
    if (approved !== null && otherOwn !== null) {
      return { seats: Math.max(0, approved - otherOwn), source: 'remainder-approved' } as const;
    }
    if (approvedPart !== null) return { seats: approvedPart, source: 'split-approved' } as const;
    if (classPart !== null) {
      return { seats: classPart * settings.classSizes[stage], source: 'split-classes' } as const;
    }
    return { seats: null, source: 'unknown' } as const;
  };
  counts[lower] = shared(lower, higher, approvedLower, classesLower);
  counts[higher] = shared(higher, lower, approvedHigher, classesHigher);
  return counts;
}
