/**
 * Incremental stamped coverage: after any sequence of schools added, removed and moved — each edit
 * only taking away the old stamp and putting the new one — the covered-by count of every point,
 * the covered population of every township and the gap points equal a full recompute on the
 * final schools. And an edit touches only the points within the old and new radius.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupRadiusClasses } from '../../../src/analysis/group-radius-classes.ts';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import { prepareStampLattice } from '../../../src/analysis/prepare-stamp-lattice.ts';
import { stampSite } from '../../../src/analysis/stamp-site.ts';
import { startStampedCoverage } from '../../../src/analysis/start-stamped-coverage.ts';
import { summariseStampedCoverage } from '../../../src/analysis/summarise-stamped-coverage.ts';

interface Place {
  lon: number;
  lat: number;
}

/** A 60 × 40 lattice of cells ≈ 250 m apart at 23° N, in 6 townships (2 urban), 1–99 people each. */
function district() {
  const points: Place[] = [];
  const weights: number[] = [];
  const areas: number[] = [];
  for (let row = 0; row < 40; row++) {
    for (let column = 0; column < 60; column++) {
      points.push({ lon: 109 + column * 0.00244, lat: 23 + row * 0.00225 });
      weights.push(1 + ((row * 61 + column * 17) % 99));
      areas.push(column === 59 && row % 5 === 0 ? -1 : Math.floor(column / 20) + 3 * Math.floor(row / 20));
    }
  }
  const areaCount = 6;
  // Urban townships 1 and 4: 500 m; rural: 1,500 m (the points in none: rural).
  const radii = Float64Array.from({ length: areaCount + 1 }, (_, area) =>
    area === 1 || area === 4 ? 500 : 1500,
  );
  const classes = groupRadiusClasses([radii]);
  const lattice = prepareStampLattice(
    points,
    Float64Array.from(weights),
    Int32Array.from(areas),
    areaCount,
    classes.classOfArea,
  );
  return { points, areas, radii, lattice, radiusOfClass: classes.radiusOfClass[0] as Float64Array };
}

const place = fc.record({
  lon: fc.double({ min: 108.98, max: 109.16, noNaN: true }),
  lat: fc.double({ min: 22.98, max: 23.1, noNaN: true }),
});
const edit = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), to: place }),
  fc.record({ kind: fc.constant('remove' as const), which: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), which: fc.nat(), to: place }),
);

describe('stamped coverage, edited school by school', () => {
  const { points, areas, radii, lattice, radiusOfClass } = district();

  it('equals a full recompute after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(place, { maxLength: 12 }), fc.array(edit, { maxLength: 25 }), (start, edits) => {
        const schools = [...start];
        const coverage = startStampedCoverage(lattice, schools, radiusOfClass);
        for (const step of edits) {
          if (step.kind === 'add') {
            schools.push(step.to);
            stampSite(coverage, step.to.lon, step.to.lat, 1);
          } else if (schools.length > 0) {
            const index = step.which % schools.length;
            const old = schools[index] as Place;
            stampSite(coverage, old.lon, old.lat, -1);
            if (step.kind === 'remove') schools.splice(index, 1);
            else {
              schools[index] = step.to;
              stampSite(coverage, step.to.lon, step.to.lat, 1);
            }
          }
        }
        const full = startStampedCoverage(lattice, schools, radiusOfClass);
        expect(Array.from(coverage.coveredBy)).toEqual(Array.from(full.coveredBy));
        expect(Array.from(coverage.areaCovered)).toEqual(Array.from(full.areaCovered));
        const marks = new Uint8Array(points.length);
        expect(Array.from(summariseStampedCoverage(coverage, marks).gapPositions)).toEqual(
          Array.from(summariseStampedCoverage(full, marks).gapPositions),
        );
      }),
      { numRuns: 60, seed: 16 },
    );
  });

  it('touches only the points within the radius of the school moved', () => {
    fc.assert(
      fc.property(place, place, (from, to) => {
        const coverage = startStampedCoverage(lattice, [from], radiusOfClass);
        const before = Int32Array.from(coverage.coveredBy);
        stampSite(coverage, from.lon, from.lat, -1);
        stampSite(coverage, to.lon, to.lat, 1);
        coverage.coveredBy.forEach((count, slot) => {
          if (count === before[slot]) return;
          const position = lattice.order[slot] ?? 0;
          const point = points[position] as Place;
          const area = areas[position] ?? -1;
          const radius = radii[area >= 0 ? area : 6] ?? 0;
          const near = (site: Place) =>
            haversineDistance([point.lon, point.lat], [site.lon, site.lat]) <= radius;
          expect(near(from) || near(to)).toBe(true);
          expect(count).toBe(near(to) ? 1 : 0);
        });
      }),
      { numRuns: 100, seed: 61 },
    );
  });
});
