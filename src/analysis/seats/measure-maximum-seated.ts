/**
 * The most children any assignment could seat within the radii: a maximum flow beside the
 * nearest-first allocation, so the planner sees what that order costs.
 */
import type { SeatAllocation } from './allocate-seats.ts';
import type { EligiblePairs } from './find-eligible-pairs.ts';

const SOURCE = 0;
const SINK = 1;

/**
 * The flow network source → place (capacity: its children) → school (each eligible pair) → sink
 * (capacity: its seats), as arcs in pairs (arc a and its reverse a ^ 1) with residual capacities.
 */
class FlowNetwork {
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly to: Int32Array;
  readonly capacity: Int32Array;
  private arcs = 0;

  constructor(nodes: number, arcPairs: number) {
    this.head = new Int32Array(nodes).fill(-1);
    this.next = new Int32Array(arcPairs * 2);
    this.to = new Int32Array(arcPairs * 2);
    this.capacity = new Int32Array(arcPairs * 2);
  }

  /** An arc from → to of `capacity` already carrying `flow`. */
  add(from: number, to: number, capacity: number, flow: number): void {
    const arc = this.arcs;
    this.to[arc] = to;
    this.capacity[arc] = capacity - flow;
    this.next[arc] = this.head[from] ?? -1;
    this.head[from] = arc;
    this.to[arc + 1] = from;
    this.capacity[arc + 1] = flow;
    this.next[arc + 1] = this.head[to] ?? -1;
    this.head[to] = arc + 1;
    this.arcs += 2;
  }
}

/** Breadth-first levels from the source over arcs with room; false when the sink is out of reach. */
function levelNodes(network: FlowNetwork, level: Int32Array, queue: Int32Array): boolean {
  level.fill(-1);
  level[SOURCE] = 0;
  queue[0] = SOURCE;
  let read = 0;
  let write = 1;
  while (read < write) {
    const node = queue[read++] ?? 0;
    for (let arc = network.head[node] ?? -1; arc !== -1; arc = network.next[arc] ?? -1) {
      const target = network.to[arc] ?? 0;
      if ((network.capacity[arc] ?? 0) > 0 && (level[target] ?? 0) < 0) {
        level[target] = (level[node] ?? 0) + 1;
        queue[write++] = target;
      }
    }
  }
  return (level[SINK] ?? -1) >= 0;
}

/** A blocking flow along the levels (Dinic), by an explicit stack of arcs: no recursion. */
function pushBlockingFlow(network: FlowNetwork, level: Int32Array, path: Int32Array): number {
  const { head, next, to, capacity } = network;
  const current = head.slice();
  let pushed = 0;
  let depth = 0;
  let node = SOURCE;
  for (;;) {
    if (node === SINK) {
      let bottleneck = Number.POSITIVE_INFINITY;
      for (let step = 0; step < depth; step++) {
        bottleneck = Math.min(bottleneck, capacity[path[step] ?? 0] ?? 0);
      }
      let cut = depth;
      for (let step = 0; step < depth; step++) {
        const arc = path[step] ?? 0;
        capacity[arc] = (capacity[arc] ?? 0) - bottleneck;
        capacity[arc ^ 1] = (capacity[arc ^ 1] ?? 0) + bottleneck;
        if (capacity[arc] === 0 && cut === depth) cut = step;
      }
      pushed += bottleneck;
      // Back to the tail of the first arc that is now full; the search goes on from there.
      depth = cut;
      node = depth === 0 ? SOURCE : (to[path[depth - 1] ?? 0] ?? 0);
      continue;
    }
    let arc = current[node] ?? -1;
    const wanted = (level[node] ?? 0) + 1;
    while (arc !== -1 && !((capacity[arc] ?? 0) > 0 && level[to[arc] ?? 0] === wanted)) arc = next[arc] ?? -1;
    current[node] = arc;
    if (arc !== -1) {
      path[depth++] = arc;
      node = to[arc] ?? 0;
      continue;
    }
    if (node === SOURCE) return pushed;
    // A dead end: no path to the sink goes through this node in this phase.
    level[node] = -1;
    depth -= 1;
    const back = path[depth] ?? 0;
    node = to[back ^ 1] ?? 0;
    current[node] = next[current[node] ?? -1] ?? -1;
  }
}

/**
 * The largest number of children that any assignment of children to seats at eligible schools
 * could seat (a maximum flow, Dinic's algorithm). Started from a given allocation (the
 * nearest-first one), it only has to find the improvements, which are few. So
 * seated ≤ this ≤ min(children, seats).
 * @param start a feasible allocation on the same pairs, children and seats to start from
 * @example measureMaximumSeated(pairs, children, seats, allocateSeats(pairs, order, children, seats)) // ≥ its .seated
 */
export function measureMaximumSeated(
  pairs: EligiblePairs,
  children: ArrayLike<number>,
  seats: ArrayLike<number>,
  start?: SeatAllocation,
): number {
  const places = pairs.reach.length;
  const schools = seats.length;
  const nodes = 2 + places + schools;
  const network = new FlowNetwork(nodes, places + schools + pairs.count);
  const childrenAt = (place: number) => Math.max(0, Math.floor(children[place] ?? 0));
  const seatsAt = (school: number) => Math.max(0, Math.floor(seats[school] ?? 0));
  let flow = 0;
  for (let place = 0; place < places; place++) {
    const count = childrenAt(place);
    if (count === 0 || (pairs.reach[place] ?? 0) === 0) continue;
    const seated = start?.seatedAtPlace[place] ?? 0;
    network.add(SOURCE, 2 + place, count, seated);
    flow += seated;
  }
  for (let pair = 0; pair < pairs.count; pair++) {
    const place = pairs.point[pair] ?? 0;
    const school = pairs.school[pair] ?? 0;
    const count = childrenAt(place);
    if (count === 0 || seatsAt(school) === 0) continue;
    network.add(2 + place, 2 + places + school, count, start?.pairChildren[pair] ?? 0);
  }
  for (let school = 0; school < schools; school++) {
    const count = seatsAt(school);
    if (count === 0) continue;
    network.add(2 + places + school, SINK, count, start?.allocatedAtSchool[school] ?? 0);
  }
  const level = new Int32Array(nodes);
  const queue = new Int32Array(nodes);
  const path = new Int32Array(nodes);
  while (levelNodes(network, level, queue)) flow += pushBlockingFlow(network, level, path);
  return flow;
}
