/**
 * The order in which to stamp many sites on one lattice: by blocks of buckets, row of blocks by
 * row of blocks, every other row backwards (a snake), so that sites stamped one after another
 * read the same rows of points while those are still in the processor's cache. The result of a
 * stamping does not depend on the order; only its speed does.
 */
import type { StampLattice } from './prepare-stamp-lattice.ts';

/** Buckets a side of a block: sites within a block are a couple of kilometres apart at most. */
const BLOCK_BUCKETS = 8;

/**
 * A permutation of 0 … sites.length − 1: sites in snake order of the lattice's blocks, in their
 * given order within a block; sites without finite coordinates last. A counting sort, linear.
 * @example orderSitesOnLattice(lattice, candidates)[0] // the first site to stamp
 */
export function orderSitesOnLattice(
  lattice: Pick<StampLattice, 'west' | 'south' | 'bucketLongitude' | 'bucketLatitude' | 'columns' | 'rows'>,
  sites: readonly { lon: number; lat: number }[],
): Int32Array {
  const count = sites.length;
  const blockColumns = Math.ceil(lattice.columns / BLOCK_BUCKETS);
  const blockRows = Math.ceil(lattice.rows / BLOCK_BUCKETS);
  const blocks = blockColumns * blockRows;
  const perColumn = 1 / (lattice.bucketLongitude * BLOCK_BUCKETS);
  const perRow = 1 / (lattice.bucketLatitude * BLOCK_BUCKETS);
  const blockOfSite = new Int32Array(count);
  // Counts shifted by one: block b's sites start at counts[b] once summed; the last is "no place".
  const counts = new Int32Array(blocks + 2);
  for (let index = 0; index < count; index++) {
    const site = sites[index] as { lon: number; lat: number };
    let block = blocks;
    if (Number.isFinite(site.lon) && Number.isFinite(site.lat)) {
      const row = Math.min(blockRows - 1, Math.max(0, Math.floor((site.lat - lattice.south) * perRow)));
      const column = Math.min(
        blockColumns - 1,
        Math.max(0, Math.floor((site.lon - lattice.west) * perColumn)),
      );
      block = row * blockColumns + (row % 2 === 0 ? column : blockColumns - 1 - column);
    }
    blockOfSite[index] = block;
    counts[block + 1] = (counts[block + 1] as number) + 1;
  }
  for (let block = 0; block <= blocks; block++)
    counts[block + 1] = (counts[block + 1] as number) + (counts[block] as number);
  const sequence = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    const block = blockOfSite[index] as number;
    const at = counts[block] as number;
    counts[block] = at + 1;
    sequence[at] = index;
  }
  return sequence;
}
