/**
 * Each quadtree node's bound on the current nearest-site distances of its points, as a chord of
 * the unit sphere: a site farther than that from all of a node's points takes none of them. Made
 * from every distance once, then made again only for the leaves of the points whose distance
 * changed and their ancestors.
 */
import { EARTH_RADIUS_METRES } from '../domain/radius.ts';
import { CHORD_DISTANCE_TOLERANCE_METRES, TIE_CHORD } from './find-nearest-sites.ts';
import type { PreparedPoints } from './prepare-points.ts';

/** Added to a node's bound, far above rounding (≈ 6 mm on the ground): pruning never drops a point. */
const NODE_SLACK = 1e-9;

/** Metres to a chord of the unit sphere, never below the chord of that distance (with slack). */
function chordAbove(metres: number): number {
  // A great-circle distance d has chord 2·sin(d / 2R) ≤ d / R; distances are within 10⁻⁶ m of d.
  return ((metres + CHORD_DISTANCE_TOLERANCE_METRES) / EARTH_RADIUS_METRES) * (1 + 1e-9) + NODE_SLACK;
}

/**
 * For every quadtree node, a chord no point of it can exceed to its current nearest site, plus a
 * tie: an added site farther than that from all of the node's points takes none of them.
 * Infinity where a point has no site.
 */
export function nodeCurrentReach(prepared: PreparedPoints, distances: Float64Array): Float64Array {
  const nodes = prepared.nodeStart.length;
  const reach = new Float64Array(nodes);
  // Breadth first: children come after their parent, so a reverse pass sees children first.
  for (let node = nodes - 1; node >= 0; node--) reachOfNode(prepared, distances, reach, node);
  return reach;
}

/** Sets `reach[node]` from its points' distances (a leaf) or its children's reach. */
function reachOfNode(
  prepared: PreparedPoints,
  distances: Float64Array,
  reach: Float64Array,
  node: number,
): void {
  const { nodeStart, nodeEnd, nodeFirstChild, nodeChildren } = prepared;
  const children = nodeChildren[node] ?? 0;
  let farthest = 0;
  if (children === 0) {
    const end = nodeEnd[node] ?? 0;
    for (let slot = nodeStart[node] ?? 0; slot < end; slot++) {
      const metres = distances[slot] ?? Number.POSITIVE_INFINITY;
      if (!(metres <= farthest)) farthest = Number.isNaN(metres) ? Number.POSITIVE_INFINITY : metres;
    }
    reach[node] =
      farthest === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : chordAbove(farthest) + TIE_CHORD;
  } else {
    const first = nodeFirstChild[node] ?? 0;
    let chord = 0;
    for (let child = first; child < first + children; child++)
      chord = Math.max(chord, reach[child] ?? Number.POSITIVE_INFINITY);
    reach[node] = chord;
  }
}

/** Each node's parent (−1 for the root) and each slot's leaf, made once per prepared points. */
function treeLinks(prepared: PreparedPoints): { parent: Int32Array; leafOfSlot: Int32Array } {
  const known = links.get(prepared);
  if (known) return known;
  const { nodeStart, nodeEnd, nodeFirstChild, nodeChildren } = prepared;
  const nodes = nodeStart.length;
  const parent = new Int32Array(nodes).fill(-1);
  const leafOfSlot = new Int32Array(prepared.order.length).fill(-1);
  for (let node = 0; node < nodes; node++) {
    const children = nodeChildren[node] ?? 0;
    const first = nodeFirstChild[node] ?? 0;
    for (let child = first; child < first + children; child++) parent[child] = node;
    if (children === 0) leafOfSlot.fill(node, nodeStart[node] ?? 0, nodeEnd[node] ?? 0);
  }
  const made = { parent, leafOfSlot };
  links.set(prepared, made);
  return made;
}
const links = new WeakMap<PreparedPoints, { parent: Int32Array; leafOfSlot: Int32Array }>();

/**
 * Brings `reach` up to date for the slots whose distance changed: their leaves made again from
 * their points, then the leaves' ancestors from their children — as `nodeCurrentReach` makes it.
 */
export function updateReach(
  prepared: PreparedPoints,
  distances: Float64Array,
  reach: Float64Array,
  changed: readonly number[],
): void {
  const { parent, leafOfSlot } = treeLinks(prepared);
  const dirty = new Set<number>();
  for (const slot of changed) {
    let node = leafOfSlot[slot] ?? -1;
    // A node already listed has its ancestors listed too.
    while (node >= 0 && !dirty.has(node)) {
      dirty.add(node);
      node = parent[node] ?? -1;
    }
  }
  // Children have higher numbers than their parent: the highest first.
  for (const node of Int32Array.from(dirty).sort().reverse()) reachOfNode(prepared, distances, reach, node);
}
