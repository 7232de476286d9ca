/**
 * Benchmark of the analysis on two cores: `runAnalysisPair` (现状 then 规划完成后) in one worker
 * thread against two worker threads, one scenario each, as the app's split analysis worker runs them —
 * the inputs cloned to each worker and the answers cloned back included. On the county and the
 * synthetic province.
 * Run alone with `npx tsx scripts/bench/two-workers-bench.ts`.
 */
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import type { AnalysisInput } from '../../src/analysis/analyze-district.ts';
import { compareAnalyses } from '../../src/analysis/compare-analyses.ts';
import { analyseRequest, analysisBuffers, type WorkerKeeps } from '../../src/workers/analyse-request.ts';
import type { AnalysisRequest } from '../../src/workers/analysis-protocol.ts';
import { countyInput, provinceInput } from './coverage-inputs.ts';
import { format, median } from './timing.ts';

const RUNS = 15;
const PROVINCE_RUNS = 3;

// In a worker thread: answer each request with its scenario's analysis, the gap points'
// buffers transferred as the app's worker does; with `keep`, as the app's worker (its session,
// and the population and boundaries last sent), else from scratch.
if (!isMainThread) {
  const keeps: WorkerKeeps = { current: null };
  parentPort?.on('message', ({ request, keep }: { request: AnalysisRequest; keep: boolean }) => {
    const start = performance.now();
    const result = analyseRequest(request, keep ? keeps : undefined);
    keeps.current?.forgetDerived();
    parentPort?.postMessage({ result, milliseconds: performance.now() - start }, analysisBuffers(result));
  });
}

function ask(
  worker: Worker,
  request: AnalysisRequest,
  keep = false,
): Promise<{ result: ReturnType<typeof analyseRequest>; milliseconds: number }> {
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage({ request, keep });
  });
}

/**
 * Runs the benchmark and returns its lines for docs/PERFORMANCE.md.
 * @example (await twoWorkersBenchmark()).join('\n')
 */
export async function twoWorkersBenchmark(): Promise<string[]> {
  return [
    ...(await compareThreads('港南区 sample data', countyInput(), RUNS, 3)),
    '',
    ...(await compareThreads(
      'synthetic province of the coverage section (10⁶ cells, 30,000 schools)',
      provinceInput(countyInput().ruleSet),
      PROVINCE_RUNS,
      1,
      7,
    )),
  ];
}

/** One thread against two worker threads on one input. */
async function compareThreads(
  title: string,
  input: AnalysisInput,
  runs: number,
  warmUps: number,
  editRuns = runs,
): Promise<string[]> {
  const { schools, townships, population, ruleSet, radii } = input;
  const request: AnalysisRequest = {
    id: 1,
    year: null,
    input: { schools, townships, population, ruleSet, radii },
  };
  const url = new URL(import.meta.url);
  // A worker thread does not inherit tsx's loader: it registers it, then loads this file.
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  const workers = [0, 1, 2].map(() => new Worker(boot, { eval: true }));
  const one: number[] = [];
  const two: number[] = [];
  const inside: number[] = [];
  const editResent: number[] = [];
  const editKept: number[] = [];
  const editResentInside: number[] = [];
  const editKeptInside: number[] = [];
  try {
    for (let run = -warmUps; run < runs; run++) {
      let start = performance.now();
      await ask(workers[2] as Worker, request);
      if (run >= 0) one.push(performance.now() - start);
      start = performance.now();
      const [current, planned] = await Promise.all([
        ask(workers[0] as Worker, { ...request, scenario: 'current' }),
        ask(workers[1] as Worker, { ...request, scenario: 'planned' }),
      ]);
      compareAnalyses(current.result as never, planned.result as never);
      if (run >= 0) {
        two.push(performance.now() - start);
        inside.push(Math.max(current.milliseconds, planned.milliseconds));
      }
    }
    // The app's edit: one primary school moved ≈ 1 km, each scenario's worker keeping its
    // session; the request with the population and boundaries again (as the runner sent every
    // request before) or without them (sent only when changed), alternating.
    const primaries = schools.flatMap((school, position) => (school.type === '小学' ? [position] : []));
    const editAt = (run: number): AnalysisRequest['input'] => {
      const moved = [...schools];
      const position = primaries[Math.abs(run) % primaries.length] ?? 0;
      const school = moved[position] as (typeof schools)[number];
      moved[position] = { ...school, lon: school.lon + 0.01 };
      return { schools: moved, ruleSet, radii };
    };
    const both = (input: AnalysisRequest['input']) =>
      Promise.all([
        ask(workers[0] as Worker, { id: 2, year: null, input, scenario: 'current' }, true),
        ask(workers[1] as Worker, { id: 2, year: null, input, scenario: 'planned' }, true),
      ]);
    await both(request.input);
    for (let run = -warmUps; run < editRuns; run++) {
      for (const resend of run % 2 === 0 ? [true, false] : [false, true]) {
        const input = editAt(run * 2 + (resend ? 0 : 1));
        const start = performance.now();
        const [current, planned] = await both(resend ? { ...input, population, townships } : input);
        compareAnalyses(current.result as never, planned.result as never);
        if (run < 0) continue;
        (resend ? editResent : editKept).push(performance.now() - start);
        (resend ? editResentInside : editKeptInside).push(
          Math.max(current.milliseconds, planned.milliseconds),
        );
      }
    }
  } finally {
    for (const worker of workers) await worker.terminate();
  }
  return [
    `| ${title}: 现状 and 规划完成后 and their comparison (median of ${runs}, alternating, after ${warmUps} untimed; ${cpus().length} cores) | ms |`,
    '| --- | ---: |',
    `| one worker thread: \`runAnalysisPair\` (inputs cloned in, the pair cloned out), as the app ran it | ${format(median(one))} |`,
    `| two worker threads, one scenario each (inputs cloned in, answers cloned out, comparison after) | ${format(median(two))} |`,
    `| … of which the slower worker's analysis itself | ${format(median(inside))} |`,
    `| speed-up | ×${(median(one) / median(two)).toFixed(2)} |`,
    `| **an edit** (one primary school moved ≈ 1 km), two worker threads keeping their sessions, requests without the population and boundaries (median of ${editRuns}) | ${format(median(editKept))} |`,
    `| … of which the slower worker's analysis itself | ${format(median(editKeptInside))} |`,
    `| the same edits, requests carrying the population and boundaries again as before (median of ${editRuns}, alternating with the row above) | ${format(median(editResent))} |`,
    `| … of which the slower worker's analysis itself | ${format(median(editResentInside))} |`,
  ];
}

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await twoWorkersBenchmark()).join('\n'));
}
