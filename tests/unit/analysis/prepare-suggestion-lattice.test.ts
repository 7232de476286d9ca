/**
 * The lattice prepared ahead of a suggestion request: a request on the data and basis prepared
 * takes every lattice from the cache (prepares none itself) and answers as a fresh one does; in
 * the worker, a request arriving before the preparation ran runs it first (nothing prepared
 * twice), a later preparation supersedes a waiting one, and a preparation whose population was
 * replaced is dropped.
 */
import { describe, expect, it } from 'vitest';
import { createListLatticeCache } from '../../../src/analysis/list-lattice-cache.ts';
import {
  type LatticeBasis,
  prepareSuggestionLattice,
} from '../../../src/analysis/optimise/prepare-suggestion-lattice.ts';
import { planSuggestion } from '../../../src/analysis/plan-suggestion.ts';
import type { PopulationData } from '../../../src/domain/population.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import { answerSuggestRequest, createSuggestWorkerKeeps } from '../../../src/workers/suggest.worker.ts';
import type { SuggestRequestMessage, SuggestResponseMessage } from '../../../src/workers/suggest-protocol.ts';
import { makeSchool } from '../school-fixtures.ts';
import { listed, settlement, squares as twoSquares } from './suggestion-fixtures.ts';

/** Only 甲镇's school: two picks (乙城区, then 东村) add population. */
const squares = { ...twoSquares, schools: twoSquares.schools.slice(0, 1) };
const request = { ...listed, requireRuleId: null, radius: 10_000 };
const basis: LatticeBasis = { kind: 'primary', radius: 10_000, scenario: CURRENT_SCENARIO };

/** A macrotask later: the worker's waiting preparation has had its turn. */
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('prepareSuggestionLattice', () => {
  it('leaves in the cache every lattice the request then takes, with the same answer as a fresh one', async () => {
    const cache = createListLatticeCache();
    expect(prepareSuggestionLattice(squares, basis, cache)).toBe(true);
    // The standing school's lattice and the candidates' one.
    expect(cache).toMatchObject({ hits: 0, misses: 2 });
    const fresh = await planSuggestion(squares, request);
    expect(await planSuggestion(squares, request, { latticeCache: cache })).toEqual(fresh);
    expect(cache).toMatchObject({ hits: 2, misses: 2 });
    expect(fresh.picks.map((pick) => [pick.name, pick.gain])).toEqual([
      ['城中地块', 1000],
      ['东村地块', 200],
    ]);
  });

  it('prepares what the request depends on: which points share a radius, and the standing schools', async () => {
    // The kind's urban and rural radii (two classes of points) against one radius for all.
    const cache = createListLatticeCache();
    prepareSuggestionLattice(squares, { ...basis, radius: null }, cache);
    await planSuggestion(squares, request, { latticeCache: cache });
    expect(cache).toMatchObject({ hits: 0, misses: 4 });
    // Another single radius: the same classes, the same lattices (the radius is the stamping's).
    const another = createListLatticeCache();
    prepareSuggestionLattice(squares, { ...basis, radius: 5000 }, another);
    expect(await planSuggestion(squares, request, { latticeCache: another })).toEqual(
      await planSuggestion(squares, request),
    );
    expect(another).toMatchObject({ hits: 2, misses: 2 });
    // A school standing beside 东村 leaves 东村 out of the candidates' lists: other classes.
    const more = {
      ...squares,
      schools: [...squares.schools, makeSchool({ code: 'P3', name: '东村小学', lon: 109.6, lat: 22.5 })],
    };
    const other = createListLatticeCache();
    prepareSuggestionLattice(squares, basis, other);
    const fresh = await planSuggestion(more, request);
    expect(await planSuggestion(more, request, { latticeCache: other })).toEqual(fresh);
    // The standing schools' lattice holds every point whoever stands: taken; the candidates' not.
    expect(other).toMatchObject({ hits: 1, misses: 3 });
    expect(fresh.picks.map((pick) => pick.name)).toEqual(['城中地块']);
  });

  it('prepares the plan schools’ base when they are re-optimised', async () => {
    const planned = {
      ...squares,
      schools: [
        ...squares.schools,
        makeSchool({
          code: 'N1',
          name: '东村新校',
          lon: 109.6,
          lat: 22.5,
          projectType: '新建',
          plannedYear: 2020,
        }),
      ],
    };
    const scenario = { kind: 'planned' as const, year: 2030 };
    const reoptimised = { ...request, scenario, plannedSchools: 'reoptimise' as const };
    const cache = createListLatticeCache();
    prepareSuggestionLattice(planned, { ...basis, scenario, plannedSchools: 'reoptimise' }, cache);
    const misses = cache.misses;
    const fresh = await planSuggestion(planned, reoptimised);
    expect(await planSuggestion(planned, reoptimised, { latticeCache: cache })).toEqual(fresh);
    expect(cache.misses).toBe(misses);
    // Fixed, the new school stands in the plan and covers 东村: another lattice.
    prepareSuggestionLattice(planned, { ...basis, scenario }, cache);
    expect(cache.misses).toBe(misses + 1);
  });

  it('prepares nothing where no lattice would be kept: by road, a township table, a district-wide kind', () => {
    const cache = createListLatticeCache();
    const byRoad = {
      ...squares,
      distance: { model: 'road' as const, mode: 'walk' as const },
      roads: { network: { nodes: [], edges: [] }, barriers: [] },
    } as unknown as typeof squares;
    expect(prepareSuggestionLattice(byRoad, basis, cache)).toBe(false);
    const table: PopulationData = { ...squares.population, points: [] };
    expect(prepareSuggestionLattice({ ...squares, population: table }, basis, cache)).toBe(false);
    expect(prepareSuggestionLattice(squares, { ...basis, kind: 'high', radius: null }, cache)).toBe(false);
    expect(cache.misses).toBe(0);
  });
});

describe('the suggestion worker preparing ahead of a request', () => {
  const { population, ...rest } = squares;
  const prepare = (id: number, of: LatticeBasis = basis, sent?: PopulationData): SuggestRequestMessage => ({
    id,
    task: 'prepare',
    context: sent ? { ...rest, population: sent } : rest,
    request: of,
  });
  const suggest = (id: number, sent?: PopulationData): SuggestRequestMessage => ({
    id,
    task: 'suggest',
    context: sent ? { ...rest, population: sent } : rest,
    request,
  });
  const worker = () => {
    const keeps = createSuggestWorkerKeeps();
    const answers: SuggestResponseMessage[] = [];
    const post = (message: SuggestRequestMessage) =>
      answerSuggestRequest(structuredClone(message), (answer) => answers.push(answer), keeps);
    const ends = () => answers.filter((answer) => answer.kind !== 'progress');
    return { keeps, answers, post, ends };
  };

  it('prepares in its turn; the request then prepares nothing and answers as a fresh one', async () => {
    const { keeps, post, ends } = worker();
    await post(prepare(1, basis, population));
    expect(keeps.preparations).toBe(0);
    await nextTurn();
    expect(ends()).toEqual([
      { id: 1, kind: 'prepared', ran: true, lattice: { preparations: 1, dropped: 0, hits: 0, misses: 2 } },
    ]);
    await post(suggest(2));
    const result = ends()[1];
    expect(result).toMatchObject({
      id: 2,
      kind: 'result',
      lattice: { preparations: 1, dropped: 0, hits: 2, misses: 2 },
    });
    expect(result?.kind === 'result' ? result.result : null).toEqual(await planSuggestion(squares, request));
  });

  it('runs a waiting preparation first when the request comes before its turn: prepared once', async () => {
    const { keeps, post, ends } = worker();
    await post(prepare(1, basis, population));
    await post(suggest(2));
    await nextTurn();
    expect(ends().map((answer) => [answer.id, answer.kind])).toEqual([
      [1, 'prepared'],
      [2, 'result'],
    ]);
    expect(ends()[1]).toMatchObject({ lattice: { preparations: 1, hits: 2, misses: 2 } });
    expect(keeps.pending).toBeNull();
  });

  it('drops a waiting preparation superseded by a later one', async () => {
    const { post, ends } = worker();
    await post(prepare(1, { ...basis, radius: 5000 }, population));
    await post(prepare(2));
    await nextTurn();
    expect(ends()).toEqual([
      { id: 1, kind: 'prepared', ran: false, lattice: { preparations: 0, dropped: 1, hits: 0, misses: 0 } },
      { id: 2, kind: 'prepared', ran: true, lattice: { preparations: 1, dropped: 1, hits: 0, misses: 2 } },
    ]);
    await post(suggest(3));
    expect(ends()[2]).toMatchObject({ kind: 'result', lattice: { hits: 2, misses: 2 } });
  });

  it('drops a waiting preparation whose population a request replaced, and answers on the new one', async () => {
    const { keeps, post, ends } = worker();
    await post(prepare(1, basis, population));
    const moved: PopulationData = {
      ...population,
      points: population.points.map((point) =>
        point.name === '东村' ? settlement('东村', 109.9, 22.9, 200) : point,
      ),
    };
    await post(suggest(2, moved));
    await nextTurn();
    expect(ends().map((answer) => [answer.id, answer.kind])).toEqual([
      [1, 'prepared'],
      [2, 'result'],
    ]);
    expect(ends()[0]).toMatchObject({ ran: false, lattice: { preparations: 0, dropped: 1 } });
    const result = ends()[1];
    expect(result?.kind === 'result' ? result.result : null).toEqual(
      await planSuggestion({ ...squares, population: moved }, request),
    );
    // Only the new population's lattices are kept.
    expect(keeps.latticeCache.kept.every((kept) => kept.points === keeps.population?.points)).toBe(true);
    expect(keeps.population?.points[1]?.lon).toBe(109.9);
  });
});
