/**
 * The county's analysis figures of two checkouts of this project in one process, in turn: a fresh
 * `analyzeDistrict`, a session's first analysis, a recompute after an edit (one primary school moved
 * ≈ 1 km, each edit from the last), after a radius change (rural primary 2,500 ↔ 3,000 m) and a site
 * suggestion as the 选址 screen asks it, on the embedded 港南区 data. A checkout without analysis sessions (`src/analysis/start-analysis-session.ts`)
 * answers every request with a fresh `analyzeDistrict`, as the app did then. Each round times both
 * checkouts, the order swapped from round to round, after one untimed round; the table gives the
 * median of the rounds' medians and their range, wall and processor time (user + system of this
 * process), and the load average before and after.
 *
 *   npx tsx scripts/bench/county-compare.ts <before checkout> [after checkout, default .] [rounds]
 *
 * Both checkouts need their own node_modules (the modules are loaded from their sources).
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnalysisInput } from '../../src/analysis/analyze-district.ts';
import type { School } from '../../src/domain/school.ts';
import { format, median } from './timing.ts';

/** What the bench uses of one checkout. */
interface Version {
  name: string;
  input: AnalysisInput;
  analyze: (input: AnalysisInput, session?: unknown) => unknown;
  startSession: (() => unknown) | undefined;
  withRadius: (radii: AnalysisInput['radii'], meters: number) => AnalysisInput['radii'];
  suggest: () => Promise<unknown>;
}

/** The request the 选址 screen sends for the county's primary schools (5 picks on a 500 m grid). */
const SUGGESTION_REQUEST = {
  kind: 'primary',
  count: 5,
  radius: null,
  minDistance: 1000,
  includeTownships: [],
  excludeTownships: [],
  requireRuleId: 'coverage-primary',
  candidates: { source: 'grid', spacing: 500 },
  scenario: { kind: 'current', year: null },
  method: 'greedy',
};

async function load(checkout: string): Promise<Version> {
  const root = resolve(checkout);
  const from = (path: string) => import(pathToFileURL(resolve(root, path)).href);
  const district = await from('src/analysis/analyze-district.ts');
  const radius = await from('src/domain/radius.ts');
  const inputs = await from('scripts/bench/coverage-inputs.ts');
  const sessionFile = 'src/analysis/start-analysis-session.ts';
  const session = existsSync(resolve(root, sessionFile)) ? await from(sessionFile) : undefined;
  const suggestion = await from('src/analysis/plan-suggestion.ts');
  const input = inputs.countyInput() as AnalysisInput;
  const { scenario: _scenario, ...context } = input;
  return {
    name: root,
    input,
    suggest: () => suggestion.planSuggestion(context, SUGGESTION_REQUEST),
    analyze: district.analyzeDistrict,
    startSession: session?.startAnalysisSession,
    withRadius: (radii, meters) => radius.withServiceRadius(radii, 'primary', 'rural', meters),
  };
}

/** Wall and processor milliseconds of one call. */
function measured(run: () => unknown): { wall: number; processor: number } {
  const processorBefore = process.cpuUsage();
  const wallBefore = performance.now();
  run();
  const wall = performance.now() - wallBefore;
  const used = process.cpuUsage(processorBefore);
  return { wall, processor: (used.user + used.system) / 1000 };
}

/** Median wall and processor time of `runs` calls. */
function medians(run: (index: number) => unknown, runs: number): { wall: number; processor: number } {
  const samples = Array.from({ length: runs }, (_, index) => measured(() => run(index)));
  return {
    wall: median(samples.map((one) => one.wall)),
    processor: median(samples.map((one) => one.processor)),
  };
}

const ROWS = ['fresh', 'first', 'edit', 'radius', 'suggest'] as const;
type Row = (typeof ROWS)[number];
type Figures = Record<Row, { wall: number; processor: number }>;

/** Median wall and processor time of `runs` calls of an asynchronous task, one after the other. */
async function asyncMedians(
  run: () => Promise<unknown>,
  runs: number,
): Promise<{ wall: number; processor: number }> {
  const samples: { wall: number; processor: number }[] = [];
  for (let index = 0; index < runs; index++) {
    const processorBefore = process.cpuUsage();
    const wallBefore = performance.now();
    await run();
    const wall = performance.now() - wallBefore;
    const used = process.cpuUsage(processorBefore);
    samples.push({ wall, processor: (used.user + used.system) / 1000 });
  }
  return {
    wall: median(samples.map((one) => one.wall)),
    processor: median(samples.map((one) => one.processor)),
  };
}

/** One round of a checkout's figures. */
async function round(version: Version): Promise<Figures> {
  const { input, analyze, startSession } = version;
  const primaries = input.schools.flatMap((school, position) => (school.type === '小学' ? [position] : []));
  const fresh = medians(() => analyze(input), 15);
  const first = medians(() => analyze(input, startSession?.()), 15);
  const session = startSession?.();
  analyze(input, session);
  let current = input;
  const edit = medians((index) => {
    const position = primaries[index % primaries.length] ?? 0;
    const schools = [...current.schools];
    const school = schools[position] as School;
    schools[position] = { ...school, lon: school.lon + (index % 2 === 0 ? 0.01 : -0.01) };
    current = { ...current, schools };
    return analyze(current, session);
  }, 15);
  const radius = medians((index) => {
    current = { ...current, radii: version.withRadius(current.radii, index % 2 === 0 ? 3000 : 2500) };
    return analyze(current, session);
  }, 8);
  const suggest = await asyncMedians(version.suggest, 5);
  return { fresh, first, edit, radius, suggest };
}

const LABELS: Record<Row, string> = {
  fresh: '`analyzeDistrict` from scratch (median of 15)',
  first: "a session's first analysis (15 fresh sessions; a fresh analysis where there were no sessions)",
  edit: 'after an edit: one primary school moved ≈ 1 km (median of 15)',
  radius: 'after an edit: the rural primary radius changed (median of 8)',
  suggest:
    'a suggestion as the 选址 screen asks it: `planSuggestion`, 小学, 5 picks, 500 m grid, greedy (median of 5)',
};

/**
 * Compares the two checkouts and returns markdown lines.
 * @example (await compareCounty('/tmp/before', '.', 6)).join('\n')
 */
export async function compareCounty(before: string, after: string, rounds: number): Promise<string[]> {
  const versions = [await load(before), await load(after)] as const;
  for (const version of versions) await round(version);
  const loadBefore = loadavg();
  const startedAt = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const figures: [Figures[], Figures[]] = [[], []];
  for (let index = 0; index < rounds; index++) {
    const order = index % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) figures[which as 0 | 1].push(await round(versions[which as 0 | 1]));
  }
  const loadAfter = loadavg();
  const placesOf = async (version: Version) =>
    JSON.stringify(
      ((await version.suggest()) as { picks: { lon: number; lat: number }[] }).picks.map((pick) => [
        pick.lon,
        pick.lat,
      ]),
    );
  const samePicks = (await placesOf(versions[0])) === (await placesOf(versions[1]));
  const cell = (list: Figures[], row: Row, key: 'wall' | 'processor') => {
    const values = list.map((one) => one[row][key]);
    return `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
  };
  const loads = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');
  return [
    `County figures of two checkouts in one process, ${rounds} rounds in turn (${startedAt} UTC; ${cpus().length} cores, load average ${loads(loadBefore)} before and ${loads(loadAfter)} after). Before: ${versions[0].name}${versions[0].startSession ? '' : ' (no analysis sessions: every request a fresh analysis)'}; after: ${versions[1].name}. Median of the rounds' medians, their range in brackets, ms.`,
    '',
    '| county (港南区) | before, wall | after, wall | before, processor | after, processor |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...ROWS.map(
      (row) =>
        `| ${LABELS[row]} | ${cell(figures[0], row, 'wall')} | ${cell(figures[1], row, 'wall')} | ${cell(figures[0], row, 'processor')} | ${cell(figures[1], row, 'processor')} |`,
    ),
    '',
    `The two checkouts' suggestions: ${samePicks ? 'the same sites in the same order' : '**different sites**'}.`,
  ];
}

// Run directly: print the lines.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [before, after = '.', rounds = '6'] = process.argv.slice(2);
  if (!before) {
    console.error(
      'usage: npx tsx scripts/bench/county-compare.ts <before checkout> [after checkout] [rounds]',
    );
    process.exit(2);
  }
  console.log((await compareCounty(before, after, Number(rounds))).join('\n'));
}
