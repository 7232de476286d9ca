/**
 * The previous method, as it stood before the typed-array quick paths (kept only to be timed
 * beside the current one in scripts/bench/travel-province-steps.ts; never used by the atlas).
 *
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

/** Sources by the edge they join, for the along-the-edge case. */
interface SourcesByEdge {
  edges: Map<number, number[]>;
}

function groupSourcesByEdge(sources: PlaceSnaps): SourcesByEdge {
  const edges = new Map<number, number[]>();
  for (let source = 0; source < sources.edge.length; source++) {
    const edge = sources.edge[source] ?? -1;
    if (edge < 0) continue;
    const list = edges.get(edge);
    if (list) list.push(source);
    else edges.set(edge, [source]);
  }
  return { edges };
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
  const byEdge = groupSourcesByEdge(sources).edges;
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
    const sameEdge = byEdge.get(edge);
    if (sameEdge) {
      for (const source of sameEdge) {
        const direct =
          leg +
          Math.abs(along - (sources.fraction[source] ?? 0)) * weight +
          (sources.legMetres[source] ?? 0) * offRoadMinutesPerMetre;
        if (direct < best || (direct === best && source < bestSource)) {
          best = direct;
          bestSource = source;
        }
      }
    }
    if (best < Number.POSITIVE_INFINITY) {
      minutes[place] = best;
      nearest[place] = bestSource;
    }
  }
  return { minutes, nearest };
}
