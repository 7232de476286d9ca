/**
 * Benchmark of stamped coverage beside the nearest-school method `analyzeDistrict` runs today
 * (prepareCoverage + measureKindCoverage), every figure from the same run: on the county and on
 * the synthetic province of coverage-bench.ts — preparing the points, all five kinds stamped,
 * and a recompute after an edit (a school moved: its old stamp taken away, the new one put
 * down, the township figures and gap points of every kind read again); then the preparation of
 * the province's points by both methods, the lattice beside its previous code (prepare-points-bench.ts).
 * Run alone with `npx tsx scripts/bench/stamped-coverage-bench.ts`.
 */

import { pathToFileURL } from 'node:url';
import type { AnalysisInput } from '../../src/analysis/analyze-district.ts';
import { prepareStampLattice } from '../../src/analysis/prepare-stamp-lattice.ts';
import { type StampedCoverage, stampSite } from '../../src/analysis/stamp-site.ts';
import { startStampedCoverage } from '../../src/analysis/start-stamped-coverage.ts';
import { summariseStampedCoverage } from '../../src/analysis/summarise-stamped-coverage.ts';
import { countyInput, coverageInput, fastCoverage, latticeInputs, provinceInput } from './coverage-inputs.ts';
import { preparePointsBenchmark } from './prepare-points-bench.ts';
import { count, format, timed } from './timing.ts';

const RUNS = 7;
const COUNTY_RUNS = 15;
const COUNTY_WARM_UPS = 5;
/** Edits timed on the province (each a different school moved about 1 km), the median reported. */
const EDITS = 21;

/** Both methods set up on one input, and their figures compared. */
function bothMethods(analysisInput: AnalysisInput) {
  const input = coverageInput(analysisInput);
  const fast = fastCoverage(input);
  const { areaCount, areaOfPoint, weights, classes } = latticeInputs(input, fast);
  const marks = new Uint8Array(input.points.length);
  const prepare = () =>
    prepareStampLattice(input.points, weights, areaOfPoint, areaCount, classes.classOfArea);
  const stampAll = (lattice: ReturnType<typeof prepare>) =>
    fast.kinds.map((kind, index) =>
      startStampedCoverage(lattice, kind.sites, classes.radiusOfClass[index] as Float64Array),
    );
  const summarise = (coverages: StampedCoverage[]) =>
    coverages.map((coverage) => summariseStampedCoverage(coverage, marks));
  const today = () => {
    const frame = fast.prepare();
    return fast.kinds.map((_, index) => fast.measure(frame, index));
  };
  /** Township and kind pairs whose covered population differs, and kinds whose gap points differ. */
  const differences = (
    summaries: ReturnType<typeof summarise>,
    measured: ReturnType<typeof today>,
  ): number => {
    let found = 0;
    measured.forEach((kind, index) => {
      const stamped = summaries[index];
      if (!stamped) return;
      kind.areas.forEach((area, number) => {
        const covered = stamped.areaCovered[number] ?? Number.NaN;
        if (area.covered === null ? !(Number.isNaN(covered) || covered === 0) : covered !== area.covered)
          found++;
      });
      if (kind.gapPositions.join() !== stamped.gapPositions.join()) found++;
    });
    return found;
  };
  return { input, fast, prepare, stampAll, summarise, today, differences };
}

/**
 * Runs the benchmark and returns its section of docs/PERFORMANCE.md as markdown lines.
 * @example (await stampedCoverageBenchmark()).join('\n')
 */
export async function stampedCoverageBenchmark(): Promise<string[]> {
  const lines: string[] = [];
  const county = bothMethods(countyInput());
  const countyToday = timed(county.today, COUNTY_RUNS, COUNTY_WARM_UPS);
  const countyPrepared = timed(county.prepare, COUNTY_RUNS, COUNTY_WARM_UPS);
  const countyStamped = timed(
    () => county.summarise(county.stampAll(countyPrepared.value)),
    COUNTY_RUNS,
    COUNTY_WARM_UPS,
  );
  const countyDifferences = county.differences(countyStamped.value, countyToday.value);

  const province = bothMethods(provinceInput(countyInput().ruleSet));
  const provinceToday = timed(province.today, 3, 0);
  const provincePrepared = timed(province.prepare, RUNS);
  const lattice = provincePrepared.value;
  const provinceStamped = timed(() => province.stampAll(lattice), RUNS);
  const coverages = provinceStamped.value;
  const provinceSummaries = timed(() => province.summarise(coverages), RUNS);
  const provinceDifferences = province.differences(provinceSummaries.value, provinceToday.value);

  // Edits: a school of each kind moved ≈ 1 km north-east, then the figures read again.
  const schools = province.fast.kinds.map((kind) => kind.sites);
  let editNumber = 0;
  const edit = timed(
    () => {
      const number = editNumber++;
      const kindIndex = number % schools.length;
      const sites = schools[kindIndex] ?? [];
      const coverage = coverages[kindIndex] as StampedCoverage;
      const site = sites[(number * 7919) % Math.max(1, sites.length)];
      if (site) {
        stampSite(coverage, site.lon, site.lat, -1);
        stampSite(coverage, site.lon + 0.007, site.lat + 0.006, 1);
      }
      return province.summarise(coverages);
    },
    EDITS,
    1,
  );
  const editOnly = timed(
    () => {
      const coverage = coverages[1] as StampedCoverage;
      const site = schools[1]?.[editNumber++ % (schools[1]?.length ?? 1)];
      if (!site) return 0;
      return (
        stampSite(coverage, site.lon, site.lat, -1) +
        stampSite(coverage, site.lon + 0.007, site.lat + 0.006, 1)
      );
    },
    EDITS,
    1,
  );

  lines.push(
    `Stamped coverage against the nearest-school method of \`analyzeDistrict\` (prepareCoverage + measureKindCoverage, all five kinds), same run. The stamped rows give covered population per township and kind and the gap points — what decides the rules and the gap layer; per-point nearest distances (medians, histograms) stay with the nearest-school method.`,
    '',
    '| | nearest-school ms | stamped ms |',
    '| --- | ---: | ---: |',
    `| county (${count(county.input.points.length)} cells, median of ${COUNTY_RUNS}): prepare + all 5 kinds | ${format(countyToday.ms)} | ${format(countyPrepared.ms + countyStamped.ms)} |`,
    `| province (${count(province.input.points.length)} cells, ${count(province.input.schools.length)} schools): prepare the points once | (included below) | ${format(provincePrepared.ms)} |`,
    `| province: all 5 kinds from scratch (stamped: every school stamped; ${count(lattice.order.length)} points, ${count(lattice.columns * lattice.rows * lattice.classCount)} buckets) | ${format(provinceToday.ms)} (prepare + kinds, median of 3) | ${format(provinceStamped.ms)} |`,
    `| province: township figures and gap points of all 5 kinds from the stamps | | ${format(provinceSummaries.ms)} |`,
    `| **province: recompute after an edit** (one school moved ≈ 1 km; its stamps re-laid, every kind's figures and gaps read again; median of ${EDITS}) | ${format(provinceToday.ms)} (everything again) | **${format(edit.ms)}** |`,
    `| province: the edit's stamps alone (one primary school taken away and put down again) | | ${format(editOnly.ms)} |`,
    '',
    `Stamped and nearest-school agree: covered population identical in ${countyDifferences === 0 ? 'every' : `**not every (${countyDifferences} differ)**`} township and kind of the county and ${provinceDifferences === 0 ? 'every' : `**not every (${provinceDifferences} differ)**`} of the province, with the same gap points.`,
    '',
    ...preparePointsBenchmark(),
    '',
  );
  return lines;
}

// Run directly: print the section.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await stampedCoverageBenchmark()).join('\n'));
}
