/**
 * The places one bounded search reaches, and their minutes: only the places on the edges that
 * touch a node the search labelled (or on the source's own edge) can be within its limit, so
 * only they are looked at — the cost follows the search's reach, not the number of places.
 */
import type { RoadGraph } from './build-road-graph.ts';
import type { TravelTimes, TravelWorkspace } from './find-travel-times.ts';
import type { PlaceSnaps } from './snap-places.ts';

/** Places by the edge they join, in compressed rows: those of edge e are `places[start[e] … start[e + 1])`. */
export interface PlacesByEdge {
  start: Int32Array;
  places: Int32Array;
  /** Scratch of one number per edge, to visit each edge once per search. */
  edgeStamps: Int32Array;
  stamp: number;
}

/**
 * Lists the places of each edge (a counting sort by edge); places without a leg are in no row.
 * @example listPlacesByEdge(graph, pointSnaps).start[edge + 1] - start[edge] // places on the edge
 */
export function listPlacesByEdge(graph: RoadGraph, places: PlaceSnaps): PlacesByEdge {
  const start = new Int32Array(graph.edgeCount + 1);
  for (const edge of places.edge) if (edge >= 0) start[edge + 1] = (start[edge + 1] ?? 0) + 1;
  for (let edge = 0; edge < graph.edgeCount; edge++)
    start[edge + 1] = (start[edge + 1] ?? 0) + (start[edge] ?? 0);
  const fill = start.slice(0, graph.edgeCount);
  const listed = new Int32Array(start[graph.edgeCount] ?? 0);
  places.edge.forEach((edge, place) => {
    if (edge < 0) return;
    listed[fill[edge] ?? 0] = place;
    fill[edge] = (fill[edge] ?? 0) + 1;
  });
  return { start, places: listed, edgeStamps: new Int32Array(graph.edgeCount), stamp: 0 };
}

/**
 * Minutes from one source (a bounded search's only source) to every place it reaches within
 * `limit`, in place order: the same minutes `measurePlaceTimes` gives those places.
 * @param workspace the workspace the search ran in (its labelled nodes are read)
 * @example measureReachedPlaceTimes(graph, edgeMinutes, times, workspace, siteSnaps, pointSnaps, byEdge, 60 / 3000, 40)
 */
export function measureReachedPlaceTimes(
  graph: RoadGraph,
  edgeMinutes: Float64Array,
  times: TravelTimes,
  workspace: TravelWorkspace,
  source: PlaceSnaps,
  places: PlaceSnaps,
  byEdge: PlacesByEdge,
  offRoadMinutesPerMetre: number,
  limit: number,
): { positions: Int32Array; costs: Float64Array } {
  const { nodeMinutes } = times;
  const { edgeFrom, edgeTo, adjacencyStart, adjacencyEdges } = graph;
  const sourceEdge = source.edge[0] ?? -1;
  const sourceAlong = source.fraction[0] ?? 0;
  const sourceLeg = (source.legMetres[0] ?? 0) * offRoadMinutesPerMetre;
  byEdge.stamp++;
  const stamp = byEdge.stamp;
  const reachedPlaces: number[] = [];
  const reachedMinutes: number[] = [];
  const visitEdge = (edge: number) => {
    if (byEdge.edgeStamps[edge] === stamp) return;
    byEdge.edgeStamps[edge] = stamp;
    const weight = edgeMinutes[edge] ?? 0;
    const viaFrom = nodeMinutes[edgeFrom[edge] ?? 0] ?? Number.POSITIVE_INFINITY;
    const viaTo = nodeMinutes[edgeTo[edge] ?? 0] ?? Number.POSITIVE_INFINITY;
    const end = byEdge.start[edge + 1] ?? 0;
    for (let slot = byEdge.start[edge] ?? 0; slot < end; slot++) {
      const place = byEdge.places[slot] ?? 0;
      const leg = (places.legMetres[place] ?? 0) * offRoadMinutesPerMetre;
      const along = places.fraction[place] ?? 0;
      // As measurePlaceTimes: by either end of the edge, or straight along it to the source.
      let best = Math.min(leg + along * weight + viaFrom, leg + (1 - along) * weight + viaTo);
      if (edge === sourceEdge)
        best = Math.min(best, leg + Math.abs(along - sourceAlong) * weight + sourceLeg);
      if (best <= limit) {
        reachedPlaces.push(place);
        reachedMinutes.push(best);
      }
    }
  };
  if (sourceEdge >= 0) visitEdge(sourceEdge);
  const labelled = workspace.labelledNodes();
  for (const node of labelled) {
    const end = adjacencyStart[node + 1] ?? 0;
    for (let slot = adjacencyStart[node] ?? 0; slot < end; slot++) visitEdge(adjacencyEdges[slot] ?? 0);
  }
  // In place order, as a scan of every place would give them.
  const order = Int32Array.from(reachedPlaces.keys()).sort(
    (a, b) => (reachedPlaces[a] ?? 0) - (reachedPlaces[b] ?? 0),
  );
  return {
    positions: Int32Array.from(order, (index) => reachedPlaces[index] ?? 0),
    costs: Float64Array.from(order, (index) => reachedMinutes[index] ?? 0),
  };
}
