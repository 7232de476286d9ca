/**
 * The nearest site (school) of every prepared population point, for many points at once: a
 * quadtree walk that hands each node of points the short list of sites that can be nearest to
 * any point in it. Distances are compared as chords between unit vectors (monotone in the
 * great-circle distance, and a true metric, so every pruning bound is rigorous).
 */
import { EARTH_RADIUS_METRES } from '../domain/radius.ts';
import { haversineDistance } from './haversine-distance.ts';
import type { PreparedPoints } from './prepare-points.ts';

const RADIANS_PER_DEGREE = Math.PI / 180;
/**
 * Two chords closer than this (unit sphere; ≈ 6 µm on the ground) are a possible tie: the
 * exact haversine formula then decides between them, as comparing every pair would.
 */
export const TIE_CHORD = 1e-12;
/** Added to every pruning bound, far above rounding (≈ 64 µm): pruning never drops a candidate. */
const PRUNING_SLACK = 1e-11;
/**
 * The same for a difference of squared chords: a site within {@link TIE_CHORD} of the nearest
 * has |p−s|² ≤ |p−s₀|² + 4·TIE_CHORD + TIE_CHORD² (chords are at most 2); tenfold above that.
 */
const PRUNING_SLACK_SQUARED = 4e-11;
/** Below this chord (≈ 64 km) the distance comes from the chord's arcsine series; above it, from haversine. */
export const SERIES_CHORD_LIMIT = 0.01;
/**
 * Largest difference between a distance taken from the chord and `haversineDistance` for the
 * same pair, metres. Both are within about 10⁻⁸ m of the true value; this bound leaves a
 * hundredfold margin. Decisions at a threshold closer than this use the exact haversine value.
 */
export const CHORD_DISTANCE_TOLERANCE_METRES = 1e-6;

/** Nearest site of every point, by position (or by slot, from {@link findNearestSlots}). */
export interface NearestSites {
  /** Metres to the nearest site; Infinity when there is none (no sites, or a point without coordinates). */
  distances: Float64Array;
  /** Index of the nearest site in the list given; -1 when there is none. */
  nearest: Int32Array;
  /**
   * 1 where the distance is exactly `haversineDistance` (bit for bit), 0 where it comes from the
   * chord and lies within {@link CHORD_DISTANCE_TOLERANCE_METRES} of it.
   */
  exact: Uint8Array;
}

/** A node with at most this many points and sites per point is scanned rather than split further. */
const SCAN_WORK = 256;

/**
 * Great-circle metres from a chord of the unit sphere: 2R·asin(c/2), by its series (exact to
 * rounding below {@link SERIES_CHORD_LIMIT}).
 * @example chordToMetres(0.001) // ≈ 6371 m
 */
export function chordToMetres(chord: number): number {
  const half = chord / 2;
  const square = half * half;
  return 2 * EARTH_RADIUS_METRES * (half + half * square * (1 / 6 + square * (3 / 40 + square * (5 / 112))));
}

/**
 * For every prepared point, the nearest site by great-circle distance, exactly the one comparing
 * every pair finds (ties: the lower site index).
 *
 * Each quadtree node keeps the sites of its parent's list that can be nearest to some point of
 * the node: with s₀ the listed site nearest the node's centre c and ρ the node's reach, a site s
 * with |c−s|² − |c−s₀|² − 2ρ|s₀−s| above a tiny slack is farther than s₀ from every point of the
 * node (and so is any s with |c−s| > |c−s₀| + 2ρ, the cheap first test). The lists shrink to a
 * few sites (often one) a few levels down; points then compare only those. A distance is the chord's
 * arcsine (within {@link CHORD_DISTANCE_TOLERANCE_METRES} of haversine), or the exact haversine
 * value when two sites are within micrometres of a tie or the chord is long.
 * @example findNearestSites(preparePoints(points), schools).distances[0] // metres
 */
export function findNearestSites(
  prepared: PreparedPoints,
  sites: readonly { lon: number; lat: number }[],
): NearestSites {
  const { count, order } = prepared;
  const bySlot = findNearestSlots(prepared, sites);
  const distances = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  const nearest = new Int32Array(count).fill(-1);
  const exact = new Uint8Array(count).fill(1);
  for (let slot = 0; slot < order.length; slot++) {
    const position = order[slot] ?? 0;
    distances[position] = bySlot.distances[slot] ?? Number.POSITIVE_INFINITY;
    nearest[position] = bySlot.nearest[slot] ?? -1;
    exact[position] = bySlot.exact[slot] ?? 1;
  }
  return { distances, nearest, exact };
}

/**
 * {@link findNearestSites} by slot (the prepared Z-order) rather than by position: what the
 * coverage pass reads, in memory order. Reuses `into` when it has the right length.
 */
export function findNearestSlots(
  prepared: PreparedPoints,
  sites: readonly { lon: number; lat: number }[],
  into?: NearestSites,
): NearestSites {
  const slots = prepared.order.length;
  const reuse = into !== undefined && into.distances.length === slots;
  const found: NearestSites = {
    distances: reuse ? into.distances : new Float64Array(slots),
    nearest: reuse ? into.nearest : new Int32Array(slots),
    exact: reuse ? into.exact : new Uint8Array(slots),
  };
  searchSlots(prepared, sites, found);
  return found;
}

/**
 * The search of {@link findNearestSlots}, into `found`. Nothing follows its loop: code after a
 * long loop that was compiled while the loop ran (on-stack replacement) has never run, and would
 * be thrown away and entered again at the end of every call.
 */
function searchSlots(
  prepared: PreparedPoints,
  sites: readonly { lon: number; lat: number }[],
  found: NearestSites,
): void {
  const {
    coordinates,
    order,
    vectors,
    nodeStart,
    nodeEnd,
    nodeFirstChild,
    nodeChildren,
    nodeCentres,
    nodeReach,
  } = prepared;
  const { distances, nearest, exact } = found;

  const siteCount = sites.length;
  const siteVectors = new Float64Array(siteCount * 3);
  const siteLongitudes = new Float64Array(siteCount);
  const siteLatitudes = new Float64Array(siteCount);
  let arena = new Int32Array(Math.max(1024, siteCount * 4));
  let usable = 0;
  // Sites at exactly the same place as an earlier one are left out: the earlier (lower index)
  // is the one all pairs would choose, and a pile of schools geocoded to one point would
  // otherwise never leave the candidate lists.
  const latitudesAt = new Map<number, number[]>();
  for (let site = 0; site < siteCount; site++) {
    const { lon, lat } = sites[site] as { lon: number; lat: number };
    siteLongitudes[site] = lon;
    siteLatitudes[site] = lat;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const seen = latitudesAt.get(lon);
    if (seen?.includes(lat)) continue;
    if (seen) seen.push(lat);
    else latitudesAt.set(lon, [lat]);
    const latitude = lat * RADIANS_PER_DEGREE;
    const longitude = lon * RADIANS_PER_DEGREE;
    const cosine = Math.cos(latitude);
    siteVectors[site * 3] = cosine * Math.cos(longitude);
    siteVectors[site * 3 + 1] = cosine * Math.sin(longitude);
    siteVectors[site * 3 + 2] = Math.sin(latitude);
    arena[usable++] = site; // ascending: every list stays in ascending site order
  }
  if (usable === 0 || nodeStart.length === 0) {
    distances.fill(Number.POSITIVE_INFINITY);
    nearest.fill(-1);
    exact.fill(1);
    return;
  }
  const scratch = new Float64Array(usable);

  // Sites within a hair of the best chord (no two listed sites share a place): let the exact
  // haversine formula choose, the lower index on equality, as all pairs would. Rare.
  const resolveTie = (slot: number, chord: number, listStart: number, listLength: number) => {
    const position = order[slot] ?? 0;
    const x = vectors[slot * 3] ?? 0;
    const y = vectors[slot * 3 + 1] ?? 0;
    const z = vectors[slot * 3 + 2] ?? 0;
    const limit = (chord + TIE_CHORD) * (chord + TIE_CHORD);
    const lon = coordinates[position * 2] ?? 0;
    const lat = coordinates[position * 2 + 1] ?? 0;
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let k = listStart; k < listStart + listLength; k++) {
      const site = arena[k] ?? 0;
      const dx = x - (siteVectors[site * 3] ?? 0);
      const dy = y - (siteVectors[site * 3 + 1] ?? 0);
      const dz = z - (siteVectors[site * 3 + 2] ?? 0);
      if (dx * dx + dy * dy + dz * dz > limit) continue;
      const metres = haversineDistance([lon, lat], [siteLongitudes[site] ?? 0, siteLatitudes[site] ?? 0]);
      if (metres < bestDistance) {
        bestDistance = metres;
        best = site;
      }
    }
    nearest[slot] = best;
    distances[slot] = bestDistance;
    exact[slot] = 1;
  };
  // A long chord: the exact haversine value (the series is exact only for short chords).
  const farDistance = (slot: number, site: number) => {
    const position = order[slot] ?? 0;
    return haversineDistance(
      [coordinates[position * 2] ?? 0, coordinates[position * 2 + 1] ?? 0],
      [siteLongitudes[site] ?? 0, siteLatitudes[site] ?? 0],
    );
  };

  // Depth first over the quadtree with an explicit stack of (node, parent list start, length).
  // A node's own list is written right after its parent's; its children's lists after its own.
  let stack = new Int32Array(3 * 64);
  let depth = 0;
  stack[0] = 0;
  stack[1] = 0;
  stack[2] = usable;
  depth = 1;
  while (depth > 0) {
    depth--;
    const node = stack[depth * 3] ?? 0;
    const parentStart = stack[depth * 3 + 1] ?? 0;
    const parentLength = stack[depth * 3 + 2] ?? 0;
    if (arena.length < parentStart + 2 * parentLength) {
      const grown = new Int32Array(Math.max(arena.length * 2, parentStart + 2 * parentLength));
      grown.set(arena);
      arena = grown;
    }
    const list = arena;
    const cx = nodeCentres[node * 3] ?? 0;
    const cy = nodeCentres[node * 3 + 1] ?? 0;
    const cz = nodeCentres[node * 3 + 2] ?? 0;
    let least = Number.POSITIVE_INFINITY;
    let closest = -1;
    for (let k = 0; k < parentLength; k++) {
      const site = list[parentStart + k] ?? 0;
      const dx = cx - (siteVectors[site * 3] ?? 0);
      const dy = cy - (siteVectors[site * 3 + 1] ?? 0);
      const dz = cz - (siteVectors[site * 3 + 2] ?? 0);
      const squared = dx * dx + dy * dy + dz * dz;
      scratch[k] = squared;
      if (squared < least) {
        least = squared;
        closest = site;
      }
    }
    // s₀: the listed site nearest the centre c; ρ: the node's reach. For a point p = c + e
    // (|e| ≤ ρ), |p−s|² − |p−s₀|² = |c−s|² − |c−s₀|² + 2e·(s₀−s) ≥ |c−s|² − |c−s₀|² − 2ρ|s₀−s|.
    // A site for which this bound exceeds the slack is farther than s₀ from every point of the
    // node, by more than a tie: it cannot be the nearest anywhere here.
    const reach = nodeReach[node] ?? 2;
    const ball = Math.sqrt(least) + 2 * reach + PRUNING_SLACK; // implied by the above: a cheap first test
    const ballSquared = ball * ball;
    const x0 = siteVectors[closest * 3] ?? 0;
    const y0 = siteVectors[closest * 3 + 1] ?? 0;
    const z0 = siteVectors[closest * 3 + 2] ?? 0;
    const ownStart = parentStart + parentLength;
    let own = ownStart;
    for (let k = 0; k < parentLength; k++) {
      const squared = scratch[k] ?? 0;
      if (squared > ballSquared) continue;
      const site = list[parentStart + k] ?? 0;
      const dx = x0 - (siteVectors[site * 3] ?? 0);
      const dy = y0 - (siteVectors[site * 3 + 1] ?? 0);
      const dz = z0 - (siteVectors[site * 3 + 2] ?? 0);
      if (squared - least - 2 * reach * Math.sqrt(dx * dx + dy * dy + dz * dz) <= PRUNING_SLACK_SQUARED)
        list[own++] = site;
    }
    const ownLength = own - ownStart;
    const start = nodeStart[node] ?? 0;
    const end = nodeEnd[node] ?? 0;
    const children = nodeChildren[node] ?? 0;

    if (ownLength === 1) {
      // One site can be nearest: every point of the node gets it.
      const site = list[ownStart] ?? 0;
      const sx = siteVectors[site * 3] ?? 0;
      const sy = siteVectors[site * 3 + 1] ?? 0;
      const sz = siteVectors[site * 3 + 2] ?? 0;
      for (let slot = start; slot < end; slot++) {
        const dx = (vectors[slot * 3] ?? 0) - sx;
        const dy = (vectors[slot * 3 + 1] ?? 0) - sy;
        const dz = (vectors[slot * 3 + 2] ?? 0) - sz;
        const chord = Math.sqrt(dx * dx + dy * dy + dz * dz);
        nearest[slot] = site;
        if (chord <= SERIES_CHORD_LIMIT) {
          distances[slot] = chordToMetres(chord);
          exact[slot] = 0;
        } else {
          distances[slot] = farDistance(slot, site);
          exact[slot] = 1;
        }
      }
    } else if (children === 0 || ownLength <= 2 || (end - start) * ownLength <= SCAN_WORK) {
      // Few enough: every point of the node compares the listed sites.
      const listEnd = ownStart + ownLength;
      for (let slot = start; slot < end; slot++) {
        const x = vectors[slot * 3] ?? 0;
        const y = vectors[slot * 3 + 1] ?? 0;
        const z = vectors[slot * 3 + 2] ?? 0;
        let best = Number.POSITIVE_INFINITY;
        let second = Number.POSITIVE_INFINITY;
        let bestSite = -1;
        for (let k = ownStart; k < listEnd; k++) {
          const site = list[k] ?? 0;
          const dx = x - (siteVectors[site * 3] ?? 0);
          const dy = y - (siteVectors[site * 3 + 1] ?? 0);
          const dz = z - (siteVectors[site * 3 + 2] ?? 0);
          const squared = dx * dx + dy * dy + dz * dz;
          if (squared < best) {
            second = best;
            best = squared;
            bestSite = site;
          } else if (squared < second) second = squared;
        }
        const chord = Math.sqrt(best);
        if (second <= (chord + TIE_CHORD) * (chord + TIE_CHORD)) resolveTie(slot, chord, ownStart, ownLength);
        else {
          nearest[slot] = bestSite;
          if (chord <= SERIES_CHORD_LIMIT) {
            distances[slot] = chordToMetres(chord);
            exact[slot] = 0;
          } else {
            distances[slot] = farDistance(slot, bestSite);
            exact[slot] = 1;
          }
        }
      }
    } else {
      const first = nodeFirstChild[node] ?? 0;
      if (stack.length < (depth + children) * 3) {
        const grown = new Int32Array(stack.length * 2);
        grown.set(stack);
        stack = grown;
      }
      // Pushed last to first, so the first child is taken first (memory order).
      for (let child = first + children - 1; child >= first; child--) {
        stack[depth * 3] = child;
        stack[depth * 3 + 1] = ownStart;
        stack[depth * 3 + 2] = ownLength;
        depth++;
      }
    }
  }
}
