/**
 * The county's analysis figures of two checkouts of this project, in turn: a fresh
 * `analyzeDistrict`, a session's first analysis, a session's first edit, a recompute after an edit
 * (one primary school moved ≈ 1 km, each edit from the last), after a radius change (rural primary 2,500 ↔ 3,000 m) and a site
 * suggestion as the 选址 screen asks it, on the embedded 港南区 data. A checkout without analysis sessions (`src/analysis/start-analysis-session.ts`)
 * answers every request with a fresh `analyzeDistrict`, as the app did then. Each round times both
 * checkouts, the order swapped from round to round, after one untimed round; the table gives the
 * median of the rounds' medians and their range, wall and processor time (user + system of this
 * process), and the load average before and after.
 *
 * With `--processes N`, each checkout runs alone in processes of its own, as the app's worker runs
 * one version: N processes each, in turn (before, after, after, before, …), every process one untimed
 * round and then the rounds; the table gives the median of the processes' figures (each the median
 * of its rounds' medians) and their range. In one process the two checkouts share the collector and
 * the compiler's state: one's garbage is collected during the other's calls, and code compiled while
 * a loop ran (on-stack replacement) can go on being entered and thrown away on every call after it.
 *
 *   npx tsx scripts/bench/county-compare.ts <before checkout> [after checkout, default .] [rounds] [--processes N]
 *
 * Both checkouts need their own node_modules (the modules are loaded from their sources).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

/**
 * Median wall and processor time of `runs` calls; with `timesItself`, each call returns its own
 * timing (of the part it times).
 */
function medians(
  run: (index: number) => unknown,
  runs: number,
  timesItself = false,
): { wall: number; processor: number } {
  const samples = Array.from({ length: runs }, (_, index) =>
    timesItself ? (run(index) as { wall: number; processor: number }) : measured(() => run(index)),
  );
  return {
    wall: median(samples.map((one) => one.wall)),
    processor: median(samples.map((one) => one.processor)),
  };
}

const ROWS = ['fresh', 'first', 'firstEdit', 'edit', 'radius', 'suggest'] as const;
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
  /** `from` with one primary school (the `index`th, in turn) moved ≈ 1 km east or back west. */
  const moved = (from: AnalysisInput, index: number): AnalysisInput => {
    const position = primaries[index % primaries.length] ?? 0;
    const schools = [...from.schools];
    const school = schools[position] as School;
    schools[position] = { ...school, lon: school.lon + (index % 2 === 0 ? 0.01 : -0.01) };
    return { ...from, schools };
  };
  // Each sample: a session's first analysis (not timed), then its first edit (timed).
  const firstEdit = medians(
    (index) => {
      const fresh = startSession?.();
      const edited = moved(input, index);
      analyze(input, fresh);
      return measured(() => analyze(edited, fresh));
    },
    15,
    true,
  );
  const session = startSession?.();
  analyze(input, session);
  let current = input;
  const edit = medians((index) => {
    current = moved(current, index);
    return analyze(current, session);
  }, 15);
  const radius = medians((index) => {
    current = { ...current, radii: version.withRadius(current.radii, index % 2 === 0 ? 3000 : 2500) };
    return analyze(current, session);
  }, 8);
  const suggest = await asyncMedians(version.suggest, 5);
  return { fresh, first, firstEdit, edit, radius, suggest };
}

const LABELS: Record<Row, string> = {
  fresh: '`analyzeDistrict` from scratch (median of 15)',
  first: "a session's first analysis (15 fresh sessions; a fresh analysis where there were no sessions)",
  firstEdit:
    "a session's first edit, after its first analysis: one primary school moved ≈ 1 km (15 fresh sessions; a fresh analysis where there were no sessions)",
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
  const samePicks = (await placesOf(versions[0])) === (await placesOf(versions[1]));
  return table(
    `County figures of two checkouts in one process, ${rounds} rounds in turn (${startedAt} UTC; ${cpus().length} cores, load average ${loads(loadBefore)} before and ${loads(loadAfter)} after). Before: ${describe(versions[0].name, versions[0].startSession !== undefined)}; after: ${versions[1].name}. Median of the rounds' medians, their range in brackets, ms.`,
    figures,
    samePicks,
  );
}

/** The places of a checkout's suggestion, as JSON, to compare. */
const placesOf = async (version: Version) =>
  JSON.stringify(
    ((await version.suggest()) as { picks: { lon: number; lat: number }[] }).picks.map((pick) => [
      pick.lon,
      pick.lat,
    ]),
  );

const loads = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');

/** A checkout's name, and whether it had analysis sessions. */
const describe = (name: string, sessions: boolean) =>
  `${name}${sessions ? '' : ' (no analysis sessions: every request a fresh analysis)'}`;

/** The markdown table of both checkouts' figures (one entry per round or per process). */
function table(title: string, figures: [Figures[], Figures[]], samePicks: boolean): string[] {
  const cell = (list: Figures[], row: Row, key: 'wall' | 'processor') => {
    const values = list.map((one) => one[row][key]);
    return `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
  };
  return [
    title,
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

/** What a process of one checkout reports: its figures and its suggestion's places. */
interface ChildReport {
  name: string;
  sessions: boolean;
  figures: Figures;
  places: string;
}

/** One checkout alone in this process: one untimed round, then `rounds`; the median of each row's medians. */
async function runAlone(checkout: string, rounds: number): Promise<ChildReport> {
  const version = await load(checkout);
  await round(version);
  const list: Figures[] = [];
  for (let index = 0; index < rounds; index++) list.push(await round(version));
  const figures = Object.fromEntries(
    ROWS.map((row) => [
      row,
      {
        wall: median(list.map((one) => one[row].wall)),
        processor: median(list.map((one) => one[row].processor)),
      },
    ]),
  ) as Figures;
  return {
    name: version.name,
    sessions: version.startSession !== undefined,
    figures,
    places: await placesOf(version),
  };
}

/**
 * Compares the two checkouts, each alone in `processes` processes of its own, in turn, and
 * returns markdown lines.
 * @example (await compareCountyInProcesses('/tmp/before', '.', 4, 4)).join('\n')
 */
export async function compareCountyInProcesses(
  before: string,
  after: string,
  rounds: number,
  processes: number,
): Promise<string[]> {
  const script = fileURLToPath(import.meta.url);
  const child = (checkout: string): ChildReport =>
    JSON.parse(
      execFileSync(process.execPath, [...process.execArgv, script, '--child', checkout, String(rounds)], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      }),
    ) as ChildReport;
  const loadBefore = loadavg();
  const startedAt = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const reports: [ChildReport[], ChildReport[]] = [[], []];
  const checkouts = [before, after] as const;
  for (let index = 0; index < processes; index++) {
    const order = index % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) reports[which as 0 | 1].push(child(checkouts[which as 0 | 1]));
  }
  const loadAfter = loadavg();
  const [first, second] = reports;
  const samePicks =
    first.every((one) => one.places === first[0]?.places) &&
    second.every((one) => one.places === first[0]?.places);
  const name = (list: ChildReport[]) => describe(list[0]?.name ?? '', list[0]?.sessions !== false);
  return table(
    `County figures of two checkouts, each alone in ${processes} processes of its own, in turn, ${rounds} rounds a process after one untimed round (${startedAt} UTC; ${cpus().length} cores, load average ${loads(loadBefore)} before and ${loads(loadAfter)} after). Before: ${name(first)}; after: ${name(second)}. Median of the processes' figures (each the median of its rounds' medians), their range in brackets, ms.`,
    [first.map((one) => one.figures), second.map((one) => one.figures)],
    samePicks,
  );
}

// Run directly: print the lines (or, with --child, one checkout's report as JSON).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    console.log(JSON.stringify(await runAlone(args[1] ?? '.', Number(args[2] ?? '6'))));
  } else {
    const flag = args.indexOf('--processes');
    const processes = flag >= 0 ? Number(args[flag + 1]) : 0;
    const [before, after = '.', rounds = '6'] =
      flag >= 0 ? [...args.slice(0, flag), ...args.slice(flag + 2)] : args;
    if (!before || (flag >= 0 && !(processes > 0))) {
      console.error(
        'usage: npx tsx scripts/bench/county-compare.ts <before checkout> [after checkout] [rounds] [--processes N]',
      );
      process.exit(2);
    }
    const lines =
      processes > 0
        ? await compareCountyInProcesses(before, after, Number(rounds), processes)
        : await compareCounty(before, after, Number(rounds));
    console.log(lines.join('\n'));
  }
}
