/**
 * The previous method, as it stood before the typed-array quick paths (kept only to be timed
 * beside the current one in scripts/bench/travel-province-steps.ts; never used by the atlas).
 *
 * The leg from each place (a population point, a school, a grid cell) to the road network: a
 * straight line to the closest point of the closest road segment that the line reaches without
 * crossing a barrier. The segment is split there, so the place enters the network part way
 * along it. A place with no such segment within {@link LONGEST_LEG_METRES} is unreachable.
 */
import { METRES_PER_DEGREE } from '../../../src/analysis/build-grid-index.ts';
import { haversineMetres } from '../../../src/analysis/haversine-distance.ts';
import { crossesBarrier } from '../../../src/analysis/travel/crosses-barrier.ts';
import { MinHeap } from './min-heap.ts';
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
 * The longest leg: 15 km, five hours on foot off the road. A place farther than this from every
 * road it can reach is unreachable; the limit also ends the search of a place that no road on
 * its side of a river reaches, which would otherwise look at the whole network.
 */
export const LONGEST_LEG_METRES = 15_000;

/**
 * Candidates across a barrier tried before a place counts as cut off: when the 256 nearest road
 * points all lie across a river, the place is on an island or the far bank, and a search over
 * the rest of the network would only cost time.
 */
export const MOST_BLOCKED_LEGS = 256;

/** The candidate legs of one place: a segment and where on it, taken nearest first. */
class Candidates {
  segments = new Int32Array(64);
  fractions = new Float64Array(64);
  size = 0;
  private readonly queue = new MinHeap(64);

  clear(): void {
    this.size = 0;
    this.queue.clear();
  }

  add(segment: number, fraction: number, squaredDistance: number): void {
    if (this.size === this.segments.length) {
      const segments = new Int32Array(this.size * 2);
      segments.set(this.segments);
      this.segments = segments;
      const fractions = new Float64Array(this.size * 2);
      fractions.set(this.fractions);
      this.fractions = fractions;
    }
    this.segments[this.size] = segment;
    this.fractions[this.size] = fraction;
    this.queue.push(squaredDistance, this.size);
    this.size++;
  }

  /** The nearest candidate not yet taken, if it is no farther than `final` (squared); else −1. */
  takeNearest(final: number): number {
    if (this.queue.size === 0 || this.queue.peekKey() > final) return -1;
    return this.queue.pop();
  }
}

/**
 * The places in the order of the grid cells they fall in (a counting sort), so that places
 * searched one after another read the same cells, which are then in the processor's cache.
 */
function cellOrder(network: TravelNetwork, longitudes: Float64Array, latitudes: Float64Array): Int32Array {
  const { columns, rows, west, south, cellLongitude, cellLatitude } = network.roadIndex;
  const count = longitudes.length;
  const cells = columns * rows;
  const cellOfPlace = new Int32Array(count);
  const start = new Int32Array(cells + 2);
  for (let place = 0; place < count; place++) {
    const lon = longitudes[place] ?? Number.NaN;
    const lat = latitudes[place] ?? Number.NaN;
    const column = Math.min(columns - 1, Math.max(0, Math.floor((lon - west) / cellLongitude)));
    const row = Math.min(rows - 1, Math.max(0, Math.floor((lat - south) / cellLatitude)));
    // Places without coordinates go last.
    const cell = Number.isFinite(lon) && Number.isFinite(lat) ? row * columns + column : cells;
    cellOfPlace[place] = cell;
    start[cell + 1] = (start[cell + 1] ?? 0) + 1;
  }
  for (let cell = 0; cell <= cells; cell++) start[cell + 1] = (start[cell + 1] ?? 0) + (start[cell] ?? 0);
  const order = new Int32Array(count);
  for (let place = 0; place < count; place++) {
    const cell = cellOfPlace[place] ?? 0;
    order[start[cell] ?? 0] = place;
    start[cell] = (start[cell] ?? 0) + 1;
  }
  return order;
}

/** One search at a time over a network, with buffers reused from place to place. */
class LegSearch {
  private readonly barrierStamps: Int32Array;
  private barrierStamp = 0;
  private readonly candidates = new Candidates();
  /** The last leg found: its segment (−1: none), fraction and end point. */
  segment = -1;
  fraction = 0;
  endLongitude = 0;
  endLatitude = 0;

  constructor(private readonly network: TravelNetwork) {
    this.barrierStamps = new Int32Array(network.barrierIndex.count);
  }

  /**
   * Adds the closest point of every segment in a cell as a candidate. A segment listed in several
   * cells may come twice: cheaper than marking each one seen, and harmless.
   */
  private scanCell(cell: number, lon: number, lat: number, scaleX: number, scaleY: number): void {
    const index = this.network.roadIndex;
    const { cellStart, items } = index;
    const { startLongitudes, startLatitudes, endLongitudes, endLatitudes } = index.slots;
    const end = cellStart[cell + 1] ?? 0;
    for (let slot = cellStart[cell] ?? 0; slot < end; slot++) {
      const ax = ((startLongitudes[slot] ?? 0) - lon) * scaleX;
      const ay = ((startLatitudes[slot] ?? 0) - lat) * scaleY;
      const dx = ((endLongitudes[slot] ?? 0) - lon) * scaleX - ax;
      const dy = ((endLatitudes[slot] ?? 0) - lat) * scaleY - ay;
      const length = dx * dx + dy * dy;
      const t = length > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / length)) : 0;
      const x = ax + t * dx;
      const y = ay + t * dy;
      this.candidates.add(items[slot] ?? 0, t, x * x + y * y);
    }
  }

  /** Finds the leg of one place; returns whether there is one, and leaves it in the search's fields. */
  snap(lon: number, lat: number): boolean {
    const index = this.network.roadIndex;
    const { columns, rows, west, south, cellLongitude, cellLatitude } = index;
    const { startLongitudes, startLatitudes, endLongitudes, endLatitudes } = index;
    const candidates = this.candidates;
    const scaleX = Math.cos((lat * Math.PI) / 180) * METRES_PER_DEGREE;
    const scaleY = METRES_PER_DEGREE;
    // The ring width in metres at this latitude: the smaller side of a cell.
    const ringMetres = Math.min(cellLongitude * scaleX, cellLatitude * scaleY);
    const column = Math.floor((lon - west) / cellLongitude);
    const row = Math.floor((lat - south) / cellLatitude);
    // Rings needed to cover the whole grid from this cell, or to reach the longest leg.
    const lastRing = Math.min(
      Math.max(column, columns - 1 - column, row, rows - 1 - row, 0),
      Math.ceil(LONGEST_LEG_METRES / ringMetres) + 1,
    );
    const longest = LONGEST_LEG_METRES * LONGEST_LEG_METRES;
    candidates.clear();
    let blocked = 0;
    for (let ring = 0; ring <= lastRing && blocked < MOST_BLOCKED_LEGS; ring++) {
      for (let rowAt = row - ring; rowAt <= row + ring; rowAt++) {
        if (rowAt < 0 || rowAt >= rows) continue;
        const step = rowAt === row - ring || rowAt === row + ring ? 1 : Math.max(1, 2 * ring);
        for (let columnAt = column - ring; columnAt <= column + ring; columnAt += step) {
          if (columnAt >= 0 && columnAt < columns)
            this.scanCell(rowAt * columns + columnAt, lon, lat, scaleX, scaleY);
        }
      }
      // Every segment not seen yet lies outside the box of the rings so far: candidates nearer
      // than the box's nearest side are final.
      const inner = Math.min(
        (lon - (west + (column - ring) * cellLongitude)) * scaleX,
        (west + (column + ring + 1) * cellLongitude - lon) * scaleX,
        (lat - (south + (row - ring) * cellLatitude)) * scaleY,
        (south + (row + ring + 1) * cellLatitude - lat) * scaleY,
      );
      const final = Math.min(longest, ring === lastRing ? Number.POSITIVE_INFINITY : inner * inner);
      for (let at = candidates.takeNearest(final); at >= 0; at = candidates.takeNearest(final)) {
        const segment = candidates.segments[at] ?? 0;
        const t = candidates.fractions[at] ?? 0;
        const x1 = startLongitudes[segment] ?? 0;
        const y1 = startLatitudes[segment] ?? 0;
        const x2 = endLongitudes[segment] ?? 0;
        const y2 = endLatitudes[segment] ?? 0;
        const snappedLon = x1 + t * (x2 - x1);
        const snappedLat = y1 + t * (y2 - y1);
        this.barrierStamp++;
        if (
          crossesBarrier(
            // The barrier test reads the grid's cells and segments, which this grid has alike.
            this.network.barrierIndex as unknown as Parameters<typeof crossesBarrier>[0],
            lon,
            lat,
            snappedLon,
            snappedLat,
            this.barrierStamps,
            this.barrierStamp,
          )
        ) {
          if (++blocked >= MOST_BLOCKED_LEGS) break;
          if (t > 0 && t < 1) {
            // The two ends of the segment, as candidates of their own.
            const startX = (x1 - lon) * scaleX;
            const startY = (y1 - lat) * scaleY;
            const endX = (x2 - lon) * scaleX;
            const endY = (y2 - lat) * scaleY;
            candidates.add(segment, 0, startX * startX + startY * startY);
            candidates.add(segment, 1, endX * endX + endY * endY);
          }
          continue;
        }
        this.segment = segment;
        this.fraction = t;
        this.endLongitude = snappedLon;
        this.endLatitude = snappedLat;
        return true;
      }
    }
    this.segment = -1;
    return false;
  }
}

/**
 * Snaps places to the network. The search looks at the grid cells in rings around the place;
 * after each ring every candidate nearer than the nearest side of the rings' box is final, and these are
 * tried in order of distance until one's leg crosses no barrier (or {@link MOST_BLOCKED_LEGS}
 * have crossed one). A segment's candidate is its closest point; when a barrier lies between,
 * its two ends become candidates too (the far end of a bridge is on the other bank). Distances
 * are measured in a local plane scaled at the place's own latitude, exact to well under a metre
 * at the scale of a leg; the leg's length is then the haversine distance.
 * @example snapPlaces(network, schools).edge[0] // the edge school 0 joins, or −1
 */
export function snapPlaces(
  network: TravelNetwork,
  places: readonly { lon: number; lat: number }[],
): PlaceSnaps {
  const count = places.length;
  const edge = new Int32Array(count).fill(-1);
  const fraction = new Float64Array(count);
  const legMetres = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  if (network.roadIndex.count === 0) return { edge, fraction, legMetres };
  const search = new LegSearch(network);
  // The coordinates read once, in order, into compact arrays the search then reads in cell order.
  const longitudes = Float64Array.from(places, (place) => place.lon);
  const latitudes = Float64Array.from(places, (place) => place.lat);
  for (const place of cellOrder(network, longitudes, latitudes)) {
    const lon = longitudes[place] ?? Number.NaN;
    const lat = latitudes[place] ?? Number.NaN;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || !search.snap(lon, lat)) continue;
    edge[place] = search.segment;
    fraction[place] = search.fraction;
    legMetres[place] = haversineMetres(lon, lat, search.endLongitude, search.endLatitude);
  }
  return { edge, fraction, legMetres };
}
