/**
 * Line ends that come within a few metres of another line without sharing a vertex with it:
 * a T-junction drawn short or long, or two roads meant to meet. Lines join only at identical
 * vertices, so these do not join; the import report lists them for the user to check and fix
 * in the GIS they came from.
 */
import { METRES_PER_DEGREE } from '../build-grid-index.ts';
import type { RoadGraph } from './build-road-graph.ts';
import type { SegmentIndex } from './build-segment-index.ts';

/** One loose end. */
export interface LooseEnd {
  lon: number;
  lat: number;
  /** The line whose end it is, and the nearest other line it does not join (positions in the input). */
  line: number;
  otherLine: number;
  /** Metres from the end to that line. */
  metres: number;
}

/**
 * Finds the loose ends within `toleranceMetres` of another line, nearest first.
 * @param roadIndex the grid over the graph's edges (`prepareTravelNetwork(…).roadIndex`)
 * @example findLooseEnds(graph, roadIndex, 5).length
 */
export function findLooseEnds(
  graph: RoadGraph,
  roadIndex: SegmentIndex,
  toleranceMetres: number,
): LooseEnd[] {
  const { edgeFrom, edgeTo, edgeLine, adjacencyStart, adjacencyEdges, nodeLongitudes, nodeLatitudes } = graph;
  const { columns, rows, west, south, cellLongitude, cellLatitude, cellStart, items } = roadIndex;
  const { startLongitudes, startLatitudes, endLongitudes, endLatitudes } = roadIndex;
  // The end nodes of each line: the first edge's start and the last edge's end (edges follow the lines).
  const ends: { node: number; line: number }[] = [];
  for (let edge = 0; edge < graph.edgeCount; edge++) {
    const line = edgeLine[edge] ?? 0;
    if (edge === 0 || edgeLine[edge - 1] !== line) ends.push({ node: edgeFrom[edge] ?? 0, line });
    if (edge === graph.edgeCount - 1 || edgeLine[edge + 1] !== line)
      ends.push({ node: edgeTo[edge] ?? 0, line });
  }
  const seen = new Int32Array(graph.edgeCount).fill(-1);
  const found: LooseEnd[] = [];
  ends.forEach(({ node, line }, endIndex) => {
    const lon = nodeLongitudes[node] ?? 0;
    const lat = nodeLatitudes[node] ?? 0;
    const joined = new Set<number>();
    for (let slot = adjacencyStart[node] ?? 0; slot < (adjacencyStart[node + 1] ?? 0); slot++) {
      joined.add(edgeLine[adjacencyEdges[slot] ?? 0] ?? -1);
    }
    const scaleX = Math.cos((lat * Math.PI) / 180) * METRES_PER_DEGREE;
    const reachLongitude = toleranceMetres / scaleX;
    const reachLatitude = toleranceMetres / METRES_PER_DEGREE;
    const columnFrom = Math.max(0, Math.floor((lon - reachLongitude - west) / cellLongitude));
    const columnTo = Math.min(columns - 1, Math.floor((lon + reachLongitude - west) / cellLongitude));
    const rowFrom = Math.max(0, Math.floor((lat - reachLatitude - south) / cellLatitude));
    const rowTo = Math.min(rows - 1, Math.floor((lat + reachLatitude - south) / cellLatitude));
    let best: LooseEnd | null = null;
    for (let row = rowFrom; row <= rowTo; row++) {
      for (let column = columnFrom; column <= columnTo; column++) {
        const cell = row * columns + column;
        for (let slot = cellStart[cell] ?? 0; slot < (cellStart[cell + 1] ?? 0); slot++) {
          const segment = items[slot] ?? 0;
          if (seen[segment] === endIndex) continue;
          seen[segment] = endIndex;
          const otherLine = edgeLine[segment] ?? -1;
          if (otherLine === line || joined.has(otherLine)) continue;
          const ax = ((startLongitudes[segment] ?? 0) - lon) * scaleX;
          const ay = ((startLatitudes[segment] ?? 0) - lat) * METRES_PER_DEGREE;
          const dx = ((endLongitudes[segment] ?? 0) - lon) * scaleX - ax;
          const dy = ((endLatitudes[segment] ?? 0) - lat) * METRES_PER_DEGREE - ay;
          const length = dx * dx + dy * dy;
          const t = length > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / length)) : 0;
          const metres = Math.hypot(ax + t * dx, ay + t * dy);
          if (metres <= toleranceMetres && (best === null || metres < best.metres)) {
            best = { lon, lat, line, otherLine, metres };
          }
        }
      }
    }
    if (best) found.push(best);
  });
  return found.sort((a, b) => a.metres - b.metres || a.line - b.line);
}
