/**
 * The greedy covering search: optimal where greedy is known to be optimal, within 1 − 1/e of
 * the brute-force optimum elsewhere, lazy = plain, constraints kept, deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import { UnmetRequestError } from '../../../src/analysis/optimise/unmet-request-error.ts';
import { suggestSites } from '../../../src/analysis/suggest-sites.ts';
import {
  type Instance as AreaInstance,
  problemOf as problemWithAreas,
  instances as randomInstances,
} from './optimise/random-instances.ts';
import { refusal } from './refusals.ts';

/** An instance whose points may leave their areas out (then point p lies in area p mod 3). */
type Instance = Omit<AreaInstance, 'pointAreas'> & { pointAreas?: number[] };

function problemOf(instance: Instance) {
  return problemWithAreas({
    ...instance,
    pointAreas: instance.pointAreas ?? instance.weights.map((_, point) => point % 3),
  });
}

/** n candidates in a row along the parallel, 0.001° (≈ 100 m) apart. */
function inRow(n: number): [number, number][] {
  return Array.from({ length: n }, (_, column) => [column, 0]);
}

/** Random instances with candidates also outside every area and in an area no point is in. */
const instances = randomInstances(14, 9, -1, 3);

/** Population covered by a set of candidates (with what is covered before). */
function coverageOf(instance: Instance, chosen: readonly number[]): number {
  const covered = new Set<number>();
  instance.coveredBefore.forEach((flag, point) => {
    if (flag) covered.add(point);
  });
  for (const candidate of chosen) for (const point of instance.covers[candidate] ?? []) covered.add(point);
  return [...covered].reduce((sum, point) => sum + (instance.weights[point] ?? 0), 0);
}

/** Every k-subset of 0 … n − 1. */
function subsets(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  const all: number[][] = [];
  const walk = (from: number, chosen: number[]) => {
    if (chosen.length === k) {
      all.push([...chosen]);
      return;
    }
    for (let item = from; item < n; item++) walk(item + 1, [...chosen, item]);
  };
  walk(0, []);
  return all;
}

function optimum(instance: Instance, k: number): number {
  return Math.max(
    ...subsets(instance.covers.length, Math.min(k, instance.covers.length)).map((set) =>
      coverageOf(instance, set),
    ),
  );
}

describe('suggestSites', () => {
  it('finds the optimum when the candidates cover disjoint sets (greedy is exact there)', () => {
    fc.assert(
      fc.property(instances, fc.integer({ min: 1, max: 4 }), (instance, k) => {
        // Make the sets disjoint: each point goes to the first candidate that listed it.
        const taken = new Set<number>();
        const disjoint = {
          ...instance,
          covers: instance.covers.map((points) =>
            points.filter((point) => !taken.has(point) && taken.add(point)),
          ),
        };
        const result = suggestSites(problemOf(disjoint), { count: k });
        expect(result.coveredAfter).toBe(optimum(disjoint, k));
      }),
      { numRuns: 200 },
    );
  });

  it('finds the best single site for k = 1', () => {
    fc.assert(
      fc.property(instances, (instance) => {
        const result = suggestSites(problemOf(instance), { count: 1 });
        expect(result.coveredAfter).toBe(optimum(instance, 1));
      }),
      { numRuns: 200 },
    );
  });

  it('covers at least 1 − 1/e of the gain of the brute-force optimum', () => {
    fc.assert(
      fc.property(instances, fc.integer({ min: 2, max: 4 }), (instance, k) => {
        const result = suggestSites(problemOf(instance), { count: k });
        const best = optimum(instance, k);
        const gain = result.coveredAfter - result.coveredBefore;
        expect(gain).toBeGreaterThanOrEqual((1 - 1 / Math.E) * (best - result.coveredBefore) - 1e-9);
        expect(result.coveredAfter).toBeLessThanOrEqual(best);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same picks lazily and plainly, with fewer or as many evaluations', () => {
    fc.assert(
      fc.property(
        instances,
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(0, 150, 400),
        fc.subarray([0, 1, 2, 3]),
        (instance, k, minimumDistance, requiredAreas) => {
          const options = { count: k, minimumDistance, requiredAreas };
          const run = (evaluation: 'lazy' | 'plain') => {
            try {
              return suggestSites(problemOf(instance), { ...options, evaluation });
            } catch {
              return refusal(() => suggestSites(problemOf(instance), { ...options, evaluation }));
            }
          };
          const lazy = run('lazy');
          const plain = run('plain');
          if (typeof lazy === 'string' || typeof plain === 'string') {
            expect(lazy).toEqual(plain);
            return;
          }
          expect(lazy.evaluations).toBeLessThanOrEqual(plain.evaluations + instance.covers.length);
          expect(lazy.picks).toEqual(plain.picks);
          expect(lazy.stopped).toBe(plain.stopped);
          expect(lazy.coveredAfter).toBe(plain.coveredAfter);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps the minimum distance between picks, serves every required area and never picks an ineligible site', () => {
    fc.assert(
      fc.property(
        instances,
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(0, 150, 400),
        fc.subarray([0, 1, 2, 3]),
        fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
        fc.constantFrom<'lazy' | 'plain'>('lazy', 'plain'),
        (instance, k, minimumDistance, requiredAreas, eligibleFlags, evaluation) => {
          const problem = problemOf(instance);
          const eligible = Uint8Array.from(instance.covers, (_, candidate) =>
            eligibleFlags[candidate] ? 1 : 0,
          );
          let result: ReturnType<typeof suggestSites>;
          try {
            result = suggestSites(problem, {
              count: k,
              minimumDistance,
              requiredAreas,
              eligible,
              evaluation,
            });
          } catch (error) {
            expect(error).toBeInstanceOf(UnmetRequestError);
            return;
          }
          const picked = result.picks.map((pick) => pick.candidate);
          expect(new Set(picked).size).toBe(picked.length);
          for (const candidate of picked) expect(eligible[candidate]).toBe(1);
          for (const [position, a] of picked.entries()) {
            for (const b of picked.slice(position + 1)) {
              const from = problem.candidates[a] as { lon: number; lat: number };
              const to = problem.candidates[b] as { lon: number; lat: number };
              expect(haversineDistance([from.lon, from.lat], [to.lon, to.lat])).toBeGreaterThanOrEqual(
                minimumDistance,
              );
            }
          }
          if (result.stopped === null) {
            for (const area of requiredAreas) {
              expect(picked.some((candidate) => problem.areaOfCandidate[candidate] === area)).toBe(true);
            }
          }
          // Stopping early only happens once every required area has its pick.
          if (result.stopped === 'no-gain') {
            for (const area of requiredAreas) {
              expect(picked.some((candidate) => problem.areaOfCandidate[candidate] === area)).toBe(true);
            }
          }
          const gains = result.picks.reduce((sum, pick) => sum + pick.gain, 0);
          expect(result.coveredAfter - result.coveredBefore).toBe(gains);
          for (const pick of result.picks) {
            expect(pick.gainByArea.reduce((sum, entry) => sum + entry.population, 0)).toBe(pick.gain);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is deterministic and breaks ties by the lower candidate index', () => {
    const instance: Instance = {
      weights: [5, 5, 5, 5],
      coveredBefore: [0, 0, 0, 0],
      covers: [[0], [2, 3], [0, 1], [2, 3], [1]],
      cells: inRow(5),
      areas: [0, 0, 0, 0, 0],
    };
    for (const evaluation of ['lazy', 'plain'] as const) {
      const first = suggestSites(problemOf(instance), { count: 2, evaluation });
      const again = suggestSites(problemOf(instance), { count: 2, evaluation });
      expect(first.picks.map((pick) => pick.candidate)).toEqual([1, 2]);
      expect(again).toEqual(first);
    }
  });

  it('stops early, saying so, when no candidate adds population', () => {
    const instance: Instance = {
      weights: [3, 4],
      coveredBefore: [0, 1],
      covers: [[0], [1], [0, 1]],
      cells: inRow(3),
      areas: [0, 1, 2],
    };
    const result = suggestSites(problemOf(instance), { count: 3 });
    expect(result.picks.map((pick) => [pick.candidate, pick.gain])).toEqual([[0, 3]]);
    expect(result.stopped).toBe('no-gain');
    expect(result).toMatchObject({ total: 7, coveredBefore: 4, coveredAfter: 7 });
    // A required area still gets its pick, even one that adds nobody.
    const required = suggestSites(problemOf(instance), { count: 3, requiredAreas: [1] });
    expect(required.picks.map((pick) => [pick.candidate, pick.gain])).toEqual([
      [0, 3],
      [1, 0],
    ]);
    expect(required.stopped).toBe('no-gain');
  });

  it('picks within the required areas once the picks left equal the areas left', () => {
    const instance: Instance = {
      weights: [100, 90, 80, 1, 1],
      coveredBefore: [0, 0, 0, 0, 0],
      covers: [[0], [1], [2], [3], [4]],
      cells: inRow(5),
      areas: [0, 0, 0, 1, 2],
    };
    const result = suggestSites(problemOf(instance), { count: 3, requiredAreas: [1, 2] });
    expect(result.picks.map((pick) => pick.candidate)).toEqual([0, 3, 4]);
    expect(refusal(() => suggestSites(problemOf(instance), { count: 1, requiredAreas: [1, 2] }))).toBe(
      '有 2 个必选乡镇，每个至少要一个建议点，但只要 1 个建议点',
    );
    expect(
      refusal(() =>
        suggestSites(problemOf(instance), {
          count: 2,
          requiredAreas: [2],
          eligible: [1, 1, 1, 1, 0],
          areaNames: ['甲镇', '乙镇', '丙镇'],
        }),
      ),
    ).toBe('必选的「丙镇」中没有可选的候选点');
  });

  it('passes over a pick whose minimum distance would leave a required area without candidates', () => {
    // Candidate 0 (area 0, big gain) lies 110 m from candidate 1, the only one of required area 1.
    const instance: Instance = {
      weights: [100, 10, 50],
      coveredBefore: [0, 0, 0],
      covers: [[0], [1], [2]],
      cells: [
        [0, 0],
        [1, 0],
        [6, 6],
      ],
      areas: [0, 1, 0],
    };
    for (const evaluation of ['lazy', 'plain'] as const) {
      const result = suggestSites(problemOf(instance), {
        count: 2,
        requiredAreas: [1],
        minimumDistance: 200,
        evaluation,
      });
      expect(result.picks.map((pick) => pick.candidate)).toEqual([2, 1]);
    }
  });

  it('reports progress after every pick and stops when asked', () => {
    const instance: Instance = {
      weights: [1, 2, 3],
      coveredBefore: [0, 0, 0],
      covers: [[0], [1], [2]],
      cells: inRow(3),
      areas: [0, 0, 0],
    };
    const progress: [number, number][] = [];
    const result = suggestSites(problemOf(instance), {
      count: 3,
      onProgress: (picked, count) => progress.push([picked, count]),
      shouldStop: () => progress.length >= 2,
    });
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
    ]);
    expect(result.stopped).toBe('cancelled');
    expect(result.picks.map((pick) => pick.candidate)).toEqual([2, 1]);
  });
});
