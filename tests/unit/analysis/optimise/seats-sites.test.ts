/**
 * The seats objective over a seat frame: its value equals the seats rule run again with the new
 * sites (`countNewlySeated`), and on small random districts bound ≥ optimum ≥ swap ≥ greedy, found
 * by brute force over every set of k candidates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineDistance } from '../../../../src/analysis/haversine-distance.ts';
import {
  buildSeatsObjective,
  candidateSeatCode,
} from '../../../../src/analysis/optimise/build-seats-objective.ts';
import { searchSeatsSites } from '../../../../src/analysis/optimise/search-seats-sites.ts';
import { countNewlySeated } from '../../../../src/analysis/seats/count-newly-seated.ts';
import { countStageChildren } from '../../../../src/analysis/seats/count-stage-children.ts';
import { DEFAULT_SEAT_SETTINGS } from '../../../../src/domain/seats.ts';
import { everySet, placeOf, seatFrameOf, seatInstances } from './seat-instances.ts';

describe('the seats objective', () => {
  it('gives what countNewlySeated gives for the same sites, ties included', () => {
    fc.assert(
      fc.property(
        fc.oneof(seatInstances(), seatInstances(12, 0)),
        fc.array(fc.nat(), { maxLength: 4 }),
        (instance, choice) => {
          const frame = seatFrameOf(instance);
          const candidates = instance.candidates.map(placeOf);
          const built = buildSeatsObjective(frame, 'primary', candidates, instance.siteSeats);
          if (!built.ok) throw new Error(built.message.key);
          const picks = [...new Set(choice.map((value) => value % candidates.length))];
          const children = countStageChildren(
            frame.base.ages,
            frame.points.length,
            DEFAULT_SEAT_SETTINGS.stageAges.primary,
          );
          const expected = countNewlySeated(
            frame,
            'primary',
            children,
            picks.map((pick) => ({
              code: candidateSeatCode(pick),
              ...(candidates[pick] as { lon: number; lat: number }),
              seats: instance.siteSeats,
            })),
          );
          expect(built.objective.value(picks)).toBe(expected);
          // Walked from a run of all but the last pick, as the searches prepare it.
          const walked = buildSeatsObjective(frame, 'primary', candidates, instance.siteSeats);
          if (!walked.ok) throw new Error(walked.message.key);
          walked.objective.prepareAround?.(picks.slice(0, -1));
          expect(walked.objective.value(picks)).toBe(expected);
        },
      ),
      { numRuns: 300, seed: 12 },
    );
  });

  it('never seats fewer with more sites, nor more than the new sites fill (what the bound rests on)', () => {
    fc.assert(
      fc.property(
        fc.oneof(seatInstances(), seatInstances(12, 0)),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.nat(),
        (instance, choice, extra) => {
          const frame = seatFrameOf(instance);
          const candidates = instance.candidates.map(placeOf);
          const built = buildSeatsObjective(frame, 'primary', candidates, instance.siteSeats);
          if (!built.ok) throw new Error(built.message.key);
          const seats = built.objective;
          const picks = [...new Set(choice.map((value) => value % candidates.length))];
          const more = [...new Set([...picks, extra % candidates.length])];
          expect(seats.value(picks)).toBeGreaterThanOrEqual(0);
          expect(seats.value(more)).toBeGreaterThanOrEqual(seats.value(picks));
          // Each site fills at most its seats and the children within its 1.1 km.
          const children = countStageChildren(
            frame.base.ages,
            frame.points.length,
            DEFAULT_SEAT_SETTINGS.stageAges.primary,
          );
          const fill = (candidate: number) =>
            Math.min(
              instance.siteSeats,
              instance.places.reduce((sum, entry, place) => {
                const site = candidates[candidate] as { lon: number; lat: number };
                const here = placeOf(entry);
                return haversineDistance([site.lon, site.lat], [here.lon, here.lat]) <= 1100
                  ? sum + (children[place] ?? 0)
                  : sum;
              }, 0),
            );
          expect(seats.value(picks)).toBeLessThanOrEqual(picks.reduce((sum, pick) => sum + fill(pick), 0));
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });

  it('skips the exchanges the bound rules out and finds the same answer', async () => {
    let skipped = 0;
    for (const [instance, count] of fc.sample(fc.tuple(seatInstances(), fc.integer({ min: 1, max: 3 })), {
      numRuns: 80,
      seed: 9,
    })) {
      const frame = seatFrameOf(instance);
      const candidates = instance.candidates.map(placeOf);
      const built = buildSeatsObjective(frame, 'primary', candidates, instance.siteSeats);
      if (!built.ok) throw new Error(built.message.key);
      const seats = built.objective;
      const places = { candidates, areaOfCandidate: new Int32Array(candidates.length).fill(-1) };
      const options = {
        count,
        method: 'swap' as const,
        evaluation: 'plain' as const,
        areaNames: [],
        timeLimitSeconds: 1,
      };
      const bounded = await searchSeatsSites(seats, places, options);
      const plain = await searchSeatsSites(
        {
          value: (picks) => seats.value(picks),
          boundWithEveryCandidate: (k) => seats.boundWithEveryCandidate(k),
        },
        places,
        options,
      );
      expect(bounded.picks).toEqual(plain.picks);
      expect(bounded.runnersUp).toEqual(plain.runnersUp);
      expect(bounded.quality).toEqual(plain.quality);
      // The search's own count of evaluations is greedy's; count the trials through the value.
      let trials = 0;
      let plainTrials = 0;
      await searchSeatsSites(
        {
          ...seats,
          value: (picks) => {
            trials++;
            return seats.value(picks);
          },
        },
        places,
        options,
      );
      await searchSeatsSites(
        {
          value: (picks) => {
            plainTrials++;
            return seats.value(picks);
          },
          boundWithEveryCandidate: (k) => seats.boundWithEveryCandidate(k),
        },
        places,
        options,
      );
      skipped += plainTrials - trials;
    }
    expect(skipped).toBeGreaterThan(0);
  });

  it('breaks a tie between a school and a new site by code, as the seats rule does', () => {
    // A lives as far from school S as from site C; B reaches S only. Whoever takes A's children
    // first decides whether B gets S's seats.
    for (const [code, gain] of [
      ['S0', 0],
      ['T0', 100],
    ] as const) {
      const instance = {
        places: [
          { x: 1, y: 0, children: 100 },
          { x: 11, y: 0, children: 100 },
        ],
        schools: [{ x: 2, y: 0, seats: 100, code }],
        candidates: [{ x: 0, y: 0 }],
        siteSeats: 100,
      };
      const built = buildSeatsObjective(
        seatFrameOf(instance),
        'primary',
        instance.candidates.map(placeOf),
        100,
      );
      if (!built.ok) throw new Error(built.message.key);
      expect(built.objective.value([0])).toBe(gain);
    }
  });

  it('keeps bound ≥ optimum ≥ swap ≥ greedy, by brute force', async () => {
    const samples = fc.sample(fc.tuple(seatInstances(), fc.integer({ min: 1, max: 3 })), {
      numRuns: 120,
      seed: 7,
    });
    for (const [instance, count] of samples) {
      const frame = seatFrameOf(instance);
      const candidates = instance.candidates.map(placeOf);
      const built = buildSeatsObjective(frame, 'primary', candidates, instance.siteSeats);
      if (!built.ok) throw new Error(built.message.key);
      const seats = built.objective;
      const optimum = Math.max(...everySet(candidates.length, count).map((set) => seats.value(set)));
      const places = { candidates, areaOfCandidate: new Int32Array(candidates.length).fill(-1) };
      const options = { count, evaluation: 'plain' as const, areaNames: [], timeLimitSeconds: 1 };
      const greedy = await searchSeatsSites(seats, places, { ...options, method: 'greedy' });
      const swap = await searchSeatsSites(seats, places, { ...options, method: 'swap' });
      expect(swap.quality.bound).toBeGreaterThanOrEqual(optimum);
      expect(optimum).toBeGreaterThanOrEqual(swap.quality.value);
      expect(swap.quality.value).toBeGreaterThanOrEqual(greedy.quality.value);
      expect(swap.quality.optimal).toBe(false);
      expect(swap.gains.reduce((sum, gain) => sum + gain, 0)).toBe(swap.quality.value);
    }
  });

  it('bounds by the seats k sites add when that is below the flow with every candidate', () => {
    // One place of 500 children, no school, three candidates in reach with 100 seats each.
    const instance = {
      places: [{ x: 5, y: 5, children: 500 }],
      schools: [],
      candidates: [
        { x: 5, y: 6 },
        { x: 6, y: 5 },
        { x: 4, y: 5 },
      ],
      siteSeats: 100,
    };
    const built = buildSeatsObjective(
      seatFrameOf(instance),
      'primary',
      instance.candidates.map(placeOf),
      100,
    );
    if (!built.ok) throw new Error(built.message.key);
    expect(built.objective.boundWithEveryCandidate(1)).toBe(100);
    expect(built.objective.boundWithEveryCandidate(3)).toBe(300);
    expect(built.objective.value([0, 2])).toBe(200);
  });
});
