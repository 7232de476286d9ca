/**
 * The nearest site of every prepared point, kept from one analysis to the next and brought up to
 * date for the sites an edit changed: a site removed hands its points to the nearest remaining
 * site, a site added takes the points now nearer to it. The result is the one
 * `findNearestSlots` gives for the new list, distance for distance.
 */
import {
  chordToMetres,
  findNearestSlots,
  type NearestSites,
  SERIES_CHORD_LIMIT,
  TIE_CHORD,
} from './find-nearest-sites.ts';
import { haversineDistance } from './haversine-distance.ts';
import { nodeCurrentReach, updateReach } from './node-reach.ts';
import type { PreparedPoints } from './prepare-points.ts';
import { siteVectorsFrom, siteVectorsOf } from './site-vectors.ts';

/**
 * Above this many sites removed or added, or when the points to search again times the sites
 * exceed {@link MAXIMUM_REASSIGN_WORK}, the whole search is run again: an import, not an edit.
 */
export const MAXIMUM_SITE_EDITS = 32;
const MAXIMUM_REASSIGN_WORK = 50_000_000;
const AGAIN = 1;
const TAKEN = 2;
/** |b|² above |a|² by more than this: b is farther than a by more than a tie (chords are at most 2). */
const FARTHER_SQUARED = 4 * TIE_CHORD + TIE_CHORD * TIE_CHORD;

/** A nearest-site search kept for the next edit. */
export interface KeptNearest {
  /** The sites it was made for, in their order (degrees). */
  longitudes: Float64Array;
  latitudes: Float64Array;
  /** By slot, as `findNearestSlots` returns it; never changed by the coverage summary. */
  result: NearestSites;
  /** Scratch marks by slot for the next update, all 0 between updates. */
  marks: Uint8Array;
  /**
   * The sites' unit vectors and which the search uses (see `siteVectorsOf`), and each quadtree
   * node's bound on its points' current distances (see `nodeCurrentReach`): made on the first
   * edit, then brought up to date for the sites and points an edit changes. Null until then.
   */
  sites: { vectors: Float64Array; usable: Uint8Array } | null;
  reach: Float64Array | null;
  /** How the last update went: every point searched, or only the points of the sites changed. */
  update:
    | { kind: 'full' }
    | {
        kind: 'edit';
        removed: number;
        added: number;
        searchedAgain: number;
        /** The slots whose answer may have changed (searched again or taken by an added site), each once. */
        changed: Int32Array;
      };
}

function searchEverything(
  prepared: PreparedPoints,
  longitudes: Float64Array,
  latitudes: Float64Array,
): KeptNearest {
  const sites = Array.from(longitudes, (lon, site) => ({ lon, lat: latitudes[site] ?? Number.NaN }));
  const result = findNearestSlots(prepared, sites);
  return {
    longitudes,
    latitudes,
    result,
    update: { kind: 'full' },
    marks: new Uint8Array(result.distances.length),
    sites: null,
    reach: null,
  };
}

/** Equal as a map key compares numbers (0 and −0 alike, NaN equal to NaN). */
function samePlaceValue(first: number, second: number): boolean {
  return first === second || (Number.isNaN(first) && Number.isNaN(second));
}

/** Places as two columns of degrees. */
export interface PlaceColumns {
  longitudes: Float64Array;
  latitudes: Float64Array;
}

/** The places of `sites` as columns. */
export function placeColumns(sites: readonly { lon: number; lat: number }[]): PlaceColumns {
  // Filled by a loop: `Float64Array.from` with a mapping function is several times slower.
  const longitudes = new Float64Array(sites.length);
  const latitudes = new Float64Array(sites.length);
  for (let site = 0; site < sites.length; site++) {
    const { lon, lat } = sites[site] as { lon: number; lat: number };
    longitudes[site] = lon;
    latitudes[site] = lat;
  }
  return { longitudes, latitudes };
}

/**
 * The same places in the same order as the columns (nothing to bring up to date), as the columns
 * made from `sites` would compare: −0 and 0 alike, NaN equal to NaN.
 */
export function samePlaces(places: PlaceColumns, sites: readonly { lon: number; lat: number }[]): boolean {
  const count = sites.length;
  if (places.longitudes.length !== count) return false;
  for (let site = 0; site < count; site++) {
    const { lon, lat } = sites[site] as { lon: number; lat: number };
    if (
      !samePlaceValue(places.longitudes[site] ?? 0, +lon) ||
      !samePlaceValue(places.latitudes[site] ?? 0, +lat)
    )
      return false;
  }
  return true;
}

/**
 * A search of every point for the places of the columns, kept for the next edit (as
 * `updateNearestSlots(prepared, null, sites)` makes it for sites at those places).
 */
export function searchPlaces(prepared: PreparedPoints, places: PlaceColumns): KeptNearest {
  return searchEverything(prepared, places.longitudes, places.latitudes);
}

/**
 * The sites of `sites` matched to the kept ones by place (longitude and latitude exactly), in
 * order: kept site → its index in the new list (−1: removed), and the new indices not matched.
 * The lists' common first and last sites match by index (`prefix`, `suffix`); only the sites
 * between are matched by place.
 */
function matchSites(kept: KeptNearest, longitudes: Float64Array, latitudes: Float64Array) {
  const keptCount = kept.longitudes.length;
  const count = longitudes.length;
  const samePlaceAt = (keptSite: number, site: number) =>
    samePlaceValue(kept.longitudes[keptSite] ?? 0, longitudes[site] ?? 0) &&
    samePlaceValue(kept.latitudes[keptSite] ?? 0, latitudes[site] ?? 0);
  const shorter = Math.min(keptCount, count);
  let prefix = 0;
  while (prefix < shorter && samePlaceAt(prefix, prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && samePlaceAt(keptCount - 1 - suffix, count - 1 - suffix)) suffix++;
  const newIndexOfKept = new Int32Array(keptCount).fill(-1);
  for (let site = 0; site < prefix; site++) newIndexOfKept[site] = site;
  for (let site = 0; site < suffix; site++) newIndexOfKept[keptCount - 1 - site] = count - 1 - site;
  // Keyed by longitude, then the latitudes there with their sites in order: no text made per site.
  const keptIndices = new Map<number, { latitude: number; sites: number[] }[]>();
  for (let site = prefix; site < keptCount - suffix; site++) {
    const lon = kept.longitudes[site] ?? Number.NaN;
    const lat = kept.latitudes[site] ?? Number.NaN;
    const atLongitude = keptIndices.get(lon);
    const entry = atLongitude?.find((candidate) => samePlaceValue(candidate.latitude, lat));
    if (entry) entry.sites.push(site);
    else if (atLongitude) atLongitude.push({ latitude: lat, sites: [site] });
    else keptIndices.set(lon, [{ latitude: lat, sites: [site] }]);
  }
  const added: number[] = [];
  for (let site = prefix; site < count - suffix; site++) {
    const lon = longitudes[site] ?? Number.NaN;
    const lat = latitudes[site] ?? Number.NaN;
    const entry = keptIndices.get(lon)?.find((candidate) => samePlaceValue(candidate.latitude, lat));
    const match = entry?.sites.shift();
    if (match === undefined) added.push(site);
    else newIndexOfKept[match] = site;
  }
  let removed = 0;
  for (let site = prefix; site < keptCount - suffix; site++) if ((newIndexOfKept[site] ?? -1) < 0) removed++;
  return { newIndexOfKept, added, removed, prefix, suffix };
}

/**
 * Brings a kept nearest-site search up to date for `sites` (the new list, in its order); with
 * nothing kept, or an edit larger than {@link MAXIMUM_SITE_EDITS} sites, searches every point.
 * Returns `kept` itself when the sites are the same, in the same order.
 *
 * The answer is `findNearestSlots(prepared, sites)`'s for every point: the same rule (the smallest
 * chord; chords within a tie of it decided by the exact haversine value, the lower index on
 * equality; a site at the place of an earlier one left out) applied to the points an edit can
 * change — those whose site was removed, those nearer to an added site, and those a tie decided
 * when any site went — each compared with every site again. Other points keep their site, its
 * index renumbered.
 * @example kept = updateNearestSlots(prepared, kept, primarySchools); kept.result.distances
 */
export function updateNearestSlots(
  prepared: PreparedPoints,
  kept: KeptNearest | null,
  sites: readonly { lon: number; lat: number }[],
): KeptNearest {
  // The same places in the same order (every request of a kind an edit did not reach): no list made.
  if (kept && kept.result.distances.length === prepared.order.length && samePlaces(kept, sites)) return kept;
  const { longitudes, latitudes } = placeColumns(sites);
  if (!kept || kept.result.distances.length !== prepared.order.length)
    return searchEverything(prepared, longitudes, latitudes);
  const { newIndexOfKept, added, removed, prefix, suffix } = matchSites(kept, longitudes, latitudes);
  if (removed === 0 && added.length === 0) {
    let sameOrder = true;
    newIndexOfKept.forEach((index, site) => {
      if (index !== site) sameOrder = false;
    });
    if (sameOrder) return kept;
  }
  if (removed + added.length > MAXIMUM_SITE_EDITS) return searchEverything(prepared, longitudes, latitudes);

  const { order, coordinates, vectors } = prepared;
  const slots = order.length;
  const { distances, nearest, exact } = kept.result;
  const keptSites = kept.sites ?? siteVectorsOf(kept.longitudes, kept.latitudes);
  // Few sites between the common first and last ones (an edit): the kept vectors serve for the rest.
  const { vectors: siteVectors, usable } =
    sites.length - prefix - suffix + kept.longitudes.length - prefix - suffix <= 2 * MAXIMUM_SITE_EDITS
      ? siteVectorsFrom(kept, keptSites, longitudes, latitudes, prefix, suffix)
      : siteVectorsOf(longitudes, latitudes);
  const siteCount = sites.length;
  const chordSquaredTo = (slot: number, site: number) => {
    const dx = (vectors[slot * 3] ?? 0) - (siteVectors[site * 3] ?? 0);
    const dy = (vectors[slot * 3 + 1] ?? 0) - (siteVectors[site * 3 + 1] ?? 0);
    const dz = (vectors[slot * 3 + 2] ?? 0) - (siteVectors[site * 3 + 2] ?? 0);
    return dx * dx + dy * dy + dz * dz;
  };
  const haversineTo = (slot: number, site: number) => {
    const position = order[slot] ?? 0;
    return haversineDistance(
      [coordinates[position * 2] ?? 0, coordinates[position * 2 + 1] ?? 0],
      [longitudes[site] ?? 0, latitudes[site] ?? 0],
    );
  };
  /** One site nearest by a clear margin: the distance as the search gives it. */
  const assign = (slot: number, site: number, chord: number) => {
    nearest[slot] = site;
    if (chord <= SERIES_CHORD_LIMIT) {
      distances[slot] = chordToMetres(chord);
      exact[slot] = 0;
    } else {
      distances[slot] = haversineTo(slot, site);
      exact[slot] = 1;
    }
  };
  /** The point against every site, as the search's scan of a node decides it. */
  const searchAgain = (slot: number) => {
    let best = Number.POSITIVE_INFINITY;
    let second = Number.POSITIVE_INFINITY;
    let bestSite = -1;
    const x = vectors[slot * 3] ?? 0;
    const y = vectors[slot * 3 + 1] ?? 0;
    const z = vectors[slot * 3 + 2] ?? 0;
    for (let site = 0; site < siteCount; site++) {
      if (!usable[site]) continue;
      const dx = x - (siteVectors[site * 3] ?? 0);
      const dy = y - (siteVectors[site * 3 + 1] ?? 0);
      const dz = z - (siteVectors[site * 3 + 2] ?? 0);
      const squared = dx * dx + dy * dy + dz * dz;
      if (squared < best) {
        second = best;
        best = squared;
        bestSite = site;
      } else if (squared < second) second = squared;
    }
    if (bestSite < 0) {
      distances[slot] = Number.POSITIVE_INFINITY;
      nearest[slot] = -1;
      exact[slot] = 1;
      return;
    }
    const chord = Math.sqrt(best);
    const limit = (chord + TIE_CHORD) * (chord + TIE_CHORD);
    if (second > limit) {
      assign(slot, bestSite, chord);
      return;
    }
    // Within a tie: the exact haversine value decides, the lower index on equality.
    let tieSite = -1;
    let tieDistance = Number.POSITIVE_INFINITY;
    for (let site = 0; site < siteCount; site++) {
      if (!usable[site] || chordSquaredTo(slot, site) > limit) continue;
      const metres = haversineTo(slot, site);
      if (metres < tieDistance) {
        tieDistance = metres;
        tieSite = site;
      }
    }
    nearest[slot] = tieSite;
    distances[slot] = tieDistance;
    exact[slot] = 1;
  };

  // Renumber the kept sites; mark the points whose site went, and (when any went) those a tie
  // decided, which a removed site may have been part of.
  // Marks by slot, kept from edit to edit (all clear between): search again, taken by an added site.
  const marks = kept.marks;
  let searchedAgain = 0;
  const again: number[] = [];
  const markAgain = (slot: number) => {
    marks[slot] = (marks[slot] ?? 0) | AGAIN;
    searchedAgain++;
    again.push(slot);
  };
  let renumbering = false;
  newIndexOfKept.forEach((index, site) => {
    if (index >= 0 && index !== site) renumbering = true;
  });
  const markRemoved = (slot: number) => {
    const site = nearest[slot] ?? -1;
    if (site < 0 || (marks[slot] ?? 0) & AGAIN) return;
    const renumbered = newIndexOfKept[site] ?? -1;
    if (renumbered < 0) {
      markAgain(slot);
      return;
    }
    if (renumbering) nearest[slot] = renumbered;
    if (removed > 0 && exact[slot] === 1 && chordSquaredTo(slot, renumbered) <= SERIES_CHORD_LIMIT ** 2)
      markAgain(slot);
  };
  // A point is within its node's bound of its nearest site, and of every site of its tie: only the
  // nodes a removed or added site can reach are visited, depth first, children in slot order.
  const reachOf = kept.reach ?? nodeCurrentReach(prepared, distances);
  const { nodeStart, nodeEnd, nodeFirstChild, nodeChildren, nodeCentres, nodeReach } = prepared;
  const stack: number[] = [];
  const visitReachable = (siteX: number, siteY: number, siteZ: number, visit: (slot: number) => void) => {
    if (nodeStart.length > 0) stack.push(0);
    while (stack.length > 0) {
      const node = stack.pop() ?? 0;
      const dx = (nodeCentres[node * 3] ?? 0) - siteX;
      const dy = (nodeCentres[node * 3 + 1] ?? 0) - siteY;
      const dz = (nodeCentres[node * 3 + 2] ?? 0) - siteZ;
      const nearestPossible = Math.sqrt(dx * dx + dy * dy + dz * dz) - (nodeReach[node] ?? 0);
      if (nearestPossible > (reachOf[node] ?? Number.POSITIVE_INFINITY)) continue;
      const children = nodeChildren[node] ?? 0;
      if (children === 0) {
        const end = nodeEnd[node] ?? 0;
        for (let slot = nodeStart[node] ?? 0; slot < end; slot++) visit(slot);
        continue;
      }
      const first = nodeFirstChild[node] ?? 0;
      for (let child = first + children - 1; child >= first; child--) stack.push(child);
    }
  };
  if (renumbering) for (let slot = 0; slot < slots; slot++) markRemoved(slot);
  else if (removed > 0) {
    const keptVectors = keptSites.vectors;
    newIndexOfKept.forEach((index, site) => {
      if (index >= 0 || !Number.isFinite(kept.longitudes[site] ?? Number.NaN)) return;
      if (!Number.isFinite(kept.latitudes[site] ?? Number.NaN)) return;
      const x = keptVectors[site * 3] ?? 0;
      visitReachable(x, keptVectors[site * 3 + 1] ?? 0, keptVectors[site * 3 + 2] ?? 0, markRemoved);
    });
  }
  if (searchedAgain * Math.max(1, siteCount) > MAXIMUM_REASSIGN_WORK)
    return searchEverything(prepared, longitudes, latitudes);

  // Each added site: the points clearly nearer to it take it; near a tie, the point is searched again.
  const changed: number[] = [];
  const offer = (slot: number, site: number, siteX: number, siteY: number, siteZ: number) => {
    if ((marks[slot] ?? 0) & AGAIN) return;
    const x = vectors[slot * 3] ?? 0;
    const y = vectors[slot * 3 + 1] ?? 0;
    const z = vectors[slot * 3 + 2] ?? 0;
    const squared = (x - siteX) * (x - siteX) + (y - siteY) * (y - siteY) + (z - siteZ) * (z - siteZ);
    const current = nearest[slot] ?? -1;
    if (current < 0) {
      assign(slot, site, Math.sqrt(squared));
      if (!((marks[slot] ?? 0) & TAKEN)) {
        marks[slot] = TAKEN;
        changed.push(slot);
      }
      return;
    }
    const currentX = x - (siteVectors[current * 3] ?? 0);
    const currentY = y - (siteVectors[current * 3 + 1] ?? 0);
    const currentZ = z - (siteVectors[current * 3 + 2] ?? 0);
    const currentSquared = currentX * currentX + currentY * currentY + currentZ * currentZ;
    if (squared > currentSquared + FARTHER_SQUARED) return;
    const chord = Math.sqrt(squared);
    const currentChord = Math.sqrt(currentSquared);
    if (chord > currentChord + TIE_CHORD) return;
    // The kept site may have come from a tie: its chord is then within a tie of the smallest.
    if (chord + 2 * TIE_CHORD < currentChord) {
      assign(slot, site, chord);
      if (!((marks[slot] ?? 0) & TAKEN)) {
        marks[slot] = TAKEN;
        changed.push(slot);
      }
    } else markAgain(slot);
  };
  for (const site of added) {
    if (!usable[site]) continue;
    const siteX = siteVectors[site * 3] ?? 0;
    const siteY = siteVectors[site * 3 + 1] ?? 0;
    const siteZ = siteVectors[site * 3 + 2] ?? 0;
    visitReachable(siteX, siteY, siteZ, (slot) => offer(slot, site, siteX, siteY, siteZ));
  }
  // In slot order, as a scan of the marks would list them.
  for (const slot of Int32Array.from(again).sort()) {
    const mark = marks[slot] ?? 0;
    searchAgain(slot);
    if (!(mark & TAKEN)) changed.push(slot);
  }
  for (const slot of changed) marks[slot] = 0;
  // Distances changed only at the changed slots: the nodes' bounds are made again there only.
  updateReach(prepared, distances, reachOf, changed);
  return {
    longitudes,
    latitudes,
    result: kept.result,
    update: { kind: 'edit', removed, added: added.length, searchedAgain, changed: Int32Array.from(changed) },
    marks,
    sites: { vectors: siteVectors, usable },
    reach: reachOf,
  };
}
