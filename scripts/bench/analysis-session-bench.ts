/**
 * Benchmark of the analysis worker's session: a recompute after an edit (a school moved, a radius
 * changed) with the session kept from the previous analysis, beside `analyzeDistrict` from
 * scratch as every request ran before, on the county and the synthetic province of
 * coverage-inputs.ts, in the same run. Wall time and processor time (user + system of this
 * process) both, the machine's load average beside them; each edited answer is checked against a
 * fresh analysis of the same input.
 * Run alone with `npx tsx scripts/bench/analysis-session-bench.ts`.
 */

import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import {
  type AnalysisInput,
  analyzeDistrict,
  type DistrictAnalysis,
} from '../../src/analysis/analyze-district.ts';
import { type AnalysisSession, startAnalysisSession } from '../../src/analysis/start-analysis-session.ts';
import {
  type AnalysisPopulation,
  type PackedPopulation,
  packPopulation,
} from '../../src/domain/point-columns.ts';
import { withServiceRadius } from '../../src/domain/radius.ts';
import type { School } from '../../src/domain/school.ts';
import { countyInput, provinceInput } from './coverage-inputs.ts';
import { count, format, median } from './timing.ts';

/** Wall and processor milliseconds of one call. */
function measured<T>(run: () => T): { value: T; wall: number; processor: number } {
  const processorBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const value = run();
  const wall = performance.now() - wallBefore;
  const used = process.cpuUsage(processorBefore);
  return { value, wall, processor: (used.user + used.system) / 1000 };
}

/** Median wall and processor time of `runs` calls, after `warmUps` untimed ones. */
function timedBoth<T>(run: (index: number) => T, runs: number, warmUps: number) {
  for (let index = 0; index < warmUps; index++) run(-1 - index);
  const walls: number[] = [];
  const processors: number[] = [];
  let value: T | undefined;
  for (let index = 0; index < runs; index++) {
    const one = measured(() => run(index));
    walls.push(one.wall);
    processors.push(one.processor);
    value = one.value;
  }
  return {
    value: value as T,
    wall: median(walls),
    processor: median(processors),
    // The first `count` runs alone (the earliest, whose code was still being compiled).
    firstOf: (count: number) => ({
      wall: median(walls.slice(0, count)),
      processor: median(processors.slice(0, count)),
    }),
  };
}

/** The input with school `index` (of the standing primary schools) moved about 1 km, east or back. */
function moved<Input extends AnalysisInput<AnalysisPopulation>>(
  input: Input,
  primaries: number[],
  index: number,
): Input {
  const position = primaries[Math.abs(index) % primaries.length] ?? 0;
  const schools = [...input.schools];
  const school = schools[position] as School;
  const shift = index % 2 === 0 ? 0.01 : -0.01;
  schools[position] = { ...school, lon: school.lon + shift };
  return { ...input, schools };
}

/**
 * `analyzeDistrict` from scratch on the input as the app sends it (points as objects), as every
 * request ran before; and the input with its population as the analysis worker keeps it, packed
 * into columns, with no reference left to the objects (the worker drops them once packed), so
 * that the collector has as much to mark in the session's rows as in the worker.
 */
function fromScratch(sent: { input: AnalysisInput | null }, fullRuns: number, warmUps: number) {
  const objects = sent.input as AnalysisInput;
  sent.input = null;
  const full = timedBoth(() => analyzeDistrict(objects), fullRuns, warmUps);
  const input: AnalysisInput<PackedPopulation> = {
    ...objects,
    population: packPopulation(objects.population),
  };
  return { full, input, packedSame: isDeepStrictEqual(full.value, analyzeDistrict(input)) };
}

function sessionRows(
  name: string,
  sent: { input: AnalysisInput | null },
  runs: number,
  fullRuns: number,
  warmUps: number,
) {
  const { full, input, packedSame } = fromScratch(sent, fullRuns, warmUps);
  const primaries = input.schools.flatMap((school, position) => (school.type === '小学' ? [position] : []));
  const session: AnalysisSession = startAnalysisSession();
  const first = measured(() => analyzeDistrict(input, session));
  // Each edit starts from the last one's input, as edits in the app do.
  let current = input;
  const edit = timedBoth(
    (index) => {
      current = moved(current, primaries, index);
      return analyzeDistrict(current, session);
    },
    runs,
    Math.min(warmUps, 2),
  );
  const editSame = isDeepStrictEqual(edit.value, analyzeDistrict(current));
  let radiusStep = 0;
  const radius = timedBoth(
    () => {
      radiusStep++;
      current = {
        ...current,
        radii: withServiceRadius(current.radii, 'primary', 'rural', radiusStep % 2 ? 3000 : 2500),
      };
      return analyzeDistrict(current, session);
    },
    runs,
    0,
  );
  const radiusSame = isDeepStrictEqual(radius.value as DistrictAnalysis, analyzeDistrict(current));
  const row = (label: string, figures: { wall: number; processor: number }) =>
    `| ${name}: ${label} | ${format(figures.wall)} | ${format(figures.processor)} |`;
  return {
    rows: [
      row(`\`analyzeDistrict\` from scratch, as every request ran before (median of ${fullRuns})`, full),
      row("the session's first analysis (population prepared, every kind searched; one run)", first),
      row(`**after an edit**: one primary school moved ≈ 1 km (median of ${runs})`, edit),
      row(
        `after an edit: the rural primary radius changed (search kept, figures made again; median of ${runs}, none untimed)`,
        radius,
      ),
      row(
        "… the session's first three radius changes alone (median of 3: the row of the earlier runs; their code still being compiled)",
        radius.firstOf(3),
      ),
    ],
    same: editSame && radiusSame && packedSame,
    points: input.population.columns.lon.length,
    schools: input.schools.length,
  };
}

/**
 * Runs the benchmark and returns its section of docs/PERFORMANCE.md as markdown lines.
 * @example (await analysisSessionBenchmark()).join('\n')
 */
export async function analysisSessionBenchmark(): Promise<string[]> {
  const loadBefore = loadavg()[0] ?? 0;
  const county = sessionRows('county', { input: countyInput() }, 15, 15, 5);
  const province = sessionRows('province', { input: provinceInput(countyInput().ruleSet) }, 9, 3, 1);
  const loadAfter = loadavg()[0] ?? 0;
  return [
    `What the analysis worker does on an edit (\`npx tsx scripts/bench/analysis-session-bench.ts\`): it keeps an analysis session (\`startAnalysisSession\`) — the prepared population while the population and the boundaries stay the same, and per scenario and kind the nearest-school search of every cell — and brings it up to date for what the edit changed (\`updateNearestSlots\`: the cells of a school removed, the cells nearer to a school added); kinds whose schools and radii did not change keep their figures. Every figure of the answer (coverage, medians, histograms, gaps with their distances, rules) is the same as a fresh \`analyzeDistrict\`: ${county.same && province.same ? 'checked for the last edit of each kind below, identical' : '**NOT identical in this run**'}. The session's rows run on the population as the worker keeps it: its points packed into columns (\`packPopulation\`: a province's million points are then a few typed arrays, not three million objects for the collector to mark), the objects dropped; the rows from scratch run on the objects as the app sends them, and their answer is checked to be the same as on the columns. One scenario (现状); processor time is user + system time of this process (garbage collection threads included). ${cpus().length} cores; load average ${loadBefore.toFixed(1)} at the start of this section and ${loadAfter.toFixed(1)} at its end: with a load above the number of cores the wall times wait for a core, so compare processor times, and rows of this run only.`,
    '',
    `County: the embedded 港南区 data (${count(county.schools)} schools, ${count(county.points)} cells). Province: the synthetic province of the coverage section (${count(province.schools)} schools, ${count(province.points)} cells, 1,500 townships).`,
    '',
    '| one scenario, everything `analyzeDistrict` answers | wall ms | processor ms |',
    '| --- | ---: | ---: |',
    ...county.rows,
    ...province.rows,
    '',
  ];
}

// Run directly: print the section.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await analysisSessionBenchmark()).join('\n'));
}
