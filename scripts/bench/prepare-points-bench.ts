/**
 * Benchmark of the one-time preparation of the synthetic province's 10⁶ population points, every
 * figure from the same run: the analysis's nearest-school preparation (`prepareCoverage`: unit
 * vectors, Z-order quadtree, township grouping) beside a copy of its previous code
 * (scripts/bench/prepare-previous-method/), and the stamp lattice (`prepareStampLattice`) beside a
 * copy of its previous code (scripts/bench/stamp-previous-method/), each pair run in turn. Wall and processor time, and the load average of the machine before and after.
 * `preparePointsBenchmark()` returns markdown lines for docs/PERFORMANCE.md (the stamped-coverage
 * section includes them). Run alone with `npx tsx scripts/bench/prepare-points-bench.ts`.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { prepareStampLattice } from '../../src/analysis/prepare-stamp-lattice.ts';
import { countyInput, coverageInput, fastCoverage, latticeInputs, provinceInput } from './coverage-inputs.ts';
import { prepareStampLattice as beforeCorePrepareStampLattice } from './lattice-previous-method/prepare-stamp-lattice.ts';
import { prepareCoverage as previousPrepareCoverage } from './prepare-previous-method/prepare-coverage.ts';
import { prepareStampLattice as previousPrepareStampLattice } from './stamp-previous-method/prepare-stamp-lattice.ts';
import { alternating, count, format } from './timing.ts';

/** Timed runs of each preparation (medians reported), after one untimed. */
const RUNS = 7;

/** The largest difference between two arrays of numbers (Infinity when their lengths differ). */
function largestDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let largest = 0;
  for (let index = 0; index < a.length; index++)
    largest = Math.max(largest, Math.abs((a[index] as number) - (b[index] as number)));
  return largest;
}

/**
 * Runs the benchmark and returns its lines for docs/PERFORMANCE.md.
 * @example (preparePointsBenchmark()).join('\n')
 */
export function preparePointsBenchmark(): string[] {
  const input = coverageInput(provinceInput(countyInput().ruleSet));
  const fast = fastCoverage(input);
  const { areaCount, areaOfPoint, weights, classes } = latticeInputs(input, fast);
  const loadBefore = loadavg();
  const startedAt = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const [previousLattice, lattice] = alternating(
    () => previousPrepareStampLattice(input.points, weights, areaOfPoint, areaCount, classes.classOfArea),
    () => prepareStampLattice(input.points, weights, areaOfPoint, areaCount, classes.classOfArea),
    RUNS,
  );
  // The same lattice before it shared its core with the suggestion's lists (the point objects
  // read three times), in turn with the current code.
  const [beforeCoreLattice, coreLattice] = alternating(
    () => beforeCorePrepareStampLattice(input.points, weights, areaOfPoint, areaCount, classes.classOfArea),
    () => prepareStampLattice(input.points, weights, areaOfPoint, areaCount, classes.classOfArea),
    RUNS,
  );
  const [previousFrame, frame] = alternating(
    () => previousPrepareCoverage(input.points, weights, areaOfPoint, areaCount),
    fast.prepare,
    RUNS,
  );
  const loadAfter = loadavg();
  const sameSlots =
    largestDifference(previousLattice.value.order, lattice.value.order) === 0 &&
    largestDifference(previousLattice.value.bucketStart, lattice.value.bucketStart) === 0;
  const sameAsBeforeCore =
    largestDifference(beforeCoreLattice.value.order, coreLattice.value.order) === 0 &&
    largestDifference(beforeCoreLattice.value.bucketStart, coreLattice.value.bucketStart) === 0 &&
    largestDifference(beforeCoreLattice.value.vectors, coreLattice.value.vectors) === 0 &&
    largestDifference(beforeCoreLattice.value.slotWeights, coreLattice.value.slotWeights) === 0 &&
    largestDifference(beforeCoreLattice.value.slotAreas, coreLattice.value.slotAreas) === 0;
  const vectorDifference = largestDifference(previousLattice.value.vectors, lattice.value.vectors);
  const previousPrepared = previousFrame.value.prepared;
  const prepared = frame.value.prepared;
  const samePrepared =
    largestDifference(previousPrepared.order, prepared.order) === 0 &&
    largestDifference(previousPrepared.vectors, prepared.vectors) === 0 &&
    largestDifference(previousPrepared.nodeStart, prepared.nodeStart) === 0 &&
    largestDifference(previousPrepared.nodeReach, prepared.nodeReach) === 0 &&
    largestDifference(previousFrame.value.slotWeights, frame.value.slotWeights) === 0;
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');
  return [
    `The one-time preparation of the province's ${count(input.points.length)} population points (${count(frame.value.prepared.order.length)} placed, ${count(areaCount)} townships), run ${startedAt} UTC; median of ${RUNS} runs after one untimed, the previous and the current stamp lattice in turn (one first, then the other first). Load average of the machine (1 / 5 / 15 min, 2 cores) ${load(loadBefore)} before and ${load(loadAfter)} after; processor time is user + system time of this process.`,
    '',
    '| preparing the 10⁶ points once | wall ms | processor ms |',
    '| --- | ---: | ---: |',
    `| nearest-school method, previous code (\`prepareCoverage\` before: two 16-bit radix passes, a sine and cosine of every longitude) | ${format(previousFrame.ms)} | ${format(previousFrame.processorMs)} |`,
    `| nearest-school method, current (\`prepareCoverage\`, what the app's analysis runs: one counting pass and small sorts, sines and cosines kept per grid column and row) | ${format(frame.ms)} | ${format(frame.processorMs)} |`,
    `| stamp lattice, previous code (a sine and cosine a point, the point objects read three times) | ${format(previousLattice.ms)} | ${format(previousLattice.processorMs)} |`,
    `| stamp lattice, current (unit vectors from tables and series, the counting sort in place) | ${format(lattice.ms)} | ${format(lattice.processorMs)} |`,
    `| stamp lattice, current (the core shared with the suggestion's lists: the point objects read once), in turn with the next row | ${format(coreLattice.ms)} | ${format(coreLattice.processorMs)} |`,
    `| … the code before the shared core (the point objects read three times; the same lattice, bit for bit: ${sameAsBeforeCore ? 'yes' : '**no**'}) | ${format(beforeCoreLattice.ms)} | ${format(beforeCoreLattice.processorMs)} |`,
    '',
    `Previous and current \`prepareCoverage\`: ${samePrepared ? 'the same slots, unit vectors, quadtree and columns, to the last bit' : '**different results**'}. Previous and current lattice: ${sameSlots ? 'the same slots in the same order' : '**different slots**'}; unit vectors within ${vectorDifference.toExponential(1)} of each other (the stamp's band allows several times 1e-15).`,
  ];
}

// Run directly: print the lines.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(preparePointsBenchmark().join('\n'));
}
