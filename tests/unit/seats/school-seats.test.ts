/** Seats and pupils of a school by stage: approved seats, classes × class size, two-stage splits, unknown. */
import { describe, expect, it } from 'vitest';
import { countSchoolSeats } from '../../../src/analysis/seats/count-school-seats.ts';
import { splitBetweenStages } from '../../../src/analysis/seats/split-between-stages.ts';
import { splitSchoolEnrolment } from '../../../src/analysis/seats/split-school-enrolment.ts';
import { DEFAULT_SEAT_SETTINGS, newSiteSeats } from '../../../src/domain/seats.ts';
import { makeSchool } from '../school-fixtures.ts';

const settings = DEFAULT_SEAT_SETTINGS;

describe('countSchoolSeats', () => {
  it('takes 学位数 when given, else 班级数 × the standard class size of the stage', () => {
    expect(countSchoolSeats(makeSchool({ code: '1', name: 'a', seats: 700, classes: 12 }), settings)).toEqual(
      {
        primary: { seats: 700, source: 'approved' },
      },
    );
    expect(countSchoolSeats(makeSchool({ code: '2', name: 'b', classes: 12 }), settings)).toEqual({
      primary: { seats: 540, source: 'classes' },
    });
    expect(
      countSchoolSeats(makeSchool({ code: '3', name: 'c', type: '幼儿园', classes: 9 }), settings)
        .kindergarten,
    ).toEqual({ seats: 270, source: 'classes' });
    expect(
      countSchoolSeats(makeSchool({ code: '4', name: 'd', type: '高中', classes: 36 }), settings).high,
    ).toEqual({
      seats: 1800,
      source: 'classes',
    });
  });

  it('splits a nine-year school 6 : 3 — the higher stage floor(total × 3/9), the lower the rest', () => {
    const nineYear = (fields: Parameters<typeof makeSchool>[0]) =>
      countSchoolSeats(makeSchool({ type: '九年一贯制', ...fields }), settings);
    expect(nineYear({ code: '1', name: 'a', seats: 900 })).toEqual({
      primary: { seats: 600, source: 'split-approved' },
      middle: { seats: 300, source: 'split-approved' },
    });
    expect(nineYear({ code: '2', name: 'b', seats: 1000 })).toEqual({
      primary: { seats: 667, source: 'split-approved' },
      middle: { seats: 333, source: 'split-approved' },
    });
    // 27 classes: 9 middle (× 50) and 18 primary (× 45).
    expect(nineYear({ code: '3', name: 'c', classes: 27 })).toEqual({
      primary: { seats: 810, source: 'split-classes' },
      middle: { seats: 450, source: 'split-classes' },
    });
    // A stage's own column wins; the other stage gets the rest of 学位数.
    expect(nineYear({ code: '4', name: 'd', seats: 900, middleSeats: 400 })).toEqual({
      primary: { seats: 500, source: 'remainder-approved' },
      middle: { seats: 400, source: 'stage-approved' },
    });
    expect(nineYear({ code: '5', name: 'e', primarySeats: 540, middleSeats: 300, seats: 10 })).toEqual({
      primary: { seats: 540, source: 'stage-approved' },
      middle: { seats: 300, source: 'stage-approved' },
    });
  });

  it('splits a complete secondary school 3 : 3 between middle and high', () => {
    expect(
      countSchoolSeats(makeSchool({ code: '1', name: 'a', type: '完全中学', seats: 1201 }), settings),
    ).toEqual({
      middle: { seats: 601, source: 'split-approved' },
      high: { seats: 600, source: 'split-approved' },
    });
  });

  it('leaves seats unknown, not zero, with neither 学位数 nor 班级数', () => {
    expect(countSchoolSeats(makeSchool({ code: '1', name: 'a', type: '初中' }), settings)).toEqual({
      middle: { seats: null, source: 'unknown' },
    });
    expect(countSchoolSeats(makeSchool({ code: '2', name: 'b', type: '完全中学' }), settings)).toEqual({
      middle: { seats: null, source: 'unknown' },
      high: { seats: null, source: 'unknown' },
    });
  });

  it('gives a special-education school no stage seats and a teaching point primary seats', () => {
    expect(
      countSchoolSeats(makeSchool({ code: '1', name: 'a', type: '特殊教育学校', seats: 100 }), settings),
    ).toEqual({});
    expect(
      countSchoolSeats(makeSchool({ code: '2', name: 'b', type: '教学点', classes: 3 }), settings),
    ).toEqual({
      primary: { seats: 135, source: 'classes' },
    });
  });
});

describe('splitBetweenStages and splitSchoolEnrolment', () => {
  it('keeps the total and gives the higher stage the floor of its share', () => {
    for (const total of [0, 1, 2, 8, 9, 10, 901, 1234]) {
      const [lower, higher] = splitBetweenStages(total, 6, 3);
      expect(lower + higher).toBe(total);
      expect(higher).toBe(Math.floor(total / 3));
    }
  });

  it('shares a two-stage school’s pupils by years and keeps a one-stage school’s', () => {
    expect(
      splitSchoolEnrolment(makeSchool({ code: '1', name: 'a', type: '九年一贯制', students: 901 }), settings),
    ).toEqual({ primary: 601, middle: 300 });
    expect(splitSchoolEnrolment(makeSchool({ code: '2', name: 'b', students: 420 }), settings)).toEqual({
      primary: 420,
    });
    expect(splitSchoolEnrolment(makeSchool({ code: '3', name: 'c', type: '完全中学' }), settings)).toEqual({
      middle: null,
      high: null,
    });
  });
});

describe('newSiteSeats', () => {
  it('gives a new school its classes × the class size: 9 × 30, 18 × 45, 24 × 50, 36 × 50', () => {
    expect(newSiteSeats(settings, 'kindergarten')).toBe(270);
    expect(newSiteSeats(settings, 'primary')).toBe(810);
    expect(newSiteSeats(settings, 'middle')).toBe(1200);
    expect(newSiteSeats(settings, 'high')).toBe(1800);
  });
});
