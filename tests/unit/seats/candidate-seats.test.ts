/** Children newly given a seat by candidate sites, with default or given seats. */
import { describe, expect, it } from 'vitest';
import { assessCandidateSeats } from '../../../src/analysis/seats/assess-candidate-seats.ts';
import { countNewlySeated } from '../../../src/analysis/seats/count-newly-seated.ts';
import { countStageChildren } from '../../../src/analysis/seats/count-stage-children.ts';
import {
  prepareSeatAnalysis,
  type SeatAnalysisInput,
} from '../../../src/analysis/seats/prepare-seat-analysis.ts';
import type { CandidateSite } from '../../../src/domain/candidate.ts';
import { readCandidates } from '../../../src/domain/candidate.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import { DEFAULT_SEAT_SETTINGS } from '../../../src/domain/seats.ts';
import { defaultPopulation, defaultSchools, defaultTownships } from '../analysis/default-inputs.ts';

function candidate(
  fields: Partial<CandidateSite> & Pick<CandidateSite, 'id' | 'lon' | 'lat'>,
): CandidateSite {
  return {
    name: fields.id,
    type: '小学',
    ownership: '公办',
    boarding: false,
    central: false,
    radius: null,
    origin: 'manual',
    note: '',
    ...fields,
  };
}

describe('assessCandidateSeats', () => {
  it('counts each candidate alone and all together, with the default or its own seats', async () => {
    const input: SeatAnalysisInput = {
      schools: await defaultSchools(),
      townships: defaultTownships(),
      population: defaultPopulation(),
      settings: DEFAULT_SEAT_SETTINGS,
      radii: DEFAULT_SERVICE_RADII,
      scenario: CURRENT_SCENARIO,
    };
    // Two primary sites in 木格镇 (short of seats), one with the default 810 seats and one with 300;
    // a nine-year site sharing its 900 seats 6 : 3.
    const candidates = [
      candidate({ id: 'C1', lon: 109.73, lat: 22.99 }),
      candidate({ id: 'C2', lon: 109.75, lat: 23.01, seats: 300 }),
      candidate({ id: 'C3', lon: 109.8, lat: 22.95, type: '九年一贯制', seats: 900 }),
    ];
    const report = assessCandidateSeats(input, candidates);
    expect(report.baseYear).toBe(2020);
    const [first, second, third] = report.candidates;
    expect(first?.stages).toMatchObject([{ stage: 'primary', seats: 810, defaultSeats: true }]);
    expect(second?.stages).toMatchObject([{ stage: 'primary', seats: 300, defaultSeats: false }]);
    expect(third?.stages).toMatchObject([
      { stage: 'primary', seats: 600 },
      { stage: 'middle', seats: 300 },
    ]);
    const frame = prepareSeatAnalysis(input);
    const primary = countStageChildren(
      frame.base.ages,
      frame.points.length,
      DEFAULT_SEAT_SETTINGS.stageAges.primary,
    );
    const site = (entry: CandidateSite, seats: number) => ({
      code: entry.id,
      lon: entry.lon,
      lat: entry.lat,
      seats,
    });
    expect(first?.stages[0]?.newlySeated).toBe(
      countNewlySeated(frame, 'primary', primary, [site(candidates[0] as CandidateSite, 810)]),
    );
    expect(first?.stages[0]?.newlySeated).toBeGreaterThan(0);
    const together = countNewlySeated(frame, 'primary', primary, [
      site(candidates[0] as CandidateSite, 810),
      site(candidates[1] as CandidateSite, 300),
      site(candidates[2] as CandidateSite, 600),
    ]);
    expect(report.combined.find((entry) => entry.stage === 'primary')?.newlySeated).toBe(together);
    expect(report.combined.map((entry) => entry.stage).sort()).toEqual(['middle', 'primary']);
  });

  it('keeps saved candidates with or without seats, and refuses seats that are not a count', () => {
    const saved = [
      candidate({ id: 'C1', lon: 109.7, lat: 23 }),
      { ...candidate({ id: 'C2', lon: 109.7, lat: 23 }), seats: 540 },
      { ...candidate({ id: 'C3', lon: 109.7, lat: 23 }), seats: 'many' },
    ];
    const read = readCandidates(saved);
    expect(read.candidates.map((entry) => [entry.id, entry.seats])).toEqual([
      ['C1', undefined],
      ['C2', 540],
    ]);
    expect(read.issues).toHaveLength(1);
  });
});
