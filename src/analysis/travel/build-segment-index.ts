/**
 * A uniform grid over straight segments (road edges, barrier lines), in degrees: every segment
 * is listed in each cell its bounding box touches, in compressed rows. The nearest-road search
 * and the barrier test read it.
 */
import { type GridIndex, METRES_PER_DEGREE } from '../build-grid-index.ts';

/** Segments as four parallel arrays of degrees. */
export interface Segments {
  startLongitudes: Float64Array;
  startLatitudes: Float64Array;
  endLongitudes: Float64Array;
  endLatitudes: Float64Array;
}

/**
 * The grid, laid out as the point grid of `buildGridIndex` (cells in compressed rows); `items`
 * are segment numbers, and `cellMetres` is the cell's size north–south, and east–west at the
 * grid's most poleward latitude. A search reads a cell's segments through `items`: copying
 * their ends into the cells' order read faster alone but cost more to write (three or four copies
 * of every segment) than it saved, in the benchmark.
 */
export type SegmentIndex = Segments & {
  /**
   * The four ends of each segment side by side (x1, y1, x2, y2 of segment i at 4i … 4i + 3), so
   * that reading one segment touches one cache line rather than four arrays.
   */
  ends: Float64Array;
} & Pick<
    GridIndex,
    | 'count'
    | 'west'
    | 'south'
    | 'columns'
    | 'rows'
    | 'cellLongitude'
    | 'cellLatitude'
    | 'cellMetres'
    | 'cellStart'
    | 'items'
  >;

/** Most cells a grid may have, whatever the segments (about 64 MB of offsets). */
const MOST_CELLS = 1 << 24;

/**
 * Indexes segments. The cell is about half the mean segment length (at least 50 m; smaller cells
 * were slower to fill, larger ones slower to search, in the benchmark), enlarged
 * while the grid would have more cells than four per segment.
 * @example buildSegmentIndex(segmentsOfGraph(graph)).cellMetres
 */
export function buildSegmentIndex(segments: Segments, cellMetres?: number): SegmentIndex {
  const { startLongitudes, startLatitudes, endLongitudes, endLatitudes } = segments;
  const count = startLongitudes.length;
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  let totalMetres = 0;
  for (let segment = 0; segment < count; segment++) {
    const x1 = startLongitudes[segment] ?? 0;
    const y1 = startLatitudes[segment] ?? 0;
    const x2 = endLongitudes[segment] ?? 0;
    const y2 = endLatitudes[segment] ?? 0;
    if (x1 < west) west = x1;
    if (x2 < west) west = x2;
    if (x1 > east) east = x1;
    if (x2 > east) east = x2;
    if (y1 < south) south = y1;
    if (y2 < south) south = y2;
    if (y1 > north) north = y1;
    if (y2 > north) north = y2;
    const dx = (x2 - x1) * Math.cos((((y1 + y2) / 2) * Math.PI) / 180);
    totalMetres += Math.hypot(dx, y2 - y1) * METRES_PER_DEGREE;
  }
  if (count === 0) {
    west = 0;
    south = 0;
    east = 0;
    north = 0;
  }
  // The east–west size of a degree is smallest at the grid's most poleward latitude.
  const widest = Math.max(Math.abs(south), Math.abs(north));
  const longitudeScale = Math.max(0.01, Math.cos((Math.min(89, widest) * Math.PI) / 180));
  let size = cellMetres ?? Math.max(50, count > 0 ? (0.5 * totalMetres) / count : 1000);
  const cellsFor = (metres: number) => {
    const columns = Math.floor(((east - west) * METRES_PER_DEGREE * longitudeScale) / metres) + 1;
    const rows = Math.floor(((north - south) * METRES_PER_DEGREE) / metres) + 1;
    return { columns, rows };
  };
  let { columns, rows } = cellsFor(size);
  while (columns * rows > Math.min(MOST_CELLS, 4 * count + 16)) {
    size *= 1.5;
    ({ columns, rows } = cellsFor(size));
  }
  const cellLatitude = size / METRES_PER_DEGREE;
  const cellLongitude = size / (METRES_PER_DEGREE * longitudeScale);

  const cellStart = new Int32Array(columns * rows + 1);
  let items = new Int32Array(0);
  let fill = new Int32Array(0);
  // Two passes over the segments' cells: count them, then fill the rows. The cell range is
  // worked out again in the second pass rather than kept: four arrays of a million ranges cost
  // more to write and read than the divisions.
  for (let pass = 0; pass < 2; pass++) {
    for (let segment = 0; segment < count; segment++) {
      const x1 = startLongitudes[segment] ?? 0;
      const y1 = startLatitudes[segment] ?? 0;
      const x2 = endLongitudes[segment] ?? 0;
      const y2 = endLatitudes[segment] ?? 0;
      const firstColumn = Math.min(columns - 1, Math.floor((Math.min(x1, x2) - west) / cellLongitude));
      const lastColumn = Math.min(columns - 1, Math.floor((Math.max(x1, x2) - west) / cellLongitude));
      const firstRow = Math.min(rows - 1, Math.floor((Math.min(y1, y2) - south) / cellLatitude));
      const lastRow = Math.min(rows - 1, Math.floor((Math.max(y1, y2) - south) / cellLatitude));
      for (let row = firstRow; row <= lastRow; row++) {
        for (let column = firstColumn; column <= lastColumn; column++) {
          const cell = row * columns + column;
          if (pass === 0) {
            cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + 1;
          } else {
            const at = fill[cell] ?? 0;
            items[at] = segment;
            fill[cell] = at + 1;
          }
        }
      }
    }
    if (pass === 0) {
      for (let cell = 0; cell < columns * rows; cell++) {
        cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + (cellStart[cell] ?? 0);
      }
      items = new Int32Array(cellStart[columns * rows] ?? 0);
      fill = cellStart.slice(0, columns * rows);
    }
  }
  const ends = new Float64Array(4 * count);
  for (let segment = 0; segment < count; segment++) {
    ends[4 * segment] = startLongitudes[segment] ?? 0;
    ends[4 * segment + 1] = startLatitudes[segment] ?? 0;
    ends[4 * segment + 2] = endLongitudes[segment] ?? 0;
    ends[4 * segment + 3] = endLatitudes[segment] ?? 0;
  }
  return {
    ends,
    startLongitudes,
    startLatitudes,
    endLongitudes,
    endLatitudes,
    count,
    west,
    south,
    columns,
    rows,
    cellLongitude,
    cellLatitude,
    cellMetres: size,
    cellStart,
    items,
  };
}
