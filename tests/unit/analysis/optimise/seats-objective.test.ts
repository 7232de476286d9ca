/**
 * The seats objective's plug: an objective known only by its value on a set of picks runs greedy
 * with plain evaluation and exchanges by evaluation, with the bound it gives. Checked with a
 * stand-in whose value is population newly covered, against the list-based search and brute force.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoverageState } from '../../../../src/analysis/optimise/coverage-state.ts';
import type { SeatsObjective } from '../../../../src/analysis/optimise/objective.ts';
import { searchSeatsSites } from '../../../../src/analysis/optimise/search-seats-sites.ts';
import { NearCandidates } from '../../../../src/analysis/optimise/site-constraints.ts';
import { swapCoverage } from '../../../../src/analysis/optimise/swap-coverage.ts';
import { UnmetRequestError } from '../../../../src/analysis/optimise/unmet-request-error.ts';
import { suggestSites } from '../../../../src/analysis/suggest-sites.ts';
import { bruteForce, gainOf, instances, problemOf } from './random-instances.ts';

describe('an objective known by its value (the seats plug)', () => {
  it('finds what the list-based coverage search finds, with its bound above the optimum', async () => {
    for (const [instance, count] of fc.sample(fc.tuple(instances(12, 8), fc.integer({ min: 1, max: 3 })), {
      numRuns: 60,
      seed: 5,
    })) {
      const problem = problemOf(instance);
      const everyCandidate = Array.from({ length: instance.covers.length }, (_, candidate) => candidate);
      const seats: SeatsObjective = {
        value: (picks) => {
          const state = new CoverageState(problem);
          for (const pick of picks) state.add(pick);
          return state.recount();
        },
        boundWithEveryCandidate: () => gainOf(instance, everyCandidate),
      };
      const options = {
        count,
        method: 'swap' as const,
        evaluation: 'plain' as const,
        areaNames: [],
        timeLimitSeconds: 1,
      };
      const answer = await searchSeatsSites(seats, problem, options);
      const greedy = suggestSites(problem, { count });
      const listed = swapCoverage(
        problem,
        { count },
        greedy.picks.map((pick) => pick.candidate),
        {
          near: new NearCandidates(problem, 0),
        },
      );
      expect(answer.quality.value).toBe(listed.value);
      const optimum = bruteForce(
        instance,
        { count },
        (chosen) => gainOf(instance, chosen),
        (a, b) => a > b,
      );
      expect(answer.quality.bound).toBeGreaterThanOrEqual(optimum?.value ?? 0);
      expect(answer.quality.value).toBeLessThanOrEqual(optimum?.value ?? 0);
      expect(answer.gains.reduce((sum, gain) => sum + gain, 0)).toBe(answer.quality.value);
      await expect(searchSeatsSites(seats, problem, { ...options, method: 'exact' })).rejects.toThrow(
        UnmetRequestError,
      );
    }
  });
});
