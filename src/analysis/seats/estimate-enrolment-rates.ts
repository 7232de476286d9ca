/** Gross enrolment rates estimated from the roster's pupils and the children of the stage's ages. */
import type { SeatStage } from '../../domain/seats.ts';
import type { StageSeatBalance } from './measure-seat-balance.ts';

/** One estimate and what it was computed from. */
export interface EnrolmentRateEstimate {
  /** Township code; '' for the district. */
  code: string;
  /** Pupils of the stage at the schools located there (在校生数; a two-stage school's shared by years). */
  enrolled: number;
  /** Children of the stage's ages living there. */
  children: number;
  /** enrolled ÷ children (0.9 = 90 %); null without children. */
  rate: number | null;
  /** Schools of the stage there without a 在校生数 (left out of `enrolled`). */
  schoolsWithoutEnrolment: number;
}

/** A stage's estimates: the district and every township. */
export interface StageEnrolmentRates {
  stage: SeatStage;
  district: EnrolmentRateEstimate;
  townships: EnrolmentRateEstimate[];
}

/**
 * Gross enrolment rates, estimated: pupils of the stage enrolled at schools located in the
 * township (or the district) ÷ the children of the stage's ages living there — 学前三年毛入园率
 * from kindergartens and children 3–5, 高中阶段毛入学率 from high schools and 15–17, and the
 * same for primary and middle. A gross rate counts every pupil whatever their age or home, so it
 * can pass 100 % (pupils from elsewhere, over-age pupils) and a township's rate says where pupils
 * study rather than where they live; the district rate is the one to set beside the plan's.
 * @example estimateEnrolmentRates(balance).district.rate // 0.93
 */
export function estimateEnrolmentRates(balance: StageSeatBalance): StageEnrolmentRates {
  const estimate = (code: string, children: number): EnrolmentRateEstimate => {
    let enrolled = 0;
    let schoolsWithoutEnrolment = 0;
    for (const school of balance.schools) {
      if (code !== '' && school.townshipCode !== code) continue;
      if (school.enrolled === null) schoolsWithoutEnrolment += 1;
      else enrolled += school.enrolled;
    }
    return {
      code,
      enrolled,
      children,
      rate: children > 0 ? enrolled / children : null,
      schoolsWithoutEnrolment,
    };
  };
  return {
    stage: balance.stage,
    district: estimate('', balance.children),
    townships: balance.townships.map((township) => estimate(township.code, township.children)),
  };
}
