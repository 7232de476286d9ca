/**
 * A Chromium trace of the first load of a built app, from navigation to the map's first `idle`
 * (the mark `atlas:first-map-idle`), summed thread by thread: what each thread (the page's main
 * thread, the map's workers, the compositor, the GPU and raster threads) spent its time on, the
 * frames drawn, the main thread's tasks in order, and the network responses before the mark.
 * Usage (after `npm run build`):
 *   npx tsx scripts/bench/first-load-trace.ts [dist directory | kept trace.json] [trace.json to keep]
 * TRACE_EXTRA adds trace categories, e.g. `disabled-by-default-v8.cpu_profiler` for the
 * JavaScript of every thread (the map's workers too).
 * Serves the directory on 127.0.0.1 (BENCH_PORT, 4332 by default).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { serveStatic } from '../../tests/e2e/static-server.ts';
import { launchHeadlessChromium } from '../headless-chromium.ts';

const directory = process.argv[2] ?? 'dist';
const keep = process.argv[3];
const PORT = Number(process.env.BENCH_PORT ?? 4332);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'gpu',
  'cc',
  'viz',
  '__metadata',
  ...(process.env.TRACE_EXTRA ?? '').split(',').filter(Boolean),
];

function short(url: string | undefined): string {
  if (!url) return '';
  return (
    url
      .split('?')[0]
      ?.split('/')
      .slice(-2)
      .join('/')
      .replace(/-[\w-]{8}\.js$/, '.js') ?? url
  );
}

async function record(): Promise<TraceEvent[]> {
  let recorded: TraceEvent[] = [];
  const server = await serveStatic(directory, PORT, {});
  const browser = await launchHeadlessChromium();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const cdp = await browser.context.newCDPSession(page);
    const done = new Promise<void>((resolve) => {
      cdp.on('Tracing.dataCollected', (message) => {
        recorded = recorded.concat((message as unknown as { value: TraceEvent[] }).value);
      });
      cdp.on('Tracing.tracingComplete', () => resolve());
    });
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
      transferMode: 'ReportEvents',
    });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(
      () => performance.getEntriesByName('atlas:first-map-idle').length > 0,
      undefined,
      { timeout: 60_000 },
    );
    await cdp.send('Tracing.end');
    await done;
  } finally {
    await browser.close();
    await server.close();
  }
  return recorded;
}

// A trace kept earlier (a .json file) is read again rather than recorded.
const events: TraceEvent[] = directory.endsWith('.json')
  ? (JSON.parse(readFileSync(directory, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  : await record();
if (keep) writeFileSync(keep, JSON.stringify({ traceEvents: events }));

// Threads by name.
const threadName = new Map<string, string>();
for (const event of events)
  if (event.ph === 'M' && event.name === 'thread_name')
    threadName.set(`${event.pid}:${event.tid}`, String(event.args?.name));
const navigation = events.find((event) => event.name === 'navigationStart' && event.args?.data);
const mark = events.find((event) => event.name === 'atlas:first-map-idle');
if (!navigation || !mark) throw new Error('no navigationStart or no mark in the trace');
const origin = navigation.ts;
const end = mark.ts;
const ms = (ts: number) => (ts - origin) / 1000;
console.log(`first idle at ${ms(end).toFixed(0)} ms after navigationStart`);
const rendererPid = navigation.pid;

// Top-level tasks per thread (RunTask / ThreadControllerImpl::RunTask) in [origin, end]: busy time.
const busy = new Map<string, number>();
const byName = new Map<string, Map<string, number>>();
const complete = events.filter((event) => event.ph === 'X' && event.ts >= origin && event.ts <= end);
for (const event of complete) {
  const thread = `${event.pid === rendererPid ? 'renderer' : `pid ${event.pid}`} ${threadName.get(`${event.pid}:${event.tid}`) ?? event.tid}`;
  if (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask')
    busy.set(thread, (busy.get(thread) ?? 0) + (event.dur ?? 0) / 1000);
  const names = byName.get(thread) ?? new Map<string, number>();
  names.set(event.name, (names.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
  byName.set(thread, names);
}
console.log('\nthreads, time in top-level tasks before the idle mark (ms), and their largest events:');
for (const [thread, time] of [...busy].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
  const names = [...(byName.get(thread) ?? new Map<string, number>())]
    .filter(([name]) => name !== 'ThreadControllerImpl::RunTask' && name !== 'RunTask')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, t]) => `${name} ${t.toFixed(0)}`)
    .join(', ');
  console.log(`  ${time.toFixed(0).padStart(6)}  ${thread}: ${names}`);
}

// The main thread's timeline: its tasks over 20 ms, each with what took most of it.
const mainTid = navigation.tid;
const mainEvents = complete.filter((event) => event.pid === rendererPid && event.tid === mainTid);
console.log('\nmain thread tasks over 20 ms (start, duration, largest inner events):');
for (const task of mainEvents.filter(
  (event) =>
    (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask') && (event.dur ?? 0) > 20_000,
)) {
  const inner = mainEvents.filter(
    (event) =>
      event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= task.ts + (task.dur ?? 0),
  );
  const sums = new Map<string, number>();
  for (const event of inner) {
    const label =
      event.name === 'FunctionCall' || event.name === 'EvaluateScript' || event.name === 'v8.compile'
        ? `${event.name}(${short(String(event.args?.data?.url ?? ''))}${event.args?.data?.functionName ? ` ${event.args.data.functionName}` : ''})`
        : event.name;
    sums.set(label, (sums.get(label) ?? 0) + (event.dur ?? 0) / 1000);
  }
  const top = [...sums]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, t]) => `${name} ${t.toFixed(0)}`)
    .join(', ');
  console.log(
    `  ${ms(task.ts).toFixed(0).padStart(5)} ${((task.dur ?? 0) / 1000).toFixed(0).padStart(4)}  ${top}`,
  );
}

// Frames: the compositor's draws and the main thread's BeginMainFrame before the mark.
const draws = events.filter(
  (event) => event.name === 'DrawFrame' && event.ts >= origin && event.ts <= end && event.pid === rendererPid,
);
const beginMain = mainEvents.filter(
  (event) => event.name === 'BeginMainThreadFrame' || event.name === 'ThreadProxy::BeginMainFrame',
);
const animationFrames = mainEvents.filter((event) => event.name === 'FireAnimationFrame');
console.log(
  `\nframes before idle: ${draws.length} DrawFrame (compositor), ${beginMain.length} main-thread frames, ${animationFrames.length} animation-frame callbacks (${animationFrames.reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0).toFixed(0)} ms)`,
);
for (const frame of animationFrames)
  console.log(
    `  rAF at ${ms(frame.ts).toFixed(0).padStart(5)} for ${((frame.dur ?? 0) / 1000).toFixed(0)} ms`,
  );

// Worker tasks: each worker thread's busy stretches.
for (const [thread, time] of busy) {
  if (!/Worker/i.test(thread) || time < 5) continue;
  const [pidText, tidText] = [...threadName].find(([, name]) => thread.endsWith(name))?.[0].split(':') ?? [];
  const tasks = complete.filter(
    (event) =>
      String(event.pid) === pidText &&
      String(event.tid) === tidText &&
      (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask') &&
      (event.dur ?? 0) > 10_000,
  );
  console.log(`\n${thread}: tasks over 10 ms (start, duration)`);
  console.log(
    `  ${tasks.map((task) => `${ms(task.ts).toFixed(0)}+${((task.dur ?? 0) / 1000).toFixed(0)}`).join('  ')}`,
  );
}

// Network: every response finished before the mark, by the browser's own counts.
const sent = new Map<string, { url: string; start: number }>();
const received = new Map<string, { finish: number; encoded: number }>();
for (const event of events) {
  const data = event.args?.data;
  if (!data) continue;
  if (event.name === 'ResourceSendRequest')
    sent.set(String(data.requestId), { url: String(data.url), start: ms(event.ts) });
  if (event.name === 'ResourceFinish')
    received.set(String(data.requestId), {
      finish: ms(event.ts),
      encoded: Number(data.encodedDataLength ?? 0),
    });
}
let total = 0;
console.log('\nresponses before idle (sent → finished ms, bytes on the wire):');
for (const [id, request] of [...sent].sort((a, b) => a[1].start - b[1].start)) {
  const response = received.get(id);
  if (!response || response.finish > ms(end)) continue;
  total += response.encoded;
  console.log(
    `  ${request.start.toFixed(0).padStart(5)} → ${response.finish.toFixed(0).padStart(5)}  ${String(response.encoded).padStart(8)}  ${short(request.url)}`,
  );
}
console.log(`  total ${total} bytes`);

// Sampled JavaScript (with TRACE_EXTRA=disabled-by-default-v8.cpu_profiler): self time by thread
// and function, up to the mark, the map's workers included.
interface ChunkNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber?: number };
  parent?: number;
}
const profiles = new Map<
  string,
  { thread: string; start: number; nodes: Map<number, ChunkNode>; time: number; self: Map<string, number> }
>();
for (const event of events) {
  const data = event.args?.data as
    | { startTime?: number; cpuProfile?: { nodes?: ChunkNode[]; samples?: number[] }; timeDeltas?: number[] }
    | undefined;
  if (!data) continue;
  const key = `${event.pid}:${(event as unknown as { id: string }).id}`;
  if (event.name === 'Profile')
    profiles.set(key, {
      thread: `${event.pid === rendererPid ? 'renderer' : `pid ${event.pid}`} ${threadName.get(`${event.pid}:${event.tid}`) ?? event.tid} ${event.tid}`,
      start: data.startTime ?? 0,
      nodes: new Map(),
      time: data.startTime ?? 0,
      self: new Map(),
    });
  if (event.name !== 'ProfileChunk') continue;
  const profile = profiles.get(key);
  if (!profile) continue;
  for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
  const samples = data.cpuProfile?.samples ?? [];
  const deltas = data.timeDeltas ?? [];
  for (let index = 0; index < samples.length; index++) {
    const delta = deltas[index] ?? 0;
    profile.time += delta;
    if (profile.time > end) break;
    const node = profile.nodes.get(samples[index] ?? -1);
    const name = node?.callFrame.functionName || '(anonymous)';
    if (!node || name === '(idle)' || name === '(program)' || name === '(root)') continue;
    const label = `${name} @ ${short(node.callFrame.url) || '(native)'}:${node.callFrame.lineNumber ?? ''}`;
    profile.self.set(label, (profile.self.get(label) ?? 0) + (deltas[index + 1] ?? delta) / 1000);
  }
}
for (const profile of profiles.values()) {
  const total = [...profile.self.values()].reduce((sum, value) => sum + value, 0);
  if (total < 5) continue;
  console.log(
    `\nJavaScript on ${profile.thread}: ${total.toFixed(0)} ms sampled before the mark; top functions (self ms):`,
  );
  for (const [label, time] of [...profile.self].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${time.toFixed(1).padStart(7)}  ${label}`);
}
