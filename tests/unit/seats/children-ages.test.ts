/** Children by age: single-year ages, stage counts spread over years, and the forecast shift. */
import { describe, expect, it } from 'vitest';
import { countStageChildren } from '../../../src/analysis/seats/count-stage-children.ts';
import { expandChildrenAges } from '../../../src/analysis/seats/expand-children-ages.ts';
import { forecastChildren } from '../../../src/analysis/seats/forecast-children.ts';
import { roundCumulatively } from '../../../src/analysis/seats/round-cumulatively.ts';
import type { PopulationPoint } from '../../../src/domain/population.ts';
import { CHILD_AGE_COUNT, DEFAULT_SEAT_SETTINGS } from '../../../src/domain/seats.ts';

const settings = DEFAULT_SEAT_SETTINGS;

function place(fields: Partial<PopulationPoint>): PopulationPoint {
  return {
    lon: 109.6,
    lat: 23,
    population: 100,
    schoolAgePopulation: null,
    name: '',
    townshipCode: '',
    ...fields,
  };
}

/** Ages 0 … 17 of 10, 11, 12 … 27 children. */
const AGES = Array.from({ length: CHILD_AGE_COUNT }, (_, age) => 10 + age);

describe('roundCumulatively', () => {
  it('keeps whole figures and the rounded total', () => {
    expect([...roundCumulatively([3, 0, 7])]).toEqual([3, 0, 7]);
    expect([...roundCumulatively([0.4, 0.4, 0.4])]).toEqual([0, 1, 0]);
    expect([...roundCumulatively([2.5, 2.5, -1, Number.NaN])]).toEqual([3, 2, 0, 0]);
  });
});

describe('expandChildrenAges', () => {
  it('takes single-year ages as given', () => {
    const expanded = expandChildrenAges([place({ ages: AGES })], settings);
    expect([...expanded.ages]).toEqual(AGES);
    expect(expanded.basis).toBe('single-year');
    expect(Object.values(expanded.knownStages)).toEqual([true, true, true, true]);
  });

  it('spreads stage counts evenly over the stage’s years and repeats the youngest year below it', () => {
    const expanded = expandChildrenAges(
      [place({ stageChildren: { kindergarten: 31, primary: 60 } })],
      settings,
    );
    const ages = [...expanded.ages];
    // 31 over ages 3–5 by cumulative rounding: 10, 11, 10; ages 0–2 take age 3's 10.
    expect(ages.slice(0, 6)).toEqual([10, 10, 10, 10, 11, 10]);
    expect(ages.slice(6, 12)).toEqual([10, 10, 10, 10, 10, 10]);
    expect(ages.slice(12)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(expanded.knownStages).toEqual({ kindergarten: true, primary: true, middle: false, high: false });
    expect(expanded.basis).toBe('stages');
  });

  it('counts places with people but no children figures', () => {
    const expanded = expandChildrenAges(
      [place({}), place({ ages: AGES }), place({ population: 0 })],
      settings,
    );
    expect(expanded.placesWithoutChildren).toBe(1);
    expect(expanded.basis).toBe('single-year');
  });
});

describe('forecastChildren', () => {
  const base = expandChildrenAges([place({ ages: AGES })], settings);

  it('moves every cohort up by the years passed', () => {
    const later = [...forecastChildren(base.ages, 1, { baseYear: 2020, year: 2023 })];
    // Ages 3 … 17 in 2023 were 0 … 14 in 2020.
    expect(later.slice(3)).toEqual(AGES.slice(0, 15));
    // Ages 0 … 2 are born after 2020: the base year's births (10) with no change.
    expect(later.slice(0, 3)).toEqual([10, 10, 10]);
    const primary = countStageChildren(Int32Array.from(later), 1, settings.stageAges.primary);
    // Ages 6–11 in 2023 = ages 3–8 in 2020: 13 + … + 18.
    expect(primary[0]).toBe(13 + 14 + 15 + 16 + 17 + 18);
  });

  it('changes births by the annual rate: 16 age-0 children halving each year', () => {
    const ages = Int32Array.from({ length: CHILD_AGE_COUNT }, (_, age) => (age === 0 ? 16 : 0));
    const later = [...forecastChildren(ages, 1, { baseYear: 2020, year: 2022, birthChange: -0.5 })];
    // Age 0 in 2022: born 2022, 16 × 0.5²; age 1: born 2021, 16 × 0.5; age 2: the 2020 cohort.
    expect(later.slice(0, 3)).toEqual([4, 8, 16]);
  });

  it('takes typed births for the years given and the rate for the others', () => {
    const ages = Int32Array.from({ length: 2 * CHILD_AGE_COUNT }, (_, index) =>
      index % CHILD_AGE_COUNT === 0 ? 10 : 0,
    );
    // Two places with 10 births each in 2020; 30 births typed for 2021 are shared 15 : 15.
    const later = forecastChildren(ages, 2, {
      baseYear: 2020,
      year: 2022,
      births: { 2021: 30 },
      birthChange: 0.1,
    });
    expect(later[1]).toBe(15);
    expect(later[CHILD_AGE_COUNT + 1]).toBe(15);
    // 2022 births follow the rate: 10 × 1.1² = 12.1 per place, whole by cumulative rounding (12 + 12).
    expect((later[0] ?? 0) + (later[CHILD_AGE_COUNT] ?? 0)).toBe(24);
  });

  it('applies a yearly net migration rate for the years a cohort spent in the forecast', () => {
    const later = [
      ...forecastChildren(base.ages, 1, { baseYear: 2020, year: 2022, migrationOfPlace: [0.1] }),
    ];
    // Age 5 in 2022 was 3 in 2020 (13 children): 13 × 1.1² = 15.73 → 16.
    expect(later[5]).toBe(16);
    // Age 1 in 2022 was born in 2021 (10) and spent one year: 11.
    expect(later[1]).toBe(11);
  });

  it('returns the base year unchanged and refuses earlier years', () => {
    expect([...forecastChildren(base.ages, 1, { baseYear: 2020, year: 2020, birthChange: -0.5 })]).toEqual(
      AGES,
    );
    expect(() => forecastChildren(base.ages, 1, { baseYear: 2020, year: 2019 })).toThrow(RangeError);
  });
});
