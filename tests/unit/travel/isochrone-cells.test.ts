import { describe, expect, it } from 'vitest';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import { measureIsochroneCells } from '../../../src/analysis/travel/measure-isochrone-cells.ts';
import { prepareTravelNetwork } from '../../../src/analysis/travel/prepare-travel-network.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../../../src/domain/travel-settings.ts';
import { network, OFF_ROAD_METRES_PER_MINUTE, road, WALK_METRES_PER_MINUTE } from './travel-fixtures.ts';

describe('measureIsochroneCells', () => {
  // A 2 km square with one road through its middle, and a school at the road's west end.
  const area = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [109.6, 23.0],
        [109.62, 23.0],
        [109.62, 23.02],
        [109.6, 23.02],
        [109.6, 23.0],
      ],
    ],
  };
  const roads = prepareTravelNetwork(
    network([
      road([
        [109.59, 23.01],
        [109.63, 23.01],
      ]),
    ]),
    [],
  );
  const school = { lon: 109.6, lat: 23.01 };
  const cells = measureIsochroneCells(roads, DEFAULT_TRAVEL_SETTINGS, 'walk', [school], area, 100);

  it('bands every cell by its leg and its walk along the road, in runs along the rows', () => {
    const band = new Map<string, number>();
    for (let index = 0; index < cells.runs.length; index += 4) {
      const [row = 0, from = 0, to = 0, value = 0] = cells.runs.slice(index, index + 4);
      for (let column = from; column <= to; column++) band.set(`${row},${column}`, value);
    }
    let checked = 0;
    for (let row = 0; row * cells.cellLatitude < 0.02; row++) {
      for (let column = 0; column * cells.cellLongitude < 0.02; column++) {
        const lon = cells.west + (column + 0.5) * cells.cellLongitude;
        const lat = cells.south + (row + 0.5) * cells.cellLatitude;
        if (lon > 109.62 || lat > 23.02) continue;
        const minutes =
          haversineDistance([lon, lat], [lon, 23.01]) / OFF_ROAD_METRES_PER_MINUTE +
          haversineDistance([109.6, 23.01], [lon, 23.01]) / WALK_METRES_PER_MINUTE;
        // Cells within a few seconds of a band edge are left alone.
        if (DEFAULT_TRAVEL_SETTINGS.bands.some((edge) => Math.abs(minutes - edge) < 0.05)) continue;
        const expected = DEFAULT_TRAVEL_SETTINGS.bands.findIndex((edge) => minutes <= edge);
        expect(band.get(`${row},${column}`) ?? -1, `${row},${column} ${minutes.toFixed(2)}`).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(cells.bands).toEqual([10, 20, 30]);
  });

  it('merges neighbouring cells of one band into one run', () => {
    const widths: number[] = [];
    for (let index = 0; index < cells.runs.length; index += 4)
      widths.push((cells.runs[index + 2] ?? 0) - (cells.runs[index + 1] ?? 0) + 1);
    expect(Math.max(...widths)).toBeGreaterThan(3);
  });
});
