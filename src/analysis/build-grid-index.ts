/**
 * A uniform grid of buckets over points (schools), for nearest-neighbour and within-radius
 * queries without comparing every pair. Plain typed arrays, so it can cross a worker boundary.
 */
import { MessageError, message } from '../domain/message.ts';
import { EARTH_RADIUS_METRES } from '../domain/radius.ts';

/** Metres per degree of latitude on the sphere of {@link EARTH_RADIUS_METRES}. */
export const METRES_PER_DEGREE = (EARTH_RADIUS_METRES * Math.PI) / 180;

/**
 * The grid: cells of `cellLongitude` × `cellLatitude` degrees from (`west`, `south`), each holding
 * the ids (input positions) of the points inside it, stored cell after cell (compressed rows).
 */
export interface GridIndex {
  /** Number of indexed points. */
  count: number;
  west: number;
  south: number;
  columns: number;
  rows: number;
  /** Cell width in degrees of longitude. */
  cellLongitude: number;
  /** Cell height in degrees of latitude. */
  cellLatitude: number;
  /** The cell size asked for, metres; the first search ring of an unbounded nearest search. */
  cellMetres: number;
  /** Points of cell `row * columns + column` are `items[cellStart[cell] .. cellStart[cell + 1])`. */
  cellStart: Int32Array;
  /** Point ids, grouped by cell. */
  items: Int32Array;
  /** Longitude of each point, degrees, by id. */
  longitudes: Float64Array;
  /** Latitude of each point, radians, by id (what the distance formula needs). */
  latitudeRadians: Float64Array;
  /** Cosine of each point's latitude, by id, computed once instead of on every comparison. */
  latitudeCosines: Float64Array;
}

/**
 * Fewest cells a grid may always have, and cells allowed per point beyond that. Points spread
 * over a huge area with a small cell size would otherwise ask for billions of empty cells; the
 * cells are enlarged instead, which only costs a few more distance checks.
 */
const MINIMUM_CELL_BUDGET = 4096;
const CELLS_PER_POINT = 4;

/**
 * Buckets points into a grid whose cells are about `cellMetres` on a side (longitude spacing
 * widened by 1/cos(latitude) at the middle of the points, so cells are roughly square on the
 * ground). Choose the cell size near the largest search radius: a query then visits about nine
 * cells. Exactness does not depend on the cell size, only speed does.
 * @example buildGridIndex(schools, 5000) // then findNearest(index, lon, lat, 2500)
 */
export function buildGridIndex(
  points: readonly { lon: number; lat: number }[],
  cellMetres: number,
): GridIndex {
  if (!(cellMetres > 0)) throw new MessageError(message('gridCellNotPositive', { metres: cellMetres }));
  const count = points.length;
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const point of points) {
    west = Math.min(west, point.lon);
    east = Math.max(east, point.lon);
    south = Math.min(south, point.lat);
    north = Math.max(north, point.lat);
  }
  if (count === 0) {
    west = 0;
    east = 0;
    south = 0;
    north = 0;
  }
  const middleLatitude = ((south + north) / 2) * (Math.PI / 180);
  let cellLatitude = cellMetres / METRES_PER_DEGREE;
  let cellLongitude = cellLatitude / Math.max(0.01, Math.cos(middleLatitude));
  let columns = Math.floor((east - west) / cellLongitude) + 1;
  let rows = Math.floor((north - south) / cellLatitude) + 1;
  const budget = Math.max(MINIMUM_CELL_BUDGET, CELLS_PER_POINT * count);
  while (columns * rows > budget) {
    // The +1 per side can keep the count just above the budget, hence the loop and the margin.
    const scale = Math.sqrt((columns * rows) / budget) * 1.01;
    cellLatitude *= scale;
    cellLongitude *= scale;
    columns = Math.floor((east - west) / cellLongitude) + 1;
    rows = Math.floor((north - south) / cellLatitude) + 1;
  }

  const cellOf = new Int32Array(count);
  const cellStart = new Int32Array(columns * rows + 1);
  points.forEach((point, id) => {
    const column = Math.min(columns - 1, Math.floor((point.lon - west) / cellLongitude));
    const row = Math.min(rows - 1, Math.floor((point.lat - south) / cellLatitude));
    const cell = row * columns + column;
    cellOf[id] = cell;
    cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + 1;
  });
  for (let cell = 0; cell < columns * rows; cell++) {
    cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + (cellStart[cell] ?? 0);
  }
  const fill = cellStart.slice(0, columns * rows);
  const items = new Int32Array(count);
  const longitudes = new Float64Array(count);
  const latitudeRadians = new Float64Array(count);
  const latitudeCosines = new Float64Array(count);
  points.forEach((point, id) => {
    const cell = cellOf[id] ?? 0;
    const slot = fill[cell] ?? 0;
    items[slot] = id;
    fill[cell] = slot + 1;
    longitudes[id] = point.lon;
    latitudeRadians[id] = point.lat * (Math.PI / 180);
    latitudeCosines[id] = Math.cos(point.lat * (Math.PI / 180));
  });
  return {
    count,
    west,
    south,
    columns,
    rows,
    cellLongitude,
    cellLatitude,
    cellMetres,
    cellStart,
    items,
    longitudes,
    latitudeRadians,
    latitudeCosines,
  };
}
