/**
 * Benchmark of the one-time preparation of the synthetic province's 10⁶ population points, every
 * figure from the same run, each beside a copy of its code on main at 3f19a31
 * (scripts/bench/prepare-previous-method/), in turn: the analysis's whole preparation of its points
 * (`prepareAnalysisPoints`: townships, population, the coverage frame), the nearest-school
 * preparation alone (`prepareCoverage`: unit vectors, Z-order quadtree, township grouping) and
 * `preparePoints`. Wall and processor time, the full garbage collections that fell in the runs,
 * the array buffers one call makes, and the load average of the machine before and after.
 * `preparePointsBenchmark()` returns markdown lines for docs/PERFORMANCE.md. Run alone with
 * `npx tsx scripts/bench/prepare-points-bench.ts`.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type AnalysisPoints, prepareAnalysisPoints } from '../../src/analysis/prepare-analysis-points.ts';
import { type CoverageFrame, prepareCoverage } from '../../src/analysis/prepare-coverage.ts';
import { preparePoints } from '../../src/analysis/prepare-points.ts';
import { countyInput, coverageInput, fastCoverage, latticeInputs, provinceInput } from './coverage-inputs.ts';
import { firstDifference, PREPARED_COLUMNS } from './prepare-previous-method/compare-prepared.ts';
import { prepareAnalysisPoints as previousPrepareAnalysisPoints } from './prepare-previous-method/prepare-analysis-points.ts';
import { prepareCoverage as previousPrepareCoverage } from './prepare-previous-method/prepare-coverage.ts';
import { preparePoints as previousPreparePoints } from './prepare-previous-method/prepare-points.ts';
import { alternating, count, format, median } from './timing.ts';

/** Timed runs of each preparation (medians reported), after one untimed. */
const RUNS = 7;

/** The same numbers bit for bit (NaN equal to NaN, 0 and −0 told apart). */
function identical(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  return firstDifference(a, b) === null;
}

/** Full (mark-compact) collections that fell inside the runs of one method: how many, how long. */
interface Collections {
  count: number;
  ms: number;
  /** Median over the runs of the wall time less the pauses of the full collections inside the run. */
  outsideMs: number;
}

/** One call of a method: its wall time, and the full collections inside it. */
interface Call {
  ms: number;
  collections: number;
  pauseMs: number;
}

/** `run`, with its wall time and the full collections that fall inside it noted in `calls`. */
function collecting<T>(run: () => T, calls: Call[]): () => T {
  return () => {
    const profiler = new GCProfiler();
    profiler.start();
    const start = performance.now();
    const value = run();
    const ms = performance.now() - start;
    const call = { ms, collections: 0, pauseMs: 0 };
    for (const entry of profiler.stop()?.statistics ?? []) {
      if (entry.gcType !== 'MarkSweepCompact') continue;
      call.collections++;
      call.pauseMs += entry.cost / 1000;
    }
    calls.push(call);
    return value;
  };
}

/** The full collections of the timed calls (the first call, untimed, left out). */
function timedCollections(calls: readonly Call[]): Collections {
  const timed = calls.slice(1);
  return {
    count: timed.reduce((sum, call) => sum + call.collections, 0),
    ms: timed.reduce((sum, call) => sum + call.pauseMs, 0),
    outsideMs: median(timed.map((call) => call.ms - call.pauseMs)),
  };
}

/** Two methods in turn (see `alternating`) with the full collections of each counted over the timed runs. */
function alternatingWithCollections<A, B>(first: () => A, second: () => B) {
  const calls: [Call[], Call[]] = [[], []];
  const [a, b] = alternating(collecting(first, calls[0]), collecting(second, calls[1]), RUNS);
  return [
    { ...a, collections: timedCollections(calls[0]) },
    { ...b, collections: timedCollections(calls[1]) },
  ] as const;
}

/** Every distinct array buffer under the typed arrays of `value` (one level of objects down), in bytes: what a result keeps alive. */
function keptBytes(value: object): number {
  const buffers = new Set<ArrayBufferLike>();
  const visit = (item: unknown, depth: number) => {
    if (ArrayBuffer.isView(item)) buffers.add(item.buffer);
    else if (item && typeof item === 'object' && depth < 2)
      for (const key of Object.keys(item)) visit((item as Record<string, unknown>)[key], depth + 1);
  };
  visit(value, 0);
  let bytes = 0;
  for (const buffer of buffers) bytes += buffer.byteLength;
  return bytes;
}

/** A full collection on demand (V8's `gc`, exposed for this measure only). */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Array buffers one run allocates, MB: the growth of `process.memoryUsage().arrayBuffers` from
 * just after a full collection to the end of the run (a collection inside the run would free the
 * temporaries dead by then: the figure is then less than what was allocated).
 */
function arrayBufferGrowth(run: () => unknown): number {
  collectGarbage();
  const before = process.memoryUsage().arrayBuffers;
  const value = run();
  const grown = process.memoryUsage().arrayBuffers - before;
  return value === undefined ? 0 : grown / 1e6;
}

/** Two frames with the same prepared points, slot columns and township figures, to the last bit. */
function sameFrame(one: CoverageFrame, other: CoverageFrame): boolean {
  return (
    PREPARED_COLUMNS.every((name) => identical(one.prepared[name], other.prepared[name])) &&
    one.prepared.count === other.prepared.count &&
    (
      ['slotWeights', 'slotAreas', 'areaPoints', 'areaPopulation', 'areaTotal', 'gapSlotOfPosition'] as const
    ).every((name) => identical(one[name], other[name]))
  );
}

/** Two preparations of an analysis's points that give the same columns, figures and frame. */
function sameAnalysisPoints(
  one: Omit<AnalysisPoints, 'population' | 'points' | 'gapSource'>,
  other: Omit<AnalysisPoints, 'population' | 'points' | 'gapSource'>,
): boolean {
  return (
    one.pointTownships.length === other.pointTownships.length &&
    one.pointTownships.every((code, position) => code === other.pointTownships[position]) &&
    one.areaCodes.join() === other.areaCodes.join() &&
    identical(one.areaOfPoint, other.areaOfPoint) &&
    identical(one.weights, other.weights) &&
    identical(one.areaPopulation, other.areaPopulation) &&
    Object.is(one.districtPopulation, other.districtPopulation) &&
    Object.is(one.outsideTownships, other.outsideTownships) &&
    sameFrame(one.frame, other.frame)
  );
}

/**
 * Runs the benchmark and returns its lines for docs/PERFORMANCE.md.
 * @example (preparePointsBenchmark()).join('\n')
 */
export function preparePointsBenchmark(): string[] {
  const province = provinceInput(countyInput().ruleSet);
  const input = coverageInput(province);
  const { areaCount, areaOfPoint, weights } = latticeInputs(input, fastCoverage(input));
  const { points } = input;
  const loadBefore = loadavg();
  const startedAt = new Date().toISOString().slice(0, 19).replace('T', ' ');
  const [previousAnalysis, analysis] = alternatingWithCollections(
    () => previousPrepareAnalysisPoints(province.population, province.townships),
    () => prepareAnalysisPoints(province.population, province.townships),
  );
  const [previousFrame, frame] = alternatingWithCollections(
    () => previousPrepareCoverage(points, weights, areaOfPoint, areaCount),
    () => prepareCoverage(points, weights, areaOfPoint, areaCount),
  );
  const [previousPoints, currentPoints] = alternatingWithCollections(
    () => previousPreparePoints(points),
    () => preparePoints(points),
  );
  const growth = (
    previous: () => unknown,
    current: () => unknown,
  ): { previous: number[]; current: number[] } => {
    const figures = [0, 1, 2, 3, 4, 5].map((turn) => arrayBufferGrowth(turn % 2 === 0 ? previous : current));
    return {
      previous: figures.filter((_, turn) => turn % 2 === 0),
      current: figures.filter((_, turn) => turn % 2),
    };
  };
  const analysisGrowth = growth(
    () => previousPrepareAnalysisPoints(province.population, province.townships),
    () => prepareAnalysisPoints(province.population, province.townships),
  );
  const frameGrowth = growth(
    () => previousPrepareCoverage(points, weights, areaOfPoint, areaCount),
    () => prepareCoverage(points, weights, areaOfPoint, areaCount),
  );
  const loadAfter = loadavg();
  const samePoints = PREPARED_COLUMNS.every((name) =>
    identical(previousPoints.value[name], currentPoints.value[name]),
  );
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');
  const row = (label: string, timed: { ms: number; processorMs: number; collections: Collections }) =>
    `| ${label} | ${format(timed.ms)} | ${format(timed.processorMs)} | ${timed.collections.count} (${format(timed.collections.ms)} ms) | ${format(timed.collections.outsideMs)} |`;
  const megabytes = (values: number[]) => values.map((mb) => `${mb.toFixed(1)}`).join(', ');
  return [
    `The one-time preparation of the province's ${count(points.length)} population points (${count(frame.value.prepared.order.length)} placed, ${count(areaCount)} townships), run ${startedAt} UTC; median of ${RUNS} runs after one untimed, the previous code (main at 3f19a31, scripts/bench/prepare-previous-method/) and the current in turn (one first, then the other first), each pair of rows from its own alternation. Load average of the machine (1 / 5 / 15 min, 2 cores) ${load(loadBefore)} before and ${load(loadAfter)} after; processor time is user + system time of this process (garbage-collection threads included); full collections are the mark-compact collections that fell inside the ${RUNS} timed runs of the row (the untimed first run's left out), with their total pause; the last column is the median over the runs of each run's wall time less the pauses of the full collections inside it (the preparation's own work, wherever the collections fall).`,
    '',
    `| preparing the 10⁶ points once | wall ms | processor ms | full collections in ${RUNS} runs | wall ms less their pauses |`,
    '| --- | ---: | ---: | ---: | ---: |',
    row(
      '`prepareAnalysisPoints`, previous code (the point objects read three times: townships, population, coordinates)',
      previousAnalysis,
    ),
    row(
      "`prepareAnalysisPoints`, current (the point objects read once into columns; the frame made on them; the slots' townships in 16 bits; one Morton key computation a point)",
      analysis,
    ),
    row('`prepareCoverage` from the point objects, previous code', previousFrame),
    row(
      "`prepareCoverage` from the point objects, current (the slots' townships in 16 bits; one Morton key computation a point)",
      frame,
    ),
    row('`preparePoints` alone, previous code', previousPoints),
    row('`preparePoints` alone, current', currentPoints),
    '',
    `Array buffers one call makes (growth of \`process.memoryUsage().arrayBuffers\` over one call started just after a full collection, three calls of each in turn), MB: \`prepareAnalysisPoints\` previous ${megabytes(analysisGrowth.previous)}, current ${megabytes(analysisGrowth.current)}; \`prepareCoverage\` previous ${megabytes(frameGrowth.previous)}, current ${megabytes(frameGrowth.current)}. Kept alive by the frame: previous ${(keptBytes(previousFrame.value) / 1e6).toFixed(1)} MB, current ${(keptBytes(frame.value) / 1e6).toFixed(1)} MB (the population and township inputs included, counting buffers not yet made).`,
    '',
    `Previous and current: \`prepareAnalysisPoints\` ${sameAnalysisPoints(previousAnalysis.value, analysis.value) ? 'the same townships, columns, figures and frame, to the last bit' : '**different results**'}; \`prepareCoverage\` ${sameFrame(previousFrame.value, frame.value) ? 'the same slots, unit vectors, quadtree and columns, to the last bit' : '**different frames**'}; \`preparePoints\` ${samePoints ? 'the same, to the last bit' : '**different**'}.`,
  ];
}

// Run directly: print the lines.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(preparePointsBenchmark().join('\n'));
}
