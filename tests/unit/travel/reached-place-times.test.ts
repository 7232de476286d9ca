/**
 * A bounded search's reached places, found through the places listed by edge, are exactly the
 * places a scan of every place finds within the limit, with the same minutes.
 */
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { findTravelTimes, TravelWorkspace } from '../../../src/analysis/travel/find-travel-times.ts';
import { measurePlaceTimes } from '../../../src/analysis/travel/measure-place-times.ts';
import {
  listPlacesByEdge,
  measureReachedPlaceTimes,
} from '../../../src/analysis/travel/measure-reached-place-times.ts';
import { prepareTravelNetwork } from '../../../src/analysis/travel/prepare-travel-network.ts';
import { snapPlaces } from '../../../src/analysis/travel/snap-places.ts';
import { minutesPerMetre, weighEdges } from '../../../src/analysis/travel/weigh-edges.ts';
import type { LonLat } from '../../../src/domain/road-network.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../../../src/domain/travel-settings.ts';
import { barrier, network, road } from './travel-fixtures.ts';

describe('measureReachedPlaceTimes', () => {
  it('agrees with a scan of every place on a jittered grid with a river, site after site', () => {
    const random = createSeededRandom(15);
    const size = 12;
    const node = (row: number, column: number): LonLat => [
      109.6 + column * 0.004 + random.between(-0.0005, 0.0005),
      23.0 + row * 0.004 + random.between(-0.0005, 0.0005),
    ];
    const grid = Array.from({ length: size }, (_, row) =>
      Array.from({ length: size }, (_, column) => node(row, column)),
    );
    const lines = [
      ...grid.map((row) => road(row)),
      ...Array.from({ length: size }, (_, column) => road(grid.map((row) => row[column] as LonLat))),
    ];
    const river = barrier([
      [
        [109.62, 22.99],
        [109.6201, 23.06],
      ],
    ]);
    const prepared = prepareTravelNetwork(network(lines), [river]);
    const edgeMinutes = weighEdges(prepared.graph, 'walk', DEFAULT_TRAVEL_SETTINGS);
    const offRoad = minutesPerMetre(DEFAULT_TRAVEL_SETTINGS.offRoadSpeed);
    const places = Array.from({ length: 400 }, () => ({
      lon: 109.6 + random.between(-0.002, 0.048),
      lat: 23.0 + random.between(-0.002, 0.048),
    }));
    const snaps = snapPlaces(prepared, places);
    const byEdge = listPlacesByEdge(prepared.graph, snaps);
    const workspace = new TravelWorkspace(prepared.graph.nodeCount);
    let compared = 0;
    for (let site = 0; site < 30; site++) {
      const siteSnaps = snapPlaces(prepared, [places[site * 13] as { lon: number; lat: number }]);
      const limit = 5 + site;
      const times = findTravelTimes(prepared.graph, edgeMinutes, siteSnaps, offRoad, { limit, workspace });
      const all = measurePlaceTimes(prepared.graph, edgeMinutes, times, siteSnaps, snaps, offRoad).minutes;
      const expected = [...all.keys()].filter((place) => (all[place] ?? Number.POSITIVE_INFINITY) <= limit);
      const reached = measureReachedPlaceTimes(
        prepared.graph,
        edgeMinutes,
        times,
        workspace,
        siteSnaps,
        snaps,
        byEdge,
        offRoad,
        limit,
      );
      expect([...reached.positions]).toEqual(expected);
      expected.forEach((place, index) => {
        expect(reached.costs[index]).toBeCloseTo(all[place] ?? 0, 9);
      });
      compared += expected.length;
    }
    // The sites reached a fair share of the places, and some were left out (the limit bites).
    expect(compared).toBeGreaterThan(500);
    expect(compared).toBeLessThan(30 * 400);
  });
});
