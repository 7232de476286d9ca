/**
 * The seat allocation done the obvious way, for the benchmark and the tests to compare against:
 * every place scans every school for the ones within its radius (haversineDistance), all the
 * pairs are sorted by one comparison sort, then the same greedy pass. Same rule, same integers.
 */
import { haversineDistance } from '../../src/analysis/haversine-distance.ts';

/** A place: where, how many children, and its radius (Infinity: every school). */
export interface NaivePlace {
  lon: number;
  lat: number;
  children: number;
  radius: number;
}

/** A school: its code, where, and its seats. */
export interface NaiveSchool {
  code: string;
  lon: number;
  lat: number;
  seats: number;
}

/** The result: seated per place and allocated per school. */
export interface NaiveAllocation {
  seatedAtPlace: number[];
  allocatedAtSchool: number[];
  seated: number;
}

/**
 * Allocates seats nearest free seat first by scanning every pair.
 * @example allocateSeatsNaively(places, schools).seated
 */
export function allocateSeatsNaively(
  places: readonly NaivePlace[],
  schools: readonly NaiveSchool[],
): NaiveAllocation {
  const pairs: { place: number; school: number; distance: number }[] = [];
  places.forEach((place, placeIndex) => {
    schools.forEach((school, schoolIndex) => {
      const distance = haversineDistance([place.lon, place.lat], [school.lon, school.lat]);
      if (!(Number.isFinite(place.radius) && place.radius >= 0) || distance <= place.radius) {
        pairs.push({ place: placeIndex, school: schoolIndex, distance });
      }
    });
  });
  pairs.sort((a, b) => {
    if (a.distance !== b.distance) return a.distance - b.distance;
    const codeA = schools[a.school]?.code ?? '';
    const codeB = schools[b.school]?.code ?? '';
    if (codeA !== codeB) return codeA < codeB ? -1 : 1;
    if (a.place !== b.place) return a.place - b.place;
    return a.school - b.school;
  });
  const waiting = places.map((place) => Math.max(0, Math.floor(place.children)));
  const free = schools.map((school) => Math.max(0, Math.floor(school.seats)));
  const seatedAtPlace = places.map(() => 0);
  const allocatedAtSchool = schools.map(() => 0);
  let seated = 0;
  for (const pair of pairs) {
    const given = Math.min(waiting[pair.place] ?? 0, free[pair.school] ?? 0);
    if (given === 0) continue;
    waiting[pair.place] = (waiting[pair.place] ?? 0) - given;
    free[pair.school] = (free[pair.school] ?? 0) - given;
    seatedAtPlace[pair.place] = (seatedAtPlace[pair.place] ?? 0) + given;
    allocatedAtSchool[pair.school] = (allocatedAtSchool[pair.school] ?? 0) + given;
    seated += given;
  }
  return { seatedAtPlace, allocatedAtSchool, seated };
}
