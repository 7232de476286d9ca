/**
 * Profiles the first load of a built app in headless Chromium: what happens between navigation
 * and the map's first `idle` (resources, long tasks, paints, marks, and the main thread's CPU
 * profile summed by script and by function). Usage:
 *   npx tsx scripts/bench/first-load-profile.ts [dist directory] [runs]
 * Serves the directory on 127.0.0.1 (BENCH_PORT, 4331 by default) and prints a breakdown.
 */
import { serveStatic } from '../../tests/e2e/static-server.ts';
import { launchHeadlessChromium } from '../headless-chromium.ts';

const directory = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 1);
const PORT = Number(process.env.BENCH_PORT ?? 4331);
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function short(url: string): string {
  return (
    url
      .split('/')
      .pop()
      ?.replace(/-[\w-]{8}\.js$/, '.js') || '(native)'
  );
}

async function profileOnce(): Promise<void> {
  const browser = await launchHeadlessChromium();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const wallStart = Date.now();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:first-map-idle').length > 0,
    undefined,
    {
      timeout: 60_000,
    },
  );
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const facts = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      timeOrigin: performance.timeOrigin,
      navigation: {
        responseEnd: navigation.responseEnd,
        domInteractive: navigation.domInteractive,
        domContentLoaded: navigation.domContentLoadedEventEnd,
        load: navigation.loadEventEnd,
      },
      resources: performance.getEntriesByType('resource').map((entry) => {
        const resource = entry as PerformanceResourceTiming;
        return {
          name: resource.name,
          start: resource.startTime,
          end: resource.responseEnd,
          size: resource.encodedBodySize,
        };
      }),
      paints: performance
        .getEntriesByType('paint')
        .map((entry) => ({ name: entry.name, start: entry.startTime })),
      marks: performance
        .getEntriesByType('mark')
        .map((entry) => ({ name: entry.name, start: entry.startTime })),
      longTasks: (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
    };
  });
  await browser.close();
  const idle = facts.marks.find((mark) => mark.name === 'atlas:first-map-idle')?.start ?? Number.NaN;
  console.log(`\n=== first idle ${idle.toFixed(0)} ms (wall of the run ${Date.now() - wallStart} ms)`);
  console.log(
    'navigation',
    JSON.stringify(facts.navigation, (_, v) => (typeof v === 'number' ? Math.round(v) : v)),
  );
  for (const paint of facts.paints) console.log(`paint ${paint.name} ${paint.start.toFixed(0)}`);
  for (const mark of facts.marks) console.log(`mark ${mark.name} ${mark.start.toFixed(0)}`);
  console.log('resources (start → end ms, encoded KB):');
  for (const r of facts.resources.filter((entry) => entry.start < idle + 1))
    console.log(
      `  ${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0).padStart(5)}  ${(r.size / 1024).toFixed(1).padStart(7)}  ${short(r.name)}`,
    );
  console.log('long tasks before idle (start ms, duration ms):');
  for (const task of facts.longTasks.filter((entry) => entry.start < idle))
    console.log(`  ${task.start.toFixed(0).padStart(5)} ${task.duration.toFixed(0).padStart(5)}`);

  // CPU profile: self time by script and by function, and what runs in each 100 ms of the timeline.
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byUrl = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const buckets = new Map<number, Map<string, number>>();
  // Profile timestamps are microseconds on the monotonic clock; performance.now() is ms since timeOrigin.
  // Align: the profile started just before navigation; use the first sample time ≈ profile.startTime.
  let time = profile.startTime;
  const navigationMonotonic = profile.startTime; // approximation, refined below
  void navigationMonotonic;
  const total = { ms: 0 };
  for (let index = 0; index < profile.samples.length; index++) {
    time += profile.timeDeltas[index] ?? 0;
    const node = byId.get(profile.samples[index] ?? -1);
    if (!node) continue;
    const deltaMs = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)') continue;
    // Attribute native frames (GC, etc.) to the nearest script ancestor for the script table.
    let scriptNode: ProfileNode | undefined = node;
    while (scriptNode && !scriptNode.callFrame.url) scriptNode = byId.get(parentOf.get(scriptNode.id) ?? -1);
    const url = scriptNode ? short(scriptNode.callFrame.url) : `(${name})`;
    byUrl.set(url, (byUrl.get(url) ?? 0) + deltaMs);
    const key = `${name} @ ${short(node.callFrame.url)}:${node.callFrame.lineNumber}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + deltaMs);
    const bucket = Math.floor((time - profile.startTime) / 100_000);
    const inBucket = buckets.get(bucket) ?? new Map<string, number>();
    inBucket.set(url, (inBucket.get(url) ?? 0) + deltaMs);
    buckets.set(bucket, inBucket);
    total.ms += deltaMs;
  }
  console.log(`main thread busy (profile, excluding idle/program) ${total.ms.toFixed(0)} ms; by script:`);
  for (const [url, ms] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${ms.toFixed(0).padStart(6)}  ${url}`);
  console.log('top functions (self ms):');
  for (const [key, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${ms.toFixed(1).padStart(6)}  ${key}`);
  console.log('timeline since the profile started (100 ms buckets: busy ms, top scripts):');
  for (const [bucket, inBucket] of [...buckets].sort((a, b) => a[0] - b[0])) {
    const busy = [...inBucket.values()].reduce((sum, ms) => sum + ms, 0);
    const top = [...inBucket].sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(
      `  ${String(bucket * 100).padStart(5)}  ${busy.toFixed(0).padStart(3)}  ${top.map(([u, ms]) => `${u} ${ms.toFixed(0)}`).join(', ')}`,
    );
  }
}

const server = await serveStatic(directory, PORT, {});
try {
  for (let run = 0; run < runs; run++) await profileOnce();
} finally {
  await server.close();
}
