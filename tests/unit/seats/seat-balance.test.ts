/**
 * A small district through the whole seat analysis: township and district figures, unknown seats,
 * the forecast's outlook and closure candidates, and "children newly seated" against a full
 * re-allocation.
 */
import { describe, expect, it } from 'vitest';
import { countNewlySeated } from '../../../src/analysis/seats/count-newly-seated.ts';
import { countStageChildren } from '../../../src/analysis/seats/count-stage-children.ts';
import { estimateEnrolmentRates } from '../../../src/analysis/seats/estimate-enrolment-rates.ts';
import { forecastSeatBalance } from '../../../src/analysis/seats/forecast-seat-balance.ts';
import { measureSeatBalance } from '../../../src/analysis/seats/measure-seat-balance.ts';
import {
  prepareSeatAnalysis,
  type SeatAnalysisInput,
} from '../../../src/analysis/seats/prepare-seat-analysis.ts';
import type { PopulationData, PopulationPoint } from '../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO, PLANNED_SCENARIO } from '../../../src/domain/scenario.ts';
import { CHILD_AGE_COUNT, DEFAULT_SEAT_SETTINGS } from '../../../src/domain/seats.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../school-fixtures.ts';

/** Ages with `perYear` children in each primary year (6–11) and none otherwise. */
function primaryAges(perYear: number, young = 0): number[] {
  return Array.from({ length: CHILD_AGE_COUNT }, (_, age) =>
    age >= 6 && age <= 11 ? perYear : age < 6 ? young : 0,
  );
}

function place(lon: number, lat: number, ages: number[], townshipCode = ''): PopulationPoint {
  return { lon, lat, population: 1000, schoolAgePopulation: null, name: '', townshipCode, ages };
}

// 甲镇 (rural, primary radius 2.5 km) around 109.5 E 22.5 N; 乙街道 (urban, 500 m) around 110.5 E.
const population: PopulationData = {
  source: 'settlement-points',
  label: 'test',
  baseYear: 2020,
  points: [
    place(109.5, 22.5, primaryAges(20)), // 120 primary-age children
    place(109.51, 22.5, primaryAges(10)), // 60, about 1 km east
    place(109.9, 22.9, primaryAges(5)), // 30, far from every school
    place(110.5, 22.5, primaryAges(10, 10)), // 60 in the urban township, and younger children
  ],
  townships: [],
};
const schools = [
  makeSchool({ code: 'P1', name: '甲小学', lon: 109.505, lat: 22.5, seats: 150, students: 140 }),
  makeSchool({ code: 'P2', name: '乙小学', lon: 110.501, lat: 22.5, classes: 1, students: 50 }),
  makeSchool({ code: 'P3', name: '未知小学', lon: 110.6, lat: 22.6 }),
  makeSchool({
    code: 'N1',
    name: '新建小学',
    lon: 109.52,
    lat: 22.5,
    seats: 100,
    projectType: '新建',
    projectStatus: '规划',
  }),
];
const input: SeatAnalysisInput = {
  schools,
  townships: TWO_TOWNSHIPS,
  population,
  settings: DEFAULT_SEAT_SETTINGS,
  radii: DEFAULT_SERVICE_RADII,
  scenario: CURRENT_SCENARIO,
};

function primaryBalance(scenario = CURRENT_SCENARIO) {
  const frame = prepareSeatAnalysis({ ...input, scenario });
  const children = countStageChildren(
    frame.base.ages,
    frame.points.length,
    DEFAULT_SEAT_SETTINGS.stageAges.primary,
  );
  return { frame, children, balance: measureSeatBalance(frame, 'primary', children, { maximumFlow: true }) };
}

describe('measureSeatBalance', () => {
  it('sums children, seats and who got a seat per township and for the district', () => {
    const { balance } = primaryBalance();
    expect(balance.children).toBe(270);
    // P1 150 approved, P2 1 class × 45, P3 unknown (listed, counted with none).
    expect(balance.seats).toBe(195);
    expect(balance.unknownSeatSchools).toBe(1);
    expect(balance.schools.map((school) => [school.code, school.seats, school.allocated])).toEqual([
      ['P1', 150, 150],
      ['P2', 45, 45],
      ['P3', null, 0],
    ]);
    const [rural, urban] = balance.townships;
    expect(rural).toMatchObject({ code: '450803100', children: 210, seats: 150, seated: 150, balance: -60 });
    // The far place (30) has no school within 2.5 km; 30 near P1 find it full.
    expect(rural).toMatchObject({ withoutSeat: 60, withoutSeatNoSchool: 30, withoutSeatFull: 30 });
    expect(urban).toMatchObject({
      code: '450803001',
      children: 60,
      seats: 45,
      seated: 45,
      withoutSeatFull: 15,
    });
    expect(balance.withoutSeat).toBe(75);
    expect(balance.maximumSeated).toBe(195);
    expect([...balance.placesWithoutSeat.places]).toEqual([1, 2, 3]);
  });

  it('counts planned schools in 规划完成后', () => {
    const { balance } = primaryBalance(PLANNED_SCENARIO);
    expect(balance.seats).toBe(295);
    expect(balance.townships[0]).toMatchObject({ seated: 180, withoutSeatNoSchool: 30, withoutSeatFull: 0 });
  });

  it('estimates gross enrolment as pupils ÷ children of the stage', () => {
    const { balance } = primaryBalance();
    const rates = estimateEnrolmentRates(balance);
    expect(rates.district).toMatchObject({ enrolled: 190, children: 270, schoolsWithoutEnrolment: 1 });
    expect(rates.district.rate).toBeCloseTo(190 / 270, 12);
    expect(rates.townships[0]).toMatchObject({ code: '450803100', enrolled: 140, children: 210 });
  });
});

describe('countNewlySeated', () => {
  it('equals a full re-allocation with the sites among the schools', () => {
    const { frame, children, balance } = primaryBalance();
    const site = { code: 'C1', lon: 109.9, lat: 22.905, seats: 20 };
    const second = { code: 'C2', lon: 110.5, lat: 22.501, seats: 100 };
    const gain = countNewlySeated(frame, 'primary', children, [site, second], balance.seated);
    const withSites = prepareSeatAnalysis({
      ...input,
      schools: [
        ...schools,
        makeSchool({ code: site.code, name: '候选1', lon: site.lon, lat: site.lat, seats: site.seats }),
        makeSchool({
          code: second.code,
          name: '候选2',
          lon: second.lon,
          lat: second.lat,
          seats: second.seats,
        }),
      ],
    });
    const after = measureSeatBalance(withSites, 'primary', children, { maximumFlow: false });
    expect(gain).toBe(after.seated - balance.seated);
    expect(gain).toBe(20 + 15);
    expect(countNewlySeated(frame, 'primary', children, [])).toBe(0);
  });
});

describe('forecastSeatBalance', () => {
  it('ages the cohorts: the primary children leave and the younger ones arrive', () => {
    const forecast = forecastSeatBalance(prepareSeatAnalysis(input));
    expect(forecast.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    const primary = forecast.stages.find((stage) => stage.stage === 'primary');
    expect(primary?.problem).toBeNull();
    // Only the urban place has children under 6 (10 a year), and its births stay 10 a year.
    expect(primary?.years.map((year) => year.children)).toEqual([
      270, 235, 200, 165, 130, 95, 60, 60, 60, 60, 60,
    ]);
    const district = primary?.outlook[0];
    // 195 seats: short while children exceed them; in 2024 (130 children) 65 seats stand empty,
    // more than 30 % of 195.
    expect(district).toEqual({ code: '', firstShortageYear: 2020, firstSurplusYear: 2024 });
    // P1's 150 seats serve 30 children a year of age near it: 90 in 2023, 60 in 2024 (< 75).
    expect(
      primary?.closureCandidates.map((candidate) => [candidate.code, candidate.year, candidate.allocated]),
    ).toEqual([['P1', 2024, 60]]);
  });

  it('marks a stage without children figures instead of counting no children', () => {
    const forecast = forecastSeatBalance(
      prepareSeatAnalysis({
        ...input,
        population: { ...population, points: population.points.map(({ ages: _ages, ...rest }) => rest) },
      }),
    );
    expect(forecast.stages.every((stage) => stage.problem?.key === 'seatChildrenUnknown')).toBe(true);
  });
});
