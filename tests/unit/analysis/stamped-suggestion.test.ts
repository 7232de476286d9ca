/**
 * Site suggestion on the benchmark's synthetic county (10⁵ cells, 5,000 candidates, 150 schools,
 * 2,500 m): coverage lists stamped on one lattice hold, for every candidate, the same cells as the
 * grid-index query per candidate built before (and, entry for entry, the same lists as the
 * previous stamping code), and greedy picks the same sites in the same order
 * with the same gains on either — and on the lists kept as runs of slots, as the code before
 * them (lists written out into arrays of points) picks.
 */
import { describe, expect, it } from 'vitest';
import { previousStampedLists } from '../../../scripts/bench/stamp-previous-method/build-coverage-lists.ts';
import { syntheticCounty } from '../../../scripts/bench/suggest-bench.ts';
import { previousListsByStamping } from '../../../scripts/bench/suggest-previous-method/build-coverage-lists.ts';
import { previousSuggestSites } from '../../../scripts/bench/suggest-previous-method/suggest-sites.ts';
import { buildCoverageLists } from '../../../src/analysis/build-coverage-lists.ts';
import { suggestSites } from '../../../src/analysis/suggest-sites.ts';

describe('stamped coverage lists on the suggestion benchmark', () => {
  it('list the same cells as the grid index, and greedy picks the same sites', () => {
    const { cells, weights, schools, candidates } = syntheticCounty();
    const radii = new Float64Array(cells.length).fill(2500);
    const coveredBefore = new Uint8Array(cells.length);
    for (const position of buildCoverageLists(cells, radii, schools).points) coveredBefore[position] = 1;
    const include = Uint8Array.from(coveredBefore, (covered, position) =>
      covered === 0 && (weights[position] ?? 0) > 0 ? 1 : 0,
    );
    const stamped = buildCoverageLists(cells, radii, candidates, { include, method: 'stamp' });
    const indexed = buildCoverageLists(cells, radii, candidates, { include, method: 'grid-index' });
    // The stamping before its lattice vectors came from tables and its bounds from the rows'
    // edges: the same lists, entry for entry and in the same order.
    const previous = previousStampedLists(cells, radii, candidates, { include });
    let differentFromPrevious = previous?.points.length === stamped.points.length ? 0 : 1;
    for (let site = 0; site <= candidates.length; site++)
      if (previous?.start[site] !== stamped.start[site]) differentFromPrevious++;
    for (let entry = 0; entry < stamped.points.length; entry++)
      if (previous?.points[entry] !== stamped.points[entry]) differentFromPrevious++;
    expect(differentFromPrevious).toBe(0);
    const sorted = (lists: typeof stamped) => {
      const points = Int32Array.from(lists.points);
      for (let site = 0; site < lists.sites; site++)
        points.subarray(lists.start[site], lists.start[site + 1]).sort();
      return points;
    };
    // Compared in loops: a deep equality of 1.8 million entries would take longer than the lists.
    let differentRows = 0;
    for (let site = 0; site <= candidates.length; site++)
      if (stamped.start[site] !== indexed.start[site]) differentRows++;
    expect(differentRows).toBe(0);
    const [a, b] = [sorted(stamped), sorted(indexed)];
    let differentEntries = 0;
    for (let entry = 0; entry < a.length; entry++) if (a[entry] !== b[entry]) differentEntries++;
    expect(a.length).toBeGreaterThan(1_000_000);
    expect(differentEntries).toBe(0);
    const problem = {
      weights,
      coveredBefore,
      areaOfPoint: new Int32Array(cells.length).fill(-1),
      candidates,
      areaOfCandidate: new Int32Array(candidates.length).fill(-1),
    };
    const picks = (lists: typeof stamped) =>
      suggestSites({ ...problem, lists }, { count: 16, evaluation: 'lazy' }).picks.map((pick) => [
        pick.candidate,
        pick.gain,
      ]);
    const fromStamped = picks(stamped);
    expect(fromStamped).toHaveLength(16);
    expect(fromStamped).toEqual(picks(indexed));
    // The lists kept as runs of slots, and greedy reading them, against the code before (lists
    // written out, the covering state by point): the same picks with the same gains.
    expect(stamped.slots).toBeDefined();
    const before = previousListsByStamping(cells, radii, candidates, { include });
    const previousPicks = previousSuggestSites(
      { ...problem, lists: before as NonNullable<typeof before> },
      { count: 16, evaluation: 'lazy' },
    );
    const fromRuns = suggestSites(
      { ...problem, lists: buildCoverageLists(cells, radii, candidates, { include, method: 'stamp' }) },
      { count: 16, evaluation: 'lazy' },
    );
    expect(fromRuns.picks).toEqual(previousPicks.picks);
    expect(fromRuns.coveredAfter).toBe(previousPicks.coveredAfter);
  });
});
