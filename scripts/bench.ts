/**
 * Benchmarks, written to docs/PERFORMANCE.md with the machine they ran on:
 * 1. bundle size (gzip) per chunk of the production build;
 * 2. time to the first fully drawn map in headless Chromium (the built app, offline);
 * 3. search over 30,000 schools and 10,000 villages, keystroke by keystroke: postings vs. the naive scan;
 * 4. filter counts: one pass per field vs. one full filter per option value;
 * 5. service-radius coverage: the grid index vs. all pairs and vs. unioning buffers;
 * 6. site suggestion: coverage lists by the grid index vs. all pairs, lazy vs. plain greedy; the
 *    quality of site search: greedy, swap, the bound and exact side by side;
 * 6a. seat allocation (学位供需): county and province vs. every place scanning every school;
 * 7. reading a 100,000-row roster vs. a naive parse;
 * 8. exporting A4 and A3 maps at 300 DPI, the atlas as PDF (one file or a zip), the deck and the report;
 * 9. travel time on roads: the county in a worker, a province of 10⁶ segments and 10⁶ points,
 *    vs. a naive Dijkstra per point; each school's and candidate's reach for seats and site
 *    suggestion by road, beside the straight line.
 * Run `npm run build` first. Figures vary with machine load: compare rows of the same run.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { preview } from 'vite';
// English at hand for the commands' --english output (the app loads it on demand).
import '../src/i18n/with-english.ts';
import { countFacets } from '../src/analysis/count-facets.ts';
import { filterSchools } from '../src/analysis/filter-schools.ts';
import { NO_FILTERS, type SchoolFilters } from '../src/domain/filters.ts';
import { SCHOOL_STATES, SCHOOL_TYPES, type School } from '../src/domain/school.ts';
import { readRoster } from '../src/io/read-roster.ts';
import { analysisSessionBenchmark } from './bench/analysis-session-bench.ts';
import { bundleSizes } from './bench/bundle-sizes.ts';
import { bytesBeforeFirstMap, bytesBeforeFirstMapRows } from './bench/bytes-before-first-map.ts';
import { coverageBenchmark } from './bench/coverage-bench.ts';
import { hostileBenchmark } from './bench/hostile-bench.ts';
import { importBenchmark } from './bench/import-bench.ts';
import { optimiseBenchmark } from './bench/optimise-bench.ts';
import { printBenchmark } from './bench/print-bench.ts';
import { searchBenchmark } from './bench/search-bench.ts';
import { seatsBenchmark } from './bench/seats-bench.ts';
import { stampedCoverageBenchmark } from './bench/stamped-coverage-bench.ts';
import { suggestBenchmark } from './bench/suggest-bench.ts';
import { format, median } from './bench/timing.ts';
import { travelBenchmark } from './bench/travel-bench.ts';
import { travelReachBenchmark } from './bench/travel-reach-bench.ts';
import { twoWorkersBenchmark } from './bench/two-workers-bench.ts';
import { launchHeadlessChromium } from './headless-chromium.ts';

/** The preview server's port; BENCH_PORT moves it when 4329 is taken. */
const PORT = Number(process.env.BENCH_PORT ?? 4329);

function time(run: () => void, repeats: number): number[] {
  const samples: number[] = [];
  for (let index = 0; index < repeats; index++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function firstMapTimes(runs: number): Promise<{ times: number[]; outside: number }> {
  const server = await preview({
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
    logLevel: 'silent',
  });
  const times: number[] = [];
  let outside = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const browser = await launchHeadlessChromium();
      const { context } = browser;
      await context.route('**/*', (route) => {
        if (new URL(route.request().url()).hostname === '127.0.0.1') return route.continue();
        outside += 1;
        return route.abort();
      });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.waitForFunction(
        () => performance.getEntriesByName('atlas:first-map-idle').length > 0,
        undefined,
        {
          timeout: 60_000,
        },
      );
      times.push(
        await page.evaluate(
          () => performance.getEntriesByName('atlas:first-map-idle')[0]?.startTime ?? Number.NaN,
        ),
      );
      await browser.close();
    }
  } finally {
    await server.close();
  }
  return { times, outside };
}

/** A county-sized roster of `count` schools made from the sample by repetition with new codes. */
function scaledRoster(sample: School[], count: number): School[] {
  return Array.from({ length: count }, (_, index) => {
    const base = sample[index % sample.length] as School;
    return {
      ...base,
      code: `${base.code}-${index}`,
      name: `${base.name}${Math.floor(index / sample.length) || ''}`,
    };
  });
}

function facetComparison(schools: School[], townshipCodes: string[]): string[] {
  const filters: SchoolFilters = { ...NO_FILTERS, types: ['小学', '幼儿园'], ownership: '公办' };
  const towns = [...new Set(townshipCodes)];
  const ours = time(() => countFacets(schools, townshipCodes, filters), 10);
  const naive = time(() => {
    // Naive: one full filter per option value of every field.
    for (const type of SCHOOL_TYPES) filterSchools(schools, townshipCodes, { ...filters, types: [type] });
    for (const state of SCHOOL_STATES) filterSchools(schools, townshipCodes, { ...filters, states: [state] });
    for (const town of towns) filterSchools(schools, townshipCodes, { ...filters, townships: [town] });
    for (const ownership of ['公办', '民办'] as const)
      filterSchools(schools, townshipCodes, { ...filters, ownership });
    for (const boarding of [true, false]) filterSchools(schools, townshipCodes, { ...filters, boarding });
  }, 10);
  const single = time(() => filterSchools(schools, townshipCodes, filters), 10);
  return [
    `| filter panel counts, ${schools.length.toLocaleString('en')} schools | median ms |`,
    '| --- | ---: |',
    `| filter once (what the map draws) | ${format(median(single))} |`,
    `| counts: one pass per field (countFacets) | ${format(median(ours))} |`,
    `| naive counts: one filter per option value (${SCHOOL_TYPES.length + SCHOOL_STATES.length + towns.length + 4} passes) | ${format(median(naive))} |`,
  ];
}

function chromiumVersion(): string {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const sample = readRoster(
    readFileSync('geodata/schools.sample.csv', 'utf8'),
    'schools.sample.csv',
  ).accepted.map((row) => row.record);
  const big = scaledRoster(sample, 30_000);
  const townshipCodes = big.map((school) => school.township);
  const first = await firstMapTimes(5);
  const bytesFirst = await bytesBeforeFirstMap('dist', PORT + 1);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Performance',
    '',
    'Written by `npm run bench` (after `npm run build`); do not edit by hand. Figures vary with the',
    'load on these shared machines: compare rows of the same run, not runs of different days.',
    '',
    `Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${chromiumVersion()} headless with software WebGL (SwiftShader). Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    '## Bundle (production build)',
    '',
    ...bundleSizes(),
    '',
    "What a first visit downloads before its map is fully drawn (every response finished before the mark `atlas:first-map-idle`, by the browser's network events, each body gzip -9): MapLibre and the data set are in it, which the start-JS row above leaves out.",
    '',
    ...bytesBeforeFirstMapRows(bytesFirst),
    '',
    '## Time to the first fully drawn map',
    '',
    `From navigation start to the map's first \`idle\` event (style, glyphs, district, townships and all ${sample.length} sample schools drawn), the built app served on 127.0.0.1, a fresh browser profile each run, viewport 1440 × 900.`,
    '',
    '| runs | median ms | min ms | max ms | requests outside 127.0.0.1 |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${first.times.length} | ${format(median(first.times))} | ${format(Math.min(...first.times))} | ${format(Math.max(...first.times))} | ${first.outside} |`,
    '',
    '## Search',
    '',
    ...searchBenchmark(),
    '',
    '## Filter counts',
    '',
    ...facetComparison(big, townshipCodes),
    '',
    '## Service-radius coverage',
    '',
    ...(await coverageBenchmark()),
    '',
    '### Stamped coverage',
    '',
    ...(await stampedCoverageBenchmark()),
    '',
    '### An edit: the analysis session',
    '',
    ...(await analysisSessionBenchmark()),
    '',
    '### The analysis on two cores',
    '',
    ...(await twoWorkersBenchmark()),
    '',
    '## Site suggestion',
    '',
    ...(await suggestBenchmark()),
    '',
    '## Site search quality: greedy, swap, bound, exact',
    '',
    ...(await optimiseBenchmark()),
    '',
    '## Seat allocation (学位供需)',
    '',
    ...(await seatsBenchmark()),
    '',
    '## Importing a roster',
    '',
    ...(await importBenchmark()),
    '',
    '## Hostile inputs',
    '',
    ...(await hostileBenchmark()),
    '',
    '## Exporting meeting maps and documents',
    '',
    ...(await printBenchmark()),
    '',
    '## Travel time on roads',
    '',
    ...(await travelBenchmark()),
    '',
    '### Seats and site suggestion by road time',
    '',
    ...(await travelReachBenchmark()),
    '',
  ];
  writeFileSync('docs/PERFORMANCE.md', lines.join('\n'));
  console.log(lines.join('\n'));
}

await main();
