/** The candidate grid: square on the ground, inside the townships only, bounded in size. */
import { describe, expect, it } from 'vitest';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import { makeCandidateGrid } from '../../../src/analysis/make-candidate-grid.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { thrownMessage } from '../messages.ts';
import { TWO_TOWNSHIPS } from '../school-fixtures.ts';

describe('makeCandidateGrid', () => {
  it('lays cells of the spacing over the townships, each centre with the township it lies in', () => {
    const grid = makeCandidateGrid(TWO_TOWNSHIPS, 20_000);
    expect(grid.length).toBeGreaterThan(0);
    for (const cell of grid) {
      const expected = cell.lon < 110 ? '450803100' : '450803001';
      expect(cell.townshipCode).toBe(expected);
      expect(cell.lat).toBeGreaterThan(22);
      expect(cell.lat).toBeLessThan(23);
    }
    // Neighbours in a row and in a column are the spacing apart on the ground (within 1 %).
    const [first, second] = grid;
    const above = grid.find((cell) => cell.lon === first?.lon && cell.lat > (first?.lat ?? 0));
    const east = haversineDistance([first?.lon ?? 0, first?.lat ?? 0], [second?.lon ?? 0, second?.lat ?? 0]);
    const north = haversineDistance([first?.lon ?? 0, first?.lat ?? 0], [above?.lon ?? 0, above?.lat ?? 0]);
    expect(east / 20_000).toBeCloseTo(1, 1);
    expect(north / 20_000).toBeCloseTo(1, 2);
    // Two squares of ≈ 102 × 111 km hold about 2 × 5 × 5.5 cells of 20 km.
    expect(grid.length).toBeGreaterThanOrEqual(50);
    expect(grid.length).toBeLessThanOrEqual(66);
  });

  it('keeps only the centres inside a township', () => {
    const triangle: TownshipCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: 'T', name: '三角镇', urban: false, approximate: false },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [109, 22],
                [110, 22],
                [109, 23],
                [109, 22],
              ],
            ],
          },
        },
      ],
    };
    const grid = makeCandidateGrid(triangle, 5000);
    for (const cell of grid) expect(cell.lon - 109 + (cell.lat - 22)).toBeLessThan(1);
    const square = makeCandidateGrid({ ...triangle, features: TWO_TOWNSHIPS.features.slice(0, 1) }, 5000);
    expect(grid.length / square.length).toBeCloseTo(0.5, 1);
  });

  it('refuses a spacing that is not positive or far too fine, in Chinese', () => {
    expect(thrownMessage(() => makeCandidateGrid(TWO_TOWNSHIPS, 0))).toBe(
      '候选格网间距应为正数（米），实际为 0',
    );
    expect(thrownMessage(() => makeCandidateGrid(TWO_TOWNSHIPS, 10))).toMatch(/^候选格网间距 10 米太小/);
  });
});
