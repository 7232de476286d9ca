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
  /**
   * The radii and inclusion the classes were worked out from, copied, with the radius of every
   * class (see `keptByRadii`); absent for a lattice kept from classes alone.
   */
  source?: LatticeSource;
}

/** The radius of every point and the points included, as the classes were worked out from them. */
export interface LatticeSource {
  radiusOfPoint: Float64Array;
  /** Not 0 for a point included, 0 for one left out; null when every point was included. */
  include: Uint8Array | null;
  radiusOfClass: Float64Array;
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
 * Whether two typed arrays hold the same bytes: eight at a time where both start on a multiple of
 * eight (a 64-bit integer compare, about twice as quick here as two 32-bit ones), the rest one by one.
 */
function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const aligned = a.byteOffset % 8 === 0 && b.byteOffset % 8 === 0;
  const words = aligned ? a.byteLength >> 3 : 0;
  const wordsA = new BigInt64Array(a.buffer, aligned ? a.byteOffset : 0, words);
  const wordsB = new BigInt64Array(b.buffer, aligned ? b.byteOffset : 0, words);
  for (let word = 0; word < words; word++) if (wordsA[word] !== wordsB[word]) return false;
  const bytesA = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const bytesB = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let byte = words * 8; byte < a.byteLength; byte++) if (bytesA[byte] !== bytesB[byte]) return false;
  return true;
}

/** Whether these radii are the kept ones: bit for bit, or value for value when not a Float64Array. */
function sameRadii(kept: Float64Array, radiusOfPoint: ArrayLike<number>): boolean {
  if (radiusOfPoint instanceof Float64Array) return sameBytes(kept, radiusOfPoint);
  if (kept.length !== radiusOfPoint.length) return false;
  // NaN is never equal: such a point misses the kept lattice, which is then only prepared again.
  for (let position = 0; position < kept.length; position++)
    if (kept[position] !== radiusOfPoint[position]) return false;
  return true;
}

/**
 * Whether the same points are included: a Uint8Array byte for byte (the same bytes include the
 * same points; other bytes that would too only miss the kept lattice), else point by point.
 */
function sameInclusion(kept: Uint8Array | null, include: ArrayLike<number> | undefined): boolean {
  if (!kept || !include) return !kept && !include;
  if (include instanceof Uint8Array) return sameBytes(kept, include);
  if (kept.length !== include.length) return false;
  for (let position = 0; position < kept.length; position++)
    if ((kept[position] !== 0) !== Boolean(include[position])) return false;
  return true;
}

/** The kept lattice at `at`, moved to the front (the most recent), counted as a hit. */
function takeKept(cache: ListLatticeCache, at: number): KeptLattice {
  const kept = cache.kept[at] as KeptLattice;
  cache.kept.splice(at, 1);
  cache.kept.unshift(kept);
  cache.hits++;
  return kept;
}

/**
 * The kept lattice of these points worked out from the same radii and inclusion, with the radius
 * of every class, or null: a request whose arrays are new but equal finds it without working out
 * the class of every point again (a comparison of their bytes). Counts a hit when found.
 * @example keptByRadii(cache, cells, radiusOfPoint, include)?.lattice
 */
export function keptByRadii(
  cache: ListLatticeCache | undefined,
  points: readonly { lon: number; lat: number }[],
  radiusOfPoint: ArrayLike<number>,
  include: ArrayLike<number> | undefined,
): { lattice: StampLattice; radiusOfClass: Float64Array } | null {
  if (!cache) return null;
  const at = cache.kept.findIndex(
    (kept) =>
      kept.points === points &&
      kept.source !== undefined &&
      sameRadii(kept.source.radiusOfPoint, radiusOfPoint) &&
      sameInclusion(kept.source.include, include),
  );
  if (at < 0) return null;
  const kept = takeKept(cache, at);
  return { lattice: kept.lattice, radiusOfClass: (kept.source as LatticeSource).radiusOfClass };
}

/**
 * The source of a lattice as kept: copies, so that the caller may reuse its arrays (a typed array
 * copied whole: `from` would read it value by value, ten times slower on 10⁵ points).
 */
export function latticeSource(
  radiusOfPoint: ArrayLike<number>,
  include: ArrayLike<number> | undefined,
  radiusOfClass: Float64Array,
): LatticeSource {
  let included: Uint8Array | null = null;
  if (include instanceof Uint8Array) included = include.slice();
  else if (include) included = Uint8Array.from(include, (value) => (value ? 1 : 0));
  return {
    radiusOfPoint:
      radiusOfPoint instanceof Float64Array ? radiusOfPoint.slice() : Float64Array.from(radiusOfPoint),
    include: included,
    radiusOfClass,
  };
}

/**
 * The lattice of these points and classes (see `prepareListLattice`): the kept one when the same
 * points (the same array) with the same classes were prepared before, else prepared now and kept
 * (the least recent one dropped). Without a cache, prepared now.
 * @param inClass how many points are of a class ≥ 0, when already counted
 * @param source the radii and inclusion the classes come from, kept beside the lattice (the
 * source of a lattice found by its classes is brought up to these)
 * @example listLattice(cache, cells, classOfPoint, 1).order.length
 */
export function listLattice(
  cache: ListLatticeCache | undefined,
  points: readonly { lon: number; lat: number }[],
  classOfPoint: Int32Array,
  classCount: number,
  inClass?: number,
  source?: () => LatticeSource,
): StampLattice {
  if (!cache) return prepareListLattice(points, classOfPoint, classCount, inClass);
  const at = cache.kept.findIndex(
    (kept) =>
      kept.points === points &&
      kept.classCount === classCount &&
      sameClasses(kept.classOfPoint, classOfPoint),
  );
  if (at >= 0) {
    const kept = takeKept(cache, at);
    if (source) kept.source = source();
    return kept.lattice;
  }
  // Kept only once whole: a request stopped while preparing leaves the cache as it was.
  const lattice = prepareListLattice(points, classOfPoint, classCount, inClass);
  cache.misses++;
  cache.kept.unshift({ points, classOfPoint, classCount, lattice, ...(source ? { source: source() } : {}) });
  cache.kept.length = Math.min(cache.kept.length, cache.size);
  return lattice;
}
