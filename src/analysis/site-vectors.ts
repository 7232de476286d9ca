/**
 * The unit vectors of a list of sites and which of them a nearest-site search uses (a finite
 * place not taken by an earlier site), made for every site, or from a kept list's for the sites
 * an edit changed.
 */

const RADIANS_PER_DEGREE = Math.PI / 180;

/** Unit vectors of the sites, and which the search uses (a finite place not taken by an earlier site). */
export function siteVectorsOf(longitudes: Float64Array, latitudes: Float64Array) {
  const count = longitudes.length;
  const vectors = new Float64Array(count * 3);
  const usable = new Uint8Array(count);
  const latitudesAt = new Map<number, number[]>();
  for (let site = 0; site < count; site++) {
    const lon = longitudes[site] ?? Number.NaN;
    const lat = latitudes[site] ?? Number.NaN;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    // Every finite site gets its vector: a point may still be kept on a site an earlier one now hides.
    const latitude = lat * RADIANS_PER_DEGREE;
    const longitude = lon * RADIANS_PER_DEGREE;
    const cosine = Math.cos(latitude);
    vectors[site * 3] = cosine * Math.cos(longitude);
    vectors[site * 3 + 1] = cosine * Math.sin(longitude);
    vectors[site * 3 + 2] = Math.sin(latitude);
    const seen = latitudesAt.get(lon);
    if (seen?.includes(lat)) continue;
    if (seen) seen.push(lat);
    else latitudesAt.set(lon, [lat]);
    usable[site] = 1;
  }
  return { vectors, usable };
}

/** The place of `site` in the lists, finite: the sites there, the first usable and the others not. */
function markUsableAt(
  longitudes: Float64Array,
  latitudes: Float64Array,
  usable: Uint8Array,
  lon: number,
  lat: number,
) {
  let first = true;
  for (let site = 0; site < longitudes.length; site++) {
    if (longitudes[site] !== lon || latitudes[site] !== lat) continue;
    usable[site] = first ? 1 : 0;
    first = false;
  }
}

/**
 * The vectors and usable flags of the new list from the kept ones: the first `prefix` and last
 * `suffix` sites are the kept ones (same places, same order), the middle made anew; then at every
 * place of a site in the middle of either list, which site there comes first is decided again —
 * equal to `siteVectorsOf` of the new list.
 */
export function siteVectorsFrom(
  kept: { longitudes: Float64Array; latitudes: Float64Array },
  keptSites: { vectors: Float64Array; usable: Uint8Array },
  longitudes: Float64Array,
  latitudes: Float64Array,
  prefix: number,
  suffix: number,
) {
  const count = longitudes.length;
  const keptCount = kept.longitudes.length;
  const vectors = new Float64Array(count * 3);
  const usable = new Uint8Array(count);
  vectors.set(keptSites.vectors.subarray(0, prefix * 3));
  usable.set(keptSites.usable.subarray(0, prefix));
  vectors.set(keptSites.vectors.subarray((keptCount - suffix) * 3), (count - suffix) * 3);
  usable.set(keptSites.usable.subarray(keptCount - suffix), count - suffix);
  const middle = siteVectorsOf(
    longitudes.subarray(prefix, count - suffix),
    latitudes.subarray(prefix, count - suffix),
  );
  vectors.set(middle.vectors, prefix * 3);
  const places = (lons: Float64Array, lats: Float64Array, from: number, to: number) => {
    for (let site = from; site < to; site++) {
      const lon = lons[site] ?? Number.NaN;
      const lat = lats[site] ?? Number.NaN;
      if (Number.isFinite(lon) && Number.isFinite(lat)) markUsableAt(longitudes, latitudes, usable, lon, lat);
    }
  };
  places(longitudes, latitudes, prefix, count - suffix);
  places(kept.longitudes, kept.latitudes, prefix, keptCount - suffix);
  return { vectors, usable };
}
