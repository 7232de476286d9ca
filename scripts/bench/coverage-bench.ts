/**
 * Benchmark of service-radius coverage: the grid index against comparing every pair, and against
 * merging Turf buffers, on a seeded synthetic district far larger than a county (30,000 schools,
 * 1,000,000 population cells). `coverageBenchmark()` returns markdown lines for
 * docs/PERFORMANCE.md; scripts/bench.ts calls it. Run alone with `npx tsx scripts/bench/coverage-bench.ts`.
 */

import { pathToFileURL } from 'node:url';
import { booleanPointInPolygon, circle, featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { buildGridIndex } from '../../src/analysis/build-grid-index.ts';
import { findNearest } from '../../src/analysis/find-nearest.ts';
import { haversineDistance } from '../../src/analysis/haversine-distance.ts';
import { measureNearestDistances } from '../../src/analysis/measure-nearest-distances.ts';
import { summariseCoverage } from '../../src/analysis/summarise-coverage.ts';
import { createSeededRandom } from '../geodata/seeded-random.ts';

interface Place {
  lon: number;
  lat: number;
}

/** The synthetic region: 3° × 3° at 22–25° N (about 100,000 km², some 90 counties). */
const WEST = 108;
const SOUTH = 22;
const SPAN = 3;
const SCHOOLS = 30_000;
/** Cells per side of the population lattice: 1000² = 10⁶ cells of about 300 m. */
const LATTICE = 1000;
const RADIUS = 2500;
/** Cells in the subsample the all-pairs method is timed on. */
const NAIVE_SAMPLE = 10_000;
/** Schools merged by Turf, and the most it may take before it is given up. */
const TURF_CIRCLES = 3000;
const TURF_BUDGET_MS = 30_000;
/** Cells tested against the merged buffers (point-in-polygon on a huge polygon is slow too). */
const TURF_SAMPLE = 10_000;

function format(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function lattice(west: number, south: number, span: number, perSide: number): Place[] {
  const step = span / perSide;
  const cells: Place[] = [];
  for (let row = 0; row < perSide; row++) {
    for (let column = 0; column < perSide; column++) {
      cells.push({ lon: west + (column + 0.5) * step, lat: south + (row + 0.5) * step });
    }
  }
  return cells;
}

/** Nearest distance by comparing every school: what the grid index avoids. */
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

/**
 * Runs the benchmark and returns its section of docs/PERFORMANCE.md as markdown lines.
 * @example (await coverageBenchmark()).join('\n')
 */
export async function coverageBenchmark(): Promise<string[]> {
  const random = createSeededRandom(20181114);
  const schools: Place[] = Array.from({ length: SCHOOLS }, () => ({
    lon: WEST + random.next() * SPAN,
    lat: SOUTH + random.next() * SPAN,
  }));
  const cells = lattice(WEST, SOUTH, SPAN, LATTICE);
  const populations = cells.map(() => 1 + Math.floor(random.next() * 200));
  const radii = cells.map(() => RADIUS);
  const allPositions = cells.map((_, position) => position);

  const built = timed(() => buildGridIndex(schools, RADIUS));
  const withinRadius = timed(() => {
    let covered = 0;
    cells.forEach((cell, position) => {
      if (findNearest(built.value, cell.lon, cell.lat, RADIUS)) covered += populations[position] ?? 0;
    });
    return covered;
  });
  const full = timed(() => {
    const { distances } = measureNearestDistances(cells, schools, RADIUS);
    return summariseCoverage(allPositions, populations, distances, radii);
  });
  const gridShare = full.value.share ?? 0;

  const sampleStride = Math.floor(cells.length / NAIVE_SAMPLE);
  const sample = cells.filter((_, position) => position % sampleStride === 0).slice(0, NAIVE_SAMPLE);
  const naive = timed(() => naiveNearest(sample, schools));
  const gridOnSample = measureNearestDistances(sample, schools, RADIUS).distances;
  const disagreements = sample.filter(
    (_, position) => gridOnSample[position] !== naive.value[position],
  ).length;
  const naiveEstimate = naive.ms * (cells.length / sample.length);

  const lines = [
    `Synthetic, seeded: ${SCHOOLS.toLocaleString('en-US')} schools uniformly over ${SPAN}° × ${SPAN}° at ${SOUTH}–${
      SOUTH + SPAN
    }° N (about 100,000 km², some 90 counties' worth) and ${cells.length.toLocaleString('en-US')} population cells (a ${LATTICE} × ${LATTICE} lattice, about 300 m); service radius ${RADIUS.toLocaleString('en-US')} m; exact haversine distances throughout.`,
    '',
    '| coverage, 10⁶ cells × 30,000 schools | ms |',
    '| --- | ---: |',
    `| build the grid index of the schools (cells of ${RADIUS} m) | ${format(built.ms)} |`,
    `| grid: is a school within ${RADIUS} m of each cell (covered share ${(gridShare * 100).toFixed(2)} %) | ${format(withinRadius.ms)} |`,
    `| grid: nearest school at any distance for each cell, with share, median, p90 and histogram | ${format(full.ms)} |`,
    `| naive: every cell against every school, timed on a subsample of ${sample.length.toLocaleString('en-US')} cells | ${format(naive.ms)} |`,
    `| naive, extrapolated to 10⁶ cells (×${Math.round(cells.length / sample.length)}; not run: too slow) | ≈ ${format(naiveEstimate)} |`,
    '',
    `On the subsample the grid's nearest distances equal the all-pairs ones in ${sample.length - disagreements} of ${sample.length} cells (bit for bit).`,
  ];
  if (withinRadius.value !== full.value.covered)
    lines.push('', '**Warning: the two grid methods disagree.**');

  // The same question answered by merging buffers, on a tenth of the region: the schools and
  // cells in its south-west corner.
  const cornerSpan = SPAN / Math.sqrt(9.5);
  const inCorner = (place: Place) => place.lon < WEST + cornerSpan && place.lat < SOUTH + cornerSpan;
  const cornerSchools = schools.filter(inCorner).slice(0, TURF_CIRCLES);
  const cornerCells = cells.filter(inCorner);
  const cornerStride = Math.max(1, Math.floor(cornerCells.length / TURF_SAMPLE));
  const cornerSample = cornerCells.filter((_, position) => position % cornerStride === 0);
  const gridCorner = timed(() => {
    const index = buildGridIndex(cornerSchools, RADIUS);
    return cornerSample.filter((cell) => findNearest(index, cell.lon, cell.lat, RADIUS)).length;
  });
  const circles = timed(() =>
    cornerSchools.map((school) =>
      circle([school.lon, school.lat], RADIUS / 1000, { steps: 64, units: 'kilometers' }),
    ),
  );
  const merged = mergeCircles(circles.value, TURF_BUDGET_MS);
  lines.push(
    '',
    `| the same question by merging buffers: ${cornerSchools.length.toLocaleString('en-US')} schools, ${cornerSample.length.toLocaleString('en-US')} cells | ms | covered cells |`,
    '| --- | ---: | ---: |',
    `| grid index: build and query | ${format(gridCorner.ms)} | ${gridCorner.value.toLocaleString('en-US')} |`,
    `| Turf: ${cornerSchools.length.toLocaleString('en-US')} circles (64 steps) | ${format(circles.ms)} | |`,
  );
  if (merged.circlesMerged < cornerSchools.length || !merged.merged) {
    lines.push(
      `| Turf: union of the circles — given up after ${format(merged.ms)} ms with ${merged.circlesMerged.toLocaleString('en-US')} of ${cornerSchools.length.toLocaleString('en-US')} merged | > ${format(merged.ms)} | — |`,
    );
  } else {
    const polygon = merged.merged;
    const inside = timed(
      () => cornerSample.filter((cell) => booleanPointInPolygon([cell.lon, cell.lat], polygon)).length,
    );
    lines.push(
      `| Turf: union of the circles | ${format(merged.ms)} | |`,
      `| Turf: point-in-polygon of each cell in the union | ${format(inside.ms)} | ${inside.value.toLocaleString('en-US')} |`,
      `| Turf total | ${format(circles.ms + merged.ms + inside.ms)} | |`,
    );
    if (Math.abs(inside.value - gridCorner.value) > cornerSample.length * 0.01) {
      lines.push('', '**Warning: buffers and grid disagree by more than 1 % of the cells.**');
    }
  }
  lines.push(
    '',
    'Circles are 64-gons inscribed in the true circle, so merged buffers also miss a sliver at every rim; the grid answers exactly and gives each cell its distance, which buffers cannot.',
  );
  return lines;
}

// Run directly: print the section.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await coverageBenchmark()).join('\n'));
}
