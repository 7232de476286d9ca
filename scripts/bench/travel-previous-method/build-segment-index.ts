/**
 * The previous method, as it stood before the typed-array quick paths (kept only to be timed
 * beside the current one in scripts/bench/travel-province-steps.ts; never used by the atlas).
 *
 * A uniform grid over straight segments (road edges, barrier lines), in degrees: every segment
 * is listed in each cell its bounding box touches, in compressed rows. The nearest-road search
 * and the barrier test read it.
 */
import { type GridIndex, METRES_PER_DEGREE } from '../../../src/analysis/build-grid-index.ts';

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
 * grid's most poleward latitude. `slots` repeats each listed segment's ends in the order of
 * `items`, so a search reads a cell's segments from consecutive memory.
 */
export interface SegmentIndex
  extends Segments,
    Pick<
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
    > {
  slots: Segments;
}

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
    west = Math.min(west, x1, x2);
    east = Math.max(east, x1, x2);
    south = Math.min(south, y1, y2);
    north = Math.max(north, y1, y2);
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
  const forEachCell = (segment: number, visit: (cell: number) => void) => {
    const x1 = startLongitudes[segment] ?? 0;
    const y1 = startLatitudes[segment] ?? 0;
    const x2 = endLongitudes[segment] ?? 0;
    const y2 = endLatitudes[segment] ?? 0;
    const columnFrom = Math.min(columns - 1, Math.floor((Math.min(x1, x2) - west) / cellLongitude));
    const columnTo = Math.min(columns - 1, Math.floor((Math.max(x1, x2) - west) / cellLongitude));
    const rowFrom = Math.min(rows - 1, Math.floor((Math.min(y1, y2) - south) / cellLatitude));
    const rowTo = Math.min(rows - 1, Math.floor((Math.max(y1, y2) - south) / cellLatitude));
    for (let row = rowFrom; row <= rowTo; row++) {
      for (let column = columnFrom; column <= columnTo; column++) visit(row * columns + column);
    }
  };
  for (let segment = 0; segment < count; segment++) {
    forEachCell(segment, (cell) => {
      cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + 1;
    });
  }
  for (let cell = 0; cell < columns * rows; cell++) {
    cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + (cellStart[cell] ?? 0);
  }
  const listed = cellStart[columns * rows] ?? 0;
  const items = new Int32Array(listed);
  const slots: Segments = {
    startLongitudes: new Float64Array(listed),
    startLatitudes: new Float64Array(listed),
    endLongitudes: new Float64Array(listed),
    endLatitudes: new Float64Array(listed),
  };
  const fill = cellStart.slice(0, columns * rows);
  for (let segment = 0; segment < count; segment++) {
    forEachCell(segment, (cell) => {
      const at = fill[cell] ?? 0;
      items[at] = segment;
      slots.startLongitudes[at] = startLongitudes[segment] ?? 0;
      slots.startLatitudes[at] = startLatitudes[segment] ?? 0;
      slots.endLongitudes[at] = endLongitudes[segment] ?? 0;
      slots.endLatitudes[at] = endLatitudes[segment] ?? 0;
      fill[cell] = at + 1;
    });
  }
  return {
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
    slots,
  };
}
