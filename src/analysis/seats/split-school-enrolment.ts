/** A school's pupils (在校生数) in each stage it serves. */

import type { School } from '../../domain/school.ts';
import { type SeatSettings, type SeatStage, seatStagesOf, stageYears } from '../../domain/seats.ts';
import { splitBetweenStages } from './split-between-stages.ts';

/**
 * 在校生数 by stage: all of it for a one-stage school; for a 九年一贯制 or 完全中学 (the roster has
 * one figure) shared by the stages' years as seats are ({@link splitBetweenStages}) — an estimate,
 * which the seat view says. null where 在校生数 is not given.
 * @example splitSchoolEnrolment({ type: '完全中学', students: 1201 }, DEFAULT_SEAT_SETTINGS) // { middle: 601, high: 600 }
 */
export function splitSchoolEnrolment(
  school: Pick<School, 'type' | 'students'>,
  settings: SeatSettings,
): Partial<Record<SeatStage, number | null>> {
  const stages = seatStagesOf(school);
  const students =
    school.students === null || !Number.isFinite(school.students)
      ? null
      : Math.max(0, Math.round(school.students));
  const enrolment: Partial<Record<SeatStage, number | null>> = {};
  const [lower, higher] = stages;
  if (lower === undefined) return enrolment;
  if (higher === undefined || students === null) {
    for (const stage of stages) enrolment[stage] = students;
    return enrolment;
  }
  const [lowerPart, higherPart] = splitBetweenStages(
    students,
    stageYears(settings, lower),
    stageYears(settings, higher),
  );
  enrolment[lower] = lowerPart;
  enrolment[higher] = higherPart;
  return enrolment;
}
