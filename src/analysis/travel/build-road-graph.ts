/**
 * The road network as a graph in typed arrays: one node per distinct vertex (lines join only
 * where they share an identical vertex), one edge per straight segment between consecutive
 * vertices, and the edges of every node in compressed rows.
 */
import { EARTH_RADIUS_METRES } from '../../domain/radius.ts';
import { type LonLat, ROAD_CLASSES, type RoadLine } from '../../domain/road-network.ts';

const RADIANS_PER_DEGREE = Math.PI / 180;

/** A road graph. Edges are undirected; node and edge numbers are positions in the arrays. */
export interface RoadGraph {
  nodeCount: number;
  edgeCount: number;
  /** Node positions in degrees. */
  nodeLongitudes: Float64Array;
  nodeLatitudes: Float64Array;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  /** Haversine length of each edge, metres. */
  edgeMetres: Float64Array;
  /** Position of each edge's road class in `ROAD_CLASSES`. */
  edgeClass: Uint8Array;
  /** The line's own speed in km/h, NaN when it has none. */
  edgeSpeed: Float32Array;
  /** The line each edge comes from (its position in the input). */
  edgeLine: Int32Array;
  /** The edges of node n are `adjacencyEdges[adjacencyStart[n] … adjacencyStart[n + 1])`. */
  adjacencyStart: Int32Array;
  adjacencyEdges: Int32Array;
  /** The node at the other end of each `adjacencyEdges` entry, so a search reads its row in order. */
  adjacencyNodes: Int32Array;
}

/** Bits of two doubles, for hashing a vertex. */
const hashScratch = new Float64Array(2);
const hashBits = new Uint32Array(hashScratch.buffer);

function hashVertex(lon: number, lat: number): number {
  // + 0 turns −0 into 0, so the two zeros, which are equal, hash alike.
  hashScratch[0] = lon + 0;
  hashScratch[1] = lat + 0;
  let hash = Math.imul((hashBits[0] ?? 0) ^ Math.imul(hashBits[1] ?? 0, 0x27d4eb2d), 0x9e3779b1);
  hash ^= Math.imul((hashBits[2] ?? 0) ^ Math.imul(hashBits[3] ?? 0, 0x165667b1), 0x85ebca6b);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 13)) >>> 0;
}

/**
 * Builds the graph. A vertex shared exactly (same two doubles) by two lines is one node, so the
 * lines join there; a line drawn across another without a shared vertex (a bridge over a road,
 * a T whose end only touches the other line) does not join it. Repeated consecutive vertices
 * make no edge. Vertices are found with an open-addressing hash table, so building is linear
 * in the number of vertices.
 * @example buildRoadGraph([{ coordinates: [[109.6, 23.0], [109.61, 23.0]], roadClass: '县道', speed: null, name: '' }]).edgeCount // 1
 */
export function buildRoadGraph(lines: readonly RoadLine[]): RoadGraph {
  let vertexCount = 0;
  for (const line of lines) vertexCount += line.coordinates.length;
  let capacity = 16;
  while (capacity < vertexCount * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int32Array(capacity).fill(-1);
  const nodeLongitudes = new Float64Array(vertexCount);
  const nodeLatitudes = new Float64Array(vertexCount);
  // The cosine of each node's latitude, for the haversine lengths of its edges: one cosine per
  // node instead of two per edge.
  const nodeCosines = new Float64Array(vertexCount);
  let nodeCount = 0;

  const edgeLimit = Math.max(0, vertexCount - lines.length);
  const edgeFrom = new Int32Array(edgeLimit);
  const edgeTo = new Int32Array(edgeLimit);
  const edgeMetres = new Float64Array(edgeLimit);
  const edgeClass = new Uint8Array(edgeLimit);
  const edgeSpeed = new Float32Array(edgeLimit);
  const edgeLine = new Int32Array(edgeLimit);
  let edgeCount = 0;
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex] as RoadLine;
    const roadClass = Math.max(0, ROAD_CLASSES.indexOf(line.roadClass));
    const speed = line.speed !== null && line.speed > 0 ? line.speed : Number.NaN;
    const coordinates = line.coordinates;
    let previous = -1;
    let previousLongitude = 0;
    let previousLatitude = 0;
    for (let vertex = 0; vertex < coordinates.length; vertex++) {
      const position = coordinates[vertex] as LonLat;
      const lon = position[0];
      const lat = position[1];
      // The vertex's node: found in the open-addressing table, or added.
      let slot = hashVertex(lon, lat) & mask;
      let node = table[slot] ?? -1;
      while (node >= 0 && !(nodeLongitudes[node] === lon && nodeLatitudes[node] === lat)) {
        slot = (slot + 1) & mask;
        node = table[slot] ?? -1;
      }
      if (node < 0) {
        node = nodeCount++;
        table[slot] = node;
        nodeLongitudes[node] = lon;
        nodeLatitudes[node] = lat;
        nodeCosines[node] = Math.cos(lat * RADIANS_PER_DEGREE);
      }
      if (previous >= 0 && node !== previous) {
        edgeFrom[edgeCount] = previous;
        edgeTo[edgeCount] = node;
        // haversineMetres, with the two cosines read instead of computed.
        const halfLatitude = Math.sin((lat * RADIANS_PER_DEGREE - previousLatitude * RADIANS_PER_DEGREE) / 2);
        const halfLongitude = Math.sin(((lon - previousLongitude) * RADIANS_PER_DEGREE) / 2);
        const haversine =
          halfLatitude * halfLatitude +
          (nodeCosines[previous] ?? 0) * (nodeCosines[node] ?? 0) * halfLongitude * halfLongitude;
        edgeMetres[edgeCount] = 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1, haversine)));
        edgeClass[edgeCount] = roadClass;
        edgeSpeed[edgeCount] = speed;
        edgeLine[edgeCount] = lineIndex;
        edgeCount++;
      }
      previous = node;
      previousLongitude = lon;
      previousLatitude = lat;
    }
  }

  const adjacencyStart = new Int32Array(nodeCount + 1);
  for (let edge = 0; edge < edgeCount; edge++) {
    const from = (edgeFrom[edge] ?? 0) + 1;
    const to = (edgeTo[edge] ?? 0) + 1;
    adjacencyStart[from] = (adjacencyStart[from] ?? 0) + 1;
    adjacencyStart[to] = (adjacencyStart[to] ?? 0) + 1;
  }
  for (let node = 0; node < nodeCount; node++) {
    adjacencyStart[node + 1] = (adjacencyStart[node + 1] ?? 0) + (adjacencyStart[node] ?? 0);
  }
  const adjacencyEdges = new Int32Array(edgeCount * 2);
  const adjacencyNodes = new Int32Array(edgeCount * 2);
  const fill = adjacencyStart.slice(0, nodeCount);
  for (let edge = 0; edge < edgeCount; edge++) {
    const from = edgeFrom[edge] ?? 0;
    const to = edgeTo[edge] ?? 0;
    const fromSlot = fill[from] ?? 0;
    adjacencyEdges[fromSlot] = edge;
    adjacencyNodes[fromSlot] = to;
    fill[from] = fromSlot + 1;
    const toSlot = fill[to] ?? 0;
    adjacencyEdges[toSlot] = edge;
    adjacencyNodes[toSlot] = from;
    fill[to] = toSlot + 1;
  }

  return {
    nodeCount,
    edgeCount,
    nodeLongitudes: nodeLongitudes.slice(0, nodeCount),
    nodeLatitudes: nodeLatitudes.slice(0, nodeCount),
    edgeFrom: edgeFrom.slice(0, edgeCount),
    edgeTo: edgeTo.slice(0, edgeCount),
    edgeMetres: edgeMetres.slice(0, edgeCount),
    edgeClass: edgeClass.slice(0, edgeCount),
    edgeSpeed: edgeSpeed.slice(0, edgeCount),
    edgeLine: edgeLine.slice(0, edgeCount),
    adjacencyStart,
    adjacencyEdges,
    adjacencyNodes,
  };
}
