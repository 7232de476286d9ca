/**
 * Each place's travel time to its nearest source, from the node times of a search: the place's
 * leg, then along its edge to either end and on from there — or, when a source joins the same
 * edge, straight along the edge to it (the edge is split at both, so two places on one segment
 * travel along it, not round by its ends).
 */
import type { RoadGraph } from './build-road-graph.ts';
import type { TravelTimes } from './find-travel-times.ts';
import type { PlaceSnaps } from './snap-places.ts';

/** Minutes and nearest source of every place. */
export interface PlaceTimes {
  /** Minutes to the nearest source; Infinity when unreachable. */
  minutes: Float64Array;
  /** The source's position in the source list; −1 when unreachable. */
  nearest: Int32Array;
}

/**
 * Sources by the edge they join, for the along-the-edge case, as linked lists in typed arrays:
 * `first[edge]` is the first source on the edge (−1: none), `next[source]` the one after it.
 * Sources are listed in their own order, so ties still go to the one listed first.
 */
interface SourcesByEdge {
  first: Int32Array;
  next: Int32Array;
}

/** Up to this many sources, each place looks at all of them for one on its edge. */
const FEW_SOURCES = 8;

function groupSourcesByEdge(sources: PlaceSnaps, edgeCount: number): SourcesByEdge {
  const first = new Int32Array(edgeCount).fill(-1);
  const next = new Int32Array(sources.edge.length).fill(-1);
  for (let source = sources.edge.length - 1; source >= 0; source--) {
    const edge = sources.edge[source] ?? -1;
    if (edge < 0) continue;
    next[source] = first[edge] ?? -1;
    first[edge] = source;
  }
  return { first, next };
}

/**
 * Minutes from every place to its nearest source. Ties go to the source listed first.
 * @param times node times of a search from `sources` (see `findTravelTimes`)
 * @example measurePlaceTimes(graph, edgeMinutes, times, sources, places, 60 / 3000).minutes[0]
 */
export function measurePlaceTimes(
  graph: RoadGraph,
  edgeMinutes: Float64Array,
  times: TravelTimes,
  sources: PlaceSnaps,
  places: PlaceSnaps,
  offRoadMinutesPerMetre: number,
): PlaceTimes {
  const count = places.edge.length;
  const minutes = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  const nearest = new Int32Array(count).fill(-1);
  const { nodeMinutes, nodeSource } = times;
  const { edgeFrom, edgeTo } = graph;
  const sourceCount = sources.edge.length;
  // A few sources (a bounded search from one candidate site) are simply all looked at: lists
  // over every edge would cost more to set up than they save.
  const byEdge = sourceCount > FEW_SOURCES ? groupSourcesByEdge(sources, graph.edgeCount) : null;
  for (let place = 0; place < count; place++) {
    const edge = places.edge[place] ?? -1;
    if (edge < 0) continue;
    const leg = (places.legMetres[place] ?? 0) * offRoadMinutesPerMetre;
    const along = places.fraction[place] ?? 0;
    const weight = edgeMinutes[edge] ?? 0;
    const from = edgeFrom[edge] ?? 0;
    const to = edgeTo[edge] ?? 0;
    let best = leg + along * weight + (nodeMinutes[from] ?? Number.POSITIVE_INFINITY);
    let bestSource = nodeSource[from] ?? -1;
    const viaTo = leg + (1 - along) * weight + (nodeMinutes[to] ?? Number.POSITIVE_INFINITY);
    const toSource = nodeSource[to] ?? -1;
    if (viaTo < best || (viaTo === best && toSource >= 0 && (bestSource < 0 || toSource < bestSource))) {
      best = viaTo;
      bestSource = toSource;
    }
    const firstOnEdge = byEdge ? (byEdge.first[edge] ?? -1) : 0;
    for (let source = firstOnEdge; source >= 0 && source < sourceCount; ) {
      if (sources.edge[source] === edge) {
        const direct =
          leg +
          Math.abs(along - (sources.fraction[source] ?? 0)) * weight +
          (sources.legMetres[source] ?? 0) * offRoadMinutesPerMetre;
        if (direct < best || (direct === best && source < bestSource)) {
          best = direct;
          bestSource = source;
        }
      }
      source = byEdge ? (byEdge.next[source] ?? -1) : source + 1;
    }
    if (best < Number.POSITIVE_INFINITY) {
      minutes[place] = best;
      nearest[place] = bestSource;
    }
  }
  return { minutes, nearest };
}
