/**
 * The leg from each place (a population point, a school, a grid cell) to the road network: a
 * straight line to the closest point of the closest road segment that the line reaches without
 * crossing a barrier. The segment is split there, so the place enters the network part way
 * along it. A place with no such segment has no leg and is unreachable by road.
 */

import { METRES_PER_DEGREE } from '../build-grid-index.ts';
import { haversineDistance } from '../haversine-distance.ts';
import { crossesBarrier } from './crosses-barrier.ts';
import type { TravelNetwork } from './prepare-travel-network.ts';

/** Where each place joins the network, by place. */
export interface PlaceSnaps {
  /** The edge the leg ends on; −1 when the place has no leg. */
  edge: Int32Array;
  /** Where on the edge, 0 at `edgeFrom` to 1 at `edgeTo`. */
  fraction: Float64Array;
  /** Haversine length of the leg, metres (Infinity without a leg). */
  legMetres: Float64Array;
}

/**
 * Snaps places to the network. The search looks at the grid cells in rings around the place;
 * after each ring every segment nearer than the ring's inner edge is final, and these are tried
 * in order of distance until one's leg crosses no barrier. Distances are measured in a local
 * plane scaled at the place's own latitude, so they are exact to well under a metre at the
 * scale of a leg; the leg's length is then the haversine distance.
 * @example snapPlaces(network, schools).edge[0] // the edge school 0 joins, or −1
 */
export function snapPlaces(
  network: TravelNetwork,
  places: readonly { lon: number; lat: number }[],
): PlaceSnaps {
  const { roadIndex, barrierIndex } = network;
  const count = places.length;
  const edge = new Int32Array(count).fill(-1);
  const fraction = new Float64Array(count);
  const legMetres = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  if (roadIndex.count === 0) return { edge, fraction, legMetres };
  const { columns, rows, west, south, cellLongitude, cellLatitude, cellStart, items } = roadIndex;
  const { startLongitudes, startLatitudes, endLongitudes, endLatitudes } = roadIndex;
  const seen = new Int32Array(roadIndex.count).fill(-1);
  const barrierStamps = new Int32Array(barrierIndex.count);
  let barrierStamp = 0;
  // Candidates of the current place: segment, squared distance, fraction; kept sorted lazily.
  let candidateSegments = new Int32Array(64);
  let candidateDistances = new Float64Array(64);
  let candidateFractions = new Float64Array(64);

  for (let place = 0; place < count; place++) {
    const { lon, lat } = places[place] as { lon: number; lat: number };
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const scaleX = Math.cos((lat * Math.PI) / 180) * METRES_PER_DEGREE;
    const scaleY = METRES_PER_DEGREE;
    // The ring width in metres at this latitude: the smaller side of a cell.
    const ringMetres = Math.min(cellLongitude * scaleX, cellLatitude * scaleY);
    const column = Math.floor((lon - west) / cellLongitude);
    const row = Math.floor((lat - south) / cellLatitude);
    // Rings needed to cover the whole grid from this cell.
    const lastRing = Math.max(column, columns - 1 - column, row, rows - 1 - row, 0);
    let candidates = 0;
    let tried = 0;
    let found = false;
    for (let ring = 0; ring <= lastRing && !found; ring++) {
      for (let rowAt = row - ring; rowAt <= row + ring; rowAt++) {
        if (rowAt < 0 || rowAt >= rows) continue;
        const edgeRow = rowAt === row - ring || rowAt === row + ring;
        const step = edgeRow ? 1 : 2 * ring;
        for (let columnAt = column - ring; columnAt <= column + ring; columnAt += Math.max(1, step)) {
          if (columnAt < 0 || columnAt >= columns) continue;
          const cell = rowAt * columns + columnAt;
          const end = cellStart[cell + 1] ?? 0;
          for (let slot = cellStart[cell] ?? 0; slot < end; slot++) {
            const segment = items[slot] ?? 0;
            if (seen[segment] === place) continue;
            seen[segment] = place;
            const ax = ((startLongitudes[segment] ?? 0) - lon) * scaleX;
            const ay = ((startLatitudes[segment] ?? 0) - lat) * scaleY;
            const dx = ((endLongitudes[segment] ?? 0) - lon) * scaleX - ax;
            const dy = ((endLatitudes[segment] ?? 0) - lat) * scaleY - ay;
            const length = dx * dx + dy * dy;
            const t = length > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / length)) : 0;
            const x = ax + t * dx;
            const y = ay + t * dy;
            if (candidates === candidateSegments.length) {
              const grow = (array: Float64Array) => {
                const larger = new Float64Array(array.length * 2);
                larger.set(array);
                return larger;
              };
              const segmentsLarger = new Int32Array(candidateSegments.length * 2);
              segmentsLarger.set(candidateSegments);
              candidateSegments = segmentsLarger;
              candidateDistances = grow(candidateDistances);
              candidateFractions = grow(candidateFractions);
            }
            candidateSegments[candidates] = segment;
            candidateDistances[candidates] = x * x + y * y;
            candidateFractions[candidates] = t;
            candidates++;
          }
        }
      }
      // Every segment not seen yet lies beyond this ring: those nearer than that are final.
      const final = ring === lastRing ? Number.POSITIVE_INFINITY : (ring * ringMetres) ** 2;
      for (;;) {
        // The nearest untried candidate (selection: the lists stay short).
        let best = -1;
        let bestDistance = Number.POSITIVE_INFINITY;
        for (let candidate = tried; candidate < candidates; candidate++) {
          const distance = candidateDistances[candidate] ?? 0;
          if (
            distance < bestDistance ||
            (distance === bestDistance &&
              best >= 0 &&
              (candidateSegments[candidate] ?? 0) < (candidateSegments[best] ?? 0))
          ) {
            bestDistance = distance;
            best = candidate;
          }
        }
        if (best < 0 || bestDistance > final) break;
        // Move it to the tried part of the list.
        const segment = candidateSegments[best] ?? 0;
        const t = candidateFractions[best] ?? 0;
        candidateSegments[best] = candidateSegments[tried] ?? 0;
        candidateDistances[best] = candidateDistances[tried] ?? 0;
        candidateFractions[best] = candidateFractions[tried] ?? 0;
        tried++;
        const x1 = startLongitudes[segment] ?? 0;
        const y1 = startLatitudes[segment] ?? 0;
        const snappedLon = x1 + t * ((endLongitudes[segment] ?? 0) - x1);
        const snappedLat = y1 + t * ((endLatitudes[segment] ?? 0) - y1);
        barrierStamp++;
        if (crossesBarrier(barrierIndex, lon, lat, snappedLon, snappedLat, barrierStamps, barrierStamp))
          continue;
        edge[place] = segment;
        fraction[place] = t;
        legMetres[place] = haversineDistance([lon, lat], [snappedLon, snappedLat]);
        found = true;
        break;
      }
    }
  }
  return { edge, fraction, legMetres };
}
