/**
 * Benchmark of the quality of site search, every figure from the same run: greedy, swap, the
 * bound and exact side by side, with the value each reaches and its gap to the bound —
 * 1. the synthetic county of suggest-bench (5,000 candidates × 100,000 cells), coverage, k = 16 and 50;
 * 2. a township-sized instance (the same generator, 12 × 10 km), coverage, distance and count;
 * 3. the seats objective on the embedded county (seats-objective-bench.ts).
 * `optimiseBenchmark()` returns markdown lines for docs/PERFORMANCE.md; scripts/bench.ts calls it.
 * Run alone with `npx tsx scripts/bench/optimise-bench.ts` (`--township`: the township instance only).
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { buildCoverageLists } from '../../src/analysis/build-coverage-lists.ts';
import { buildGridIndex } from '../../src/analysis/build-grid-index.ts';
import { findNearest } from '../../src/analysis/find-nearest.ts';
import { boundCoverageLagrangian, onlineCoverageBound } from '../../src/analysis/optimise/bound-coverage.ts';
import { buildDistanceLists } from '../../src/analysis/optimise/build-distance-lists.ts';
import type { CoveringProblem } from '../../src/analysis/optimise/coverage-state.ts';
import { measureGap, type SearchMethod } from '../../src/analysis/optimise/objective.ts';
import { reduceCovering } from '../../src/analysis/optimise/reduce-covering.ts';
import { searchCountSites, searchCoverageSites } from '../../src/analysis/optimise/search-coverage-sites.ts';
import { searchDistanceSites } from '../../src/analysis/optimise/search-distance-sites.ts';
import { NearCandidates } from '../../src/analysis/optimise/site-constraints.ts';
import type { SiteSearchAnswer } from '../../src/analysis/optimise/site-search.ts';
import { solveCoveringExactly } from '../../src/analysis/optimise/solve-exactly.ts';
import { CoverageExchangeObjective, swapCoverage } from '../../src/analysis/optimise/swap-coverage.ts';
import { suggestSites } from '../../src/analysis/suggest-sites.ts';
import { seatsObjectiveBenchmark } from './seats-objective-bench.ts';
import { syntheticCounty } from './suggest-bench.ts';
import { count, format, median, timed } from './timing.ts';

/** Seconds the exact method may take on the county (it is reported whether it finishes or not). */
const COUNTY_TIME_LIMIT = 60;
/** Seconds on the township instance (the issue's target: optimal within 10 s). */
const TOWNSHIP_TIME_LIMIT = 10;
/** Runs per method on the township instance (the median is reported). */
const TOWNSHIP_RUNS = 3;
const RADIUS = 2500;

interface Place {
  lon: number;
  lat: number;
}

/** The covering problem of cells, schools and candidates with one radius. */
function coveringOf(
  cells: Place[],
  weights: Float64Array,
  schools: Place[],
  candidates: Place[],
): CoveringProblem {
  const radii = new Float64Array(cells.length).fill(RADIUS);
  const coveredBefore = new Uint8Array(cells.length);
  for (const position of buildCoverageLists(cells, radii, schools).points) coveredBefore[position] = 1;
  const include = Uint8Array.from(coveredBefore, (covered, position) =>
    covered === 0 && (weights[position] ?? 0) > 0 ? 1 : 0,
  );
  return {
    weights,
    coveredBefore,
    areaOfPoint: new Int32Array(cells.length).fill(-1),
    lists: buildCoverageLists(cells, radii, candidates, { include }),
    candidates,
    areaOfCandidate: new Int32Array(candidates.length).fill(-1),
  };
}

/** A row: method, milliseconds, value, bound, gap. */
function row(method: string, ms: number | string, value: string, bound: string, gap: string): string {
  return `| ${method} | ${typeof ms === 'number' ? format(ms) : ms} | ${value} | ${bound} | ${gap} |`;
}

/** The one-minute load average, one decimal. */
const loadAverage = () => (loadavg()[0] ?? 0).toFixed(1);

const percent = (gap: number) => `${(gap * 100).toFixed(2)} %`;

/** Greedy, swap, bounds and exact on the county's coverage problem for one k. */
async function countyRows(problem: CoveringProblem, k: number): Promise<string[]> {
  const greedy = timed(() => suggestSites(problem, { count: k }), 3, 1);
  const greedyPicks = greedy.value.picks.map((pick) => pick.candidate);
  const greedyValue = greedy.value.coveredAfter - greedy.value.coveredBefore;
  const swap = timed(() => swapCoverage(problem, { count: k }, greedyPicks), 3, 1);
  const online = timed(
    () =>
      onlineCoverageBound(
        swap.value.value,
        new CoverageExchangeObjective(problem, swap.value.picks).gains,
        problem,
        { count: k },
      ),
    1,
    0,
  );
  const reduced = timed(() => reduceCovering(problem, { byArea: false }), 1, 0);
  const lagrangian = timed(
    () => boundCoverageLagrangian(reduced.value, problem, { count: k }, swap.value.value),
    1,
    0,
  );
  const bound = Math.min(online.value, lagrangian.value.bound);
  const near = new NearCandidates(problem, 0);
  const started = performance.now();
  const exact = await solveCoveringExactly(
    reduced.value,
    problem,
    { count: k },
    near,
    'coverage',
    swap.value.picks,
    COUNTY_TIME_LIMIT,
  );
  const exactMs = performance.now() - started;
  const exactValue = new CoverageExchangeObjective(problem, exact.picks).state.recount();
  const exactBound = Number.isFinite(exact.bound) ? Math.min(exact.bound, bound) : bound;
  const best = Math.max(exactValue, swap.value.value);
  return [
    `| **k = ${k}** | ms | people newly covered | bound | gap |`,
    '| --- | ---: | ---: | ---: | ---: |',
    row(
      'greedy (lazy)',
      greedy.ms,
      count(greedyValue),
      count(Math.floor(bound)),
      percent(measureGap('maximise', greedyValue, bound)),
    ),
    row(
      `swap (from greedy; ${swap.value.exchanges} exchanges)`,
      swap.ms,
      count(swap.value.value),
      count(Math.floor(bound)),
      percent(measureGap('maximise', swap.value.value, bound)),
    ),
    row('online bound (value + k largest gains left)', online.ms, '', count(Math.floor(online.value)), ''),
    row(
      `Lagrangian bound (${lagrangian.value.iterations} subgradient steps, after merging ${count(reduced.value.pointsKept)} cells into ${count(reduced.value.groupWeights.length)} groups in ${format(reduced.ms)} ms)`,
      lagrangian.ms,
      '',
      count(Math.floor(lagrangian.value.bound)),
      '',
    ),
    row(
      `exact (HiGHS, ${exact.size.columns.toLocaleString('en-US')} columns, ${count(exact.size.nonzeros)} nonzeros, ${count(exact.size.dominated)} dominated candidates left out; ${exact.status === 'optimal' ? 'optimal' : `stopped at the ${COUNTY_TIME_LIMIT} s limit`})`,
      exactMs,
      count(exactValue),
      count(Math.floor(exactBound)),
      percent(measureGap('maximise', exactValue, exactBound)),
    ),
    '',
    `Best value found ${count(best)}; swap reaches ${((swap.value.value / Math.max(1, exactBound)) * 100).toFixed(2)} % of the best bound.`,
  ];
}

/** One objective × methods on the township instance: median wall and processor time of a few runs. */
async function townshipRows(
  title: string,
  unit: string,
  search: (method: SearchMethod) => Promise<SiteSearchAnswer>,
  formatValue: (value: number) => string,
): Promise<string[]> {
  const lines = [
    `| **${title}** | ms (processor ms) | ${unit} | bound | gap |`,
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const method of ['greedy', 'swap', 'exact'] as const) {
    const wall: number[] = [];
    const processor: number[] = [];
    let answer: SiteSearchAnswer | null = null;
    for (let run = 0; run < TOWNSHIP_RUNS; run++) {
      const started = performance.now();
      const usage = process.cpuUsage();
      answer = await search(method);
      const used = process.cpuUsage(usage);
      wall.push(performance.now() - started);
      processor.push((used.user + used.system) / 1000);
    }
    if (!answer) continue;
    const leftOut = answer.exact?.size.dominated ?? 0;
    const solver = answer.exact
      ? `${answer.exact.status === 'optimal' ? 'proven optimal' : `stopped: ${answer.exact.status}`}; solver ${answer.exact.seconds.toFixed(1)} s${leftOut > 0 ? `; ${leftOut} candidates left out (dominated, or ruled out by the bound)` : ''}`
      : answer.quality.optimal
        ? 'proven optimal by the bound, solver not needed'
        : 'not proven, solver not run';
    const label =
      method === 'exact'
        ? `exact (${solver}; estimate ${answer.exactEstimate.seconds.toFixed(1)} s)`
        : method;
    lines.push(
      row(
        label,
        `${format(median(wall))} (${format(median(processor))})`,
        formatValue(answer.quality.value),
        formatValue(answer.quality.bound),
        percent(answer.quality.gap),
      ),
    );
  }
  return lines;
}

/**
 * The township-sized instance: the county's cells, schools and candidates inside its 12 × 10 km
 * south-west corner, each objective by greedy, swap and exact.
 * @example (await townshipBenchmark(syntheticCounty())).join('\n')
 */
export async function townshipBenchmark(county: ReturnType<typeof syntheticCounty>): Promise<string[]> {
  const loadBefore = loadAverage();
  // The township: the county's cells, schools and candidates inside its 12 × 10 km south-west corner.
  const west = county.cells.reduce((least, cell) => Math.min(least, cell.lon), 180);
  const south = county.cells.reduce((least, cell) => Math.min(least, cell.lat), 90);
  // 12 km east (0.117° of longitude at 22.8° N) and 10 km north (0.09° of latitude).
  const inside = (place: Place) => place.lon < west + 0.117 && place.lat < south + 0.09;
  const cellIndices = county.cells
    .map((cell, index) => (inside(cell) ? index : -1))
    .filter((index) => index >= 0);
  const cells = cellIndices.map((index) => county.cells[index] as Place);
  const weights = Float64Array.from(cellIndices, (index) => county.weights[index] ?? 0);
  const schools = county.schools.filter(inside);
  const candidates = county.candidates.filter(inside);
  const township = coveringOf(cells, weights, schools, candidates);
  const options = (method: SearchMethod, k: number) => ({
    count: k,
    method,
    evaluation: 'lazy' as const,
    areaNames: [],
    timeLimitSeconds: TOWNSHIP_TIME_LIMIT,
  });
  const schoolIndex = buildGridIndex(schools, 2000);
  const base = Float64Array.from(
    cells,
    (cell) => findNearest(schoolIndex, cell.lon, cell.lat)?.distance ?? Infinity,
  );
  const distanceLists = buildDistanceLists(cells, weights, base, candidates);
  const townshipArea = { ...township, areaOfPoint: new Int32Array(cells.length) };
  const people = (value: number) => count(Math.round(value));
  const coverageRows = await townshipRows(
    'coverage, k = 5',
    'people newly covered',
    (method) => searchCoverageSites(township, options(method, 5)),
    people,
  );
  const distanceRows = await townshipRows(
    'distance (p-median), k = 5',
    'mean metres to school',
    (method) => searchDistanceSites(distanceLists, township, options(method, 5)),
    (value) => format(value),
  );
  const countRows = await townshipRows(
    'count: fewest sites to 80 % coverage',
    'sites',
    (method) => searchCountSites(townshipArea, 0.8, 'district', options(method, candidates.length)),
    (value) => count(Math.round(value)),
  );
  let population = 0;
  for (const weight of weights) population += weight;

  return [
    `A township-sized instance: the same county's south-west 12 × 10 km — ${count(cells.length)} cells (${count(population)} people), ${schools.length} schools, ${count(candidates.length)} candidates. Each objective by greedy, swap and exact (HiGHS, relative gap tolerance zero and absolute half a unit — a person, a site, a metre of mean distance — a ${TOWNSHIP_TIME_LIMIT} s limit); the bound with greedy and swap is the Lagrangian one (for coverage, the smaller of it and the online bound), with exact the solver's, or the Lagrangian one when it already meets the value within half a unit (then the solver is not run). The exact p-median first tries the Lagrangian relaxation's own choices of sites and exchanges from the best of them. Times include the bound: median of ${TOWNSHIP_RUNS} runs, wall milliseconds and, in brackets, processor milliseconds of this process (the solver runs in it). Load average ${loadBefore} before, ${loadAverage()} after (2 shared cores).`,
    '',
    ...coverageRows,
    '',
    ...distanceRows,
    '',
    ...countRows,
  ];
}

/**
 * Runs the benchmark and returns its section of docs/PERFORMANCE.md as markdown lines.
 * @example (await optimiseBenchmark()).join('\n')
 */
export async function optimiseBenchmark(): Promise<string[]> {
  const county = syntheticCounty();
  const countyProblem = coveringOf(county.cells, county.weights, county.schools, county.candidates);
  const sixteen = await countyRows(countyProblem, 16);
  const fifty = await countyRows(countyProblem, 50);

  return [
    `Coverage of the synthetic county of the section above (${count(county.cells.length)} cells, ${count(county.candidates.length)} candidates, ${county.schools.length} schools, radius ${count(RADIUS)} m). One run each (greedy and swap: median of 3); the exact method gets ${COUNTY_TIME_LIMIT} s and the swap answer as its start. The gap is (bound − value) ÷ bound against the best bound of the row's table; a bound is proven, so the optimum lies between the best value and it.`,
    '',
    ...sixteen,
    '',
    ...fifty,
    '',
    ...(await townshipBenchmark(county)),
    '',
    ...(await seatsObjectiveBenchmark()),
  ];
}

// Run directly: print the section (`--township`: only the township instance).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lines = process.argv.includes('--township')
    ? await townshipBenchmark(syntheticCounty())
    : await optimiseBenchmark();
  console.log(lines.join('\n'));
}
