/**
 * The exact method against brute force: on small random instances HiGHS proves the optimum of every
 * objective, and its bound matches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineDistance } from '../../../../src/analysis/haversine-distance.ts';
import { boundDistanceLagrangian } from '../../../../src/analysis/optimise/bound-distance.ts';
import { buildDistanceLists } from '../../../../src/analysis/optimise/build-distance-lists.ts';
import { measureCoverageTargets } from '../../../../src/analysis/optimise/coverage-targets.ts';
import { DistanceState } from '../../../../src/analysis/optimise/distance-state.ts';
import { excludeByLagrangian } from '../../../../src/analysis/optimise/exclude-by-lagrangian.ts';
import { reduceCovering } from '../../../../src/analysis/optimise/reduce-covering.ts';
import { searchDistanceSites } from '../../../../src/analysis/optimise/search-distance-sites.ts';
import { keepsConstraints, NearCandidates } from '../../../../src/analysis/optimise/site-constraints.ts';
import {
  solveCoveringExactly,
  solveDistanceExactly,
} from '../../../../src/analysis/optimise/solve-exactly.ts';
import { bruteForce, gainOf, instances, problemOf, subsets } from './random-instances.ts';

const samples = <T>(arbitrary: fc.Arbitrary<T>, count: number) =>
  fc.sample(arbitrary, { numRuns: count, seed: 12 });

describe('the exact method', () => {
  it('proves the coverage optimum, under every rule', async () => {
    const drawn = samples(
      fc.tuple(
        instances(12, 8),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(0, 250),
        fc.subarray([0, 1, 2], { maxLength: 1 }),
      ),
      60,
    );
    for (const [instance, count, minimumDistance, requiredAreas] of drawn) {
      const problem = problemOf(instance);
      const constraints = { count, minimumDistance, requiredAreas };
      const optimum = bruteForce(
        instance,
        constraints,
        (chosen) => gainOf(instance, chosen),
        (a, b) => a > b,
      );
      if (!optimum) continue;
      const near = new NearCandidates(problem, minimumDistance);
      const answer = await solveCoveringExactly(
        reduceCovering(problem, { byArea: false }),
        problem,
        constraints,
        near,
        'coverage',
        [],
        10,
      );
      expect(answer.proven, JSON.stringify([instance, constraints, answer])).toBe(true);
      expect(keepsConstraints(answer.picks, problem, constraints, near)).toBe(true);
      expect(gainOf(instance, answer.picks)).toBe(optimum.value);
      expect(answer.bound).toBeCloseTo(optimum.value, 6);
    }
  });

  it('proves the fewest sites meeting the township targets', async () => {
    const drawn = samples(fc.tuple(instances(12, 8), fc.constantFrom(0.5, 0.9, 1)), 60);
    for (const [instance, share] of drawn) {
      const problem = problemOf(instance);
      const { targets, areas } = measureCoverageTargets(problem, share, 'township');
      const constraints = { count: instance.covers.length };
      const meets = (chosen: readonly number[]) =>
        areas.every((area) => {
          if (area.unreachable || area.need === 0) return true;
          let added = 0;
          const covered = new Set(chosen.flatMap((candidate) => instance.covers[candidate] ?? []));
          for (const point of covered) {
            if (!instance.coveredBefore[point] && instance.pointAreas[point] === area.area)
              added += instance.weights[point] ?? 0;
          }
          return (area.coveredBefore + added) / area.population >= share;
        });
      const optimum = bruteForce(
        instance,
        constraints,
        (chosen) => chosen.length,
        (a, b) => a < b,
        meets,
      );
      if (!optimum) continue;
      const near = new NearCandidates(problem, 0);
      const answer = await solveCoveringExactly(
        reduceCovering(problem, { byArea: true }),
        problem,
        constraints,
        near,
        'count',
        [],
        10,
        targets,
      );
      expect(answer.proven).toBe(true);
      expect(meets(answer.picks)).toBe(true);
      expect(answer.picks.length).toBe(optimum.value);
      expect(answer.bound).toBe(optimum.value);
    }
  });

  it('proves the shortest weighted distance (p-median)', async () => {
    const place = fc
      .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }))
      .map(([column, row]) => ({ lon: 109 + column * 0.002, lat: 23 + row * 0.002 }));
    const drawn = samples(
      fc.record({
        points: fc.array(place, { minLength: 1, maxLength: 10 }),
        schools: fc.array(place, { minLength: 0, maxLength: 2 }),
        candidates: fc.array(place, { minLength: 1, maxLength: 7 }),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      40,
    );
    for (const { points, schools, candidates, count } of drawn) {
      const weights = points.map((_, index) => 1 + (index % 5));
      const metres = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) =>
        haversineDistance([a.lon, a.lat], [b.lon, b.lat]);
      const base = points.map((point) =>
        schools.reduce((nearest, school) => Math.min(nearest, metres(point, school)), Infinity),
      );
      const lists = buildDistanceLists(points, weights, base, candidates);
      const places = { candidates, areaOfCandidate: new Int32Array(candidates.length) };
      const constraints = { count };
      let optimum = Infinity;
      for (const chosen of subsets(candidates.length, count)) {
        optimum = Math.min(optimum, new DistanceState(lists, chosen).totalDistance());
      }
      const answer = await solveDistanceExactly(
        lists,
        places,
        constraints,
        new NearCandidates(places, 0),
        [],
        10,
      );
      expect(answer.proven).toBe(true);
      const total = new DistanceState(lists, answer.picks).totalDistance();
      // Proven within half a metre of the mean: half a metre times the population, in the total.
      const halfMetre = 0.5 * weights.reduce((sum, weight) => sum + weight, 0);
      expect(total - optimum).toBeLessThanOrEqual(halfMetre + 1e-6 * optimum);
      expect(answer.bound).toBeLessThanOrEqual(optimum + 1e-6 * optimum);
      expect(total - answer.bound).toBeLessThanOrEqual(halfMetre + 1e-6 * optimum);
      // The whole search, whose model leaves out the candidates the Lagrangian bound rules out.
      const searched = await searchDistanceSites(lists, places, {
        count,
        method: 'exact',
        evaluation: 'lazy',
        areaNames: [],
        timeLimitSeconds: 10,
      });
      const population = weights.reduce((sum, weight) => sum + weight, 0);
      expect(searched.quality.value * population - optimum).toBeLessThanOrEqual(halfMetre + 1e-6 * optimum);
    }
  });

  it('leaves out of the p-median model only candidates no better answer holds', () => {
    const place = fc
      .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }))
      .map(([column, row]) => ({ lon: 109 + column * 0.002, lat: 23 + row * 0.002 }));
    let excludedAny = 0;
    for (const { points, candidates, count } of samples(
      fc.record({
        points: fc.array(place, { minLength: 1, maxLength: 12 }),
        candidates: fc.array(place, { minLength: 2, maxLength: 9 }),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      60,
    )) {
      const weights = points.map((_, index) => 1 + (index % 5));
      const lists = buildDistanceLists(points, weights, new Array(points.length).fill(Infinity), candidates);
      const places = { candidates, areaOfCandidate: new Int32Array(candidates.length) };
      let optimum = Infinity;
      for (const chosen of subsets(candidates.length, count)) {
        optimum = Math.min(optimum, new DistanceState(lists, chosen).totalDistance());
      }
      // Every candidate that some optimal set holds stays in the model.
      const lagrangian = boundDistanceLagrangian(lists, places, { count }, optimum);
      const { eligible, excluded } = excludeByLagrangian(lagrangian.best, places, { count }, optimum, []);
      excludedAny += excluded;
      for (const chosen of subsets(candidates.length, count)) {
        if (new DistanceState(lists, chosen).totalDistance() > optimum + 1e-9 * optimum) continue;
        for (const candidate of chosen) expect(eligible[candidate]).toBe(1);
      }
    }
    // The instances do exercise the exclusion.
    expect(excludedAny).toBeGreaterThan(0);
  });
});
