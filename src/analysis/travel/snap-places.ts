/**
 * The leg from each place (a population point, a school, a grid cell) to the road network: a
 * straight line to the closest point of the closest road segment that the line reaches without
 * crossing a barrier. The segment is split there, so the place enters the network part way
 * along it. A place with no such segment within {@link LONGEST_LEG_METRES} is unreachable.
 */
import { METRES_PER_DEGREE } from '../build-grid-index.ts';
import { haversineMetres } from '../haversine-distance.ts';
import { crossesBarrier } from './crosses-barrier.ts';
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

/** Grid cells per side of the blocks places are ordered by. */
const ORDER_BLOCK = 4;

/**
 * The places in the order of the blocks of grid cells they fall in (a counting sort), so that
 * places searched one after another read the same cells, which are then in the processor's
 * cache. Blocks of 4 × 4 cells keep that and need a sixteenth of the counters of single cells.
 */
function cellOrder(network: TravelNetwork, longitudes: Float64Array, latitudes: Float64Array): Int32Array {
  const { columns, rows, west, south, cellLongitude, cellLatitude } = network.roadIndex;
  const count = longitudes.length;
  const blockColumns = Math.ceil(columns / ORDER_BLOCK);
  const blocks = blockColumns * Math.ceil(rows / ORDER_BLOCK);
  const blockLongitude = cellLongitude * ORDER_BLOCK;
  const blockLatitude = cellLatitude * ORDER_BLOCK;
  const blockOfPlace = new Int32Array(count);
  const start = new Int32Array(blocks + 2);
  for (let place = 0; place < count; place++) {
    const lon = longitudes[place] ?? Number.NaN;
    const lat = latitudes[place] ?? Number.NaN;
    const column = Math.min(blockColumns - 1, Math.max(0, Math.floor((lon - west) / blockLongitude)));
    const row = Math.max(0, Math.floor((lat - south) / blockLatitude));
    // Places without coordinates go last.
    const block =
      Number.isFinite(lon) && Number.isFinite(lat)
        ? Math.min(blocks - 1, row * blockColumns + column)
        : blocks;
    blockOfPlace[place] = block;
    start[block + 1] = (start[block + 1] ?? 0) + 1;
  }
  for (let block = 0; block <= blocks; block++)
    start[block + 1] = (start[block + 1] ?? 0) + (start[block] ?? 0);
  const order = new Int32Array(count);
  for (let place = 0; place < count; place++) {
    const block = blockOfPlace[place] ?? 0;
    order[start[block] ?? 0] = place;
    start[block] = (start[block] ?? 0) + 1;
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

  /** The nearest candidate of the quick pass so far: squared distance, segment, fraction. */
  private nearestSquared = Number.POSITIVE_INFINITY;
  private nearestSegment = -1;
  private nearestFraction = 0;

  constructor(private readonly network: TravelNetwork) {
    this.barrierStamps = new Int32Array(network.barrierIndex.count);
  }

  /** The quick pass's scan of a cell: keeps only the nearest closest point (the first of equals). */
  private scanCellForNearest(cell: number, lon: number, lat: number, scaleX: number, scaleY: number): void {
    const index = this.network.roadIndex;
    const { cellStart, items } = index;
    const ends = index.ends;
    const end = cellStart[cell + 1] ?? 0;
    for (let slot = cellStart[cell] ?? 0; slot < end; slot++) {
      const segment = items[slot] ?? 0;
      const at = 4 * segment;
      const ax = ((ends[at] ?? 0) - lon) * scaleX;
      const ay = ((ends[at + 1] ?? 0) - lat) * scaleY;
      const dx = ((ends[at + 2] ?? 0) - lon) * scaleX - ax;
      const dy = ((ends[at + 3] ?? 0) - lat) * scaleY - ay;
      const length = dx * dx + dy * dy;
      const t = length > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / length)) : 0;
      const x = ax + t * dx;
      const y = ay + t * dy;
      const squared = x * x + y * y;
      if (squared < this.nearestSquared) {
        this.nearestSquared = squared;
        this.nearestSegment = segment;
        this.nearestFraction = t;
      }
    }
  }

  /**
   * The quick pass: the rings scanned keeping only the nearest candidate; once it is final, its
   * leg is tried. Most places have no barrier near them, and their leg is found here without the
   * candidate queue. Returns 1 for a leg (left in the fields), 0 for none within the longest leg,
   * −1 when the nearest leg crosses a barrier and the full search must decide.
   */
  private snapQuickly(lon: number, lat: number): number {
    const index = this.network.roadIndex;
    const { columns, rows, west, south, cellLongitude, cellLatitude } = index;
    const scaleX = Math.cos((lat * Math.PI) / 180) * METRES_PER_DEGREE;
    const scaleY = METRES_PER_DEGREE;
    const ringMetres = Math.min(cellLongitude * scaleX, cellLatitude * scaleY);
    const column = Math.floor((lon - west) / cellLongitude);
    const row = Math.floor((lat - south) / cellLatitude);
    const lastRing = Math.min(
      Math.max(column, columns - 1 - column, row, rows - 1 - row, 0),
      Math.ceil(LONGEST_LEG_METRES / ringMetres) + 1,
    );
    const longest = LONGEST_LEG_METRES * LONGEST_LEG_METRES;
    this.nearestSquared = Number.POSITIVE_INFINITY;
    this.nearestSegment = -1;
    for (let ring = 0; ring <= lastRing; ring++) {
      for (let rowAt = row - ring; rowAt <= row + ring; rowAt++) {
        if (rowAt < 0 || rowAt >= rows) continue;
        // North–south distance from the place to this row of cells (0 in its own row).
        const rowSouth = south + rowAt * cellLatitude;
        const dy =
          lat < rowSouth
            ? (rowSouth - lat) * scaleY
            : lat > rowSouth + cellLatitude
              ? (lat - rowSouth - cellLatitude) * scaleY
              : 0;
        const step = rowAt === row - ring || rowAt === row + ring ? 1 : Math.max(1, 2 * ring);
        for (let columnAt = column - ring; columnAt <= column + ring; columnAt += step) {
          if (columnAt < 0 || columnAt >= columns) continue;
          // A cell wholly farther than the nearest candidate so far holds no nearer one.
          const columnWest = west + columnAt * cellLongitude;
          const dx =
            lon < columnWest
              ? (columnWest - lon) * scaleX
              : lon > columnWest + cellLongitude
                ? (lon - columnWest - cellLongitude) * scaleX
                : 0;
          if (dx * dx + dy * dy >= this.nearestSquared) continue;
          this.scanCellForNearest(rowAt * columns + columnAt, lon, lat, scaleX, scaleY);
        }
      }
      const inner = Math.min(
        (lon - (west + (column - ring) * cellLongitude)) * scaleX,
        (west + (column + ring + 1) * cellLongitude - lon) * scaleX,
        (lat - (south + (row - ring) * cellLatitude)) * scaleY,
        (south + (row + ring + 1) * cellLatitude - lat) * scaleY,
      );
      if (this.nearestSquared > longest && (ring === lastRing || inner * inner > longest)) return 0;
      if (ring < lastRing && this.nearestSquared > inner * inner) continue;
      if (this.nearestSegment < 0) return 0;
      const segment = this.nearestSegment;
      const t = this.nearestFraction;
      const x1 = index.startLongitudes[segment] ?? 0;
      const y1 = index.startLatitudes[segment] ?? 0;
      const snappedLon = x1 + t * ((index.endLongitudes[segment] ?? 0) - x1);
      const snappedLat = y1 + t * ((index.endLatitudes[segment] ?? 0) - y1);
      this.barrierStamp++;
      const blocked = crossesBarrier(
        this.network.barrierIndex,
        lon,
        lat,
        snappedLon,
        snappedLat,
        this.barrierStamps,
        this.barrierStamp,
      );
      if (blocked) return -1;
      this.segment = segment;
      this.fraction = t;
      this.endLongitude = snappedLon;
      this.endLatitude = snappedLat;
      return 1;
    }
    return 0;
  }

  /**
   * Adds the closest point of every segment in a cell as a candidate. A segment listed in several
   * cells may come twice: cheaper than marking each one seen, and harmless.
   */
  private scanCell(cell: number, lon: number, lat: number, scaleX: number, scaleY: number): void {
    const index = this.network.roadIndex;
    const { cellStart, items } = index;
    const ends = index.ends;
    const end = cellStart[cell + 1] ?? 0;
    for (let slot = cellStart[cell] ?? 0; slot < end; slot++) {
      const segment = items[slot] ?? 0;
      const at = 4 * segment;
      const ax = ((ends[at] ?? 0) - lon) * scaleX;
      const ay = ((ends[at + 1] ?? 0) - lat) * scaleY;
      const dx = ((ends[at + 2] ?? 0) - lon) * scaleX - ax;
      const dy = ((ends[at + 3] ?? 0) - lat) * scaleY - ay;
      const length = dx * dx + dy * dy;
      const t = length > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / length)) : 0;
      const x = ax + t * dx;
      const y = ay + t * dy;
      this.candidates.add(segment, t, x * x + y * y);
    }
  }

  /** Finds the leg of one place; returns whether there is one, and leaves it in the search's fields. */
  snap(lon: number, lat: number): boolean {
    const quick = this.snapQuickly(lon, lat);
    if (quick >= 0) {
      if (quick === 0) this.segment = -1;
      return quick === 1;
    }
    return this.snapPastBarriers(lon, lat);
  }

  /** The full search: candidates nearest first until one's leg crosses no barrier. */
  private snapPastBarriers(lon: number, lat: number): boolean {
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
            this.network.barrierIndex,
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
  const longitudes = new Float64Array(count);
  const latitudes = new Float64Array(count);
  for (let place = 0; place < count; place++) {
    const { lon, lat } = places[place] as { lon: number; lat: number };
    longitudes[place] = lon;
    latitudes[place] = lat;
  }
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
