/**
 * Multi-source shortest paths: the travel time from the nearest of many sources (every school
 * of a kind) to every node of the road graph, and which source that is — one Dijkstra search
 * with a binary heap, whatever the number of sources.
 */
import type { RoadGraph } from './build-road-graph.ts';
import { MinHeap } from './min-heap.ts';
import type { PlaceSnaps } from './snap-places.ts';

/** Minutes and nearest source of every node. */
export interface TravelTimes {
  /** Minutes from the nearest source; Infinity when no source reaches the node (within the limit). */
  nodeMinutes: Float64Array;
  /** That source's position in the source list; −1 when none. */
  nodeSource: Int32Array;
}

/**
 * Buffers for repeated searches on one graph (a bounded search from each candidate site): a new
 * search resets only the nodes the last one touched. The arrays it returns are the workspace's
 * own, valid until its next search.
 */
export class TravelWorkspace {
  readonly nodeMinutes: Float64Array;
  readonly nodeSource: Int32Array;
  readonly heap = new MinHeap();
  private readonly touched: Int32Array;
  private touchedCount = 0;

  constructor(nodeCount: number) {
    this.nodeMinutes = new Float64Array(nodeCount).fill(Number.POSITIVE_INFINITY);
    this.nodeSource = new Int32Array(nodeCount).fill(-1);
    this.touched = new Int32Array(nodeCount);
  }

  /** Forgets the last search. */
  reset(): void {
    for (let index = 0; index < this.touchedCount; index++) {
      const node = this.touched[index] ?? 0;
      this.nodeMinutes[node] = Number.POSITIVE_INFINITY;
      this.nodeSource[node] = -1;
    }
    this.touchedCount = 0;
    this.heap.clear();
  }

  /** The nodes the last search labelled (a view, valid until the next search). */
  labelledNodes(): Int32Array {
    return this.touched.subarray(0, this.touchedCount);
  }

  /** Notes a node whose label is set for the first time. */
  touch(node: number): void {
    this.touched[this.touchedCount++] = node;
  }
}

/** Options of a search. */
export interface TravelSearchOptions {
  /** Stop at this many minutes: nodes farther keep Infinity. */
  limit?: number;
  /** Reuse these buffers (for many bounded searches). */
  workspace?: TravelWorkspace;
}

/**
 * Travel times from the sources to every node. A source enters the network where its leg ends:
 * the two ends of its edge are reached after the leg (at `offRoadMinutesPerMetre`) and the part
 * of the edge up to each end. Ties go to the source listed first, so the result does not depend
 * on the order the heap settles nodes in.
 * @param edgeMinutes minutes to travel each edge (see `weighEdges`)
 * @example findTravelTimes(graph, weighEdges(graph, 'walk', settings), snapPlaces(network, schools), 60 / 3000).nodeMinutes
 */
export function findTravelTimes(
  graph: RoadGraph,
  edgeMinutes: Float64Array,
  sources: PlaceSnaps,
  offRoadMinutesPerMetre: number,
  options: TravelSearchOptions = {},
): TravelTimes {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const workspace = options.workspace ?? new TravelWorkspace(graph.nodeCount);
  workspace.reset();
  const { nodeMinutes, nodeSource, heap } = workspace;
  const { edgeFrom, edgeTo, adjacencyStart, adjacencyEdges, adjacencyNodes } = graph;

  const label = (node: number, minutes: number, source: number) => {
    const known = nodeMinutes[node] ?? Number.POSITIVE_INFINITY;
    if (minutes > limit) return;
    if (minutes < known || (minutes === known && source < (nodeSource[node] ?? -1))) {
      if (known === Number.POSITIVE_INFINITY) workspace.touch(node);
      nodeMinutes[node] = minutes;
      nodeSource[node] = source;
      heap.push(minutes, node);
    }
  };

  for (let source = 0; source < sources.edge.length; source++) {
    const edge = sources.edge[source] ?? -1;
    if (edge < 0) continue;
    const leg = (sources.legMetres[source] ?? 0) * offRoadMinutesPerMetre;
    const along = sources.fraction[source] ?? 0;
    const weight = edgeMinutes[edge] ?? 0;
    label(edgeFrom[edge] ?? 0, leg + along * weight, source);
    label(edgeTo[edge] ?? 0, leg + (1 - along) * weight, source);
  }

  while (heap.size > 0) {
    const minutes = heap.peekKey();
    const node = heap.pop();
    // A stale pair: the node was reached sooner (or as soon, from an earlier source) since.
    if (minutes > (nodeMinutes[node] ?? 0)) continue;
    const source = nodeSource[node] ?? -1;
    const end = adjacencyStart[node + 1] ?? 0;
    for (let slot = adjacencyStart[node] ?? 0; slot < end; slot++) {
      const other = adjacencyNodes[slot] ?? 0;
      const reached = minutes + (edgeMinutes[adjacencyEdges[slot] ?? 0] ?? 0);
      // The relaxation of `label`, written out: this loop is the search's hot path.
      const known = nodeMinutes[other] ?? Number.POSITIVE_INFINITY;
      if (reached > limit || reached > known) continue;
      if (reached === known && source >= (nodeSource[other] ?? -1)) continue;
      if (known === Number.POSITIVE_INFINITY) workspace.touch(other);
      nodeMinutes[other] = reached;
      nodeSource[other] = source;
      heap.push(reached, other);
    }
  }
  return { nodeMinutes, nodeSource };
}
