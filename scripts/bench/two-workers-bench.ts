/**
 * Benchmark of the analysis on two cores: `runAnalysisPair` (现状 then 规划完成后) in one worker
 * thread against two worker threads, one scenario each — the inputs cloned to each worker and the
 * answers cloned back included — and an edit through the workers, with the previous protocol (the
 * whole roster in, every township record and flag out) and the app's channel (the roster's
 * changes in, a patch on the last answer out: `createAnalysisChannel`), on one worker thread and on
 * two, alternating in the same run. Then where an edit's round trip goes, step by step. On the
 * county and the synthetic province.
 * Run alone with `npx tsx scripts/bench/two-workers-bench.ts`.
 */
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import type { AnalysisInput, DistrictAnalysis } from '../../src/analysis/analyze-district.ts';
import { compareAnalyses } from '../../src/analysis/compare-analyses.ts';
import type { AnalysisPair } from '../../src/analysis/run-analysis-pair.ts';
import { createAnalysisChannel } from '../../src/store/analysis-channel.ts';
import { analyseRequest, analysisBuffers, type WorkerKeeps } from '../../src/workers/analyse-request.ts';
import { makeAnalysisPatch } from '../../src/workers/analysis-patch.ts';
import type {
  AnalysisRequest,
  ScenarioRequest,
  ScenarioResponse,
} from '../../src/workers/analysis-protocol.ts';
import type { WorkerResponse } from '../../src/workers/answer-requests.ts';
import { answerScenarioRequests, startScenarioKeeps } from '../../src/workers/answer-scenario.ts';
import { countyInput, provinceInput } from './coverage-inputs.ts';
import { format, median } from './timing.ts';

const RUNS = 15;
const PROVINCE_RUNS = 3;

// In a worker thread: with `request`, the previous protocol — each request's scenario analysed,
// the gap points' buffers transferred; with `keep`, as the app's worker kept its session and the
// population and boundaries last sent, else from scratch. With `scenario`, the app's worker body
// now (`answerScenarioRequests`), and after each answer the patch made again and serialised, to
// time those steps on their own.
if (!isMainThread) {
  const keeps: WorkerKeeps = { current: null };
  const scenarioKeeps = startScenarioKeeps();
  const scope = {
    onmessage: null as ((event: MessageEvent<ScenarioRequest>) => void) | null,
    postMessage(message: unknown, options?: { transfer?: Transferable[] }) {
      const response = message as ScenarioResponse;
      let profile: { patchMs: number; serialiseMs: number } | undefined;
      if (response.ok) {
        const sent = scenarioKeeps.sent[response.scenario];
        const patch = response.result;
        const base = patch.base === null ? null : sent && lastSent.get(response.scenario);
        const start = performance.now();
        if (sent)
          makeAnalysisPatch(base?.analysis ?? null, base?.version ?? null, sent.analysis, sent.version);
        const patchMs = performance.now() - start;
        const serialiseStart = performance.now();
        serialize(withoutColumns(patch));
        profile = { patchMs, serialiseMs: performance.now() - serialiseStart };
        if (sent) lastSent.set(response.scenario, sent);
      }
      parentPort?.postMessage({ scenario: response, profile }, (options?.transfer ?? []) as ArrayBuffer[]);
    },
  };
  const lastSent = new Map<string, { version: number; analysis: DistrictAnalysis }>();
  answerScenarioRequests(scope, scenarioKeeps);
  parentPort?.on(
    'message',
    (message: { request: AnalysisRequest; keep: boolean } | { scenario: ScenarioRequest }) => {
      if ('scenario' in message) {
        scope.onmessage?.({ data: message.scenario } as MessageEvent<ScenarioRequest>);
        return;
      }
      const { request, keep } = message;
      const start = performance.now();
      const result = analyseRequest(request, keep ? keeps : undefined);
      keeps.current?.forgetDerived();
      const milliseconds = performance.now() - start;
      const serialiseStart = performance.now();
      serialize(withoutColumns(result));
      parentPort?.postMessage(
        { result, milliseconds, serialiseMs: performance.now() - serialiseStart },
        analysisBuffers(result),
      );
    },
  );
}

/** A message without its transferred columns (they cross without a copy), to time what is cloned. */
function withoutColumns(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return null;
  if (Array.isArray(value)) return value.map(withoutColumns);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutColumns(item)]));
}

interface OldAnswer {
  result: ReturnType<typeof analyseRequest>;
  milliseconds: number;
  serialiseMs: number;
}

function ask(worker: Worker, request: AnalysisRequest, keep = false): Promise<OldAnswer> {
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage({ request, keep });
  });
}

/** Per-step figures of the channel's last round trip, gathered by `channelOf`. */
interface ChannelSteps {
  /** Main thread: serialising each scenario request (timed again on the posted request), its bytes. */
  requestMs: number[];
  requestBytes: number[];
  /** In the worker: the whole answer, making the patch again, serialising it. */
  answerMs: number[];
  patchMs: number[];
  serialiseMs: number[];
  patchBytes: number[];
  /** Main thread: applying the patch (and, after the second, the comparison). */
  applyMs: number[];
}

/** The app's channel over worker threads, each adapted to the web worker's shape. */
function channelOf(threads: readonly Worker[]): { channel: globalThis.Worker; steps: ChannelSteps } {
  const steps: ChannelSteps = {
    requestMs: [],
    requestBytes: [],
    answerMs: [],
    patchMs: [],
    serialiseMs: [],
    patchBytes: [],
    applyMs: [],
  };
  const adapted = threads.map((thread) => {
    const web = {
      onmessage: null as ((event: { data: unknown }) => void) | null,
      onerror: null,
      postMessage(data: ScenarioRequest) {
        const start = performance.now();
        const bytes = serialize(data).length;
        steps.requestMs.push(performance.now() - start);
        steps.requestBytes.push(bytes);
        thread.postMessage({ scenario: data });
      },
      terminate() {},
    };
    thread.on(
      'message',
      (message: { scenario?: ScenarioResponse; profile?: { patchMs: number; serialiseMs: number } }) => {
        if (!message.scenario) return;
        const response = message.scenario;
        if (response.ok) {
          steps.answerMs.push(response.milliseconds);
          steps.patchBytes.push(serialize(withoutColumns(response.result)).length);
        }
        if (message.profile) {
          steps.patchMs.push(message.profile.patchMs);
          steps.serialiseMs.push(message.profile.serialiseMs);
        }
        const start = performance.now();
        web.onmessage?.({ data: response });
        steps.applyMs.push(performance.now() - start);
      },
    );
    return web as unknown as globalThis.Worker;
  });
  return { channel: createAnalysisChannel(adapted), steps };
}

function askChannel(channel: globalThis.Worker, request: AnalysisRequest): Promise<AnalysisPair> {
  return new Promise((resolve, reject) => {
    channel.onmessage = (event: MessageEvent<WorkerResponse<AnalysisPair>>) =>
      event.data.ok ? resolve(event.data.result) : reject(new Error(JSON.stringify(event.data.error)));
    channel.postMessage(request);
  });
}

/** Wall and processor time (this process: the main thread and every worker thread) of one run. */
async function clocked<T>(run: () => Promise<T>): Promise<{ value: T; wall: number; processor: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wall, processor: (used.user + used.system) / 1000 };
}

function load(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
}

/**
 * Runs the benchmark and returns its lines for docs/PERFORMANCE.md.
 * @example (await twoWorkersBenchmark()).join('\n')
 */
export async function twoWorkersBenchmark(): Promise<string[]> {
  const started = new Date().toISOString();
  const loadBefore = load();
  const lines = [
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
  return [
    `Run from ${started} to ${new Date().toISOString()}; load average (1 / 5 / 15 min, ${cpus().length} cores) ${loadBefore} before and ${load()} after. Processor time: user + system time of the whole process (main thread and worker threads).`,
    '',
    ...lines,
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
  // 0, 1: the previous protocol, one scenario each; 2: the previous protocol, the pair;
  // 3, 4: the channel, one scenario each; 5: the channel, both scenarios on one thread.
  const workers = [0, 1, 2, 3, 4, 5].map(() => new Worker(boot, { eval: true }));
  const one: number[] = [];
  const two: number[] = [];
  const inside: number[] = [];
  type Row = { wall: number[]; processor: number[]; inside: number[] };
  const row = (): Row => ({ wall: [], processor: [], inside: [] });
  const edits = { before: row(), channelTwo: row(), channelOne: row() };
  const profile = { requestMs: [] as number[], requestBytes: [] as number[], readMs: [] as number[] };
  const oldSerialise: number[] = [];
  const oldAnswerBytes: number[] = [];
  const oldAnswerRead: number[] = [];
  const twoThreads = channelOf([workers[3] as Worker, workers[4] as Worker]);
  const oneThread = channelOf([workers[5] as Worker]);
  let check = '';
  let pairs: { previous: AnalysisPair | null; latest: AnalysisPair | null } = {
    previous: null,
    latest: null,
  };
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
    // The app's edit: one primary school moved ≈ 1 km, each worker keeping its session and the
    // population and boundaries; the previous protocol (the whole roster in, the whole answer out)
    // and the channel on two threads and on one, in turn.
    const primaries = schools.flatMap((school, position) => (school.type === '小学' ? [position] : []));
    const editAt = (run: number): AnalysisRequest['input'] => {
      const moved = [...schools];
      const position = primaries[Math.abs(run) % primaries.length] ?? 0;
      const school = moved[position] as (typeof schools)[number];
      moved[position] = { ...school, lon: school.lon + 0.01 };
      return { schools: moved, ruleSet, radii };
    };
    const both = (asked: AnalysisRequest['input']) =>
      Promise.all([
        ask(workers[0] as Worker, { id: 2, year: null, input: asked, scenario: 'current' }, true),
        ask(workers[1] as Worker, { id: 2, year: null, input: asked, scenario: 'planned' }, true),
      ]);
    await both(request.input);
    await askChannel(twoThreads.channel, request);
    await askChannel(oneThread.channel, request);
    let id = 2;
    const orders = [
      ['before', 'channelTwo', 'channelOne'],
      ['channelOne', 'before', 'channelTwo'],
      ['channelTwo', 'channelOne', 'before'],
    ] as const;
    for (let run = -warmUps; run < editRuns; run++) {
      for (const [turn, method] of (orders[(run + warmUps) % orders.length] ?? orders[0]).entries()) {
        const asked = editAt(run * 3 + turn);
        id++;
        if (method === 'before') {
          const { value, wall, processor } = await clocked(async () => {
            const answers = await both(asked);
            compareAnalyses(answers[0].result as never, answers[1].result as never);
            return answers;
          });
          if (run < 0) continue;
          edits.before.wall.push(wall);
          edits.before.processor.push(processor);
          edits.before.inside.push(Math.max(value[0].milliseconds, value[1].milliseconds));
          for (const answer of value) {
            oldSerialise.push(answer.serialiseMs);
            const bytes = serialize(withoutColumns(answer.result));
            oldAnswerBytes.push(bytes.length);
            const readStart = performance.now();
            deserialize(bytes);
            oldAnswerRead.push(performance.now() - readStart);
          }
          const old = { ...request, id, input: asked, scenario: 'current' as const };
          const writeStart = performance.now();
          const bytes = serialize(old);
          profile.requestMs.push(performance.now() - writeStart);
          profile.requestBytes.push(bytes.length);
          const readStart = performance.now();
          deserialize(bytes);
          profile.readMs.push(performance.now() - readStart);
          continue;
        }
        const target = method === 'channelTwo' ? twoThreads : oneThread;
        const inStart = target.steps.answerMs.length;
        const { value, wall, processor } = await clocked(() =>
          askChannel(target.channel, { id, year: null, input: asked }),
        );
        if (run < 0) continue;
        edits[method].wall.push(wall);
        edits[method].processor.push(processor);
        const answered = target.steps.answerMs.slice(inStart);
        edits[method].inside.push(
          method === 'channelTwo' ? Math.max(...answered) : answered.reduce((sum, each) => sum + each, 0),
        );
        if (method === 'channelTwo') {
          pairs = { previous: pairs.latest, latest: value };
          if (run === editRuns - 1) check = checkAgainstFresh(value, asked, input);
        }
      }
    }
  } finally {
    for (const worker of workers) await worker.terminate();
  }
  const steps = twoThreads.steps;
  const comparing =
    pairs.previous && pairs.latest ? timeComparisons(pairs.previous, pairs.latest) : { fresh: [], kept: [] };
  const tail = (values: number[]) => values.slice(-2 * editRuns);
  const wallAndProcessor = (each: Row) => `${format(median(each.wall))} / ${format(median(each.processor))}`;
  const kilobytes = (values: number[]) => `${Math.round(median(values) / 1024).toLocaleString('en-US')} KB`;
  return [
    `| ${title}: 现状 and 规划完成后 and their comparison (median of ${runs}, alternating, after ${warmUps} untimed; ${cpus().length} cores) | ms |`,
    '| --- | ---: |',
    `| one worker thread: \`runAnalysisPair\` (inputs cloned in, the pair cloned out) | ${format(median(one))} |`,
    `| two worker threads, one scenario each (inputs cloned in, answers cloned out, comparison after) | ${format(median(two))} |`,
    `| … of which the slower worker's analysis itself | ${format(median(inside))} |`,
    `| speed-up | ×${(median(one) / median(two)).toFixed(2)} |`,
    '',
    `| ${title}: **an edit** (one primary school moved ≈ 1 km), request to compared pair, workers keeping their sessions (median of ${editRuns}, the three in turn) | wall ms / processor ms | of which the analysis in the worker(s) |`,
    '| --- | ---: | ---: |',
    `| previous protocol, two worker threads: the whole roster in, the whole answer out | ${wallAndProcessor(edits.before)} | ${format(median(edits.before.inside))} (slower worker) |`,
    `| **channel, two worker threads**: the roster's changes in, a patch out, one scenario each | **${wallAndProcessor(edits.channelTwo)}** | ${format(median(edits.channelTwo.inside))} (slower worker, patch included) |`,
    `| channel, one worker thread, both scenarios in turn | ${wallAndProcessor(edits.channelOne)} | ${format(median(edits.channelOne.inside))} (both, patches included) |`,
    `| speed-up of the two threads over one, channel | ×${(median(edits.channelOne.wall) / median(edits.channelTwo.wall)).toFixed(2)} |  |`,
    '',
    `| ${title}: where an edit's round trip goes, per scenario (medians) | previous protocol | channel |`,
    '| --- | ---: | ---: |',
    `| request serialised on the main thread (v8.serialize, timed again on the same message) | ${format(median(profile.requestMs))} ms, ${kilobytes(profile.requestBytes)} | ${format(median(tail(steps.requestMs)))} ms, ${kilobytes(tail(steps.requestBytes))} |`,
    `| request read (v8.deserialize of the same bytes; in the worker it waits for this) | ${format(median(profile.readMs))} ms | — (${kilobytes(tail(steps.requestBytes))}) |`,
    `| the worker's answer: analysis (and, channel, the roster's changes applied and the patch made) | ${format(median(edits.before.inside))} | ${format(median(tail(steps.answerMs)))} |`,
    `| … of which making the patch (made again after the answer, same inputs) | — | ${format(median(tail(steps.patchMs)))} |`,
    `| answer serialised in the worker (without the transferred gap columns) | ${format(median(oldSerialise))} ms, ${kilobytes(oldAnswerBytes)} | ${format(median(tail(steps.serialiseMs)))} ms, ${kilobytes(tail(steps.patchBytes))} |`,
    `| answer read on the main thread (v8.deserialize of the same bytes) | ${format(median(oldAnswerRead))} | — |`,
    `| main thread: patch applied, comparison (after the second scenario) | comparison afresh ${format(median(comparing.fresh))} | ${format(median(pairSums(tail(steps.applyMs))))} (both scenarios' patches and the comparison); the comparison alone, keeping the previous edit's: ${format(median(comparing.kept))} |`,
    '',
    `Channel on two threads against a fresh \`runAnalysisPair\` of the last edit: ${check}.`,
  ];
}

/**
 * The comparison on the main thread for `latest`: afresh, and keeping the comparisons made for
 * `previous` (the edit before), each timed 5 times.
 */
function timeComparisons(previous: AnalysisPair, latest: AnalysisPair): { fresh: number[]; kept: number[] } {
  const fresh: number[] = [];
  const kept: number[] = [];
  for (let run = 0; run < 5; run++) {
    let start = performance.now();
    compareAnalyses(latest.current, latest.planned);
    fresh.push(performance.now() - start);
    const comparisons = new WeakMap();
    compareAnalyses(previous.current, previous.planned, comparisons);
    start = performance.now();
    compareAnalyses(latest.current, latest.planned, comparisons);
    kept.push(performance.now() - start);
  }
  return { fresh, kept };
}

/** Sums of consecutive pairs (the two scenarios' handlers of one edit). */
function pairSums(values: readonly number[]): number[] {
  const sums: number[] = [];
  for (let index = 0; index + 1 < values.length; index += 2)
    sums.push((values[index] ?? 0) + (values[index + 1] ?? 0));
  return sums;
}

/** Whether the channel's answer is the fresh analysis's (plain data, gap columns as lists). */
function checkAgainstFresh(
  pair: AnalysisPair,
  asked: AnalysisRequest['input'],
  input: AnalysisInput,
): string {
  const fresh = {
    current: analyseRequest({
      id: 0,
      year: null,
      scenario: 'current',
      input: { ...asked, population: input.population, townships: input.townships },
    }) as DistrictAnalysis,
    planned: analyseRequest({
      id: 0,
      year: null,
      scenario: 'planned',
      input: { ...asked, population: input.population, townships: input.townships },
    }) as DistrictAnalysis,
  };
  const plain = (value: unknown) =>
    JSON.stringify(value, (_key, item) =>
      ArrayBuffer.isView(item) ? Array.from(item as Float64Array) : item,
    );
  const same =
    plain(pair.current) === plain(fresh.current) &&
    plain(pair.planned) === plain(fresh.planned) &&
    plain(pair.comparison) === plain(compareAnalyses(fresh.current, fresh.planned));
  return same ? 'identical (both analyses and the comparison)' : '**different**';
}

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await twoWorkersBenchmark()).join('\n'));
}
