/**
 * Coverage objective against brute force on small random instances: swap ≥ greedy, the optimum ≥
 * every method's value, every bound ≥ the optimum, the rules kept, the same answer every time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundCoverageLagrangian,
  onlineCoverageBound,
} from '../../../../src/analysis/optimise/bound-coverage.ts';
import { chooseBestValues } from '../../../../src/analysis/optimise/choose-best-values.ts';
import { reduceCovering } from '../../../../src/analysis/optimise/reduce-covering.ts';
import {
  keepsConstraints,
  NearCandidates,
  type SiteConstraints,
} from '../../../../src/analysis/optimise/site-constraints.ts';
import { CoverageExchangeObjective, swapCoverage } from '../../../../src/analysis/optimise/swap-coverage.ts';
import { UnmetRequestError } from '../../../../src/analysis/optimise/unmet-request-error.ts';
import { suggestSites } from '../../../../src/analysis/suggest-sites.ts';
import { bruteForce, gainOf, instances, problemOf } from './random-instances.ts';

const constraintsArbitrary = fc.record({
  count: fc.integer({ min: 1, max: 4 }),
  minimumDistance: fc.constantFrom(0, 0, 150, 400),
  requiredAreas: fc.subarray([0, 1, 2], { maxLength: 2 }),
  forcedFirst: fc.boolean(),
});

describe('the coverage objective', () => {
  it('swap ≥ greedy, optimum ≥ both, and both bounds ≥ optimum', () => {
    fc.assert(
      fc.property(instances(), constraintsArbitrary, (instance, drawn) => {
        const problem = problemOf(instance);
        const constraints: SiteConstraints = {
          count: drawn.count,
          minimumDistance: drawn.minimumDistance,
          requiredAreas: drawn.requiredAreas,
          ...(drawn.forcedFirst ? { forced: [0] } : {}),
        };
        let greedy: ReturnType<typeof suggestSites>;
        try {
          greedy = suggestSites(problem, constraints);
        } catch (error) {
          expect(error).toBeInstanceOf(UnmetRequestError);
          return;
        }
        const greedyPicks = greedy.picks.map((pick) => pick.candidate);
        const greedyValue = greedy.coveredAfter - greedy.coveredBefore;
        const near = new NearCandidates(problem, constraints.minimumDistance ?? 0);
        expect(keepsConstraints(greedyPicks, problem, constraints, near)).toBe(true);
        const swapped = swapCoverage(problem, constraints, greedyPicks);
        expect(keepsConstraints(swapped.picks, problem, constraints, near)).toBe(true);
        expect(swapped.value).toBe(gainOf(instance, swapped.picks));
        expect(swapped.value).toBeGreaterThanOrEqual(greedyValue);
        const optimum = bruteForce(
          instance,
          constraints,
          (chosen) => gainOf(instance, chosen),
          (a, b) => a > b,
        );
        expect(optimum).not.toBeNull();
        expect(optimum?.value ?? 0).toBeGreaterThanOrEqual(swapped.value);
        const objective = new CoverageExchangeObjective(problem, swapped.picks);
        const online = onlineCoverageBound(swapped.value, objective.gains, problem, constraints);
        expect(online).toBeGreaterThanOrEqual(optimum?.value ?? 0);
        const lagrangian = boundCoverageLagrangian(
          reduceCovering(problem, { byArea: false }),
          problem,
          constraints,
          swapped.value,
        );
        expect(lagrangian.bound).toBeGreaterThanOrEqual((optimum?.value ?? 0) - 1e-6);
        // Never weaker than where it starts: the k largest single gains (with the rules relaxed).
        const single = new CoverageExchangeObjective(problem, []).gains;
        const modular = chooseBestValues(single, problem, constraints).sum;
        expect(lagrangian.bound).toBeLessThanOrEqual(modular + 1e-6);
        // The runner-up of every pick would not improve on the picks.
        for (const runnerUp of swapped.runnersUp) expect(runnerUp.change).toBeLessThanOrEqual(1e-6);
      }),
      { numRuns: 400 },
    );
  });

  it('finds the swap that greedy misses, and is deterministic', () => {
    // Greedy takes the big middle candidate 0; the two side candidates together cover more.
    const instance = {
      weights: [10, 10, 10, 10, 1],
      coveredBefore: [0, 0, 0, 0, 0],
      covers: [
        [1, 2, 4],
        [0, 1],
        [2, 3],
      ],
      cells: [
        [0, 0],
        [3, 0],
        [6, 0],
      ] as [number, number][],
      areas: [0, 0, 0],
      pointAreas: [0, 0, 0, 0, 0],
    };
    const problem = problemOf(instance);
    const greedy = suggestSites(problem, { count: 2 });
    expect(greedy.picks.map((pick) => pick.candidate)).toEqual([0, 1]);
    const swapped = swapCoverage(problem, { count: 2 }, [0, 1]);
    expect(swapped.picks.sort()).toEqual([1, 2]);
    expect(swapped.value).toBe(40);
    expect(swapCoverage(problem, { count: 2 }, [0, 1])).toEqual(swapCoverage(problem, { count: 2 }, [0, 1]));
  });
});
