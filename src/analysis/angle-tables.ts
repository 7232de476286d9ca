/**
 * The tables of sines and cosines `preparePoints` keeps by grid column and row (see `unitVectors`
 * and `buildQuadtree` there), shared by every preparation.
 */
/** Entries of an {@link AngleTable} (a power of two) and the mask of an index into it. */
export const ANGLE_TABLE_SIZE = 1 << 14;
export const ANGLE_TABLE_MASK = ANGLE_TABLE_SIZE - 1;

/** The last angle (degrees) put at each index with its cosine and sine; NaN marks an empty entry. */
class AngleTable {
  angle = new Float64Array(ANGLE_TABLE_SIZE).fill(Number.NaN);
  cosine = new Float64Array(ANGLE_TABLE_SIZE);
  sine = new Float64Array(ANGLE_TABLE_SIZE);
}

/**
 * The angle tables of every preparation, made on the first: an entry holds an angle with its own
 * cosine and sine, right whichever preparation put it there, so they are reused as they are (a
 * county's preparation spent more on making 1.5 MB of tables than on its points). Only the
 * boxes' latitudes are emptied for each preparation, with the corner cosines that go with them.
 */
let sharedTables: {
  longitudes: AngleTable;
  latitudes: AngleTable;
  centreLongitudes: AngleTable;
  centreLatitudes: AngleTable;
  cornerCosines: Float64Array;
} | null = null;
export function angleTables(): NonNullable<typeof sharedTables> {
  sharedTables ??= {
    longitudes: new AngleTable(),
    latitudes: new AngleTable(),
    centreLongitudes: new AngleTable(),
    centreLatitudes: new AngleTable(),
    cornerCosines: new Float64Array(ANGLE_TABLE_SIZE),
  };
  return sharedTables;
}
