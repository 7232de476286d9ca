/**
 * Distance objective (p-median) against brute force on small random instances: the lists hold
 * every pair that matters, swap ≤ greedy in total distance, the optimum ≤ both, the bound ≤ optimum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineDistance } from '../../../../src/analysis/haversine-distance.ts';
import { boundDistanceLagrangian } from '../../../../src/analysis/optimise/bound-distance.ts';
import {
  buildDistanceLists,
  NO_SCHOOL_METRES,
} from '../../../../src/analysis/optimise/build-distance-lists.ts';
import { chooseBestValues } from '../../../../src/analysis/optimise/choose-best-values.ts';
import { DistanceState } from '../../../../src/analysis/optimise/distance-state.ts';
import { greedyDistance, swapDistance } from '../../../../src/analysis/optimise/search-distance.ts';
import { keepsConstraints, NearCandidates } from '../../../../src/analysis/optimise/site-constraints.ts';
import { UnmetRequestError } from '../../../../src/analysis/optimise/unmet-request-error.ts';
import { subsets } from './random-instances.ts';

type Place = { lon: number; lat: number };
const place = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
  .map(([column, row]): Place => ({ lon: 109 + column * 0.002, lat: 23 + row * 0.002 }));

const geometry = fc.record({
  points: fc.array(place, { minLength: 1, maxLength: 12 }),
  weights: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 12, maxLength: 12 }),
  schools: fc.array(place, { minLength: 0, maxLength: 2 }),
  candidates: fc.array(place, { minLength: 1, maxLength: 8 }),
  areas: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 8, maxLength: 8 }),
});

const metres = (a: Place, b: Place) => haversineDistance([a.lon, a.lat], [b.lon, b.lat]);

describe('the distance objective', () => {
  it('greedy ≥ swap ≥ optimum ≥ bound, in total weighted distance', () => {
    fc.assert(
      fc.property(
        geometry,
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(0, 0, 400),
        fc.subarray([0, 1], { maxLength: 1 }),
        (drawn, count, minimumDistance, requiredAreas) => {
          const weights = drawn.points.map((_, point) => drawn.weights[point] ?? 0);
          const base = drawn.points.map((point) =>
            drawn.schools.reduce((nearest, school) => Math.min(nearest, metres(point, school)), Infinity),
          );
          const lists = buildDistanceLists(drawn.points, weights, base, drawn.candidates);
          const places = {
            candidates: drawn.candidates,
            areaOfCandidate: Int32Array.from(drawn.candidates, (_, candidate) => drawn.areas[candidate] ?? 0),
          };
          const constraints = { count, minimumDistance, requiredAreas };
          const total = (chosen: readonly number[]) =>
            drawn.points.reduce((sum, point, index) => {
              let nearest = Number.isFinite(base[index] ?? Infinity) ? (base[index] ?? 0) : NO_SCHOOL_METRES;
              for (const candidate of chosen)
                nearest = Math.min(nearest, metres(point, drawn.candidates[candidate] as Place));
              return sum + (weights[index] ?? 0) * nearest;
            }, 0);
          let greedy: ReturnType<typeof greedyDistance>;
          try {
            greedy = greedyDistance(lists, places, { ...constraints, evaluation: 'lazy' });
          } catch (error) {
            expect(error).toBeInstanceOf(UnmetRequestError);
            return;
          }
          const plain = greedyDistance(lists, places, { ...constraints, evaluation: 'plain' });
          expect(plain.picks).toEqual(greedy.picks);
          const swapped = swapDistance(lists, places, constraints, greedy.picks);
          const near = new NearCandidates(places, minimumDistance);
          expect(keepsConstraints(swapped.picks, places, constraints, near)).toBe(true);
          const greedyTotal = total(greedy.picks);
          const swapTotal = total(swapped.picks);
          const scale = 1e-9 * Math.max(1, greedyTotal);
          expect(new DistanceState(lists, swapped.picks).totalDistance()).toBeCloseTo(swapTotal, 3);
          expect(swapTotal).toBeLessThanOrEqual(greedyTotal + scale);
          let optimum = Infinity;
          for (const chosen of subsets(drawn.candidates.length, count)) {
            if (!keepsConstraints(chosen, places, constraints, near)) continue;
            optimum = Math.min(optimum, total(chosen));
          }
          expect(optimum).toBeLessThanOrEqual(swapTotal + scale);
          const { bound } = boundDistanceLagrangian(lists, places, constraints, swapTotal);
          expect(bound).toBeLessThanOrEqual(optimum + scale);
          // Never weaker than where it starts: the total today less the k largest single savings.
          const single = new DistanceState(lists, [], true).gains;
          const start = total([]) - chooseBestValues(single, places, constraints).sum;
          expect(bound).toBeGreaterThanOrEqual(start - scale);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses, before allocating, lists larger than the limit', () => {
    const points = Array.from({ length: 50 }, (_, index) => ({ lon: 109 + index * 0.001, lat: 23 }));
    const candidates = points.slice(0, 20);
    const weights = points.map(() => 1);
    const base = points.map(() => Infinity);
    expect(() => buildDistanceLists(points, weights, base, candidates, 999)).toThrow(UnmetRequestError);
    expect(buildDistanceLists(points, weights, base, candidates, 1000).pointCandidates.length).toBe(1000);
  });
});
