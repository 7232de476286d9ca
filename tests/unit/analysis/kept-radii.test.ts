/**
 * A kept summary brought up to date for new radii (`updateKeptRadii`) against a fresh summary of
 * the same search with those radii: the same figures, percentiles and gap points, through radii
 * that grow, shrink, appear and go (a kind served in a township or no longer), with cells on the
 * radius and points without coordinates.
 */
import { describe, expect, it } from 'vitest';
import { findNearestSlots } from '../../../src/analysis/find-nearest-sites.ts';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import {
  startKeptSummary,
  updateKeptRadii,
  updateKeptSummary,
} from '../../../src/analysis/kept-kind-summary.ts';
import { prepareCoverage } from '../../../src/analysis/prepare-coverage.ts';
import { summariseKindCoverage } from '../../../src/analysis/summarise-kind-coverage.ts';
import { updateNearestSlots } from '../../../src/analysis/update-nearest-slots.ts';

const sites = [
  { lon: 109.6, lat: 23.05 },
  { lon: 109.68, lat: 23.1 },
];

/** A 30 × 30 grid of cells, two townships (west and east), and two points without coordinates. */
function frame(weightOf = (index: number) => (index * 7) % 11) {
  const points: { lon: number; lat: number }[] = [];
  for (let row = 0; row < 30; row++)
    for (let column = 0; column < 30; column++)
      points.push({ lon: 109.55 + column * 0.006, lat: 23 + row * 0.006 });
  points.push({ lon: Number.NaN, lat: 23.05 }, { lon: 109.7, lat: Number.NaN });
  const weights = Float64Array.from(points, (_, index) => weightOf(index));
  const areaOfPoint = Int32Array.from(points, (point, index) =>
    index >= 900 ? index - 900 : point.lon < 109.64 ? 0 : 1,
  );
  return prepareCoverage(points, weights, areaOfPoint, 2);
}

describe('a kept summary after a change of radii', () => {
  it.each([
    ['every cell peopled', undefined],
    // The west's median is then the distance of the cell on the radius: exact while the radius is on it, the chord's after.
    [
      'one peopled cell in the west, on the radius',
      (index: number) => (index % 30 < 15 ? (index === 4 * 30 + 3 ? 5 : 0) : 3),
    ],
  ])('equals a fresh summary of the same search, radius after radius (%s)', (_name, weightOf) => {
    const prepared = frame(weightOf);
    const search = findNearestSlots(prepared.prepared, sites);
    // A radius exactly on a cell's distance: that cell is decided by its exact distance.
    const onRadius = haversineDistance(
      [109.55 + 3 * 0.006, 23 + 4 * 0.006],
      [sites[0]?.lon ?? 0, sites[0]?.lat ?? 0],
    );
    const steps: [number, number, number][] = [
      [2000, 3000, 3000],
      [onRadius, 3000, 3000],
      [6000, 3000, 3000],
      [onRadius, 3000, 3000],
      [1200, 3000, 3000],
      [Number.NaN, 3000, 3000],
      [2500, Number.NaN, 3000],
      [2500, 4000, Number.NaN],
      [onRadius, 1000, 2500],
      [7000, 1000, 2500],
    ];
    let kept = startKeptSummary(prepared, search, sites, Float64Array.of(1500, 2500), 2500);
    let radiiChanged = 0;
    for (const [west, east, outside] of steps) {
      const radii = Float64Array.of(west, east);
      const before = kept;
      kept = updateKeptRadii(prepared, kept, search, sites, radii, outside);
      if (kept !== before || kept.result !== before.result) radiiChanged++;
      prepared.nearest.distances.set(search.distances);
      prepared.nearest.nearest.set(search.nearest);
      prepared.nearest.exact.set(search.exact);
      const fresh = summariseKindCoverage(prepared, sites, radii, outside);
      expect(kept.result).toEqual(fresh);
    }
    expect(radiiChanged).toBe(steps.length);
  });

  it('equals a fresh summary when schools moved between two changes of radii (the cells they moved read again)', () => {
    const prepared = frame();
    let search = updateNearestSlots(prepared.prepared, null, sites);
    let radii = Float64Array.of(1500, 2500);
    let kept = startKeptSummary(prepared, search.result, sites, radii, 2500);
    const fresh = (now: readonly { lon: number; lat: number }[], outside: number) => {
      prepared.nearest.distances.set(search.result.distances);
      prepared.nearest.nearest.set(search.result.nearest);
      prepared.nearest.exact.set(search.result.exact);
      return summariseKindCoverage(prepared, now, radii, outside);
    };
    // Both schools go about 30 km north-east and back, radii changed between: every distance
    // grows from under 15 km (the west's old radius) to 25–45 km, into the range of its next one.
    const far = [
      { lon: 109.85, lat: 23.3 },
      { lon: 109.86, lat: 23.31 },
    ];
    const steps: [typeof sites, number, number][] = [
      [sites, 15000, 3000],
      [far, 15000, 3000],
      [far, 40000, 3000],
      [sites, 40000, 3000],
      [sites, 1000, 3000],
    ];
    let now: readonly { lon: number; lat: number }[] = sites;
    for (const [next, west, east] of steps) {
      if (next !== now) {
        search = updateNearestSlots(prepared.prepared, search, next);
        expect(search.update.kind).toBe('edit');
        now = next;
        const changed = search.update.kind === 'edit' ? search.update.changed : new Int32Array(0);
        kept = updateKeptSummary(prepared, kept, search.result, changed, now);
      }
      radii = Float64Array.of(west, east);
      kept = updateKeptRadii(prepared, kept, search.result, now, radii, 2500);
      expect(kept.result).toEqual(fresh(now, 2500));
    }
  });
});
