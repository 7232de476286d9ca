/**
 * Benchmark of the seat allocation (学位供需), every figure from the same run:
 * 1. the county (the embedded 港南区 sample data): the allocation of 小学 (eligible pairs, their
 *    order, the nearest-first pass), the maximum flow, and what the 学位 view's worker computes
 *    (both scenarios, four stages, eleven years);
 * 2. a synthetic province (30,000 primary schools, 10⁶ places with children): the same steps,
 *    and the naive version (every place scans every school, one comparison sort of all pairs) on
 *    a subsample, extrapolated.
 * `seatsBenchmark()` returns markdown lines for docs/PERFORMANCE.md; scripts/bench.ts calls it.
 * Run alone with `npx tsx scripts/bench/seats-bench.ts`.
 */
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { METRES_PER_DEGREE } from '../../src/analysis/build-grid-index.ts';
import { allocateSeats } from '../../src/analysis/seats/allocate-seats.ts';
import { countStageChildren } from '../../src/analysis/seats/count-stage-children.ts';
import {
  type EligiblePairs,
  findEligiblePairs,
  type SeatPlaces,
} from '../../src/analysis/seats/find-eligible-pairs.ts';
import { forecastSeatBalance } from '../../src/analysis/seats/forecast-seat-balance.ts';
import { measureMaximumSeated } from '../../src/analysis/seats/measure-maximum-seated.ts';
import {
  prepareSeatAnalysis,
  type SeatAnalysisInput,
} from '../../src/analysis/seats/prepare-seat-analysis.ts';
import { rankSchoolCodes } from '../../src/analysis/seats/rank-school-codes.ts';
import { sortEligiblePairs } from '../../src/analysis/seats/sort-eligible-pairs.ts';
import { DEFAULT_SERVICE_RADII } from '../../src/domain/radius.ts';
import { CURRENT_SCENARIO, PLANNED_SCENARIO } from '../../src/domain/scenario.ts';
import { seatSettingsOf } from '../../src/domain/seats.ts';
import { readDistrictInputs } from '../cli/command-files.ts';
import { createSeededRandom } from '../geodata/seeded-random.ts';
import { allocateSeatsNaively, type NaivePlace, type NaiveSchool } from './naive-seat-allocation.ts';
import { count, format, timed } from './timing.ts';

/** Runs of each province measurement (median), and of each county one (after warm-up runs). */
const PROVINCE_RUNS = 3;
const COUNTY_RUNS = 15;
const COUNTY_WARM_UPS = 5;
/** The synthetic province: places, primary schools, extent (degrees) and where it lies. */
const PROVINCE_PLACES = 1_000_000;
const PROVINCE_SCHOOLS = 30_000;
const WEST = 104.5;
const SOUTH = 21.5;
const WIDTH_DEGREES = 5;
const HEIGHT_DEGREES = 4;
/** Market towns: 1,500 of them, each with an urban core of 1.5 km where the radius is the urban one. */
const TOWNS = 1500;
const TOWN_CORE_METRES = 1500;
/** Places of the naive version's subsample. */
const NAIVE_SAMPLE = 2000;

/** A synthetic province of primary-school places and schools, seeded (see `syntheticProvince`). */
export interface Province {
  places: SeatPlaces;
  children: Int32Array;
  longitudes: Float64Array;
  latitudes: Float64Array;
  seats: Int32Array;
  codes: string[];
  urbanPlaces: number;
}

/**
 * The synthetic province: places and primary schools spread over a province-sized area, a share of
 * both around market towns, deterministic (seeded).
 * @example syntheticProvince().places.count // 1,000,000
 */
export function syntheticProvince(): Province {
  const random = createSeededRandom(20_200_601);
  const towns = Array.from({ length: TOWNS }, () => [
    WEST + random.next() * WIDTH_DEGREES,
    SOUTH + random.next() * HEIGHT_DEGREES,
  ]);
  const degreesOf = (metres: number) => metres / METRES_PER_DEGREE;
  // A place: 30 % near a town (within 3 km), the rest anywhere; children 0–20 (a few more in towns).
  const near = (spread: number): [number, number] => {
    const town = towns[Math.floor(random.next() * TOWNS)] ?? [WEST, SOUTH];
    const angle = random.next() * 2 * Math.PI;
    const distance = degreesOf(spread) * Math.sqrt(random.next());
    return [
      (town[0] ?? 0) + (distance * Math.cos(angle)) / Math.cos(((town[1] ?? 0) * Math.PI) / 180),
      (town[1] ?? 0) + distance * Math.sin(angle),
    ];
  };
  const longitudes = new Float64Array(PROVINCE_PLACES);
  const latitudes = new Float64Array(PROVINCE_PLACES);
  const radii = new Float64Array(PROVINCE_PLACES);
  const children = new Int32Array(PROVINCE_PLACES);
  let urbanPlaces = 0;
  for (let place = 0; place < PROVINCE_PLACES; place++) {
    const inTown = random.next() < 0.3;
    const [lon, lat] = inTown
      ? near(3000)
      : [WEST + random.next() * WIDTH_DEGREES, SOUTH + random.next() * HEIGHT_DEGREES];
    longitudes[place] = lon;
    latitudes[place] = lat;
    const urban = inTown && random.next() < TOWN_CORE_METRES / 3000;
    if (urban) urbanPlaces += 1;
    radii[place] = urban
      ? (DEFAULT_SERVICE_RADII.primary.urban ?? 500)
      : (DEFAULT_SERVICE_RADII.primary.rural ?? 2500);
    children[place] = Math.floor(random.next() * (urban ? 40 : 12));
  }
  // Schools: 40 % in towns (300 to 1,000 seats), the rest anywhere (60 to 250 seats).
  const schoolLongitudes = new Float64Array(PROVINCE_SCHOOLS);
  const schoolLatitudes = new Float64Array(PROVINCE_SCHOOLS);
  const seats = new Int32Array(PROVINCE_SCHOOLS);
  const codes: string[] = [];
  for (let school = 0; school < PROVINCE_SCHOOLS; school++) {
    const inTown = random.next() < 0.4;
    const [lon, lat] = inTown
      ? near(2500)
      : [WEST + random.next() * WIDTH_DEGREES, SOUTH + random.next() * HEIGHT_DEGREES];
    schoolLongitudes[school] = lon;
    schoolLatitudes[school] = lat;
    seats[school] = inTown ? 300 + Math.floor(random.next() * 700) : 60 + Math.floor(random.next() * 190);
    codes.push(String(4_500_000_000 + Math.floor(random.next() * 99_999_999)));
  }
  return {
    places: { count: PROVINCE_PLACES, longitudes, latitudes, radii },
    children,
    longitudes: schoolLongitudes,
    latitudes: schoolLatitudes,
    seats,
    codes,
    urbanPlaces,
  };
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let index = 0; index < values.length; index++) total += values[index] ?? 0;
  return total;
}

/** The embedded county, read as the command line reads it (its defaults). */
async function countyInput(): Promise<SeatAnalysisInput> {
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
  return {
    schools: inputs.schools,
    townships: inputs.townships,
    population: inputs.population,
    settings: seatSettingsOf(inputs.ruleSet.settings),
    radii: DEFAULT_SERVICE_RADII,
    scenario: CURRENT_SCENARIO,
  };
}

function findPairs(places: SeatPlaces, longitudes: Float64Array, latitudes: Float64Array): EligiblePairs {
  const found = findEligiblePairs(places, { count: longitudes.length, longitudes, latitudes });
  if (!found.ok) throw new Error(found.message.key);
  return found.pairs;
}

/**
 * Runs the benchmark and returns its section of docs/PERFORMANCE.md as markdown lines.
 * @example (await seatsBenchmark()).join('\n')
 */
export async function seatsBenchmark(): Promise<string[]> {
  // The machine is shared: the load beside the figures says how far they may be inflated.
  const loadBefore = loadavg()[0] ?? 0;
  // The county: 小学 of the embedded data, step by step, then the whole worker request.
  const input = await countyInput();
  const frame = prepareSeatAnalysis(input);
  const primary = frame.stages.primary;
  const countyChildren = countStageChildren(
    frame.base.ages,
    frame.points.length,
    frame.settings.stageAges.primary,
  );
  const schoolLongitudes = Float64Array.from(primary.schools, (school) => school.lon);
  const schoolLatitudes = Float64Array.from(primary.schools, (school) => school.lat);
  const countyCodes = primary.schools.map((school) => school.code);
  const countyPairs = timed(
    () => findPairs(primary.places, schoolLongitudes, schoolLatitudes),
    COUNTY_RUNS,
    COUNTY_WARM_UPS,
  );
  const countySorted = timed(
    () => sortEligiblePairs(countyPairs.value, rankSchoolCodes(countyCodes)),
    COUNTY_RUNS,
    COUNTY_WARM_UPS,
  );
  const countyGreedy = timed(
    () => allocateSeats(countySorted.value, countyChildren, primary.seats),
    COUNTY_RUNS,
    COUNTY_WARM_UPS,
  );
  const countyAllocation = timed(
    () => {
      const pairs = findPairs(primary.places, schoolLongitudes, schoolLatitudes);
      return allocateSeats(
        sortEligiblePairs(pairs, rankSchoolCodes(countyCodes)),
        countyChildren,
        primary.seats,
      );
    },
    COUNTY_RUNS,
    COUNTY_WARM_UPS,
  );
  const countyFlow = timed(
    () => measureMaximumSeated(countySorted.value, countyChildren, primary.seats, countyGreedy.value),
    COUNTY_RUNS,
    COUNTY_WARM_UPS,
  );
  const countyNaive = timed(
    () =>
      allocateSeatsNaively(
        frame.points.map((point, place) => ({
          lon: point.lon,
          lat: point.lat,
          children: countyChildren[place] ?? 0,
          radius: primary.places.radii[place] ?? 0,
        })),
        primary.schools.map((school, position) => ({
          code: school.code,
          lon: school.lon,
          lat: school.lat,
          seats: primary.seats[position] ?? 0,
        })),
      ),
    3,
    1,
  );
  const worker = timed(
    () =>
      [CURRENT_SCENARIO, PLANNED_SCENARIO].map((scenario) =>
        forecastSeatBalance(prepareSeatAnalysis({ ...input, scenario })),
      ),
    5,
    1,
  );

  // The province.
  const province = syntheticProvince();
  const pairs = timed(
    () => findPairs(province.places, province.longitudes, province.latitudes),
    PROVINCE_RUNS,
    1,
  );
  const sorted = timed(
    () => sortEligiblePairs(pairs.value, rankSchoolCodes(province.codes)),
    PROVINCE_RUNS,
    1,
  );
  const greedy = timed(
    () => allocateSeats(sorted.value, province.children, province.seats),
    PROVINCE_RUNS,
    1,
  );
  // Processor time of the whole allocation (median of the runs): on a loaded machine the
  // wall-clock figures above include the time other processes held the cores; this mostly does not.
  const processorRuns: { processor: number; wall: number }[] = [];
  for (let run = 0; run < PROVINCE_RUNS; run++) {
    const processorStart = process.cpuUsage();
    const wallStart = performance.now();
    allocateSeats(
      sortEligiblePairs(
        findPairs(province.places, province.longitudes, province.latitudes),
        rankSchoolCodes(province.codes),
      ),
      province.children,
      province.seats,
    );
    const processor = process.cpuUsage(processorStart);
    processorRuns.push({
      processor: (processor.user + processor.system) / 1000,
      wall: performance.now() - wallStart,
    });
  }
  processorRuns.sort((a, b) => a.processor - b.processor);
  const middleRun = processorRuns[Math.floor(processorRuns.length / 2)] ?? { processor: 0, wall: 0 };
  const processorMs = middleRun.processor;
  const wallMs = middleRun.wall;
  const flow = timed(
    () => measureMaximumSeated(sorted.value, province.children, province.seats, greedy.value),
    1,
    0,
  );
  const naivePlaces: NaivePlace[] = Array.from({ length: NAIVE_SAMPLE }, (_, place) => ({
    lon: province.places.longitudes[place] ?? 0,
    lat: province.places.latitudes[place] ?? 0,
    children: province.children[place] ?? 0,
    radius: province.places.radii[place] ?? 0,
  }));
  const naiveSchools: NaiveSchool[] = province.codes.map((code, school) => ({
    code,
    lon: province.longitudes[school] ?? 0,
    lat: province.latitudes[school] ?? 0,
    seats: province.seats[school] ?? 0,
  }));
  const naive = timed(() => allocateSeatsNaively(naivePlaces, naiveSchools), 1, 0);
  const allocationMs = pairs.ms + sorted.ms + greedy.ms;
  const countySteps = countyPairs.ms + countySorted.ms + countyGreedy.ms;
  const agree =
    countyNaive.value.seated === countyGreedy.value.seated &&
    countyNaive.value.allocatedAtSchool.every(
      (allocated, school) => allocated === countyGreedy.value.allocatedAtSchool[school],
    );
  return [
    `港南区 sample data, 小学 (${count(frame.points.length)} places, ${primary.schools.length} schools, ${count(sum(countyChildren))} children 6–11, ${count(sum(primary.seats))} seats, radius 500 m in 江南街道 and 2,500 m elsewhere). Median of ${COUNTY_RUNS} runs after ${COUNTY_WARM_UPS} untimed.`,
    '',
    '| county, 小学 | ms |',
    '| --- | ---: |',
    `| eligible pairs through the grid index (${count(countyPairs.value.count)} pairs) | ${format(countyPairs.ms)} |`,
    `| sorted into allocation order (buckets by distance, exact ties by code, then place) | ${format(countySorted.ms)} |`,
    `| nearest free seat first (${count(countyGreedy.value.seated)} seated) | ${format(countyGreedy.ms)} |`,
    `| **the allocation, all three steps in one run** | **${format(countyAllocation.ms)}** (steps summed: ${format(countySteps)}) |`,
    `| maximum flow from the allocation (${count(countyFlow.value)} could be seated) | ${format(countyFlow.ms)} |`,
    `| naive: every place scans every school, one comparison sort (median of 3; ${agree ? 'same' : '**different**'} result) | ${format(countyNaive.ms)} |`,
    `| what the 学位 view's worker computes: 现状 and 规划完成后, four stages, ${frame.baseYear}–${frame.baseYear + 10}, with the maximum flow every year (median of 5) | ${format(worker.ms)} |`,
    '',
    `Synthetic province, seeded: ${count(PROVINCE_PLACES)} places over ${WIDTH_DEGREES}° × ${HEIGHT_DEGREES}° (≈ ${count(Math.round(WIDTH_DEGREES * 102 * HEIGHT_DEGREES * 111))} km²) at ${SOUTH}–${SOUTH + HEIGHT_DEGREES}° N, 30 % of them within 3 km of ${count(TOWNS)} towns (${count(province.urbanPlaces)} in the towns' cores, radius 500 m; the rest 2,500 m), ${count(sum(province.children))} children; ${count(PROVINCE_SCHOOLS)} primary schools (40 % in the towns), ${count(sum(province.seats))} seats. Median of ${PROVINCE_RUNS} runs after one untimed; the maximum flow and the naive subsample run once.`,
    '',
    '| province, 小学 | ms |',
    '| --- | ---: |',
    `| eligible pairs through the grid index (${count(pairs.value.count)} pairs) | ${format(pairs.ms)} |`,
    `| sorted into allocation order | ${format(sorted.ms)} |`,
    `| nearest free seat first (${count(greedy.value.seated)} seated, ${count(greedy.value.withoutSeatNoSchool)} without a school in reach, ${count(greedy.value.withoutSeatFull)} at full schools) | ${format(greedy.ms)} |`,
    `| **the allocation (the three steps)** | **${format(allocationMs)}** |`,
    `| the allocation, processor time of this process (user + system), median of ${PROVINCE_RUNS} runs (wall clock of that run: ${format(wallMs)}) | ${format(processorMs)} |`,
    `| maximum flow from the allocation (${count(flow.value)} could be seated) | ${format(flow.ms)} |`,
    `| naive on the first ${count(NAIVE_SAMPLE)} places × ${count(PROVINCE_SCHOOLS)} schools (${count(naive.value.seated)} seated) | ${format(naive.ms)} |`,
    `| … extrapolated to ${count(PROVINCE_PLACES)} places (×${PROVINCE_PLACES / NAIVE_SAMPLE}, scanning alone; the sort of all pairs would add more; not run) | ≈ ${format((naive.ms * PROVINCE_PLACES) / NAIVE_SAMPLE)} |`,
    '',
    `Load average of the machine (${cpus().length} cores): ${loadBefore.toFixed(1)} at the start of this section, ${(loadavg()[0] ?? 0).toFixed(1)} at its end; with a load above the number of cores every figure here is slower than on an idle machine.`,
    '',
    `Stages without a radius (高中 today) pair every place with every school of the district: at province scale they are allocated county by county, so a county's ${count(frame.points.length)} places × its high schools is the size of that problem, not the province's.`,
  ];
}

// Run directly: print the section.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await seatsBenchmark()).join('\n'));
}
