/**
 * Benchmark of travel time on roads, every figure from the same run:
 * 1. the county: the embedded 港南区 data and the sample road network — graph build, snapping
 *    and all five kinds on foot, cold in a fresh worker thread and warm; against a naive
 *    Dijkstra from every population point on its own (timed on a subsample, extrapolated);
 * 2. a province: a synthetic network of about 10⁶ road segments with ten rivers, 10⁶ population
 *    points and 10,000 schools — graph build, snapping and the multi-source search; the naive
 *    per-point search timed on a subsample and extrapolated.
 * `travelBenchmark()` returns markdown lines for docs/PERFORMANCE.md; scripts/bench.ts calls it.
 * Run alone with `npx tsx scripts/bench/travel-bench.ts`.
 */
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RoadGraph } from '../../src/analysis/travel/build-road-graph.ts';
import { findTravelTimes } from '../../src/analysis/travel/find-travel-times.ts';
import { measurePlaceTimes } from '../../src/analysis/travel/measure-place-times.ts';
import { MinHeap } from '../../src/analysis/travel/min-heap.ts';
import { prepareTravelNetwork } from '../../src/analysis/travel/prepare-travel-network.ts';
import { type PlaceSnaps, snapPlaces } from '../../src/analysis/travel/snap-places.ts';
import { minutesPerMetre, weighEdges } from '../../src/analysis/travel/weigh-edges.ts';
import { SERVICE_KINDS, servesKind } from '../../src/domain/radius.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../../src/domain/travel-settings.ts';
import { count, format } from './timing.ts';
import { type CountyInputs, measureCounty, readCountyInputs } from './travel-county.ts';
import {
  LATTICE,
  PROVINCE_POINTS,
  PROVINCE_SCHOOLS,
  RIVERS,
  SPACING_DEGREES,
  syntheticProvince,
} from './travel-province.ts';
import { clocked, measureProvinceSteps, type ProvinceRun } from './travel-province-steps.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const settings = DEFAULT_TRAVEL_SETTINGS;
const offRoad = minutesPerMetre(settings.offRoadSpeed);

/** Points the naive searches are timed on. */
const NAIVE_SAMPLE_COUNTY = 200;
const NAIVE_SAMPLE_PROVINCE = 20;
/** Runs of each province step, by each method (the median is reported). */
const PROVINCE_RUNS = 3;

/** What the naive search knows of the schools: their time from each node, and who shares an edge. */
interface NaiveSchools {
  atNode: Float64Array;
  snaps: PlaceSnaps;
  byEdge: Map<number, number[]>;
}

/**
 * The naive way: for one place, a Dijkstra search from its own leg over the graph until no
 * nearer school can turn up — done once per place. A school is reached at the ends of its edge
 * (its leg and part of the edge added there), or straight along the place's own edge.
 */
function naiveNearest(
  graph: RoadGraph,
  edgeMinutes: Float64Array,
  place: PlaceSnaps,
  index: number,
  schools: NaiveSchools,
): number {
  const edge = place.edge[index] ?? -1;
  if (edge < 0) return Number.POSITIVE_INFINITY;
  const schoolAtNode = schools.atNode;
  const best = new Float64Array(graph.nodeCount).fill(Number.POSITIVE_INFINITY);
  const heap = new MinHeap();
  const leg = (place.legMetres[index] ?? 0) * offRoad;
  const along = place.fraction[index] ?? 0;
  const weight = edgeMinutes[edge] ?? 0;
  const seed = (node: number, minutes: number) => {
    if (minutes < (best[node] ?? 0)) {
      best[node] = minutes;
      heap.push(minutes, node);
    }
  };
  seed(graph.edgeFrom[edge] ?? 0, leg + along * weight);
  seed(graph.edgeTo[edge] ?? 0, leg + (1 - along) * weight);
  let answer = Number.POSITIVE_INFINITY;
  for (const school of schools.byEdge.get(edge) ?? []) {
    const direct =
      leg +
      Math.abs(along - (schools.snaps.fraction[school] ?? 0)) * weight +
      (schools.snaps.legMetres[school] ?? 0) * offRoad;
    answer = Math.min(answer, direct);
  }
  while (heap.size > 0) {
    const minutes = heap.peekKey();
    const node = heap.pop();
    if (minutes > (best[node] ?? 0) || minutes >= answer) {
      if (minutes >= answer) break;
      continue;
    }
    const atSchool = schoolAtNode[node] ?? Number.POSITIVE_INFINITY;
    if (atSchool < Number.POSITIVE_INFINITY) answer = Math.min(answer, minutes + atSchool);
    for (let slot = graph.adjacencyStart[node] ?? 0; slot < (graph.adjacencyStart[node + 1] ?? 0); slot++) {
      const next = graph.adjacencyEdges[slot] ?? 0;
      const from = graph.edgeFrom[next] ?? 0;
      seed(from === node ? (graph.edgeTo[next] ?? 0) : from, minutes + (edgeMinutes[next] ?? 0));
    }
  }
  return answer;
}

/** Minutes from each node to a school that joins the network there, through its own leg and edge part. */
function naiveSchools(graph: RoadGraph, edgeMinutes: Float64Array, schools: PlaceSnaps): NaiveSchools {
  const atNode = new Float64Array(graph.nodeCount).fill(Number.POSITIVE_INFINITY);
  const byEdge = new Map<number, number[]>();
  for (let school = 0; school < schools.edge.length; school++) {
    const edge = schools.edge[school] ?? -1;
    if (edge < 0) continue;
    byEdge.set(edge, [...(byEdge.get(edge) ?? []), school]);
    const leg = (schools.legMetres[school] ?? 0) * offRoad;
    const along = schools.fraction[school] ?? 0;
    const weight = edgeMinutes[edge] ?? 0;
    const from = graph.edgeFrom[edge] ?? 0;
    const to = graph.edgeTo[edge] ?? 0;
    atNode[from] = Math.min(atNode[from] ?? 0, leg + along * weight);
    atNode[to] = Math.min(atNode[to] ?? 0, leg + (1 - along) * weight);
  }
  return { atNode, snaps: schools, byEdge };
}

/** Times the naive search on the first `sample` places, and the answers it gives. */
function naiveSample(
  graph: RoadGraph,
  edgeMinutes: Float64Array,
  places: PlaceSnaps,
  schools: PlaceSnaps,
  sample: number,
): { ms: number; cpuMs: number; answers: number[] } {
  const known = naiveSchools(graph, edgeMinutes, schools);
  const { value, ms, cpuMs } = clocked(() =>
    Array.from({ length: sample }, (_, index) => naiveNearest(graph, edgeMinutes, places, index, known)),
  );
  return { ms, cpuMs, answers: value };
}

/** The cold run: a fresh worker thread, as the app's analysis worker is when a network arrives. */
function coldCounty(inputs: CountyInputs): Promise<{ ms: number; cpuMs: number; reached: number }> {
  return new Promise((resolve, reject) => {
    // A worker thread does not inherit tsx's loader: it registers it, then loads the TypeScript.
    const tsx = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./travel-county-worker.ts', import.meta.url).href;
    const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), {
      workerData: inputs,
    });
    worker.once('message', (result) => {
      void worker.terminate();
      resolve(result as { ms: number; cpuMs: number; reached: number });
    });
    worker.once('error', reject);
  });
}

/** A table row of wall and CPU milliseconds. */
function row(label: string, figures: { ms: number; cpuMs: number }): string {
  return `| ${label} | ${format(figures.ms)} | ${format(figures.cpuMs)} |`;
}

/** The benchmark's markdown lines. */
export async function travelBenchmark(): Promise<string[]> {
  // 1. The county.
  const county = await readCountyInputs(ROOT);
  const cold = await coldCounty(county);
  const warm = clocked(() => measureCounty(county), 5, 1);
  const prepared = prepareTravelNetwork(county.network, county.barriers);
  const walk = weighEdges(prepared.graph, 'walk', settings);
  const places = snapPlaces(prepared, county.points);
  const naiveCounty = { ms: 0, cpuMs: 0 };
  let checked = 0;
  for (const kind of SERVICE_KINDS) {
    const sites = county.schools.filter((school) => servesKind(school.type, kind));
    const schools = snapPlaces(prepared, sites);
    const naive = naiveSample(prepared.graph, walk, places, schools, NAIVE_SAMPLE_COUNTY);
    naiveCounty.ms += naive.ms;
    naiveCounty.cpuMs += naive.cpuMs;
    // The naive answers are the multi-source answers.
    const times = findTravelTimes(prepared.graph, walk, schools, offRoad);
    const ours = measurePlaceTimes(prepared.graph, walk, times, schools, places, offRoad).minutes;
    naive.answers.forEach((answer, index) => {
      if (Math.abs(answer - (ours[index] ?? 0)) < 1e-6 || answer === ours[index]) checked++;
    });
  }
  const countyPoints = county.points.length;
  const extrapolateCounty = (ms: number) => (ms / NAIVE_SAMPLE_COUNTY) * countyPoints;

  // 2. The province, by the current method and the previous one, each step the median of 3 runs.
  const province = syntheticProvince();
  const { current, previous, agreeing } = measureProvinceSteps(province, PROVINCE_RUNS);
  const network = current.network;
  const edgeMinutes = weighEdges(network.graph, 'bus', settings);
  const naiveProvince = naiveSample(
    network.graph,
    edgeMinutes,
    current.points,
    current.schools,
    NAIVE_SAMPLE_PROVINCE,
  );
  let unreachable = 0;
  for (const minutes of current.minutes) if (!Number.isFinite(minutes)) unreachable++;
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  const stepRow = (
    label: string,
    step: keyof Pick<ProvinceRun, 'build' | 'snapPoints' | 'snapSchools' | 'search' | 'placeTimes' | 'total'>,
    bold = false,
  ) => {
    const mark = bold ? '**' : '';
    const cells = [previous[step].ms, previous[step].cpuMs, current[step].ms, current[step].cpuMs].map(
      (ms) => `${mark}${format(ms)}${mark}`,
    );
    return `| ${mark}${label}${mark} | ${cells.join(' | ')} |`;
  };
  const extrapolateProvince = (ms: number) => (ms / NAIVE_SAMPLE_PROVINCE) * PROVINCE_POINTS;
  const hours = (ms: number) => `${(ms / 3_600_000).toFixed(1)} h`;

  return [
    'Wall time is what a user waits on these shared machines; CPU time is what the code itself costs (on an idle core the two are equal). The targets: the county, graph and all five kinds, under 200 ms in a worker; a province of 10⁶ segments and 10⁶ points under 3 s.',
    '',
    `The county: the embedded 港南区 data (${count(countyPoints)} population cells, ${county.schools.length} sample schools) and the sample road network (${count(county.network.lines.length)} lines, ${count(prepared.graph.edgeCount)} segments), the 郁江 as a barrier; the graph built from the lines, every point snapped, all five kinds measured on foot.`,
    '',
    '| county, all five kinds by road | wall ms | CPU ms |',
    '| --- | ---: | ---: |',
    row('cold: a fresh worker thread, first run (graph, snapping, five multi-source searches)', cold),
    row('warm: the same, median of 5', warm),
    row(
      `naive: one Dijkstra search from each point on its own, ${NAIVE_SAMPLE_COUNTY} points per kind timed, extrapolated to ${count(countyPoints)} points × 5 kinds`,
      { ms: extrapolateCounty(naiveCounty.ms), cpuMs: extrapolateCounty(naiveCounty.cpuMs) },
    ),
    '',
    `The naive answers agree with the multi-source ones (within 10⁻⁶ min) for ${checked} of ${NAIVE_SAMPLE_COUNTY * 5} sampled points.`,
    '',
    `A province: a jittered lattice of ${LATTICE} × ${LATTICE} roads (${count(network.graph.edgeCount)} segments, ${count(network.graph.nodeCount)} nodes, about ${Math.round(LATTICE * SPACING_DEGREES * 100)} km a side), ${RIVERS} rivers as barriers, ${count(PROVINCE_POINTS)} population points in random order and ${count(PROVINCE_SCHOOLS)} schools, by school bus. Each step by the previous method (scripts/bench/travel-previous-method/: the binary heap, a grid with the segment ends copied into every cell, one ordered candidate queue per point) and by the current one, in the same process, median of ${PROVINCE_RUNS} runs; load average while it ran (1, 5, 15 min): ${load}, on 2 cores.`,
    '',
    '| province, 10⁶ segments and 10⁶ points | previous: wall ms | previous: processor ms | current: wall ms | current: processor ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    stepRow('graph build and the two grids (roads, rivers)', 'build'),
    stepRow(`snap ${count(PROVINCE_POINTS)} points (legs at 3 km/h, barrier-checked)`, 'snapPoints'),
    stepRow(`snap ${count(PROVINCE_SCHOOLS)} schools`, 'snapSchools'),
    stepRow('multi-source Dijkstra from every school', 'search'),
    stepRow('minutes and nearest school of every point', 'placeTimes'),
    stepRow('total', 'total', true),
    '',
    `The two methods give every point the same minutes (within 10⁻⁹) and the same nearest school: ${count(agreeing)} of ${count(PROVINCE_POINTS)} points agree.`,
    '',
    '| naive, for scale | wall ms | processor ms |',
    '| --- | ---: | ---: |',
    `| naive: one search per point, ${NAIVE_SAMPLE_PROVINCE} points timed (${format(naiveProvince.ms)} ms), extrapolated to ${count(PROVINCE_POINTS)} points | ${format(extrapolateProvince(naiveProvince.ms))} (${hours(extrapolateProvince(naiveProvince.ms))}) | ${format(extrapolateProvince(naiveProvince.cpuMs))} (${hours(extrapolateProvince(naiveProvince.cpuMs))}) |`,
    '',
    `${count(unreachable)} of the province's points are unreachable (across a river from every road within reach of their legs).`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await travelBenchmark()).join('\n'));
}
