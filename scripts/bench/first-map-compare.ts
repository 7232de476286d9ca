/**
 * The first fully drawn map of two builds, alternating run by run (a fresh browser each run):
 * navigation start → the mark `atlas:first-map-idle`, as `firstMapTimes` in scripts/bench.ts
 * measures it, with the first contentful paint and the processor time of the browser's processes
 * beside it. Usage (after `npm run build`; the other build e.g. of main copied elsewhere):
 *   npx tsx scripts/bench/first-map-compare.ts <before dist> <after dist> [runs]
 * Each directory is served on 127.0.0.1 (ports 4333 and 4334); requests elsewhere are refused
 * and counted.
 */
import { execFileSync } from 'node:child_process';
import { serveStatic } from '../../tests/e2e/static-server.ts';
import { launchHeadlessChromium } from '../headless-chromium.ts';
import { descendantProcessorMilliseconds } from './process-tree-cpu.ts';
import { median } from './timing.ts';

interface Run {
  idle: number;
  contentfulPaint: number;
  browserCpu: number;
  outside: number;
}

async function firstMap(port: number): Promise<Run> {
  let outside = 0;
  const browser = await launchHeadlessChromium();
  const cpuBefore = descendantProcessorMilliseconds();
  try {
    await browser.context.route('**/*', (route) => {
      if (new URL(route.request().url()).hostname === '127.0.0.1') return route.continue();
      outside += 1;
      return route.abort();
    });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(
      () => performance.getEntriesByName('atlas:first-map-idle').length > 0,
      undefined,
      {
        timeout: 60_000,
      },
    );
    const browserCpu = descendantProcessorMilliseconds() - cpuBefore;
    const times = await page.evaluate(() => ({
      idle: performance.getEntriesByName('atlas:first-map-idle')[0]?.startTime ?? Number.NaN,
      contentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    }));
    return { ...times, browserCpu, outside };
  } finally {
    await browser.close();
  }
}

const [before = '', after = '', runsArgument = '7'] = process.argv.slice(2);
const runs = Number(runsArgument);
const builds = [
  { name: 'before', directory: before, port: 4333, runs: [] as Run[] },
  { name: 'after', directory: after, port: 4334, runs: [] as Run[] },
];
const servers = await Promise.all(builds.map((build) => serveStatic(build.directory, build.port, {})));
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
console.log(`${new Date().toISOString()} ${uptime()}`);
const nodeCpu = process.cpuUsage();
try {
  for (let run = 0; run < runs; run++) {
    // Alternate which build goes first, so neither always has the warmer (or busier) turn.
    const order = run % 2 === 0 ? builds : [...builds].reverse();
    for (const build of order) {
      const result = await firstMap(build.port);
      build.runs.push(result);
      console.log(
        `${build.name} run ${run + 1}: first map ${result.idle.toFixed(0)} ms, first contentful paint ${result.contentfulPaint.toFixed(0)} ms, browser processor ${result.browserCpu.toFixed(0)} ms`,
      );
    }
  }
} finally {
  for (const server of servers) await server.close();
}
const used = process.cpuUsage(nodeCpu);
console.log(`${new Date().toISOString()} ${uptime()}`);
console.log(`this process: ${((used.user + used.system) / 1000).toFixed(0)} ms processor`);
for (const build of builds) {
  const list = (pick: (run: Run) => number) =>
    build.runs
      .map(pick)
      .sort((a, b) => a - b)
      .map((value) => value.toFixed(0))
      .join(' / ');
  console.log(
    `${build.name} (${build.directory}): first map median ${median(build.runs.map((run) => run.idle)).toFixed(0)} ms [${list((run) => run.idle)}]; first contentful paint median ${median(build.runs.map((run) => run.contentfulPaint)).toFixed(0)} ms [${list((run) => run.contentfulPaint)}]; browser processor median ${median(build.runs.map((run) => run.browserCpu)).toFixed(0)} ms; requests outside 127.0.0.1: ${build.runs.reduce((sum, run) => sum + run.outside, 0)}`,
  );
}
