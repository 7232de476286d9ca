/**
 * The province case of the travel benchmark, step by step, by the current method and by the
 * previous one (scripts/bench/travel-previous-method/, as it stood before the typed-array quick
 * paths) in the same process: graph and grids, snapping the points and the schools, the
 * multi-source search and each point's minutes. Each step is timed as the median of several runs
 * (wall and processor time), and the two methods' answers are compared point by point.
 */
import { findTravelTimes } from '../../src/analysis/travel/find-travel-times.ts';
import { measurePlaceTimes } from '../../src/analysis/travel/measure-place-times.ts';
import {
  prepareTravelNetwork,
  type TravelNetwork,
} from '../../src/analysis/travel/prepare-travel-network.ts';
import { type PlaceSnaps, snapPlaces } from '../../src/analysis/travel/snap-places.ts';
import { minutesPerMetre, weighEdges } from '../../src/analysis/travel/weigh-edges.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../../src/domain/travel-settings.ts';
import { median } from './timing.ts';
import { findTravelTimes as previousFindTravelTimes } from './travel-previous-method/find-travel-times.ts';
import { measurePlaceTimes as previousMeasurePlaceTimes } from './travel-previous-method/measure-place-times.ts';
import { prepareTravelNetwork as previousPrepareTravelNetwork } from './travel-previous-method/prepare-travel-network.ts';
import { snapPlaces as previousSnapPlaces } from './travel-previous-method/snap-places.ts';
import type { syntheticProvince } from './travel-province.ts';

/** Wall and processor milliseconds of a step. */
export interface StepFigures {
  ms: number;
  cpuMs: number;
}

/**
 * Median wall and processor milliseconds of `runs` runs, and the last value. The processor time
 * is the process's own (all its threads, garbage collection included): on a shared machine the
 * wall time also holds the time other work had the core.
 */
export function clocked<T>(run: () => T, runs = 1, warmUps = 0): { value: T } & StepFigures {
  let value: T | undefined;
  for (let index = 0; index < warmUps; index++) value = run();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    value = run();
    const used = process.cpuUsage(cpu);
    walls.push(performance.now() - start);
    cpus.push((used.user + used.system) / 1000);
  }
  return { value: value as T, ms: median(walls), cpuMs: median(cpus) };
}

/** The steps' figures of one method, and what it answered. */
export interface ProvinceRun {
  build: StepFigures;
  snapPoints: StepFigures;
  snapSchools: StepFigures;
  search: StepFigures;
  placeTimes: StepFigures;
  total: StepFigures;
  network: TravelNetwork;
  points: PlaceSnaps;
  schools: PlaceSnaps;
  minutes: Float64Array;
  nearest: Int32Array;
}

type Province = ReturnType<typeof syntheticProvince>;

interface Method {
  prepare: typeof prepareTravelNetwork;
  snap: typeof snapPlaces;
  search: typeof findTravelTimes;
  place: typeof measurePlaceTimes;
}

const CURRENT: Method = {
  prepare: prepareTravelNetwork,
  snap: snapPlaces,
  search: findTravelTimes,
  place: measurePlaceTimes,
};

const PREVIOUS = {
  prepare: previousPrepareTravelNetwork,
  snap: previousSnapPlaces,
  search: previousFindTravelTimes,
  place: previousMeasurePlaceTimes,
} as unknown as Method;

function runMethod(method: Method, province: Province, runs: number): ProvinceRun {
  const offRoad = minutesPerMetre(DEFAULT_TRAVEL_SETTINGS.offRoadSpeed);
  // A fresh network object each run, so that nothing prepared before is reused.
  const build = clocked(() => method.prepare({ ...province.network }, [...province.barriers]), runs);
  const network = build.value;
  const edgeMinutes = weighEdges(network.graph, 'bus', DEFAULT_TRAVEL_SETTINGS);
  const snapPoints = clocked(() => method.snap(network, province.points), runs);
  const snapSchools = clocked(() => method.snap(network, province.schools), runs);
  const search = clocked(() => method.search(network.graph, edgeMinutes, snapSchools.value, offRoad), runs);
  const placeTimes = clocked(
    () =>
      method.place(network.graph, edgeMinutes, search.value, snapSchools.value, snapPoints.value, offRoad),
    runs,
  );
  const steps = [build, snapPoints, snapSchools, search, placeTimes];
  return {
    build,
    snapPoints,
    snapSchools,
    search,
    placeTimes,
    total: {
      ms: steps.reduce((sum, step) => sum + step.ms, 0),
      cpuMs: steps.reduce((sum, step) => sum + step.cpuMs, 0),
    },
    network,
    points: snapPoints.value,
    schools: snapSchools.value,
    minutes: placeTimes.value.minutes,
    nearest: placeTimes.value.nearest,
  };
}

/** Points whose minutes (within 10⁻⁹) and nearest school are the same by both methods. */
function agreeing(current: ProvinceRun, previous: ProvinceRun): number {
  let same = 0;
  for (let point = 0; point < current.minutes.length; point++) {
    const a = current.minutes[point] ?? 0;
    const b = previous.minutes[point] ?? 0;
    const minutesAgree = a === b || Math.abs(a - b) < 1e-9;
    if (minutesAgree && current.nearest[point] === previous.nearest[point]) same++;
  }
  return same;
}

/**
 * Times both methods on the province, `runs` runs of each step; the previous method first, so
 * the current one does not gain from a warmer process.
 */
export function measureProvinceSteps(
  province: Province,
  runs: number,
): { current: ProvinceRun; previous: ProvinceRun; agreeing: number } {
  const previous = runMethod(PREVIOUS, province, runs);
  const current = runMethod(CURRENT, province, runs);
  return { current, previous, agreeing: agreeing(current, previous) };
}
