/**
 * The nearest-site search kept between analyses: after any sequence of schools added, removed and
 * moved (including schools put on the same place as another, and on a population point), the
 * kept search brought up to date equals a fresh `findNearestSlots` on the final list — the same
 * distance, exactness flag and (but for sites sharing a place) the same site for every point.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNearestSlots } from '../../../src/analysis/find-nearest-sites.ts';
import { nodeCurrentReach } from '../../../src/analysis/node-reach.ts';
import { preparePoints } from '../../../src/analysis/prepare-points.ts';
import { siteVectorsOf } from '../../../src/analysis/site-vectors.ts';
import { type KeptNearest, updateNearestSlots } from '../../../src/analysis/update-nearest-slots.ts';

interface Place {
  lon: number;
  lat: number;
}

/** A 50 × 30 lattice of cells ≈ 250 m apart at 23° N, one without coordinates. */
function cells(): Place[] {
  const points: Place[] = [];
  for (let row = 0; row < 30; row++)
    for (let column = 0; column < 50; column++)
      points.push({ lon: 109 + column * 0.00244, lat: 23 + row * 0.00225 });
  points.push({ lon: Number.NaN, lat: 23 });
  return points;
}

const points = cells();
const prepared = preparePoints(points);
const anywhere = fc.record({
  lon: fc.double({ min: 108.9, max: 109.2, noNaN: true }),
  lat: fc.double({ min: 22.95, max: 23.12, noNaN: true }),
});
// Places that collide: on a population point, or on one of a few fixed places.
const onPoint = fc.nat({ max: points.length - 2 }).map((index) => ({ ...(points[index] as Place) }));
const fixed = fc.constantFrom({ lon: 109.05, lat: 23.03 }, { lon: 109.1, lat: 23.05 });
const place = fc.oneof(anywhere, onPoint, fixed);
const edit = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), to: place }),
  fc.record({ kind: fc.constant('remove' as const), which: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), which: fc.nat(), to: place }),
);

function expectSameSearch(kept: KeptNearest, sites: readonly Place[]) {
  const fresh = findNearestSlots(prepared, sites);
  const { result } = kept;
  expect(Array.from(result.distances)).toEqual(Array.from(fresh.distances));
  expect(Array.from(result.exact)).toEqual(Array.from(fresh.exact));
  // The site itself may differ only between sites at one place.
  for (let slot = 0; slot < fresh.nearest.length; slot++) {
    const mine = result.nearest[slot] ?? -1;
    const theirs = fresh.nearest[slot] ?? -1;
    if (mine === theirs) continue;
    expect(sites[mine]).toEqual(sites[theirs]);
  }
}

/** What the search keeps for the next edit, brought up to date, equals what it would make from scratch. */
function expectSameKeptBounds(kept: KeptNearest) {
  if (kept.reach)
    expect(Array.from(kept.reach)).toEqual(Array.from(nodeCurrentReach(prepared, kept.result.distances)));
  if (kept.sites) {
    const fresh = siteVectorsOf(kept.longitudes, kept.latitudes);
    expect(Array.from(kept.sites.vectors)).toEqual(Array.from(fresh.vectors));
    expect(Array.from(kept.sites.usable)).toEqual(Array.from(fresh.usable));
  }
}

describe('updateNearestSlots', () => {
  it('equals a fresh search after any sequence of edits, edit by edit', () => {
    fc.assert(
      fc.property(fc.array(place, { maxLength: 15 }), fc.array(edit, { maxLength: 12 }), (start, edits) => {
        const sites = [...start];
        let kept = updateNearestSlots(prepared, null, sites);
        for (const step of edits) {
          if (step.kind === 'add') sites.splice(step.at % (sites.length + 1), 0, step.to);
          else if (sites.length > 0) {
            const index = step.which % sites.length;
            if (step.kind === 'remove') sites.splice(index, 1);
            else sites[index] = step.to;
          }
          const distances = Float64Array.from(kept.result.distances);
          const exact = Uint8Array.from(kept.result.exact);
          kept = updateNearestSlots(prepared, kept, sites);
          expectSameSearch(kept, sites);
          expectSameKeptBounds(kept);
          // Every point whose answer changed is among those the update says it changed, once.
          if (kept.update.kind !== 'edit') continue;
          const changed = new Set(kept.update.changed);
          expect(changed.size).toBe(kept.update.changed.length);
          for (let slot = 0; slot < distances.length; slot++) {
            if (
              Object.is(distances[slot], kept.result.distances[slot]) &&
              exact[slot] === kept.result.exact[slot]
            )
              continue;
            expect(changed.has(slot)).toBe(true);
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('searches again only the points an edit can change', () => {
    const sites = [
      { lon: 109.02, lat: 23.01 },
      { lon: 109.08, lat: 23.05 },
      { lon: 109.11, lat: 23.02 },
    ];
    const kept = updateNearestSlots(prepared, null, sites);
    const before = Array.from(kept.result.nearest);
    const moved = [sites[0] as Place, { lon: 109.081, lat: 23.051 }, sites[2] as Place];
    const updated = updateNearestSlots(prepared, kept, moved);
    expect(updated.update).toEqual({
      kind: 'edit',
      removed: 1,
      added: 1,
      searchedAgain: before.filter((site) => site === 1).length,
      changed: expect.any(Int32Array),
    });
    expectSameSearch(updated, moved);
    // The same list again: nothing to do, the kept search itself.
    expect(updateNearestSlots(prepared, updated, [...moved])).toBe(updated);
  });

  it('offers an added site every point it can take, near or far, through the quadtree', () => {
    // No site yet: the first one added takes every placed point, however far.
    const empty = updateNearestSlots(prepared, null, []);
    const far = [{ lon: 109.6, lat: 23.4 }];
    const first = updateNearestSlots(prepared, empty, far);
    expectSameSearch(first, far);
    expect(first.update.kind === 'edit' && first.update.changed.length).toBe(points.length - 1);
    // Two sites on one row of the lattice: the points of the column halfway between are ties.
    const left = { lon: 109 + 10 * 0.00244, lat: 23 + 15 * 0.00225 };
    const right = { lon: 109 + 20 * 0.00244, lat: 23 + 15 * 0.00225 };
    const one = updateNearestSlots(prepared, first, [far[0] as Place, left]);
    expectSameSearch(one, [far[0] as Place, left]);
    const two = updateNearestSlots(prepared, one, [far[0] as Place, left, right]);
    expectSameSearch(two, [far[0] as Place, left, right]);
    // The added site took the lattice's right part, 30 columns wide, to its last corner.
    const taken = Array.from(two.result.nearest).filter((site) => site === 2).length;
    expect(taken).toBeGreaterThanOrEqual(30 * 29);
    expect(two.result.nearest[prepared.order.indexOf(30 * 50 - 1)]).toBe(2);
    // The left site removed: its points, found through the quadtree, go to the others.
    const hadLeft = Array.from(two.result.nearest).filter((site) => site === 1).length;
    const three = updateNearestSlots(prepared, two, [far[0] as Place, right]);
    expectSameSearch(three, [far[0] as Place, right]);
    expect(three.update.kind === 'edit' && three.update.searchedAgain).toBeGreaterThanOrEqual(hadLeft);
  });

  it('searches everything again for a large change', () => {
    const sites = Array.from({ length: 40 }, (_, index) => ({ lon: 109 + index * 0.003, lat: 23.02 }));
    const kept = updateNearestSlots(prepared, null, sites.slice(0, 2));
    const updated = updateNearestSlots(prepared, kept, sites);
    expect(updated.update).toEqual({ kind: 'full' });
    expectSameSearch(updated, sites);
  });
});
