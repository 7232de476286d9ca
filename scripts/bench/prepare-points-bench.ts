/**
 * Benchmark of the one-time preparation of the synthetic province's 10⁶ population points, every
 * figure from the same run: the analysis's nearest-school preparation (`prepareCoverage`: unit
 * vectors, Z-order quadtree, township grouping) and the stamp lattice (`prepareStampLattice`), each
 * beside a copy of its code before this change (scripts/bench/prepare-previous-method/: the code
 * at 5570921; the lattice's in scripts/bench/lattice-previous-method/), in turn;
 * then both preparations one after the other, the lattice reading the coordinates the first one
 * read (the one-time cost of a province as a whole), beside the previous code of both. Wall and
 * processor time, the full garbage collections that fell in the runs, and the load average of the
 * machine before and after. `preparePointsBenchmark()` returns markdown lines for
 * docs/PERFORMANCE.md (the stamped-coverage section includes them). Run alone with
 * `npx tsx scripts/bench/prepare-points-bench.ts`.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { prepareCoverage } from '../../src/analysis/prepare-coverage.ts';
import { preparePoints } from '../../src/analysis/prepare-points.ts';
import { prepareStampLattice } from '../../src/analysis/prepare-stamp-lattice.ts';
import { countyInput, coverageInput, fastCoverage, latticeInputs, provinceInput } from './coverage-inputs.ts';
import { prepareStampLattice as previousPrepareStampLattice } from './lattice-previous-method/prepare-stamp-lattice.ts';
import { prepareCoverage as previousPrepareCoverage } from './prepare-previous-method/prepare-coverage.ts';
import { preparePoints as previousPreparePoints } from './prepare-previous-method/prepare-points.ts';
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
  // One change at a time: the current preparePoints with the slot columns gathered in a pass of
  // their own (as before), against the current code (gathered in the unit vectors' pass).
  const [gatheredApart, gatheredInPass] = alternatingWithCollections(
    () => previousPrepareCoverage(points, weights, areaOfPoint, areaCount, preparePoints),
    () => prepareCoverage(points, weights, areaOfPoint, areaCount),
  );
  // The quadtree's part alone: preparePoints, which gathers no slot column.
  const [previousPoints, currentPoints] = alternatingWithCollections(
    () => previousPreparePoints(points),
    () => preparePoints(points),
  );
  const growth = [0, 1, 2, 3, 4, 5].map((turn) =>
    arrayBufferGrowth(() =>
      turn % 2 === 0
        ? previousPrepareCoverage(points, weights, areaOfPoint, areaCount)
        : prepareCoverage(points, weights, areaOfPoint, areaCount),
    ),
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
    ).every(
      (name) =>
        identical(previousPrepared[name], prepared[name]) &&
        identical(previousPoints.value[name], currentPoints.value[name]),
    ) &&
    identical(gatheredApart.value.slotWeights, gatheredInPass.value.slotWeights) &&
    identical(gatheredApart.value.slotAreas, gatheredInPass.value.slotAreas) &&
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
      '`prepareCoverage`, previous code (5570921: the sorted keys and the quadtree built in arrays of their own, the quadtree kept in arrays for a quarter of the points, the population and township of every slot gathered in a pass of their own)',
      previousFrame,
    ),
    row(
      "`prepareCoverage`, current (the sorted keys and the quadtree being built kept in the unit vectors' buffer, the quadtree copied out to the nodes' size, the population and township of every slot gathered in the unit vectors' pass)",
      frame,
    ),
    row(
      '`prepareCoverage` on the current `preparePoints`, the population and township of every slot gathered in a pass of their own (the previous way)',
      gatheredApart,
    ),
    row(
      "`prepareCoverage`, current (gathered in the unit vectors' pass), in turn with the row above",
      gatheredInPass,
    ),
    row(
      '`prepareCoverage`, current, with the buffers of a count made at once (what the first kind counted in the frame adds)',
      frameWithBuffers,
    ),
    row('`preparePoints` alone (no slot column), previous code', previousPoints),
    row(
      "`preparePoints` alone, current (the sorted keys and the quadtree being built kept in the unit vectors' buffer, the quadtree copied out to the nodes' size)",
      currentPoints,
    ),
    row('stamp lattice, previous code (the point objects read three times)', previousLattice),
    row(
      'stamp lattice, current, alone (no coordinates given: each point object read once, by the core it shares with the suggestion lists)',
      lattice,
    ),
    row(
      "**both**, previous code (`prepareCoverage` of 5570921, then the lattice's previous code)",
      previousBoth,
    ),
    row(
      '**both**, current (`prepareCoverage`, then the lattice on the coordinates it read: no point object read again)',
      both,
    ),
    '',
    `Array buffers of a \`prepareCoverage\` (growth of \`process.memoryUsage().arrayBuffers\` over one call started just after a full collection, in turn previous, current, three times): ${growth.map((mb) => `${mb.toFixed(1)} MB`).join(', ')}; kept alive by the frame: previous ${(keptBytes(previousFrame.value) / 1e6).toFixed(1)} MB, current ${(keptBytes(frame.value) / 1e6).toFixed(1)} MB (the population and township inputs included, counting buffers not yet made); quadtree nodes ${count(prepared.nodeStart.length)}.`,
    '',
    `Previous and current \`prepareCoverage\`: ${samePrepared ? 'the same slots, unit vectors, quadtree and columns, to the last bit' : '**different results**'}. Previous and current lattice (alone and on the shared coordinates): ${latticesAgree ? 'the same slots, coordinates, unit vectors and columns, to the last bit' : '**different lattices**'}. Both together: ${identical(previousBoth.value.frame.prepared.vectors, both.value.frame.prepared.vectors) && identical(previousBoth.value.frame.slotWeights, both.value.frame.slotWeights) ? 'the same frame' : '**a different frame**'}.`,
  ];
}

// Run directly: print the lines.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(preparePointsBenchmark().join('\n'));
}
