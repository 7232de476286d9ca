/** Small random covering instances and brute force over them, for the optimiser's tests. */
import fc from 'fast-check';
import type { CoverageLists } from '../../../../src/analysis/build-coverage-lists.ts';
import type { CoveringProblem } from '../../../../src/analysis/optimise/coverage-state.ts';
import {
  keepsConstraints,
  NearCandidates,
  type SiteConstraints,
} from '../../../../src/analysis/optimise/site-constraints.ts';

/** Compressed rows from one list of point indices per candidate. */
export function listsOf(covers: readonly (readonly number[])[]): CoverageLists {
  const start = new Int32Array(covers.length + 1);
  covers.forEach((points, candidate) => {
    start[candidate + 1] = (start[candidate] ?? 0) + points.length;
  });
  return { sites: covers.length, start, points: Int32Array.from(covers.flat()) };
}

/** A small covering instance in plain arrays. */
export interface Instance {
  weights: number[];
  coveredBefore: number[];
  covers: number[][];
  /** Candidate positions on a small lattice, 0.001° (≈ 100 m) apart. */
  cells: [number, number][];
  areas: number[];
  /** Area of every point. */
  pointAreas: number[];
}

/** The instance as the optimiser takes it. */
export function problemOf(instance: Instance): CoveringProblem {
  return {
    weights: Float64Array.from(instance.weights),
    coveredBefore: Uint8Array.from(instance.coveredBefore),
    areaOfPoint: Int32Array.from(instance.pointAreas),
    lists: listsOf(instance.covers),
    candidates: instance.cells.map(([column, row]) => ({ lon: 109 + column * 0.001, lat: 23 + row * 0.001 })),
    areaOfCandidate: Int32Array.from(instance.areas),
  };
}

/**
 * A random instance: up to `maximumPoints` points, up to `maximumCandidates` candidates covering
 * random subsets, candidates in areas `areaFrom` … `areaTo` (−1 = outside every area).
 */
export function instances(
  maximumPoints = 14,
  maximumCandidates = 9,
  areaFrom = 0,
  areaTo = 2,
): fc.Arbitrary<Instance> {
  return fc
    .record({
      points: fc.integer({ min: 1, max: maximumPoints }),
      candidates: fc.integer({ min: 1, max: maximumCandidates }),
    })
    .chain(({ points, candidates }) =>
      fc.record({
        weights: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: points, maxLength: points }),
        coveredBefore: fc.array(
          fc.integer({ min: 0, max: 4 }).map((value) => (value === 0 ? 1 : 0)),
          { minLength: points, maxLength: points },
        ),
        covers: fc.array(fc.subarray(Array.from({ length: points }, (_, point) => point)), {
          minLength: candidates,
          maxLength: candidates,
        }),
        cells: fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), {
          minLength: candidates,
          maxLength: candidates,
        }),
        areas: fc.array(fc.integer({ min: areaFrom, max: areaTo }), {
          minLength: candidates,
          maxLength: candidates,
        }),
        pointAreas: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: points, maxLength: points }),
      }),
    );
}

/** Population newly covered by a set of candidates (beyond what is covered before). */
export function gainOf(instance: Instance, chosen: readonly number[]): number {
  const covered = new Set<number>();
  for (const candidate of chosen) for (const point of instance.covers[candidate] ?? []) covered.add(point);
  let gain = 0;
  for (const point of covered) if (!instance.coveredBefore[point]) gain += instance.weights[point] ?? 0;
  return gain;
}

/** Every subset of 0 … n − 1 with at most k members. */
export function* subsets(n: number, k: number): Generator<number[]> {
  const current: number[] = [];
  function* walk(from: number): Generator<number[]> {
    yield [...current];
    if (current.length === k) return;
    for (let next = from; next < n; next++) {
      current.push(next);
      yield* walk(next + 1);
      current.pop();
    }
  }
  yield* walk(0);
}

/**
 * The best value of `score` over every subset that keeps the constraints (null when none does);
 * `better(a, b)` says whether a beats b.
 */
export function bruteForce(
  instance: Instance,
  constraints: SiteConstraints,
  score: (chosen: readonly number[]) => number,
  better: (a: number, b: number) => boolean,
  admissible: (chosen: readonly number[]) => boolean = () => true,
): { value: number; chosen: number[] } | null {
  const problem = problemOf(instance);
  const near = new NearCandidates(problem, constraints.minimumDistance ?? 0);
  let best: { value: number; chosen: number[] } | null = null;
  for (const chosen of subsets(instance.covers.length, constraints.count)) {
    if (!keepsConstraints(chosen, problem, constraints, near) || !admissible(chosen)) continue;
    const value = score(chosen);
    if (!best || better(value, best.value)) best = { value, chosen };
  }
  return best;
}
