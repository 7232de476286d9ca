/**
 * The previous method, as it stood before the typed-array quick paths (kept only to be timed
 * beside the current one in scripts/bench/travel-province-steps.ts; never used by the atlas).
 *
 * A road network ready for travel times: the graph, a grid over its edges for snapping places to
 * it, and a grid over the barrier lines. Built once per network and kept for as long as the same
 * network and barrier objects are in use.
 */
import type { BarrierLayer, RoadNetwork } from '../../../src/domain/road-network.ts';
import { buildRoadGraph, type RoadGraph } from './build-road-graph.ts';
import { buildSegmentIndex, type SegmentIndex } from './build-segment-index.ts';

/** The prepared network. */
export interface TravelNetwork {
  graph: RoadGraph;
  /** Grid over the graph's edges (segment i is edge i). */
  roadIndex: SegmentIndex;
  /** Grid over every barrier line's segments. */
  barrierIndex: SegmentIndex;
}

/** Prepared networks by their road network and barrier list, so repeated analyses reuse them. */
const prepared = new WeakMap<RoadNetwork, WeakMap<readonly BarrierLayer[], TravelNetwork>>();

/** The barrier lines as segments. */
function barrierSegments(barriers: readonly BarrierLayer[]) {
  let count = 0;
  for (const barrier of barriers) {
    for (const line of barrier.lines) count += Math.max(0, line.length - 1);
  }
  const startLongitudes = new Float64Array(count);
  const startLatitudes = new Float64Array(count);
  const endLongitudes = new Float64Array(count);
  const endLatitudes = new Float64Array(count);
  let segment = 0;
  for (const barrier of barriers) {
    for (const line of barrier.lines) {
      for (let vertex = 1; vertex < line.length; vertex++) {
        const from = line[vertex - 1] as [number, number];
        const to = line[vertex] as [number, number];
        startLongitudes[segment] = from[0];
        startLatitudes[segment] = from[1];
        endLongitudes[segment] = to[0];
        endLatitudes[segment] = to[1];
        segment++;
      }
    }
  }
  return { startLongitudes, startLatitudes, endLongitudes, endLatitudes };
}

/**
 * Prepares a road network and its barriers; the same two objects give the same prepared network
 * again without work (a district analysis runs once per scenario and once per candidate site).
 * @example const network = prepareTravelNetwork(roads, [yujiang]); snapPlaces(network, schools)
 */
export function prepareTravelNetwork(roads: RoadNetwork, barriers: readonly BarrierLayer[]): TravelNetwork {
  const byBarriers = prepared.get(roads) ?? new WeakMap<readonly BarrierLayer[], TravelNetwork>();
  prepared.set(roads, byBarriers);
  const known = byBarriers.get(barriers);
  if (known) return known;
  const graph = buildRoadGraph(roads.lines);
  const startLongitudes = new Float64Array(graph.edgeCount);
  const startLatitudes = new Float64Array(graph.edgeCount);
  const endLongitudes = new Float64Array(graph.edgeCount);
  const endLatitudes = new Float64Array(graph.edgeCount);
  for (let edge = 0; edge < graph.edgeCount; edge++) {
    const from = graph.edgeFrom[edge] ?? 0;
    const to = graph.edgeTo[edge] ?? 0;
    startLongitudes[edge] = graph.nodeLongitudes[from] ?? 0;
    startLatitudes[edge] = graph.nodeLatitudes[from] ?? 0;
    endLongitudes[edge] = graph.nodeLongitudes[to] ?? 0;
    endLatitudes[edge] = graph.nodeLatitudes[to] ?? 0;
  }
  const roadIndex = buildSegmentIndex({ startLongitudes, startLatitudes, endLongitudes, endLatitudes });
  const network: TravelNetwork = {
    graph,
    roadIndex,
    barrierIndex: buildSegmentIndex(barrierSegments(barriers)),
  };
  byBarriers.set(barriers, network);
  return network;
}
