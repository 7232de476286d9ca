/**
 * Benchmark of the one-time preparation of the synthetic province's 10⁶ population points, every
 * figure from the same run: the analysis's nearest-school preparation (`prepareCoverage`: unit
 * vectors, Z-order quadtree, township grouping) and the stamp lattice (`prepareStampLattice`), each
 * beside a copy of its code before this change (scripts/bench/prepare-previous-method/), in turn;
 * then both preparations one after the other, the lattice reading the coordinates the first one
 * read (the one-time cost of a province as a whole), beside the previous code of both. Wall and
 * processor time, the full garbage collections that fell in the runs, and the load average of the
 * machine before and after. `preparePointsBenchmark()` returns markdown lines for
 * docs/PERFORMANCE.md (the stamped-coverage section includes them). Run alone with
 * `npx tsx scripts/bench/prepare-points-bench.ts`.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { GCProfiler } from 'node:v8';
import { prepareCoverage } from '../../src/analysis/prepare-coverage.ts';
import { prepareStampLattice } from '../../src/analysis/prepare-stamp-lattice.ts';
import { countyInput, coverageInput, fastCoverage, latticeInputs, provinceInput } from './coverage-inputs.ts';
import { prepareStampLattice as previousPrepareStampLattice } from './lattice-previous-method/prepare-stamp-lattice.ts';
import { prepareCoverage as previousPrepareCoverage } from './prepare-previous-method/prepare-coverage.ts';
import { alternating, count, format } from './timing.ts';

/** Timed runs of each preparation (medians reported), after one untimed. */
const RUNS = 7;

/** The same numbers bit for bit (NaN equal to NaN, 0 and −0 told apart). */
function identical(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!Object.is(a[index], b[index])) return false;
  return true;
}

/** Full (mark-compact) collections that fell inside the runs of one method: how many, how long. */
interface Collections {
  count: number;
  ms: number;
}

/** `run`, with the full collections that fall inside it added to `into` (the warm-up's too: reset after). */
function collecting<T>(run: () => T, into: Collections): () => T {
  return () => {
    const profiler = new GCProfiler();
    profiler.start();
    const value = run();
    for (const entry of profiler.stop()?.statistics ?? []) {
      if (entry.gcType !== 'MarkSweepCompact') continue;
      into.count++;
      into.ms += entry.cost / 1000;
    }
    return value;
  };
}

/** Two methods in turn (see `alternating`) with the full collections of each counted over the timed runs. */
function alternatingWithCollections<A, B>(first: () => A, second: () => B) {
  const collections: [Collections, Collections] = [
    { count: 0, ms: 0 },
    { count: 0, ms: 0 },
  ];
  // The untimed warm-up of each (first, then second) runs before the timed runs: its collections are taken out.
  let warm = 0;
  const reset = () => {
    warm++;
    if (warm === 1) for (const each of collections) Object.assign(each, { count: 0, ms: 0 });
  };
  const [a, b] = alternating(
    collecting(() => first(), collections[0]),
    collecting(() => {
      const value = second();
      reset();
      return value;
    }, collections[1]),
    RUNS,
  );
  return [
    { ...a, collections: collections[0] },
    { ...b, collections: collections[1] },
  ] as const;
}

/**
 * Runs the benchmark and returns its lines for docs/PERFORMANCE.md.
 * @example (preparePointsBenchmark()).join('\n')
 */
export function preparePointsBenchmark(): string[] {
  const input = coverageInput(provinceInput(countyInput().ruleSet));
  const fast = fastCoverage(input);
  const { areaCount, areaOfPoint, weights, classes } = latticeInputs(input, fast);
  const { points } = input;
  const loadBefore = loadavg();
  const startedAt = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const [previousFrame, frame] = alternatingWithCollections(
    () => previousPrepareCoverage(points, weights, areaOfPoint, areaCount),
    () => prepareCoverage(points, weights, areaOfPoint, areaCount),
  );
  // What the first kind counted in the frame adds: its buffers, made on first use.
  const [, frameWithBuffers] = alternatingWithCollections(
    () => previousPrepareCoverage(points, weights, areaOfPoint, areaCount),
    () => {
      const made = prepareCoverage(points, weights, areaOfPoint, areaCount);
      return made.nearest.distances.length + made.gapSlotOfPosition.length;
    },
  );
  const [previousLattice, lattice] = alternatingWithCollections(
    () => previousPrepareStampLattice(points, weights, areaOfPoint, areaCount, classes.classOfArea),
    () => prepareStampLattice(points, weights, areaOfPoint, areaCount, classes.classOfArea),
  );
  const [previousBoth, both] = alternatingWithCollections(
    () => {
      const made = previousPrepareCoverage(points, weights, areaOfPoint, areaCount);
      return {
        frame: made,
        lattice: previousPrepareStampLattice(points, weights, areaOfPoint, areaCount, classes.classOfArea),
      };
    },
    () => {
      const made = prepareCoverage(points, weights, areaOfPoint, areaCount);
      const coordinates = made.prepared.coordinates;
      return {
        frame: made,
        lattice: prepareStampLattice(
          points,
          weights,
          areaOfPoint,
          areaCount,
          classes.classOfArea,
          coordinates,
        ),
      };
    },
  );
  const loadAfter = loadavg();
  const previousPrepared = previousFrame.value.prepared;
  const prepared = frame.value.prepared;
  const samePrepared =
    (
      [
        'coordinates',
        'unplaced',
        'order',
        'vectors',
        'nodeStart',
        'nodeEnd',
        'nodeFirstChild',
        'nodeChildren',
        'nodeCentres',
        'nodeReach',
      ] as const
    ).every((name) => identical(previousPrepared[name], prepared[name])) &&
    (
      ['slotWeights', 'slotAreas', 'areaPoints', 'areaPopulation', 'areaTotal', 'gapSlotOfPosition'] as const
    ).every((name) => identical(previousFrame.value[name], frame.value[name]));
  const sameLattice = (one: typeof lattice.value, other: typeof lattice.value) =>
    (
      [
        'bucketStart',
        'order',
        'longitudes',
        'latitudes',
        'vectors',
        'edgeCosines',
        'slotWeights',
        'slotAreas',
        'unplaced',
      ] as const
    ).every((name) => identical(one[name], other[name]));
  const latticesAgree =
    sameLattice(previousLattice.value, lattice.value) &&
    sameLattice(previousBoth.value.lattice, both.value.lattice);
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');
  const row = (label: string, timed: { ms: number; processorMs: number; collections: Collections }) =>
    `| ${label} | ${format(timed.ms)} | ${format(timed.processorMs)} | ${timed.collections.count} (${format(timed.collections.ms)} ms) |`;
  return [
    `The one-time preparation of the province's ${count(points.length)} population points (${count(prepared.order.length)} placed, ${count(areaCount)} townships), run ${startedAt} UTC; median of ${RUNS} runs after one untimed, the previous code and the current in turn (one first, then the other first), each pair of rows from its own alternation. Load average of the machine (1 / 5 / 15 min, 2 cores) ${load(loadBefore)} before and ${load(loadAfter)} after; processor time is user + system time of this process (garbage-collection threads included); full collections are the mark-compact collections that fell inside the ${RUNS} timed runs of the row, with their total pause.`,
    '',
    `| preparing the 10⁶ points once | wall ms | processor ms | full collections in ${RUNS} runs |`,
    '| --- | ---: | ---: | ---: |',
    row(
      '`prepareCoverage`, previous code (every buffer of a count in the frame allocated at once, the keys kept in position order, trigonometric calls for every quadtree node)',
      previousFrame,
    ),
    row(
      '`prepareCoverage`, current (the buffers of a count in the frame made on first use, the key computed again when placing, the sines and cosines of the nodes kept per row, column and level)',
      frame,
    ),
    row(
      '`prepareCoverage`, current, with the buffers of a count made at once (what the first kind counted in the frame adds)',
      frameWithBuffers,
    ),
    row('stamp lattice, previous code (the point objects read three times)', previousLattice),
    row(
      'stamp lattice, current, alone (no coordinates given: each point object read once, by the core it shares with the suggestion lists)',
      lattice,
    ),
    row('**both**, previous code (`prepareCoverage`, then the lattice)', previousBoth),
    row(
      '**both**, current (`prepareCoverage`, then the lattice on the coordinates it read: no point object read again)',
      both,
    ),
    '',
    `Previous and current \`prepareCoverage\`: ${samePrepared ? 'the same slots, unit vectors, quadtree and columns, to the last bit' : '**different results**'}. Previous and current lattice (alone and on the shared coordinates): ${latticesAgree ? 'the same slots, coordinates, unit vectors and columns, to the last bit' : '**different lattices**'}. Both together: ${identical(previousBoth.value.frame.prepared.vectors, both.value.frame.prepared.vectors) && identical(previousBoth.value.frame.slotWeights, both.value.frame.slotWeights) ? 'the same frame' : '**a different frame**'}.`,
  ];
}

// Run directly: print the lines.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(preparePointsBenchmark().join('\n'));
}
