/**
 * Benchmark of site suggestion (选址建议), every figure from the same run:
 * 1. a synthetic county — 10⁵ population cells over ≈ 60 × 50 km, 150 existing schools,
 *    5,000 candidates, k = 16, radius 2,500 m: the coverage lists (stamped on one lattice and kept
 *    as runs of slots, beside the code before in turn — lists written out into arrays of points —
 *    and the grid-index query per candidate; all pairs timed on a subsample and extrapolated), then
 *    lazy greedy beside the code before, the whole request (lists + lazy greedy) beside the code
 *    before, plain greedy, with their gain evaluations, and checks that all pick the same sites;
 *    A request after the 选址 screen prepared the lattice (the worker does it when the screen
 *    opens) beside a cold one, in turn: the preparation alone, the lists and the whole request.
 * 2. the whole `planSuggestion` on the embedded 港南区 data (grid candidates, the analysis of
 *    every pick included), and the worker's whole preparation there.
 * `suggestBenchmark()` returns markdown lines for docs/PERFORMANCE.md; scripts/bench.ts calls it.
 * Run alone with `npx tsx scripts/bench/suggest-bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import {
  buildCoverageLists,
  type CoverageLists,
  radiusClasses,
  stampingLattice,
} from '../../src/analysis/build-coverage-lists.ts';
import { METRES_PER_DEGREE } from '../../src/analysis/build-grid-index.ts';
import { haversineDistance } from '../../src/analysis/haversine-distance.ts';
import { createListLatticeCache, type ListLatticeCache } from '../../src/analysis/list-lattice-cache.ts';
import { CoverageState, type CoveringProblem } from '../../src/analysis/optimise/coverage-state.ts';
import { prepareSuggestionLattice } from '../../src/analysis/optimise/prepare-suggestion-lattice.ts';
import { selectGreedily } from '../../src/analysis/optimise/select-greedily.ts';
import { planSuggestion, type SuggestionContext } from '../../src/analysis/plan-suggestion.ts';
import { prepareListLattice } from '../../src/analysis/prepare-list-lattice.ts';
import { suggestSites } from '../../src/analysis/suggest-sites.ts';
import type { PopulationData } from '../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII } from '../../src/domain/radius.ts';
import { CURRENT_SCENARIO } from '../../src/domain/scenario.ts';
import type { TownshipCollection } from '../../src/domain/township.ts';
import { readRoster } from '../../src/io/read-roster.ts';
import { requireRuleSet } from '../../src/io/rule-set-file.ts';
import { createSeededRandom } from '../geodata/seeded-random.ts';
import { previousFirstLists } from './lattice-previous-method/build-coverage-lists.ts';
import { prepareListLattice as previousListLattice } from './lattice-previous-method/prepare-list-lattice.ts';
import {
  preparedBesideCold,
  runCount,
  sameCoverageLists,
  samePicks,
  timedPair,
} from './suggest-bench-helpers.ts';
import { previousListsByStamping } from './suggest-previous-method/build-coverage-lists.ts';
import { previousSuggestSites } from './suggest-previous-method/suggest-sites.ts';
import { alternating, count, format, timed, timedWithProcessor } from './timing.ts';

/** The synthetic county. */
const CELLS = 100_000;
const CANDIDATES = 5000;
const EXISTING_SCHOOLS = 150;
const PICKS = 16;
const RADIUS = 2500;
const WIDTH_METRES = 60_000;
const HEIGHT_METRES = 50_000;
const SOUTH = 22.8;
const WEST = 109.4;
/** Market towns: population peaks the existing schools mostly sit near. */
const TOWNS = 12;
/** Runs of each timed step (the median is reported) after one untimed; more for the county's noisier request. */
const RUNS = 5;
/** Runs of the steps of a request (lists, lazy greedy), which take milliseconds: more, for a steadier median. */
const FAST_RUNS = 15;
const COUNTY_RUNS = 11;
/** Candidates the all-pairs comparison is timed on. */
const ALL_PAIRS_SAMPLE = 50;

interface Place {
  lon: number;
  lat: number;
}

/**
 * The county: cells on a jittered lattice, each weighing 2–8 people plus up to 300 more near
 * one of the towns (a Gaussian of 1.5 km); schools near the towns (two thirds) or anywhere;
 * candidates anywhere. Seeded, so every run measures the same county.
 */
export function syntheticCounty() {
  const random = createSeededRandom(20_180_044);
  const stepLatitude = 1 / METRES_PER_DEGREE;
  const stepLongitude =
    stepLatitude / Math.cos(((SOUTH + HEIGHT_METRES * stepLatitude * 0.5) * Math.PI) / 180);
  const place = (x: number, y: number): Place => ({
    lon: WEST + x * stepLongitude,
    lat: SOUTH + y * stepLatitude,
  });
  const towns = Array.from({ length: TOWNS }, () => ({
    x: random.between(3000, WIDTH_METRES - 3000),
    y: random.between(3000, HEIGHT_METRES - 3000),
  }));
  const columns = Math.round(Math.sqrt((CELLS * WIDTH_METRES) / HEIGHT_METRES));
  const rows = Math.ceil(CELLS / columns);
  const cellWidth = WIDTH_METRES / columns;
  const cellHeight = HEIGHT_METRES / rows;
  const cells: Place[] = [];
  const weights = new Float64Array(CELLS);
  for (let index = 0; index < CELLS; index++) {
    const x = ((index % columns) + random.between(0.2, 0.8)) * cellWidth;
    const y = (Math.floor(index / columns) + random.between(0.2, 0.8)) * cellHeight;
    let peak = 0;
    for (const town of towns) {
      const squared = ((x - town.x) ** 2 + (y - town.y) ** 2) / 1500 ** 2;
      peak = Math.max(peak, Math.exp(-squared));
    }
    cells.push(place(x, y));
    weights[index] = Math.round(random.between(2, 8) + 300 * peak);
  }
  const schools = Array.from({ length: EXISTING_SCHOOLS }, () => {
    if (random.next() < 2 / 3) {
      const town = random.pick(towns);
      return place(town.x + random.between(-1500, 1500), town.y + random.between(-1500, 1500));
    }
    return place(random.between(0, WIDTH_METRES), random.between(0, HEIGHT_METRES));
  });
  const candidates = Array.from({ length: CANDIDATES }, () =>
    place(random.between(0, WIDTH_METRES), random.between(0, HEIGHT_METRES)),
  );
  return { cells, weights, schools, candidates };
}

/** Coverage lists by comparing every candidate with every cell: what the grid index avoids. */
function allPairsLists(cells: readonly Place[], candidates: readonly Place[], include: Uint8Array): number {
  let entries = 0;
  for (const candidate of candidates) {
    cells.forEach((cell, position) => {
      if (
        include[position] &&
        haversineDistance([candidate.lon, candidate.lat], [cell.lon, cell.lat]) <= RADIUS
      )
        entries++;
    });
  }
  return entries;
}

function countyContext(): SuggestionContext {
  const ruleSet = requireRuleSet(JSON.parse(readFileSync('geodata/rules/gangnan-2018-2020.json', 'utf8')));
  return {
    schools: readRoster(
      readFileSync('geodata/schools.sample.csv', 'utf8'),
      'schools.sample.csv',
    ).accepted.map((row) => row.record),
    townships: JSON.parse(readFileSync('geodata/townships.geojson', 'utf8')) as TownshipCollection,
    population: JSON.parse(readFileSync('geodata/population.model.json', 'utf8')) as PopulationData,
    ruleSet,
    radii: DEFAULT_SERVICE_RADII,
  };
}

/**
 * Runs the benchmark and returns its section of docs/PERFORMANCE.md as markdown lines.
 * @example (await suggestBenchmark()).join('\n')
 */
export async function suggestBenchmark(): Promise<string[]> {
  const { cells, weights, schools, candidates } = syntheticCounty();
  const radii = new Float64Array(CELLS).fill(RADIUS);

  // What stands covers some cells; only the others go into the candidates' lists.
  const existing = timed(() => buildCoverageLists(cells, radii, schools, { method: 'stamp' }), RUNS, 1);
  const coveredBefore = new Uint8Array(CELLS);
  for (const position of existing.value.points) coveredBefore[position] = 1;
  const include = Uint8Array.from(coveredBefore, (covered, position) =>
    covered === 0 && (weights[position] ?? 0) > 0 ? 1 : 0,
  );
  const loadBefore = loadavg();
  // The lists as runs of slots beside a copy of the code before (suggest-previous-method/: every
  // list written out into an array of points), in turn.
  const [previousStamped, lists] = alternating(
    () => previousListsByStamping(cells, radii, candidates, { include }),
    () => buildCoverageLists(cells, radii, candidates, { include, method: 'stamp' }),
    FAST_RUNS,
  );
  const previousLists = timedWithProcessor(
    () => buildCoverageLists(cells, radii, candidates, { include, method: 'grid-index' }),
    RUNS,
    1,
  );
  const previousExisting = timed(
    () => buildCoverageLists(cells, radii, schools, { method: 'grid-index' }),
    RUNS,
    1,
  );
  const sample = candidates.slice(0, ALL_PAIRS_SAMPLE);
  const allPairs = timed(() => allPairsLists(cells, sample, include), 1, 0);
  const sampleEntries = (lists.value.start[ALL_PAIRS_SAMPLE] ?? 0) - (lists.value.start[0] ?? 0);

  const problem: CoveringProblem = {
    weights,
    coveredBefore,
    areaOfPoint: new Int32Array(CELLS).fill(-1),
    lists: lists.value as CoverageLists,
    candidates,
    areaOfCandidate: new Int32Array(CANDIDATES).fill(-1),
  };
  const previousProblem: CoveringProblem = { ...problem, lists: previousStamped.value as CoverageLists };
  // Lazy greedy over the runs beside the previous covering state over the lists written out, in turn.
  const [previousLazy, lazy] = alternating(
    () => previousSuggestSites(previousProblem, { count: PICKS, evaluation: 'lazy' }),
    () => suggestSites(problem, { count: PICKS, evaluation: 'lazy' }),
    FAST_RUNS,
  );
  // The whole request beyond its inputs (lists, then lazy greedy), timed as one, in turn.
  const [previousRequest, request] = alternating(
    () => {
      const built = previousListsByStamping(cells, radii, candidates, { include }) as CoverageLists;
      return previousSuggestSites({ ...problem, lists: built }, { count: PICKS, evaluation: 'lazy' });
    },
    () => {
      const built = buildCoverageLists(cells, radii, candidates, { include, method: 'stamp' });
      return suggestSites({ ...problem, lists: built }, { count: PICKS, evaluation: 'lazy' });
    },
    FAST_RUNS,
  );
  // A later request on the same population (the suggestion worker keeps the lattice of the
  // lists) beside a first one (the lattice prepared), in turn: the lists, then the request.
  const latticeCache = createListLatticeCache();
  const listsOf = (cache?: ListLatticeCache) =>
    buildCoverageLists(cells, radii, candidates, {
      include,
      method: 'stamp',
      ...(cache ? { latticeCache: cache } : {}),
    });
  listsOf(latticeCache);
  const [firstLists, laterLists] = alternating(
    () => listsOf(),
    () => listsOf(latticeCache),
    FAST_RUNS,
  );
  const [firstRequest, laterRequest] = alternating(
    () => suggestSites({ ...problem, lists: listsOf() }, { count: PICKS, evaluation: 'lazy' }),
    () => suggestSites({ ...problem, lists: listsOf(latticeCache) }, { count: PICKS, evaluation: 'lazy' }),
    FAST_RUNS,
  );
  // A request after the 选址 screen prepared the lattice (the worker's cache, empty before) beside
  // a cold one, in turn: the preparation alone, then the lists; then the whole request alike.
  const prepareLattice = (cache: ListLatticeCache) => {
    stampingLattice(cells, radii, include, cache);
  };
  const preparedLists = preparedBesideCold(() => listsOf(), prepareLattice, listsOf, FAST_RUNS);
  const preparedRequest = preparedBesideCold(
    () => suggestSites({ ...problem, lists: listsOf() }, { count: PICKS, evaluation: 'lazy' }),
    prepareLattice,
    (cache) => suggestSites({ ...problem, lists: listsOf(cache) }, { count: PICKS, evaluation: 'lazy' }),
    FAST_RUNS,
  );
  const samePrepared =
    preparedLists.hitOnly &&
    preparedRequest.hitOnly &&
    sameCoverageLists(preparedLists.cold.value, preparedLists.prepared.value) &&
    sameCoverageLists(firstLists.value, preparedLists.prepared.value) &&
    samePicks(preparedRequest.cold.value, preparedRequest.prepared.value) &&
    samePicks(request.value, preparedRequest.prepared.value);
  // A first request beside the code before the lattice core was shared and the stamping read
  // the sites' coordinates into typed arrays, in turn: the lattice alone, the lists, the request.
  const classOfPoint = radiusClasses(CELLS, radii, include)?.classOfPoint ?? new Int32Array(0);
  const [previousLattice, lattice] = alternating(
    () => previousListLattice(cells, classOfPoint, 1),
    () => prepareListLattice(cells, classOfPoint, 1),
    FAST_RUNS,
  );
  const [previousFirst, currentFirst] = alternating(
    () => previousFirstLists(cells, radii, candidates, include),
    () => listsOf(),
    FAST_RUNS,
  );
  const [previousFirstRequest, currentFirstRequest] = alternating(
    () =>
      suggestSites(
        { ...problem, lists: previousFirstLists(cells, radii, candidates, include) },
        { count: PICKS, evaluation: 'lazy' },
      ),
    () => suggestSites({ ...problem, lists: listsOf() }, { count: PICKS, evaluation: 'lazy' }),
    FAST_RUNS,
  );
  const sameLattice =
    previousLattice.value.order.every((position, slot) => lattice.value.order[slot] === position) &&
    previousLattice.value.vectors.every((value, at) => Object.is(lattice.value.vectors[at], value)) &&
    previousLattice.value.order.length === lattice.value.order.length;
  const sameFirst =
    sameCoverageLists(previousFirst.value, currentFirst.value) &&
    samePicks(previousFirstRequest.value, currentFirstRequest.value) &&
    samePicks(currentFirstRequest.value, request.value);
  const latticeKept = latticeCache.misses === 1 && latticeCache.hits > 0;
  const sameWithKeptLattice =
    sameCoverageLists(firstLists.value, laterLists.value) &&
    samePicks(firstRequest.value, laterRequest.value) &&
    samePicks(request.value, laterRequest.value);
  // Compared after the timing: reading `points` of the runs writes them out.
  const sameLists = sameCoverageLists(previousStamped.value, lists.value);
  const samePicksAsPrevious =
    samePicks(previousLazy.value, lazy.value) && samePicks(previousRequest.value, request.value);
  const plain = timedWithProcessor(
    () => suggestSites(problem, { count: PICKS, evaluation: 'plain' }),
    RUNS,
    1,
  );
  // The greedy search alone, its first round summed candidate by candidate (a call each, as
  // before) and in one pass over the lists (gainsOfAll, as now): same picks, same run.
  const greedyAlone = (onePass: boolean) => {
    const state = new CoverageState(problem);
    return selectGreedily(
      problem,
      {
        gainOf: (candidate) => state.gainOf(candidate),
        take: (candidate) => state.add(candidate),
        ...(onePass ? { gainsOfAll: (gains: Float64Array) => state.gainsOfAll(gains) } : {}),
      },
      { count: PICKS, evaluation: 'lazy' },
    );
  };
  const greedyEach = timedWithProcessor(() => greedyAlone(false), FAST_RUNS, 1);
  const greedyOnePass = timedWithProcessor(() => greedyAlone(true), FAST_RUNS, 1);
  const greedySame = JSON.stringify(greedyEach.value.picks) === JSON.stringify(greedyOnePass.value.picks);
  const loadAfter = loadavg();
  const agree = samePicks(lazy.value, plain.value);
  const previousPlain = suggestSites(
    { ...problem, lists: previousLists.value },
    { count: PICKS, evaluation: 'plain' },
  );
  const sameAsPrevious = samePicks(plain.value, previousPlain);
  const spread = timed(
    () => suggestSites(problem, { count: PICKS, evaluation: 'lazy', minimumDistance: 5000 }),
    RUNS,
    1,
  );
  const spreadPlain = timed(
    () => suggestSites(problem, { count: PICKS, evaluation: 'plain', minimumDistance: 5000 }),
    RUNS,
    1,
  );

  // The embedded county, the whole request as the 选址 screen sends it.
  const context = countyContext();
  const countyRequest = {
    kind: 'primary' as const,
    count: 5,
    radius: null,
    minDistance: 1000,
    includeTownships: [],
    excludeTownships: [],
    requireRuleId: 'coverage-primary',
    candidates: { source: 'grid' as const, spacing: 500 },
    scenario: CURRENT_SCENARIO,
  };
  // The worker's whole preparation when the screen opens: population, standing schools, lattice.
  const countyPreparation = timedWithProcessor(
    () => {
      const cache = createListLatticeCache();
      prepareSuggestionLattice(context, countyRequest, cache);
      return cache;
    },
    RUNS,
    1,
  );
  const [whole, wholePlain] = await timedPair(
    () => planSuggestion(context, { ...countyRequest, method: 'greedy' }),
    () => planSuggestion(context, { ...countyRequest, method: 'greedy', evaluation: 'plain' }),
    COUNTY_RUNS,
  );

  const entries = lists.value.points.length;
  const before = lazy.value.coveredBefore;
  const after = lazy.value.coveredAfter;
  const total = lazy.value.total;
  return [
    `Synthetic county, seeded: ${count(CELLS)} population cells on a jittered lattice over ${WIDTH_METRES / 1000} × ${HEIGHT_METRES / 1000} km at ${SOUTH}° N (2–8 people each, up to 300 more near ${TOWNS} market towns; ${count(total)} people), ${EXISTING_SCHOOLS} existing schools (two thirds near the towns), ${count(CANDIDATES)} candidates anywhere, k = ${PICKS}, radius ${count(RADIUS)} m for every cell. Median of ${RUNS} runs after one untimed (lazy and plain run in turn, so the varying load of the machine falls on both alike); the all-pairs row is one run on the first ${ALL_PAIRS_SAMPLE} candidates, extrapolated.`,
    '',
    `Load average of the machine (2 cores; 1 / 5 / 15 min) ${loadBefore.map((value) => value.toFixed(2)).join(' / ')} before the timed steps of the request and ${loadAfter.map((value) => value.toFixed(2)).join(' / ')} after them; processor time is user + system time of this process, which the waiting for a core does not inflate as it does the wall clock (the steps of a request: median of ${FAST_RUNS} runs, the previous and the current code in turn).`,
    '',
    '| synthetic county | ms | processor ms | gain evaluations |',
    '| --- | ---: | ---: | ---: |',
    `| coverage by the ${EXISTING_SCHOOLS} existing schools (their lists, once; stamped — by default the grid index, below, serves so few sites) | ${format(existing.ms)} | | |`,
    `| … previous method (grid index) | ${format(previousExisting.ms)} | | |`,
    `| coverage lists of the ${count(CANDIDATES)} candidates over the ${count(include.reduce((sum, flag) => sum + flag, 0))} cells not yet covered (stamped on one lattice, kept as ${count(runCount(lists.value))} runs of slots; ${count(entries)} entries) | ${format(lists.ms)} | ${format(lists.processorMs)} | |`,
    `| … previous code (every list written out into an array of points; the same lists, entry for entry: ${sameLists ? 'yes' : '**no**'}) | ${format(previousStamped.ms)} | ${format(previousStamped.processorMs)} | |`,
    `| … previous method (a grid-index query per candidate) | ${format(previousLists.ms)} | ${format(previousLists.processorMs)} | |`,
    `| the same lists by all pairs, ${ALL_PAIRS_SAMPLE} candidates × ${count(CELLS)} cells (${count(allPairs.value)} entries; the index gave ${count(sampleEntries)}) | ${format(allPairs.ms)} | | |`,
    `| … extrapolated to ${count(CANDIDATES)} candidates (×${CANDIDATES / ALL_PAIRS_SAMPLE}; not run) | ≈ ${format((allPairs.ms * CANDIDATES) / ALL_PAIRS_SAMPLE)} | | |`,
    `| lazy greedy (CELF), ${PICKS} picks, as \`suggestSites\` runs it (with each pick's gain by township and the covered flags), over the runs | ${format(lazy.ms)} | ${format(lazy.processorMs)} | ${count(lazy.value.evaluations)} |`,
    `| … previous code (over the lists of points; the same picks and gains: ${samePicksAsPrevious ? 'yes' : '**no**'}) | ${format(previousLazy.ms)} | ${format(previousLazy.processorMs)} | ${count(previousLazy.value.evaluations)} |`,
    `| … the search alone, the first round's gains in one pass over the lists | ${format(greedyOnePass.ms)} | ${format(greedyOnePass.processorMs)} | ${count(greedyOnePass.value.evaluations)} |`,
    `| … the search alone, its first round a gain call per candidate as before (both on the state's uncovered weights; same picks: ${greedySame ? 'yes' : '**no**'}) | ${format(greedyEach.ms)} | ${format(greedyEach.processorMs)} | ${count(greedyEach.value.evaluations)} |`,
    `| plain greedy (every candidate every round, each round in one pass), ${PICKS} picks | ${format(plain.ms)} | ${format(plain.processorMs)} | ${count(plain.value.evaluations)} |`,
    `| lazy greedy, picks at least 5 km apart | ${format(spread.ms)} | | ${count(spread.value.evaluations)} |`,
    `| plain greedy, picks at least 5 km apart | ${format(spreadPlain.ms)} | | ${count(spreadPlain.value.evaluations)} |`,
    `| **lists + lazy greedy** (the whole request beyond its inputs, without swap or bound, timed as one; grid-index lists + lazy: ${format(previousLists.ms + lazy.ms)}) | **${format(request.ms)}** | **${format(request.processorMs)}** | |`,
    `| … previous code | ${format(previousRequest.ms)} | ${format(previousRequest.processorMs)} | |`,
    `| lists + plain greedy | ${format(lists.ms + plain.ms)} | ${format(lists.processorMs + plain.processorMs)} | |`,
    `| coverage lists, first request (the lattice prepared) | ${format(firstLists.ms)} | ${format(firstLists.processorMs)} | |`,
    `| coverage lists, a later request (lattice kept${latticeKept ? '' : '; **not taken from the cache**'}; the same lists, picks and gains: ${sameWithKeptLattice ? 'yes' : '**no**'}) | ${format(laterLists.ms)} | ${format(laterLists.processorMs)} | |`,
    `| lists + lazy greedy, first request, timed as one | ${format(firstRequest.ms)} | ${format(firstRequest.processorMs)} | |`,
    `| **the lattice of the lists alone** (\`prepareListLattice\`, the shared core, ${count(lattice.value.order.length)} cells placed) | **${format(lattice.ms)}** | **${format(lattice.processorMs)}** | |`,
    `| … previous code (its own copy of the core; the same slots and unit vectors, bit for bit: ${sameLattice ? 'yes' : '**no**'}) | ${format(previousLattice.ms)} | ${format(previousLattice.processorMs)} | |`,
    `| **coverage lists, first request**, in turn with the previous code | **${format(currentFirst.ms)}** | **${format(currentFirst.processorMs)}** | |`,
    `| … previous code (lattice before the shared core, stamping reading the site objects; the same lists, picks and gains: ${sameFirst ? 'yes' : '**no**'}) | ${format(previousFirst.ms)} | ${format(previousFirst.processorMs)} | |`,
    `| **lists + lazy greedy, first request**, timed as one, in turn with the previous code | **${format(currentFirstRequest.ms)}** | **${format(currentFirstRequest.processorMs)}** | |`,
    `| … previous code | ${format(previousFirstRequest.ms)} | ${format(previousFirstRequest.processorMs)} | |`,
    `| **lists + lazy greedy, a later request (lattice kept)**, timed as one | **${format(laterRequest.ms)}** | **${format(laterRequest.processorMs)}** | |`,
    `| (a) **the lattice prepared when the 选址 screen opens**, alone (\`stampingLattice\` into the worker's empty cache: the radius classes and the lattice) | **${format(preparedLists.preparation.ms)}** | **${format(preparedLists.preparation.processorMs)}** | |`,
    `| (b) **coverage lists of a request after the preparation** (what the user waits for once 选址 has opened; every run took the lattice from the cache and prepared none: ${preparedLists.hitOnly && preparedRequest.hitOnly ? 'yes' : '**no**'}; the same lists, picks and gains as a cold request: ${samePrepared ? 'yes' : '**no**'}) | **${format(preparedLists.prepared.ms)}** | **${format(preparedLists.prepared.processorMs)}** | |`,
    `| (c) … in turn with it: coverage lists of a cold request (the lattice prepared by the request) | ${format(preparedLists.cold.ms)} | ${format(preparedLists.cold.processorMs)} | |`,
    `| (d) **lists + lazy greedy after the preparation**, timed as one | **${format(preparedRequest.prepared.ms)}** | **${format(preparedRequest.prepared.processorMs)}** | |`,
    `| … in turn with it: lists + lazy greedy of a cold request (the preparation alone in these runs: ${format(preparedRequest.preparation.ms)} / ${format(preparedRequest.preparation.processorMs)}) | ${format(preparedRequest.cold.ms)} | ${format(preparedRequest.cold.processorMs)} | |`,
    '',
    `Lazy and plain pick ${agree && samePicks(spread.value, spreadPlain.value) ? 'the same' : '**different**'} sites in the same order, with the same gains (with and without the minimum distance). Covered population ${count(before)} → ${count(after)} (${((before / total) * 100).toFixed(1)} % → ${((after / total) * 100).toFixed(1)} %); the first pick adds ${count(lazy.value.picks[0]?.gain ?? 0)}, the last ${count(lazy.value.picks.at(-1)?.gain ?? 0)}. The all-pairs lists ${allPairs.value === sampleEntries ? 'equal' : '**differ from**'} the stamped ones on the sample; plain greedy on the stamped lists and on the previous method's picks ${sameAsPrevious ? 'the same' : '**different**'} sites in the same order with the same gains.`,
    '',
    `| 港南区 sample data: \`planSuggestion\`, 小学, 5 picks, grid 500 m, ≥ 1,000 m from schools and apart, coverage-primary required (median of ${COUNTY_RUNS}) | ms | gain evaluations |`,
    '| --- | ---: | ---: |',
    `| lazy (${count(whole.value.candidatesConsidered)} candidates; population, lists, search, and the district analysed after every pick) | ${format(whole.ms)} | ${count(whole.value.evaluations)} |`,
    `| plain | ${format(wholePlain.ms)} | ${count(wholePlain.value.evaluations)} |`,
    `| the worker's whole preparation when 选址 opens (\`prepareSuggestionLattice\`: the population's townships and radii, the standing schools' coverage, the lattice; median of ${RUNS}; processor ${format(countyPreparation.processorMs)} ms) | ${format(countyPreparation.ms)} | |`,
    '',
    `On the county the search itself is a small part of the request (${whole.value.picks.length} picks; the district is analysed ${whole.value.picks.length + 2} times), so lazy and plain take about as long there.`,
  ];
}

// Run directly: print the section.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await suggestBenchmark()).join('\n'));
}
