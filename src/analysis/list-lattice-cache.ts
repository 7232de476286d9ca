/**
 * The lattices of the coverage lists kept between suggestion requests: preparing one reads every
 * point, and it depends only on the points and the class of each (its radius, or −1 for a point
 * left out), which stay the same from request to request while the population, the radii and the
 * standing schools do. A later request with the same points and classes takes the kept lattice and
 * only stamps.
 */
import { prepareListLattice } from './prepare-list-lattice.ts';
import type { StampLattice } from './prepare-stamp-lattice.ts';

/** One kept lattice and what it was prepared from. */
interface KeptLattice {
  points: readonly { lon: number; lat: number }[];
  classOfPoint: Int32Array;
  classCount: number;
  lattice: StampLattice;
}

/**
 * Lattices kept for later requests, the most recent first. The points are compared by identity:
 * they must not be changed in place while kept (the population data never is).
 */
export interface ListLatticeCache {
  kept: KeptLattice[];
  /** How many lattices are kept at most (two: the candidates' and the standing schools'). */
  size: number;
  /** Lattices taken from the cache and prepared, since it was made (for tests and the bench). */
  hits: number;
  misses: number;
}

/**
 * An empty cache.
 * @example const cache = createListLatticeCache(); buildCoverageLists(points, radii, sites, { latticeCache: cache })
 */
export function createListLatticeCache(size = 2): ListLatticeCache {
  return { kept: [], size, hits: 0, misses: 0 };
}

function sameClasses(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let position = 0; position < a.length; position++) if (a[position] !== b[position]) return false;
  return true;
}

/**
 * The lattice of these points and classes (see `prepareListLattice`): the kept one when the same
 * points (the same array) with the same classes were prepared before, else prepared now and kept
 * (the least recent one dropped). Without a cache, prepared now.
 * @param inClass how many points are of a class ≥ 0, when already counted
 * @example listLattice(cache, cells, classOfPoint, 1).order.length
 */
export function listLattice(
  cache: ListLatticeCache | undefined,
  points: readonly { lon: number; lat: number }[],
  classOfPoint: Int32Array,
  classCount: number,
  inClass?: number,
): StampLattice {
  if (!cache) return prepareListLattice(points, classOfPoint, classCount, inClass);
  const at = cache.kept.findIndex(
    (kept) =>
      kept.points === points &&
      kept.classCount === classCount &&
      sameClasses(kept.classOfPoint, classOfPoint),
  );
  if (at >= 0) {
    const kept = cache.kept[at] as KeptLattice;
    cache.kept.splice(at, 1);
    cache.kept.unshift(kept);
    cache.hits++;
    return kept.lattice;
  }
  // Kept only once whole: a request stopped while preparing leaves the cache as it was.
  const lattice = prepareListLattice(points, classOfPoint, classCount, inClass);
  cache.misses++;
  cache.kept.unshift({ points, classOfPoint, classCount, lattice });
  cache.kept.length = Math.min(cache.kept.length, cache.size);
  return lattice;
}
