/**
 * Finding where a polygon's rings cross: a ring that crosses itself (a bowtie, a loop left by
 * digitising) or a hole that crosses its outer ring. Such polygons break point-in-polygon
 * tests and areas, so boundary imports report them. A sweep over segments sorted by their
 * west end keeps this near n log n for real boundaries with thousands of vertices, where
 * comparing every pair would take seconds.
 */
import type { Position } from 'geojson';

/** One crossing: the rings involved (0 = outer ring) and the crossing point. */
export interface RingCrossing {
  ring: number;
  otherRing: number;
  position: [number, number];
}

interface Segment {
  ring: number;
  index: number;
  /** Segments in the ring, to know the last one touches the first. */
  count: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  west: number;
  east: number;
  south: number;
  north: number;
}

function segmentsOf(rings: readonly Position[][]): Segment[] {
  const segments: Segment[] = [];
  rings.forEach((ring, ringIndex) => {
    const count = ring.length - 1;
    for (let index = 0; index < count; index++) {
      const [x1 = Number.NaN, y1 = Number.NaN] = ring[index] ?? [];
      const [x2 = Number.NaN, y2 = Number.NaN] = ring[index + 1] ?? [];
      // A repeated vertex makes a zero-length segment: it crosses nothing.
      if (x1 === x2 && y1 === y2) continue;
      segments.push({
        ring: ringIndex,
        index,
        count,
        x1,
        y1,
        x2,
        y2,
        west: Math.min(x1, x2),
        east: Math.max(x1, x2),
        south: Math.min(y1, y2),
        north: Math.max(y1, y2),
      });
    }
  });
  return segments;
}

function neighbours(a: Segment, b: Segment): boolean {
  if (a.ring !== b.ring) return false;
  const gap = Math.abs(a.index - b.index);
  return gap <= 1 || gap === a.count - 1;
}

/** The point where the two segments cross strictly inside both, or null (touching is not crossing). */
function crossing(a: Segment, b: Segment): [number, number] | null {
  const dxA = a.x2 - a.x1;
  const dyA = a.y2 - a.y1;
  const dxB = b.x2 - b.x1;
  const dyB = b.y2 - b.y1;
  const denominator = dxA * dyB - dyA * dxB;
  if (denominator === 0) return null;
  const t = ((b.x1 - a.x1) * dyB - (b.y1 - a.y1) * dxB) / denominator;
  const u = ((b.x1 - a.x1) * dyA - (b.y1 - a.y1) * dxA) / denominator;
  const epsilon = 1e-12;
  if (t <= epsilon || t >= 1 - epsilon || u <= epsilon || u >= 1 - epsilon) return null;
  return [a.x1 + t * dxA, a.y1 + t * dyA];
}

/**
 * Where the rings of one polygon cross themselves or each other, in sweep order.
 * @param limit stop after this many crossings (one is enough to say a polygon is invalid)
 * @example findPolygonCrossings([[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]) // [{ ring: 0, otherRing: 0, position: [0.5, 0.5] }]
 */
export function findPolygonCrossings(rings: readonly Position[][], limit = 1): RingCrossing[] {
  const segments = segmentsOf(rings).sort((a, b) => a.west - b.west);
  const crossings: RingCrossing[] = [];
  let active: Segment[] = [];
  for (const segment of segments) {
    active = active.filter((other) => other.east >= segment.west);
    for (const other of active) {
      if (other.north < segment.south || other.south > segment.north || neighbours(segment, other)) continue;
      const position = crossing(segment, other);
      if (!position) continue;
      crossings.push({
        ring: Math.min(segment.ring, other.ring),
        otherRing: Math.max(segment.ring, other.ring),
        position,
      });
      if (crossings.length >= limit) return crossings;
    }
    active.push(segment);
  }
  return crossings;
}
