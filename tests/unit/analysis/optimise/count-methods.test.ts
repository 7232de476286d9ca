/**
 * Count objective (fewest sites reaching every coverage target) against brute force on small
 * random instances: the targets met, swap ≤ greedy, optimum ≤ both, the bound ≤ the optimum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundCountLagrangian } from '../../../../src/analysis/optimise/bound-count.ts';
import { measureCoverageTargets } from '../../../../src/analysis/optimise/coverage-targets.ts';
import { greedyCount } from '../../../../src/analysis/optimise/greedy-count.ts';
import { reduceCovering } from '../../../../src/analysis/optimise/reduce-covering.ts';
import { keepsConstraints, NearCandidates } from '../../../../src/analysis/optimise/site-constraints.ts';
import { swapCount } from '../../../../src/analysis/optimise/swap-count.ts';
import { bruteForce, type Instance, instances, problemOf } from './random-instances.ts';

/** Whether the chosen candidates bring every reachable area to the share (as the analysis judges it). */
function meets(instance: Instance, chosen: readonly number[], share: number, scope: 'township' | 'district') {
  const covered = new Set<number>();
  instance.coveredBefore.forEach((flag, point) => {
    if (flag) covered.add(point);
  });
  for (const candidate of chosen) for (const point of instance.covers[candidate] ?? []) covered.add(point);
  const { areas } = measureCoverageTargets(problemOf(instance), share, scope);
  return areas.every((target) => {
    if (target.unreachable) return true;
    let population = 0;
    let within = 0;
    instance.weights.forEach((weight, point) => {
      const area = scope === 'district' ? 0 : (instance.pointAreas[point] ?? -1);
      if (area !== target.area) return;
      population += weight;
      if (covered.has(point)) within += weight;
    });
    return population === 0 || within / population >= share;
  });
}

describe('the count objective', () => {
  it('meets the targets; optimum ≤ swap ≤ greedy; the bound ≤ optimum', () => {
    fc.assert(
      fc.property(
        instances(12, 8),
        fc.constantFrom(0.5, 0.8, 0.9, 1),
        fc.constantFrom<'township' | 'district'>('township', 'district'),
        fc.constantFrom(0, 0, 150),
        (instance, share, scope, minimumDistance) => {
          const problem = problemOf(instance);
          const { targets } = measureCoverageTargets(problem, share, scope);
          const constraints = { count: instance.covers.length, minimumDistance };
          const greedy = greedyCount(problem, targets, { ...constraints, evaluation: 'lazy' });
          const plain = greedyCount(problem, targets, { ...constraints, evaluation: 'plain' });
          expect(plain.picks).toEqual(greedy.picks);
          const optimum = bruteForce(
            instance,
            constraints,
            (chosen) => chosen.length,
            (a, b) => a < b,
            (chosen) => meets(instance, chosen, share, scope),
          );
          if (!greedy.met) return;
          expect(meets(instance, greedy.picks, share, scope)).toBe(true);
          const improved = swapCount(problem, targets, constraints, greedy.picks);
          const near = new NearCandidates(problem, minimumDistance);
          expect(keepsConstraints(improved.picks, problem, constraints, near)).toBe(true);
          expect(meets(instance, improved.picks, share, scope)).toBe(true);
          expect(improved.picks.length).toBeLessThanOrEqual(greedy.picks.length);
          expect(optimum).not.toBeNull();
          expect(optimum?.value ?? 0).toBeLessThanOrEqual(improved.picks.length);
          const reduced = reduceCovering(problem, { byArea: true });
          // With the district as one area, groups must carry area 0.
          const grouped =
            scope === 'district' ? { ...reduced, groupAreas: reduced.groupAreas.map(() => 0) } : reduced;
          const { bound } = boundCountLagrangian(grouped, targets, constraints, improved.picks.length);
          expect(bound).toBeLessThanOrEqual(optimum?.value ?? 0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reports a target that no candidate can reach, and why', () => {
    const instance: Instance = {
      weights: [10, 10, 80],
      coveredBefore: [1, 0, 0],
      covers: [[1], [1]],
      cells: [
        [0, 0],
        [1, 0],
      ],
      areas: [0, 0],
      pointAreas: [0, 0, 0],
    };
    const { areas, targets } = measureCoverageTargets(problemOf(instance), 0.9, 'township');
    expect(areas[0]).toMatchObject({ unreachable: true, beyondEveryCandidate: 80, reachable: 10 });
    expect(targets.need[0]).toBe(0);
  });
});
