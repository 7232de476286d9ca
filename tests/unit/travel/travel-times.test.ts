/**
 * Travel times on hand-built networks with answers worked out by hand: a grid, a river with
 * one bridge, an island that no road reaches, a dead end of one segment; and the multi-source
 * search against Floyd–Warshall on small random graphs.
 */
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import { buildRoadGraph } from '../../../src/analysis/travel/build-road-graph.ts';
import { findTravelTimes } from '../../../src/analysis/travel/find-travel-times.ts';
import { measurePlaceTimes } from '../../../src/analysis/travel/measure-place-times.ts';
import { prepareTravelNetwork } from '../../../src/analysis/travel/prepare-travel-network.ts';
import { snapPlaces } from '../../../src/analysis/travel/snap-places.ts';
import { minutesPerMetre, weighEdges } from '../../../src/analysis/travel/weigh-edges.ts';
import type { BarrierLayer, LonLat, RoadNetwork } from '../../../src/domain/road-network.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../../../src/domain/travel-settings.ts';
import {
  barrier,
  network,
  OFF_ROAD_METRES_PER_MINUTE,
  road,
  WALK_METRES_PER_MINUTE,
} from './travel-fixtures.ts';

const settings = DEFAULT_TRAVEL_SETTINGS;
const offRoad = minutesPerMetre(settings.offRoadSpeed);

/** Walking minutes from the nearest school to every place. */
function walkTimes(
  roads: RoadNetwork,
  barriers: BarrierLayer[],
  schools: { lon: number; lat: number }[],
  places: { lon: number; lat: number }[],
) {
  const prepared = prepareTravelNetwork(roads, barriers);
  const edgeMinutes = weighEdges(prepared.graph, 'walk', settings);
  const sources = snapPlaces(prepared, schools);
  const times = findTravelTimes(prepared.graph, edgeMinutes, sources, offRoad);
  return measurePlaceTimes(
    prepared.graph,
    edgeMinutes,
    times,
    sources,
    snapPlaces(prepared, places),
    offRoad,
  );
}

const metres = (from: LonLat, to: LonLat) => haversineDistance(from, to);
const at = ([lon, lat]: LonLat) => ({ lon, lat });

describe('a 3 × 3 grid of roads', () => {
  const lons = [109.6, 109.61, 109.62];
  const lats = [23.0, 23.01, 23.02];
  const grid = network([
    ...lats.map((lat) => road(lons.map((lon): LonLat => [lon, lat]))),
    ...lons.map((lon) => road(lats.map((lat): LonLat => [lon, lat]))),
  ]);

  it('joins the lines at their shared vertices: 9 nodes, 12 edges', () => {
    const graph = buildRoadGraph(grid.lines);
    expect(graph.nodeCount).toBe(9);
    expect(graph.edgeCount).toBe(12);
  });

  it('walks the opposite corner two blocks north, then two east where a degree of longitude is shortest', () => {
    const north = metres([109.6, 23.0], [109.6, 23.01]) + metres([109.6, 23.01], [109.6, 23.02]);
    const east = metres([109.6, 23.02], [109.61, 23.02]) + metres([109.61, 23.02], [109.62, 23.02]);
    const eastFirst = metres([109.6, 23.0], [109.62, 23.0]) + north;
    expect(north + east).toBeLessThan(eastFirst);
    const { minutes, nearest } = walkTimes(grid, [], [at([109.6, 23.0])], [at([109.62, 23.02])]);
    expect(minutes[0]).toBeCloseTo((north + east) / WALK_METRES_PER_MINUTE, 9);
    expect(nearest[0]).toBe(0);
  });

  it('adds the off-road leg at 3 km/h to the closest point of the closest segment, split there', () => {
    // 300 m south of the middle of the southern road's first block.
    const place: LonLat = [109.605, 23.0 - 300 / 111_195];
    const foot: LonLat = [109.605, 23.0];
    const { minutes } = walkTimes(grid, [], [at([109.6, 23.0])], [at(place)]);
    const leg = metres(place, foot);
    expect(leg).toBeCloseTo(300, 0);
    expect(minutes[0]).toBeCloseTo(
      leg / OFF_ROAD_METRES_PER_MINUTE + metres([109.6, 23.0], foot) / WALK_METRES_PER_MINUTE,
      6,
    );
  });

  it('takes each place to its nearest of several schools, ties to the one listed first', () => {
    const schools = [at([109.6, 23.0]), at([109.62, 23.02]), at([109.62, 23.0])];
    const places = [at([109.6, 23.01]), at([109.62, 23.01]), at([109.61, 23.02])];
    const { minutes, nearest } = walkTimes(grid, [], schools, places);
    expect([...nearest]).toEqual([0, 1, 1]);
    expect(minutes[1]).toBeCloseTo(metres([109.62, 23.01], [109.62, 23.02]) / WALK_METRES_PER_MINUTE, 9);
  });
});

describe('a road drawn across another without a shared vertex', () => {
  it('is a bridge, not a junction: the roads do not join', () => {
    const crossing = network([
      road([
        [109.6, 23.0],
        [109.62, 23.0],
      ]),
      road([
        [109.61, 22.99],
        [109.61, 23.01],
      ]),
    ]);
    const graph = buildRoadGraph(crossing.lines);
    expect(graph.nodeCount).toBe(4);
    const { minutes } = walkTimes(crossing, [], [at([109.6, 23.0])], [at([109.61, 23.01])]);
    // The north end of the second road is nearest to its own road: no way from the first.
    expect(minutes[0]).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('a river with one bridge', () => {
  // Two east–west roads joined by one bridge at 109.60; the river runs east–west at 23.004.
  const south: LonLat[] = [
    [109.6, 23.0],
    [109.62, 23.0],
  ];
  const north: LonLat[] = [
    [109.6, 23.02],
    [109.62, 23.02],
  ];
  const roads = network([
    road(south),
    road(north),
    road(
      [
        [109.6, 23.0],
        [109.6, 23.02],
      ],
      '县道',
    ),
  ]);
  const river = barrier([
    [
      [109.55, 23.004],
      [109.65, 23.004],
    ],
  ]);
  // Just north of the river: the southern road is nearer, but across the water.
  const place: LonLat = [109.62, 23.005];
  const school: LonLat = [109.62, 23.0];

  it('leads a place north of the river to the northern road and over the bridge', () => {
    const { minutes } = walkTimes(roads, [river], [at(school)], [at(place)]);
    const leg = metres(place, [109.62, 23.02]);
    const road =
      metres([109.62, 23.02], [109.6, 23.02]) +
      metres([109.6, 23.02], [109.6, 23.0]) +
      metres([109.6, 23.0], school);
    expect(minutes[0]).toBeCloseTo(leg / OFF_ROAD_METRES_PER_MINUTE + road / WALK_METRES_PER_MINUTE, 6);
  });

  it('lets the same place walk straight to the southern road without the river', () => {
    const { minutes } = walkTimes(roads, [], [at(school)], [at(place)]);
    expect(minutes[0]).toBeCloseTo(metres(place, school) / OFF_ROAD_METRES_PER_MINUTE, 6);
  });

  it('is unreachable when the bridge is gone', () => {
    const noBridge = network([road(south), road(north)]);
    const { minutes, nearest } = walkTimes(noBridge, [river], [at(school)], [at(place)]);
    expect(minutes[0]).toBe(Number.POSITIVE_INFINITY);
    expect(nearest[0]).toBe(-1);
  });
  it('reaches the far end of a bridge segment when its closest point lies across the river', () => {
    // One diagonal segment over the river (at 23.01): the place north of the river is nearest to
    // the segment's southern part, across the water, but its northern end is on its own bank.
    const start: LonLat = [109.6, 23.0];
    const end: LonLat = [109.64, 23.02];
    const place: LonLat = [109.6, 23.015];
    const crossingRiver = barrier([
      [
        [109.5, 23.01],
        [109.7, 23.01],
      ],
    ]);
    const { minutes } = walkTimes(network([road([start, end])]), [crossingRiver], [at(start)], [at(place)]);
    expect(minutes[0]).toBeCloseTo(
      metres(place, end) / OFF_ROAD_METRES_PER_MINUTE + metres(start, end) / WALK_METRES_PER_MINUTE,
      6,
    );
  });

  it('leaves a place farther than 15 km from every road unreachable', () => {
    const { minutes } = walkTimes(
      network([
        road([
          [109.6, 23.0],
          [109.61, 23.0],
        ]),
      ]),
      [],
      [at([109.6, 23.0])],
      [at([109.6, 23.14])],
    );
    expect(minutes[0]).toBe(Number.POSITIVE_INFINITY);
    const nearer = walkTimes(
      network([
        road([
          [109.6, 23.0],
          [109.61, 23.0],
        ]),
      ]),
      [],
      [at([109.6, 23.0])],
      [at([109.6, 23.13])],
    );
    expect(nearer.minutes[0]).toBeLessThan(300);
  });
});

describe('an island', () => {
  // A river polygon's two banks around an island at 109.61–109.62, 23.01–23.02, and no road on it.
  const island: LonLat[] = [
    [109.61, 23.01],
    [109.62, 23.01],
    [109.62, 23.02],
    [109.61, 23.02],
    [109.61, 23.01],
  ];
  const roads = network([
    road([
      [109.6, 23.0],
      [109.63, 23.0],
    ]),
    road([
      [109.615, 23.013],
      [109.616, 23.017],
    ]),
  ]);

  it('leaves a place on it unreachable when no road on the island joins the rest', () => {
    const { minutes } = walkTimes(
      roads,
      [barrier([island])],
      [at([109.6, 23.0])],
      [at([109.6155, 23.0155]), at([109.6, 23.001])],
    );
    expect(minutes[0]).toBe(Number.POSITIVE_INFINITY);
    expect(minutes[1]).toBeCloseTo(metres([109.6, 23.001], [109.6, 23.0]) / OFF_ROAD_METRES_PER_MINUTE, 9);
  });

  it('lets a school on the island serve the island only', () => {
    const { minutes, nearest } = walkTimes(
      roads,
      [barrier([island])],
      [at([109.6, 23.0]), at([109.616, 23.017])],
      [at([109.6155, 23.0155]), at([109.625, 23.001])],
    );
    expect([...nearest]).toEqual([1, 0]);
    expect(minutes[0]).toBeLessThan(10);
  });

  it('leaves a place off every road, inside a closed ring with no road, unreachable', () => {
    const { minutes, nearest } = walkTimes(
      network([
        road([
          [109.6, 23.0],
          [109.63, 23.0],
        ]),
      ]),
      [barrier([island])],
      [at([109.6, 23.0])],
      [at([109.615, 23.015])],
    );
    expect(minutes[0]).toBe(Number.POSITIVE_INFINITY);
    expect(nearest[0]).toBe(-1);
  });
});

describe('a dead end of one segment', () => {
  const start: LonLat = [109.6, 23.0];
  const end: LonLat = [109.61, 23.0];
  const roads = network([road([start, end])]);
  const length = metres(start, end);

  it('walks straight along the segment between two places that join it (the segment is split at both)', () => {
    const school = at([109.602, 23.0]);
    const place = at([109.608, 23.0]);
    const { minutes } = walkTimes(roads, [], [school], [place]);
    expect(minutes[0]).toBeCloseTo((0.6 * length) / WALK_METRES_PER_MINUTE, 6);
  });

  it('walks back past the school to the end behind it', () => {
    const { minutes } = walkTimes(roads, [], [at([109.605, 23.0])], [at(start)]);
    expect(minutes[0]).toBeCloseTo((0.5 * length) / WALK_METRES_PER_MINUTE, 6);
  });

  it('reaches a place beyond the far end by its off-road leg to the end point', () => {
    const beyond: LonLat = [109.615, 23.0];
    const { minutes } = walkTimes(roads, [], [at(start)], [at(beyond)]);
    expect(minutes[0]).toBeCloseTo(
      length / WALK_METRES_PER_MINUTE + metres(end, beyond) / OFF_ROAD_METRES_PER_MINUTE,
      6,
    );
  });
});

describe('many schools on one segment', () => {
  // One straight segment of about 10 km with ten schools on it: more than a place looks at one
  // by one, so the places find the schools on their segment through the per-edge lists.
  const west: LonLat = [109.6, 23.0];
  const east: LonLat = [109.7, 23.0];
  const roads = network([road([west, east])]);
  const schoolLons = Array.from({ length: 10 }, (_, index) => 109.695 - index * 0.01);

  it('walks each place along the segment to the nearest school on it', () => {
    const schools = schoolLons.map((lon) => at([lon, 23.0]));
    // A quarter of the way between two neighbouring schools, and one exactly half way.
    const places = [at([109.6075, 23.0]), at([109.6825, 23.0]), at([109.65, 23.0])];
    const { minutes, nearest } = walkTimes(roads, [], schools, places);
    const quarter = metres([109.605, 23.0], [109.6075, 23.0]) / WALK_METRES_PER_MINUTE;
    expect(minutes[0]).toBeCloseTo(quarter, 6);
    expect(nearest[0]).toBe(9);
    expect(minutes[1]).toBeCloseTo(metres([109.685, 23.0], [109.6825, 23.0]) / WALK_METRES_PER_MINUTE, 6);
    expect(nearest[1]).toBe(1);
    // Half way between 109.655 (listed 5th) and 109.645 (listed 6th): either, by rounding.
    expect(minutes[2]).toBeCloseTo(metres([109.645, 23.0], [109.65, 23.0]) / WALK_METRES_PER_MINUTE, 6);
    expect([4, 5]).toContain(nearest[2]);
  });
});

describe('the multi-source search', () => {
  it('agrees with Floyd–Warshall on small random graphs, sources at nodes', () => {
    const random = createSeededRandom(15);
    for (let trial = 0; trial < 40; trial++) {
      const size = 4 + Math.floor(random.next() * 10);
      const nodes: LonLat[] = Array.from({ length: size }, () => [
        109.6 + Math.round(random.next() * 1000) / 20_000,
        23 + Math.round(random.next() * 1000) / 20_000,
      ]);
      const lines = [];
      const edges = Math.floor(random.next() * size * 2);
      for (let edge = 0; edge < edges; edge++) {
        const from = Math.floor(random.next() * size);
        const to = Math.floor(random.next() * size);
        if (from === to) continue;
        lines.push(
          road([nodes[from] as LonLat, nodes[to] as LonLat], random.pick(['国道', '县道', '村道'] as const)),
        );
      }
      if (lines.length === 0) continue;
      const graph = buildRoadGraph(lines);
      const weights = weighEdges(graph, 'bus', settings);
      // Floyd–Warshall over the graph's nodes.
      const n = graph.nodeCount;
      const distance = Array.from({ length: n }, (_, row) =>
        Array.from({ length: n }, (_, column) => (row === column ? 0 : Number.POSITIVE_INFINITY)),
      );
      for (let edge = 0; edge < graph.edgeCount; edge++) {
        const a = graph.edgeFrom[edge] ?? 0;
        const b = graph.edgeTo[edge] ?? 0;
        const w = weights[edge] ?? 0;
        const row = distance[a] as number[];
        const other = distance[b] as number[];
        row[b] = Math.min(row[b] ?? Number.POSITIVE_INFINITY, w);
        other[a] = Math.min(other[a] ?? Number.POSITIVE_INFINITY, w);
      }
      for (let k = 0; k < n; k++) {
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            const via = (distance[i]?.[k] ?? 0) + (distance[k]?.[j] ?? 0);
            if (via < (distance[i]?.[j] ?? 0)) (distance[i] as number[])[j] = via;
          }
        }
      }
      const sourceNodes = [
        ...new Set(
          Array.from({ length: 1 + Math.floor(random.next() * 3) }, () => Math.floor(random.next() * n)),
        ),
      ];
      // A source placed exactly on a node: an edge at that node, at its end.
      const sources = {
        edge: Int32Array.from(
          sourceNodes,
          (node) => graph.adjacencyEdges[graph.adjacencyStart[node] ?? 0] ?? -1,
        ),
        fraction: Float64Array.from(sourceNodes, (node) => {
          const edge = graph.adjacencyEdges[graph.adjacencyStart[node] ?? 0] ?? 0;
          return graph.edgeFrom[edge] === node ? 0 : 1;
        }),
        legMetres: new Float64Array(sourceNodes.length),
      };
      const { nodeMinutes, nodeSource } = findTravelTimes(graph, weights, sources, offRoad);
      for (let node = 0; node < n; node++) {
        const expected = Math.min(
          ...sourceNodes.map((source) => distance[source]?.[node] ?? Number.POSITIVE_INFINITY),
        );
        const found = nodeMinutes[node] ?? Number.NaN;
        if (expected === Number.POSITIVE_INFINITY) {
          expect(found).toBe(Number.POSITIVE_INFINITY);
          expect(nodeSource[node]).toBe(-1);
        } else {
          expect(Math.abs(found - expected)).toBeLessThan(1e-9);
          const chosen = sourceNodes[nodeSource[node] ?? -1] as number;
          expect(Math.abs((distance[chosen]?.[node] ?? 0) - expected)).toBeLessThan(1e-9);
        }
      }
    }
  });

  it('stops at the limit: nodes farther keep no time', () => {
    const line = network([
      road([
        [109.6, 23.0],
        [109.61, 23.0],
        [109.62, 23.0],
        [109.63, 23.0],
      ]),
    ]);
    const prepared = prepareTravelNetwork(line, []);
    const weights = weighEdges(prepared.graph, 'walk', settings);
    const sources = snapPlaces(prepared, [at([109.6, 23.0])]);
    const block = (weights[0] ?? 0) + 1e-9;
    const { nodeMinutes } = findTravelTimes(prepared.graph, weights, sources, offRoad, {
      limit: block * 1.5,
    });
    expect([...nodeMinutes].filter(Number.isFinite)).toHaveLength(2);
  });
});
