/**
 * The lattices of the coverage lists kept between suggestion requests: a later request with the
 * same points and classes takes the kept lattice and gives the same lists, picks and gains as a
 * fresh one; other points (a new population, even of the same length and classes) or other
 * classes are prepared again, never served from the cache.
 */
import { describe, expect, it } from 'vitest';
import { buildCoverageLists, type CoverageLists } from '../../../src/analysis/build-coverage-lists.ts';
import { createListLatticeCache } from '../../../src/analysis/list-lattice-cache.ts';
import { planSuggestion } from '../../../src/analysis/plan-suggestion.ts';
import type { PopulationData } from '../../../src/domain/population.ts';
import { createSuggestWorkerKeeps, runOptimiserTask } from '../../../src/workers/suggest.worker.ts';
import type { OptimiserTaskMessage } from '../../../src/workers/suggest-protocol.ts';
import { rejectedMessage } from '../messages.ts';
import { instance } from './stamp-instances.ts';
import { listed, settlement, squares as twoSquares } from './suggestion-fixtures.ts';

/** The lists as plain arrays, to compare whole. */
function plain(lists: CoverageLists) {
  return { start: Array.from(lists.start), points: Array.from(lists.points) };
}

describe('listLattice through buildCoverageLists', () => {
  const { points, areas, sites } = instance(7, 30, 4000, [1500, 2500]);
  const radii = Float64Array.from(areas, (area) => (area === 1 ? 2500 : 1500));
  const include = Uint8Array.from(points, (_, position) => (position % 5 === 0 ? 0 : 1));

  it('gives a later request the kept lattice, and the same lists as a fresh one', () => {
    const cache = createListLatticeCache();
    const fresh = plain(buildCoverageLists(points, radii, sites, { include, method: 'stamp' }));
    const first = buildCoverageLists(points, radii, sites, { include, method: 'stamp', latticeCache: cache });
    const later = buildCoverageLists(points, radii, sites, { include, method: 'stamp', latticeCache: cache });
    expect(cache).toMatchObject({ hits: 1, misses: 1 });
    expect(later.slots?.order).toBe(first.slots?.order);
    expect(plain(first)).toEqual(fresh);
    expect(plain(later)).toEqual(fresh);
    expect(fresh.points.length).toBeGreaterThan(1000);
  });

  it('prepares again for other points of the same length and classes, or for other classes', () => {
    const cache = createListLatticeCache();
    buildCoverageLists(points, radii, sites, { include, method: 'stamp', latticeCache: cache });
    // A new population: the same number of points in the same classes, moved 300 m north.
    const moved = points.map((point) => ({ lon: point.lon, lat: point.lat + 0.0027 }));
    const onMoved = plain(
      buildCoverageLists(moved, radii, sites, { include, method: 'stamp', latticeCache: cache }),
    );
    const freshMoved = plain(buildCoverageLists(moved, radii, sites, { include, method: 'stamp' }));
    expect(onMoved).toEqual(freshMoved);
    expect(onMoved).not.toEqual(
      plain(buildCoverageLists(points, radii, sites, { include, method: 'stamp' })),
    );
    // Other points left out (the standing schools changed): other classes.
    const fewer = Uint8Array.from(include, (flag, position) => (position % 7 === 0 ? 0 : flag));
    const onFewer = plain(
      buildCoverageLists(points, radii, sites, { include: fewer, method: 'stamp', latticeCache: cache }),
    );
    expect(onFewer).toEqual(
      plain(buildCoverageLists(points, radii, sites, { include: fewer, method: 'stamp' })),
    );
    expect(cache).toMatchObject({ hits: 0, misses: 3 });
    // At most two kept, the most recent first.
    expect(cache.kept.map((kept) => kept.points)).toEqual([points, moved]);
  });
});

describe('a kept lattice found by the bytes of the radii and inclusion', () => {
  const { points, areas, sites } = instance(11, 30, 4000, [1500, 2500]);
  const radii = Float64Array.from(areas, (area) => (area === 1 ? 2500 : 1500));
  const include = Uint8Array.from(points, (_, position) => (position % 5 === 0 ? 0 : 1));
  const fresh = (radiusOfPoint: ArrayLike<number>, included: ArrayLike<number>) =>
    plain(buildCoverageLists(points, radiusOfPoint, sites, { include: included, method: 'stamp' }));
  const cached = (
    cache: ReturnType<typeof createListLatticeCache>,
    radiusOfPoint: ArrayLike<number>,
    included: ArrayLike<number>,
  ) =>
    buildCoverageLists(points, radiusOfPoint, sites, {
      include: included,
      method: 'stamp',
      latticeCache: cache,
    });

  it('serves new arrays of the same values (as a worker receives them) from the cache', () => {
    const cache = createListLatticeCache();
    const first = cached(cache, radii, include);
    // Copies, and views that do not start on a multiple of eight bytes.
    const shifted = new Uint8Array(include.length + 3);
    shifted.set(include, 3);
    const later = cached(cache, Float64Array.from(radii), shifted.subarray(3));
    const asPlainArrays = cached(
      cache,
      Array.from(radii),
      Array.from(include, (flag) => flag * 7),
    );
    expect(cache).toMatchObject({ hits: 2, misses: 1 });
    expect(later.slots?.order).toBe(first.slots?.order);
    expect(asPlainArrays.slots?.order).toBe(first.slots?.order);
    expect(plain(later)).toEqual(fresh(radii, include));
    expect(plain(asPlainArrays)).toEqual(fresh(radii, include));
  });

  it('never serves arrays that differ in one value, at the start, in the middle or at the end', () => {
    for (const position of [0, Math.floor(points.length / 2), points.length - 1]) {
      const cache = createListLatticeCache();
      cached(cache, radii, include);
      const otherRadii = Float64Array.from(radii);
      otherRadii[position] = 2000;
      const onOtherRadii = cached(
        cache,
        otherRadii,
        Uint8Array.from(include, () => 1),
      );
      expect(plain(onOtherRadii)).toEqual(
        fresh(
          otherRadii,
          Uint8Array.from(include, () => 1),
        ),
      );
      const fewer = Uint8Array.from(include);
      fewer[position] = 1 - (fewer[position] as number);
      const shifted = new Uint8Array(fewer.length + 1);
      shifted.set(fewer, 1);
      const onFewer = cached(cache, radii, shifted.subarray(1));
      expect(plain(onFewer)).toEqual(fresh(radii, fewer));
      expect(plain(onFewer)).not.toEqual(fresh(radii, include));
      expect(cache.misses).toBe(3);
    }
  });
});

describe('the suggestion worker keeping the population and its lattices', () => {
  /** Only 甲镇's school: two picks (乙城区, then 东村) add population. */
  const squares = { ...twoSquares, schools: twoSquares.schools.slice(0, 1) };
  const request = { ...listed, requireRuleId: null, radius: 10_000 };
  const messageOf = (id: number, population?: PopulationData): OptimiserTaskMessage => {
    const { population: _sent, ...context } = squares;
    return { id, task: 'suggest', context: population ? { ...context, population } : context, request };
  };

  it('answers a later request on the kept population with the same picks and gains as a fresh one', async () => {
    const keeps = createSuggestWorkerKeeps();
    const fresh = await planSuggestion(squares, request);
    expect(await runOptimiserTask(messageOf(1, squares.population), undefined, undefined, keeps)).toEqual(
      fresh,
    );
    const misses = keeps.latticeCache.misses;
    expect(misses).toBeGreaterThan(0);
    // The population left out: the one kept, its lattices taken from the cache.
    expect(await runOptimiserTask(messageOf(2), undefined, undefined, keeps)).toEqual(fresh);
    expect(keeps.latticeCache.misses).toBe(misses);
    expect(keeps.latticeCache.hits).toBeGreaterThan(0);
    expect(fresh.picks.map((pick) => [pick.name, pick.gain])).toEqual([
      ['城中地块', 1000],
      ['东村地块', 200],
    ]);
  });

  it('does not serve a changed population from the cache', async () => {
    const keeps = createSuggestWorkerKeeps();
    await runOptimiserTask(messageOf(1, squares.population), undefined, undefined, keeps);
    // 东村 moved beside 北山地块: the same points in number and class, elsewhere.
    const changed: PopulationData = {
      ...squares.population,
      points: squares.population.points.map((point) =>
        point.name === '东村' ? settlement('东村', 109.9, 22.9, 200) : point,
      ),
    };
    const fresh = await planSuggestion({ ...squares, population: changed }, request);
    const before = await planSuggestion(squares, request);
    expect(fresh.picks.map((pick) => pick.name)).toEqual(['城中地块', '北山地块']);
    expect(before.picks.map((pick) => pick.name)).toEqual(['城中地块', '东村地块']);
    expect(await runOptimiserTask(messageOf(2, changed), undefined, undefined, keeps)).toEqual(fresh);
    // And kept from then on.
    expect(await runOptimiserTask(messageOf(3), undefined, undefined, keeps)).toEqual(fresh);
  });

  it('refuses a request without a population when none is kept', async () => {
    const refused = runOptimiserTask(messageOf(1), undefined, undefined, createSuggestWorkerKeeps());
    expect(await rejectedMessage(refused)).toBe('后台计算出错');
  });
});
