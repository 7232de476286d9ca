/**
 * Helpers of the suggestion benchmark (suggest-bench.ts): steps timed in turn — two requests,
 * or a request after the 选址 screen prepared the lattice beside a cold one — and the checks that
 * lists and picks are the same.
 */
import type { CoverageLists } from '../../src/analysis/build-coverage-lists.ts';
import { createListLatticeCache, type ListLatticeCache } from '../../src/analysis/list-lattice-cache.ts';
import type { CoveringResult } from '../../src/analysis/suggest-sites.ts';
import { median } from './timing.ts';

/** Runs of each timed step (the median is reported) after one untimed. */
const RUNS = 5;

/**
 * Two runs timed in turn (a, b, a, b, …) after one untimed each, so that a change in the load
 * of the machine falls on both alike: the medians and the last results.
 */
export async function timedPair<A, B>(
  first: () => Promise<A>,
  second: () => Promise<B>,
  runs = RUNS,
): Promise<[{ value: A; ms: number }, { value: B; ms: number }]> {
  let a = await first();
  let b = await second();
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let index = 0; index < runs; index++) {
    let start = performance.now();
    a = await first();
    samplesA.push(performance.now() - start);
    start = performance.now();
    b = await second();
    samplesB.push(performance.now() - start);
  }
  return [
    { value: a, ms: median(samplesA) },
    { value: b, ms: median(samplesB) },
  ];
}

/** Wall and processor milliseconds of every run of a step. */
interface Samples {
  wall: number[];
  processor: number[];
}

/** A step's medians and its last result. */
interface Timed<T> {
  value: T;
  ms: number;
  processorMs: number;
}

function measured<T>(run: () => T, samples: Samples): T {
  const processorStart = process.cpuUsage();
  const start = performance.now();
  const value = run();
  samples.wall.push(performance.now() - start);
  const spent = process.cpuUsage(processorStart);
  samples.processor.push((spent.user + spent.system) / 1000);
  return value;
}

function medians<T>(value: T, samples: Samples): Timed<T> {
  return { value, ms: median(samples.wall), processorMs: median(samples.processor) };
}

/**
 * A request after the 选址 screen prepared the lattice, beside a cold request (the lattice
 * prepared by the request itself), in turn (cold, prepared; prepared, cold; …) after one untimed
 * of each. Every prepared run starts from an empty cache, as a worker does when the screen opens:
 * the preparation is timed on its own, then the request. `hitOnly` says whether every prepared
 * request took the lattice from the cache and prepared none itself.
 */
export function preparedBesideCold<T>(
  cold: () => T,
  prepare: (cache: ListLatticeCache) => void,
  request: (cache: ListLatticeCache) => T,
  runs: number,
): { cold: Timed<T>; preparation: Timed<null>; prepared: Timed<T>; hitOnly: boolean } {
  const samples: { cold: Samples; preparation: Samples } = {
    cold: { wall: [], processor: [] },
    preparation: { wall: [], processor: [] },
  };
  const preparedSamples: Samples = { wall: [], processor: [] };
  let hitOnly = true;
  let coldValue = cold();
  const preparedRun = (timing: boolean) => {
    const cache = createListLatticeCache();
    const sink: Samples = { wall: [], processor: [] };
    measured(() => prepare(cache), timing ? samples.preparation : sink);
    const misses = cache.misses;
    const value = measured(() => request(cache), timing ? preparedSamples : sink);
    if (cache.misses !== misses || cache.hits === 0) hitOnly = false;
    return value;
  };
  let preparedValue = preparedRun(false);
  for (let index = 0; index < runs; index++) {
    if (index % 2 === 0) {
      coldValue = measured(cold, samples.cold);
      preparedValue = preparedRun(true);
    } else {
      preparedValue = preparedRun(true);
      coldValue = measured(cold, samples.cold);
    }
  }
  return {
    cold: medians(coldValue, samples.cold),
    preparation: medians(null, samples.preparation),
    prepared: medians(preparedValue, preparedSamples),
    hitOnly,
  };
}

/** Whether two sets of lists hold the same entries in the same order. */
export function sameCoverageLists(a: CoverageLists | null, b: CoverageLists): boolean {
  if (!a || a.sites !== b.sites || a.points.length !== b.points.length) return false;
  for (let site = 0; site <= a.sites; site++) if (a.start[site] !== b.start[site]) return false;
  for (let entry = 0; entry < a.points.length; entry++) if (a.points[entry] !== b.points[entry]) return false;
  return true;
}

/** How many runs of slots stamped lists are kept as (0 for lists without runs). */
export function runCount(lists: CoverageLists): number {
  const slots = lists.slots;
  if (!slots) return 0;
  let runs = 0;
  for (let site = 0; site < lists.sites; site++)
    runs += ((slots.runTo[site] as number) - (slots.runFrom[site] as number)) / 2;
  return runs;
}

export function samePicks(a: CoveringResult, b: CoveringResult): boolean {
  return JSON.stringify(a.picks) === JSON.stringify(b.picks) && a.coveredAfter === b.coveredAfter;
}
