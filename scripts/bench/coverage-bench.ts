/**
 * Benchmark of service-radius coverage, every figure from the same run:
 * 1. the county (the embedded 港南区 sample data): the whole `analyzeDistrict`, and its coverage
 *    part against the previous method;
 * 2. a synthetic province (30,000 schools, 1,500 square townships, 10⁶ population cells): the
 *    whole `analyzeDistrict`, the coverage of each kind by the fast method and by the previous
 *    method, and all pairs on a subsample (extrapolated);
 * 3. the same question by merging Turf buffers (3,000 circles, within a time budget).
 * "Previous method" = the code `analyzeDistrict` used before the fast path: a grid index with
 * cells of the kind's largest radius, `findNearest` per point, a sort per township for the
 * percentiles (in coverage-previous-method.ts; the grid index and `findNearest` are still in src/).
 * `coverageBenchmark()` returns markdown lines for docs/PERFORMANCE.md; scripts/bench.ts calls it.
 * Run alone with `npx tsx scripts/bench/coverage-bench.ts`.
 */

import { pathToFileURL } from 'node:url';
import { booleanPointInPolygon, circle, featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { analyzeDistrict } from '../../src/analysis/analyze-district.ts';
import { findNearestSites } from '../../src/analysis/find-nearest-sites.ts';
import { gapCount } from '../../src/analysis/gap-points.ts';
import { haversineDistance } from '../../src/analysis/haversine-distance.ts';
import { preparePoints } from '../../src/analysis/prepare-points.ts';
import { SERVICE_KINDS, type ServiceKind } from '../../src/domain/radius.ts';
import { PLANNED_SCENARIO } from '../../src/domain/scenario.ts';
import {
  CELL_METRES,
  countyInput,
  coverageInput,
  fastCoverage,
  provinceInput,
  TYPE_MIX,
} from './coverage-inputs.ts';
import { agreement, previousKindCoverage } from './coverage-previous-method.ts';
import { count, format, timed } from './timing.ts';

interface Place {
  lon: number;
  lat: number;
}

/** Runs of each fast measurement (the median is reported), of each slow one, and of the county's (with warm-up runs). */
const RUNS = 7;
const SLOW_RUNS = 3;
const COUNTY_RUNS = 15;
const COUNTY_WARM_UPS = 5;
/** Cells of the subsample the all-pairs method is timed on. */
const NAIVE_SAMPLE = 5000;
/** Schools merged by Turf, the most it may take before it is given up, and the cells tested. */
const TURF_CIRCLES = 3000;
const TURF_BUDGET_MS = 30_000;
const TURF_SAMPLE = 10_000;
const TURF_RADIUS = 2500;

/** Nearest distance by comparing every school: what the index avoids. */
function naiveNearest(points: readonly Place[], schools: readonly Place[]): Float64Array {
  const distances = new Float64Array(points.length);
  points.forEach((point, position) => {
    let best = Number.POSITIVE_INFINITY;
    for (const school of schools) {
      const metres = haversineDistance([point.lon, point.lat], [school.lon, school.lat]);
      if (metres < best) best = metres;
    }
    distances[position] = best;
  });
  return distances;
}

/**
 * Merges circles with Turf `union` in batches, giving up once the budget is spent (a batch in
 * progress cannot be interrupted, so the time may run over a little).
 */
function mergeCircles(
  circles: Feature<Polygon>[],
  budgetMs: number,
): { merged: Feature<Polygon | MultiPolygon> | null; circlesMerged: number; ms: number } {
  const start = performance.now();
  let merged: Feature<Polygon | MultiPolygon> | null = null;
  let circlesMerged = 0;
  const batch = 100;
  for (let from = 0; from < circles.length; from += batch) {
    const part = union(featureCollection(circles.slice(from, from + batch)));
    merged = merged && part ? union(featureCollection([merged, part])) : (part ?? merged);
    circlesMerged = Math.min(circles.length, from + batch);
    if (performance.now() - start > budgetMs) break;
  }
  return { merged, circlesMerged, ms: performance.now() - start };
}

const KIND_NAMES: Record<ServiceKind, string> = {
  kindergarten: 'kindergarten 幼儿园',
  primary: 'primary 小学',
  middle: 'middle 初中',
  high: 'high 高中',
  special: 'special 特殊教育',
};

/**
 * Runs the benchmark and returns its section of docs/PERFORMANCE.md as markdown lines.
 * @example (await coverageBenchmark()).join('\n')
 */
export async function coverageBenchmark(): Promise<string[]> {
  const lines: string[] = [];

  // 1. The county.
  const county = countyInput();
  const countyCurrent = timed(() => analyzeDistrict(county), COUNTY_RUNS, COUNTY_WARM_UPS);
  const countyPlanned = timed(
    () => analyzeDistrict({ ...county, scenario: PLANNED_SCENARIO }),
    COUNTY_RUNS,
    COUNTY_WARM_UPS,
  );
  const countyCoverage = coverageInput(county);
  const countyFastPath = fastCoverage(countyCoverage);
  const countyFast = timed(
    () => {
      const frame = countyFastPath.prepare();
      return countyFastPath.kinds.map((_, index) => countyFastPath.measure(frame, index));
    },
    COUNTY_RUNS,
    COUNTY_WARM_UPS,
  );
  const countyPrevious = timed(
    () => SERVICE_KINDS.map((kind) => previousKindCoverage(countyCoverage, kind)),
    COUNTY_RUNS,
    COUNTY_WARM_UPS,
  );
  const countyAgreement = countyFast.value.map((fast, index) =>
    agreement(fast, countyPrevious.value[index] as ReturnType<typeof previousKindCoverage>),
  );
  lines.push(
    `County: the embedded 港南区 sample (${count(county.schools.length)} schools in the roster, ${county.townships.features.length} townships, ${count(county.population.points.length)} modelled population cells), default radii and rules. Median of ${COUNTY_RUNS} runs after ${COUNTY_WARM_UPS} untimed ones.`,
    '',
    '| county, 港南区 sample data | ms |',
    '| --- | ---: |',
    `| \`analyzeDistrict\`, 现状 (everything: scenario, townships, coverage of 5 kinds, rules, flags, gaps, 所属乡镇 check) | ${format(countyCurrent.ms)} |`,
    `| \`analyzeDistrict\`, 规划完成后 | ${format(countyPlanned.ms)} |`,
    `| coverage of all 5 kinds, fast method (prepare the points once, then each kind) | ${format(countyFast.ms)} |`,
    `| coverage of all 5 kinds, previous method (grid index + \`findNearest\` per point + a sort per township) | ${format(countyPrevious.ms)} |`,
    '',
    `Fast and previous agree on the county: covered population identical in ${countyAgreement.every((entry) => entry.coveredDifferences === 0 && !entry.gapsDiffer) ? 'every' : '**not every**'} township and kind; medians and 90th percentiles within ${Math.max(...countyAgreement.map((entry) => entry.distanceDifference)).toExponential(1)} m.`,
    '',
  );

  // 2. The province.
  const province = provinceInput(county.ruleSet);
  const provinceCoverage = coverageInput(province);
  const fast = fastCoverage(provinceCoverage);
  const prepared = timed(fast.prepare, RUNS);
  const perKind = fast.kinds.map(({ kind, sites }, index) => ({
    kind,
    sites,
    ...timed(() => fast.measure(prepared.value, index), RUNS),
  }));
  const fastTotal = prepared.ms + perKind.reduce((sum, entry) => sum + entry.ms, 0);
  const full = timed(() => analyzeDistrict(province), SLOW_RUNS, 0);
  const previous = SERVICE_KINDS.map((kind) =>
    timed(() => previousKindCoverage(provinceCoverage, kind), SLOW_RUNS, 0),
  );
  const previousTotal = previous.reduce((sum, entry) => sum + entry.ms, 0);
  const provinceAgreement = perKind.map((entry, index) =>
    agreement(entry.value, previous[index]?.value as ReturnType<typeof previousKindCoverage>),
  );
  const gaps = SERVICE_KINDS.map((kind) => gapCount(full.value.gaps[kind]));

  // All pairs on a subsample of the cells, for the densest kind; extrapolated.
  const kindergartens = perKind[0]?.sites ?? [];
  const cells = province.population.points;
  const stride = Math.floor(cells.length / NAIVE_SAMPLE);
  const sample = cells.filter((_, position) => position % stride === 0).slice(0, NAIVE_SAMPLE);
  const naive = timed(() => naiveNearest(sample, kindergartens));
  const fastOnSample = findNearestSites(preparePoints(sample), kindergartens).distances;
  let sampleDifference = 0;
  let decisionDifferences = 0;
  sample.forEach((_, position) => {
    const [a, b] = [fastOnSample[position] ?? 0, naive.value[position] ?? 0];
    sampleDifference = Math.max(sampleDifference, Math.abs(a - b));
    for (const radius of [300, 1500]) if (a <= radius !== b <= radius) decisionDifferences++;
  });
  const naiveEstimate = naive.ms * (cells.length / sample.length);

  lines.push(
    `Province: synthetic and seeded — ${count(province.schools.length)} schools (${TYPE_MIX.map(([type, share]) => `${type} ${Math.round(share * 100)} %`).join(', ')}), ${count(province.townships.features.length)} square townships of ≈ 7.8 km (a tenth urban), ${count(cells.length)} population cells of ≈ ${CELL_METRES} m over ≈ 390 × 234 km at 21.5–23.6° N; default radii (urban 300/500/1,000 m, rural 1,500/2,500/5,000 m). Fast figures (prepare, each kind): median of ${RUNS} runs after one untimed, the points prepared once and shared by the five kinds; \`analyzeDistrict\` and the previous method: median of ${SLOW_RUNS}; garbage collection included as it falls. Previous method = the code \`analyzeDistrict\` used before (grid index with cells of the kind's largest radius, \`findNearest\` per cell, a sort per township), run here on the same input. The machine is shared and its load varies: compare rows of the same run.`,
    '',
    '| province, 现状 | schools | fast ms | previous ms |',
    '| --- | ---: | ---: | ---: |',
    `| prepare the 10⁶ points once (unit vectors, Z-order quadtree, township grouping) | | ${format(prepared.ms)} | — |`,
    ...perKind.map(
      (entry, index) =>
        `| coverage of ${KIND_NAMES[entry.kind]}: nearest school of every cell, township and district figures, gaps | ${count(entry.sites.length)} | ${format(entry.ms)} | ${format(previous[index]?.ms ?? 0)} |`,
    ),
    `| coverage of all 5 kinds (fast: prepare + kinds) | | ${format(fastTotal)} | ${format(previousTotal)} |`,
    `| \`analyzeDistrict\`, everything (as in the county row; ${gaps.map(count).join(' / ')} gap points by kind) | | ${format(full.ms)} | — |`,
    `| all pairs, ${count(sample.length)} cells × ${count(kindergartens.length)} kindergartens (a subsample) | | | ${format(naive.ms)} |`,
    `| all pairs, extrapolated to ${count(cells.length)} cells, kindergartens only (×${Math.round(cells.length / sample.length)}; not run) | | | ≈ ${format(naiveEstimate)} |`,
    '',
    `Fast and previous agree on the province: covered population identical in ${provinceAgreement.every((entry) => entry.coveredDifferences === 0 && !entry.gapsDiffer) ? 'every' : '**not every**'} township and kind; medians and 90th percentiles within ${Math.max(...provinceAgreement.map((entry) => entry.distanceDifference)).toExponential(1)} m. On the all-pairs subsample the fast distances are within ${sampleDifference.toExponential(1)} m of haversine, and ${decisionDifferences === 0 ? 'no' : `**${decisionDifferences}**`} cell changes side at 300 or 1,500 m.`,
    '',
  );

  // 3. The same question by merging buffers: the first 3,000 schools (any type) in the
  // south-west corner of the province, and the cells there.
  const cornerWest = cells.reduce((least, cell) => Math.min(least, cell.lon), Number.POSITIVE_INFINITY);
  const cornerSouth = cells.reduce((least, cell) => Math.min(least, cell.lat), Number.POSITIVE_INFINITY);
  let cornerSpan = 0.3;
  const schoolsWithin = (span: number) =>
    province.schools.filter((school) => school.lon < cornerWest + span && school.lat < cornerSouth + span);
  while (schoolsWithin(cornerSpan).length < TURF_CIRCLES && cornerSpan < 5) cornerSpan *= 1.05;
  const cornerSchools = schoolsWithin(cornerSpan).slice(0, TURF_CIRCLES);
  const inCorner = (place: Place) =>
    place.lon < cornerWest + cornerSpan && place.lat < cornerSouth + cornerSpan;
  const cornerCells = cells.filter(inCorner);
  const cornerStride = Math.max(1, Math.floor(cornerCells.length / TURF_SAMPLE));
  const cornerSample = cornerCells.filter((_, position) => position % cornerStride === 0);
  const fastCorner = timed(() => {
    const { distances } = findNearestSites(preparePoints(cornerSample), cornerSchools);
    return distances.filter((distance) => distance <= TURF_RADIUS).length;
  }, RUNS);
  const circles = timed(() =>
    cornerSchools.map((school) =>
      circle([school.lon, school.lat], TURF_RADIUS / 1000, { steps: 64, units: 'kilometers' }),
    ),
  );
  const merged = mergeCircles(circles.value, TURF_BUDGET_MS);
  lines.push(
    `| the same question by merging buffers: ${count(cornerSchools.length)} schools in a corner of the province (${cornerSpan.toFixed(2)}° square), ${count(cornerSample.length)} cells, ${count(TURF_RADIUS)} m | ms | covered cells |`,
    '| --- | ---: | ---: |',
    `| fast method: prepare the cells and find each one's nearest school | ${format(fastCorner.ms)} | ${count(fastCorner.value)} |`,
    `| Turf: ${count(cornerSchools.length)} circles (64 steps) | ${format(circles.ms)} | |`,
  );
  if (merged.circlesMerged < cornerSchools.length || !merged.merged) {
    lines.push(
      `| Turf: union of the circles — given up after ${format(merged.ms)} ms with ${count(merged.circlesMerged)} of ${count(cornerSchools.length)} merged | > ${format(merged.ms)} | — |`,
    );
  } else {
    const polygon = merged.merged;
    const inside = timed(
      () => cornerSample.filter((cell) => booleanPointInPolygon([cell.lon, cell.lat], polygon)).length,
    );
    lines.push(
      `| Turf: union of the circles | ${format(merged.ms)} | |`,
      `| Turf: point-in-polygon of each cell in the union | ${format(inside.ms)} | ${count(inside.value)} |`,
      `| Turf total | ${format(circles.ms + merged.ms + inside.ms)} | |`,
    );
    if (Math.abs(inside.value - fastCorner.value) > cornerSample.length * 0.01) {
      lines.push('', '**Warning: buffers and the fast method disagree by more than 1 % of the cells.**');
    }
  }
  lines.push(
    '',
    'Circles are 64-gons inscribed in the true circle, so merged buffers also miss a sliver at every rim; the fast method decides each cell exactly (haversine) and gives each cell its distance, which buffers cannot.',
  );
  return lines;
}

// Run directly: print the section.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await coverageBenchmark()).join('\n'));
}
