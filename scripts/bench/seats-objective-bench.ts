/**
 * Benchmark of the seats objective of site suggestion (新增入学儿童最多) on the embedded county
 * (港南区 sample roster, modelled population, 小学, 现状): greedy and swap with their value, bound
 * and gap on a 1 km grid (k = 4 and 12) and a 500 m grid (k = 4); and one evaluation of a set of
 * four sites run in full, walked from a run of three of them (what the searches ask), and by the
 * naive way (`countNewlySeated`, which finds and orders the sites' pairs and builds the merged list
 * every time), in the same run; times as wall and processor milliseconds.
 * `seatsObjectiveBenchmark()` returns markdown lines; optimise-bench.ts adds them to its section.
 * Run alone with `npx tsx scripts/bench/seats-objective-bench.ts`.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { makeCandidateGrid } from '../../src/analysis/make-candidate-grid.ts';
import { buildSeatsObjective, candidateSeatCode } from '../../src/analysis/optimise/build-seats-objective.ts';
import { searchSeatsSites } from '../../src/analysis/optimise/search-seats-sites.ts';
import { countNewlySeated } from '../../src/analysis/seats/count-newly-seated.ts';
import { countStageChildren } from '../../src/analysis/seats/count-stage-children.ts';
import { prepareSeatAnalysis } from '../../src/analysis/seats/prepare-seat-analysis.ts';
import { DEFAULT_SERVICE_RADII } from '../../src/domain/radius.ts';
import { CURRENT_SCENARIO } from '../../src/domain/scenario.ts';
import { newSiteSeats, seatSettingsOf } from '../../src/domain/seats.ts';
import { readDistrictInputs } from '../cli/command-files.ts';
import { count, format } from './timing.ts';

/** Sets of four evaluated for the per-evaluation figures. */
const SETS = 300;

/**
 * Runs the benchmark and returns its lines.
 * @example (await seatsObjectiveBenchmark()).join('\n')
 */
export async function seatsObjectiveBenchmark(): Promise<string[]> {
  const loadBefore = loadavg()[0] ?? 0;
  const inputs = await readDistrictInputs(
    {
      schools: null,
      townships: null,
      population: null,
      rules: null,
      coords: 'wgs84',
      sheet: null,
      encoding: null,
    },
    process.stderr,
  );
  const settings = seatSettingsOf(inputs.ruleSet.settings);
  const frame = prepareSeatAnalysis({
    schools: inputs.schools,
    townships: inputs.townships,
    population: inputs.population,
    settings,
    radii: DEFAULT_SERVICE_RADII,
    scenario: CURRENT_SCENARIO,
  });
  const seats = newSiteSeats(settings, 'primary');
  const lines = [
    '| **seats (小学)** | ms (processor ms) | children newly seated | bound | gap |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  let perEvaluation: string[] = [];
  for (const [spacing, k] of [
    [1000, 4],
    [1000, 12],
    [500, 4],
  ] as const) {
    const candidates = makeCandidateGrid(inputs.townships, spacing);
    const places = { candidates, areaOfCandidate: new Int32Array(candidates.length).fill(-1) };
    let built: ReturnType<typeof buildSeatsObjective> | null = null;
    for (const method of ['greedy', 'swap'] as const) {
      // A fresh objective per method: no value remembered from the other run.
      const builtStarted = performance.now();
      built = buildSeatsObjective(frame, 'primary', candidates, seats);
      const buildMs = performance.now() - builtStarted;
      if (!built.ok) throw new Error(built.message.key);
      const started = performance.now();
      const usage = process.cpuUsage();
      const answer = await searchSeatsSites(built.objective, places, {
        count: k,
        method,
        evaluation: 'plain',
        areaNames: [],
        timeLimitSeconds: 10,
      });
      const ms = performance.now() - started;
      const used = process.cpuUsage(usage);
      const processorMs = (used.user + used.system) / 1000;
      lines.push(
        `| ${method}, k = ${k}, ${count(candidates.length)} candidates on a ${spacing} m grid (objective built in ${format(buildMs)} ms) | ${format(ms)} (${format(processorMs)}) | ${count(answer.quality.value)} | ${count(answer.quality.bound)} | ${(answer.quality.gap * 100).toFixed(2)} % |`,
      );
    }
    if (!built?.ok) continue;
    if (spacing === 500) {
      // Distinct random sets of four (a fixed sequence), so that no value is remembered.
      let seed = 12345;
      const next = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % candidates.length;
      };
      const sets = Array.from({ length: SETS }, () => [...new Set([next(), next(), next(), next()])]);
      const children = countStageChildren(frame.base.ages, frame.points.length, settings.stageAges.primary);
      // Fresh objectives, so that no value is remembered from another way.
      const rebuilt = () => {
        const again = buildSeatsObjective(frame, 'primary', candidates, seats);
        if (!again.ok) throw new Error(again.message.key);
        return again.objective;
      };
      const full = rebuilt();
      let started = performance.now();
      const fullValues = sets.map((set) => full.value(set));
      const fullMs = (performance.now() - started) / SETS;
      // A search's question: its picks plus one candidate, after one run of the picks.
      const walked = rebuilt();
      let walkMs = 0;
      const walkedValues = sets.map((set) => {
        walked.prepareAround?.(set.slice(0, -1));
        const began = performance.now();
        const value = walked.value(set);
        walkMs += performance.now() - began;
        return value;
      });
      walkMs /= SETS;
      started = performance.now();
      const naive = sets.map((set) =>
        countNewlySeated(
          frame,
          'primary',
          children,
          set.map((candidate) => ({
            code: candidateSeatCode(candidate),
            ...(candidates[candidate] as { lon: number; lat: number }),
            seats,
          })),
          built.objective.seatedBefore,
        ),
      );
      const naiveMs = (performance.now() - started) / SETS;
      const same = naive.every(
        (value, index) => value === fullValues[index] && value === walkedValues[index],
      );
      perEvaluation = [
        `One evaluation of a set of four sites (mean of ${SETS} distinct sets on the 500 m grid, wall time): a full run ${format(fullMs)} ms; three of them run once and the fourth walked from there, as the searches ask (the run of the three not counted: one serves every candidate of a round) ${format(walkMs)} ms; naive \`countNewlySeated\` ${format(naiveMs)} ms — the same values: ${same ? 'yes' : 'NO'}.`,
      ];
    }
  }
  const loadAfter = loadavg()[0] ?? 0;
  return [
    `The seats objective on the embedded county (sample roster, modelled population; 小学, 现状, base year 2020): each new site brings the default ${count(seats)} seats; greedy evaluates every candidate every round (the gain is not submodular), swap exchanges by evaluation; the bound is the smaller of the seats the k fullest sites could fill and the largest flow with every candidate open, less the children seated today. No exact method. Load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (2 shared cores).`,
    '',
    ...lines,
    '',
    ...perEvaluation,
  ];
}

// Run directly: print the lines.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await seatsObjectiveBenchmark()).join('\n'));
}
