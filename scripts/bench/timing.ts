/** Timing and number formats shared by the benchmarks. */

/** Milliseconds with as many decimals as make sense: 1234 · 56.7 · 8.90. */
export function format(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

/** A count with thousands separators. */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** The median of some samples (0 for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Median wall time of `runs` runs (garbage collection included, as it falls) and the last
 * result, after `warmUps` untimed runs (so the code is compiled before it is timed).
 * @example timed(() => suggestSites(problem, { count: 16 }), 5, 1).ms
 */
export function timed<T>(run: () => T, runs = 1, warmUps = runs > 1 ? 1 : 0): { value: T; ms: number } {
  const samples: number[] = [];
  let value: T | undefined;
  for (let index = 0; index < warmUps; index++) value = run();
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    value = run();
    samples.push(performance.now() - start);
  }
  return { value: value as T, ms: median(samples) };
}

/**
 * Like {@link timed}, with the processor time of this process (user + system, all its threads)
 * beside the wall time: on a shared machine the wall clock includes waiting for a core, the
 * processor time does not. Medians of both.
 * @example timedWithProcessor(() => buildCoverageLists(cells, radii, sites), 9, 1).processorMs
 */
export function timedWithProcessor<T>(
  run: () => T,
  runs = 1,
  warmUps = runs > 1 ? 1 : 0,
): { value: T; ms: number; processorMs: number } {
  const samples: number[] = [];
  const processorSamples: number[] = [];
  let value: T | undefined;
  for (let index = 0; index < warmUps; index++) value = run();
  for (let index = 0; index < runs; index++) {
    const processorStart = process.cpuUsage();
    const start = performance.now();
    value = run();
    samples.push(performance.now() - start);
    const spent = process.cpuUsage(processorStart);
    processorSamples.push((spent.user + spent.system) / 1000);
  }
  return { value: value as T, ms: median(samples), processorMs: median(processorSamples) };
}

/**
 * Two methods timed in turn (a b, b a, a b, …) after `warmUps` untimed runs of each, so that a change
 * in the load of the machine falls on both alike: for each, the medians of wall and processor
 * time and its last result.
 * @example const [before, after] = alternating(() => previous(input), () => current(input), 7, 1)
 */
export function alternating<A, B>(
  first: () => A,
  second: () => B,
  runs: number,
  warmUps = 1,
): [{ value: A; ms: number; processorMs: number }, { value: B; ms: number; processorMs: number }] {
  const samples: [number[], number[], number[], number[]] = [[], [], [], []];
  let a: A | undefined;
  let b: B | undefined;
  for (let index = 0; index < warmUps; index++) {
    a = first();
    b = second();
  }
  const measure = (run: () => void, wall: number[], processor: number[]) => {
    const processorStart = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const spent = process.cpuUsage(processorStart);
    processor.push((spent.user + spent.system) / 1000);
  };
  // a b, b a, a b, …: whatever one leaves behind for the next (garbage to collect, a cold
  // cache) falls on both alike.
  const runFirst = () =>
    measure(
      () => {
        a = first();
      },
      samples[0],
      samples[1],
    );
  const runSecond = () =>
    measure(
      () => {
        b = second();
      },
      samples[2],
      samples[3],
    );
  for (let index = 0; index < runs; index++) {
    if (index % 2 === 0) {
      runFirst();
      runSecond();
    } else {
      runSecond();
      runFirst();
    }
  }
  return [
    { value: a as A, ms: median(samples[0]), processorMs: median(samples[1]) },
    { value: b as B, ms: median(samples[2]), processorMs: median(samples[3]) },
  ];
}
