/**
 * Greedy covering on an instance full of exact ties (every cell weighs the same, candidates on a
 * regular grid, some of them twice at one place): lazy and plain evaluation, with the gains of
 * every candidate summed in one pass, pick what a greedy written the plain way picks — each round
 * the candidate covering the most uncovered population, summed afresh, ties to the lower index.
 */
import { describe, expect, it } from 'vitest';
import { buildCoverageLists } from '../../../src/analysis/build-coverage-lists.ts';
import { CoverageState, type CoveringProblem } from '../../../src/analysis/optimise/coverage-state.ts';
import { suggestSites } from '../../../src/analysis/suggest-sites.ts';

/** 60 × 60 cells 100 m apart near 23° N, each of weight 2; 400 candidates every 300 m, every fifth twice. */
function tiedInstance(): CoveringProblem {
  const metre = 1 / 111_195;
  const cells = Array.from({ length: 3600 }, (_, index) => ({
    lon: 109.5 + (index % 60) * 100 * metre * 1.086,
    lat: 23 + Math.floor(index / 60) * 100 * metre,
  }));
  const sites: { lon: number; lat: number }[] = [];
  for (let index = 0; index < 400 && sites.length < 400; index++) {
    const site = {
      lon: 109.5 + (index % 20) * 300 * metre * 1.086,
      lat: 23 + Math.floor(index / 20) * 300 * metre,
    };
    sites.push(site);
    if (index % 5 === 0 && sites.length < 400) sites.push({ ...site });
  }
  const weights = new Float64Array(cells.length).fill(2);
  // A strip along the south edge is covered already: the gains there start lower.
  const coveredBefore = Uint8Array.from(cells, (_, index) => (index < 120 ? 1 : 0));
  const radii = new Float64Array(cells.length).fill(450);
  return {
    weights,
    coveredBefore,
    areaOfPoint: new Int32Array(cells.length).fill(-1),
    lists: buildCoverageLists(cells, radii, sites, { method: 'stamp' }),
    candidates: sites,
    areaOfCandidate: new Int32Array(sites.length).fill(-1),
  };
}

/** Greedy the plain way: each round every candidate's uncovered weight summed afresh. */
function referenceGreedy(problem: CoveringProblem, count: number): { picks: number[]; ties: number } {
  const covered = Uint8Array.from(problem.coveredBefore);
  const picked = new Set<number>();
  const picks: number[] = [];
  let ties = 0;
  const { start, points } = problem.lists;
  for (let round = 0; round < count; round++) {
    let best = -1;
    let bestGain = 0;
    let tied = 0;
    for (let candidate = 0; candidate < problem.lists.sites; candidate++) {
      if (picked.has(candidate)) continue;
      let gain = 0;
      for (let slot = start[candidate] ?? 0; slot < (start[candidate + 1] ?? 0); slot++)
        if (!covered[points[slot] ?? 0]) gain += problem.weights[points[slot] ?? 0] ?? 0;
      if (best < 0 || gain > bestGain) {
        best = candidate;
        bestGain = gain;
        tied = 0;
      } else if (gain === bestGain) tied++;
    }
    if (bestGain <= 0) break;
    ties += tied;
    picks.push(best);
    picked.add(best);
    for (let slot = start[best] ?? 0; slot < (start[best + 1] ?? 0); slot++) covered[points[slot] ?? 0] = 1;
  }
  return { picks, ties };
}

describe('greedy covering with ties', () => {
  it('picks, lazy and plain, what greedy summed afresh every round picks, ties to the lower index', () => {
    const problem = tiedInstance();
    const reference = referenceGreedy(problem, 12);
    expect(reference.picks).toHaveLength(12);
    // The instance must hold ties at the picks, or it would not test their order.
    expect(reference.ties).toBeGreaterThan(12);
    for (const evaluation of ['lazy', 'plain'] as const) {
      const result = suggestSites(problem, { count: 12, evaluation });
      expect(result.picks.map((pick) => pick.candidate)).toEqual(reference.picks);
    }
  });

  it('sums every candidate at once as it sums each alone, and as the uncovered weights add up, after picks come and go', () => {
    const problem = tiedInstance();
    const state = new CoverageState(problem);
    state.add(7);
    state.add(211);
    state.add(8);
    state.remove(7);
    const gains = new Float64Array(problem.lists.sites);
    state.gainsOfAll(gains);
    const each = Float64Array.from({ length: problem.lists.sites }, (_, candidate) =>
      state.gainOf(candidate),
    );
    expect(Array.from(gains)).toEqual(Array.from(each));
    // Summed here from the cover counts alone: the weights of the points no pick covers.
    const { start, points } = problem.lists;
    const fromCounts = Float64Array.from({ length: problem.lists.sites }, (_, candidate) => {
      let gain = 0;
      for (let slot = start[candidate] ?? 0; slot < (start[candidate + 1] ?? 0); slot++)
        if (state.covers[points[slot] ?? 0] === 0) gain += problem.weights[points[slot] ?? 0] ?? 0;
      return gain;
    });
    expect(Array.from(gains)).toEqual(Array.from(fromCounts));
    expect(gains.some((gain) => gain === 0)).toBe(true);
    expect(state.gainOf(7)).toBeGreaterThan(0);
  });
});
