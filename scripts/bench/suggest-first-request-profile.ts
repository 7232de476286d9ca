/**
 * Where the time of a first suggestion request goes, step by step, on the synthetic county of
 * suggest-bench.ts (10⁵ cells, 5,000 candidates, k = 16): the classes of the points, the lattice
 * of the lists, the order of the sites, the stamping, the covering state, the first greedy round
 * and the rest of the search. Each step timed alone (median of its runs, wall and processor
 * time), then the whole request timed as one for comparison.
 * Run with `npx tsx scripts/bench/suggest-first-request-profile.ts`.
 */
import { loadavg } from 'node:os';
import { buildCoverageLists } from '../../src/analysis/build-coverage-lists.ts';
import { CoverageState, type CoveringProblem } from '../../src/analysis/optimise/coverage-state.ts';
import { selectGreedily } from '../../src/analysis/optimise/select-greedily.ts';
import { orderSitesOnLattice } from '../../src/analysis/order-sites-on-lattice.ts';
import { prepareListLattice } from '../../src/analysis/prepare-list-lattice.ts';
import { stampSitesRuns } from '../../src/analysis/stamp-sites-runs.ts';
import { suggestSites } from '../../src/analysis/suggest-sites.ts';
import { syntheticCounty } from './suggest-bench.ts';
import { format, timedWithProcessor } from './timing.ts';

const RUNS = 21;
const PICKS = 16;
const RADIUS = 2500;

const { cells, weights, schools, candidates } = syntheticCounty();
const radii = new Float64Array(cells.length).fill(RADIUS);
const existing = buildCoverageLists(cells, radii, schools, { method: 'stamp' });
const coveredBefore = new Uint8Array(cells.length);
for (const position of existing.points) coveredBefore[position] = 1;
const include = Uint8Array.from(coveredBefore, (covered, position) =>
  covered === 0 && (weights[position] ?? 0) > 0 ? 1 : 0,
);

const rows: [string, { ms: number; processorMs: number }][] = [];
const step = <T>(name: string, run: () => T): T => {
  const timedStep = timedWithProcessor(run, RUNS, 2);
  rows.push([name, timedStep]);
  return timedStep.value;
};

console.log(
  `load before ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')}`,
);
const classOfPoint = step('classes of the points (one radius; include)', () => {
  const classes = new Int32Array(cells.length);
  for (let position = 0; position < cells.length; position++) classes[position] = include[position] ? 0 : -1;
  return classes;
});
const lattice = step('prepareListLattice', () => prepareListLattice(cells, classOfPoint, 1));
const sequence = step('orderSitesOnLattice', () => orderSitesOnLattice(lattice, candidates));
const radiusOfClass = Float64Array.of(RADIUS);
step('stampSitesRuns', () => stampSitesRuns(lattice, candidates, sequence, radiusOfClass, 5e7));
const lists = step('buildCoverageLists (all of the above)', () =>
  buildCoverageLists(cells, radii, candidates, { include, method: 'stamp' }),
);
const problem: CoveringProblem = {
  weights,
  coveredBefore,
  areaOfPoint: new Int32Array(cells.length).fill(-1),
  lists,
  candidates,
  areaOfCandidate: new Int32Array(candidates.length).fill(-1),
};
const state = step('new CoverageState', () => new CoverageState(problem));
const gains = new Float64Array(candidates.length);
step('gainsOfAll (first round)', () => state.gainsOfAll(gains));
step('selectGreedily, lazy (state made before, first round included)', () => {
  const fresh = new CoverageState(problem);
  return selectGreedily(
    problem,
    {
      gainOf: (candidate) => fresh.gainOf(candidate),
      take: (candidate) => fresh.add(candidate),
      gainsOfAll: (all) => fresh.gainsOfAll(all),
    },
    { count: PICKS, evaluation: 'lazy' },
  );
});
step('suggestSites, lazy (state, greedy, figures)', () =>
  suggestSites(problem, { count: PICKS, evaluation: 'lazy' }),
);
step('first request: lists + suggestSites, timed as one', () =>
  suggestSites(
    { ...problem, lists: buildCoverageLists(cells, radii, candidates, { include, method: 'stamp' }) },
    { count: PICKS, evaluation: 'lazy' },
  ),
);
console.log(
  `load after ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')}`,
);
console.log('| step | wall ms | processor ms |\n| --- | ---: | ---: |');
for (const [name, figures] of rows)
  console.log(`| ${name} | ${format(figures.ms)} | ${format(figures.processorMs)} |`);
