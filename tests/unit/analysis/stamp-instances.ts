/**
 * Random instances for the stamping tests: points jittered over a box (some placed on a site's
 * radius and a hair either side of it), two radius classes, sites in and around the box.
 */
import { createSeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import type { SlotRuns } from '../../../src/analysis/collect-stamped-runs.ts';
import { prepareStampLattice } from '../../../src/analysis/prepare-stamp-lattice.ts';
import { EARTH_RADIUS_METRES } from '../../../src/domain/radius.ts';

export interface Place {
  lon: number;
  lat: number;
}

export const RADIANS = Math.PI / 180;

/** The point `metres` from a place at `bearing` (radians from north), on the analysis's sphere. */
export function destination(place: Place, metres: number, bearing: number): Place {
  const angle = metres / EARTH_RADIUS_METRES;
  const latitude = place.lat * RADIANS;
  const to = Math.asin(
    Math.sin(latitude) * Math.cos(angle) + Math.cos(latitude) * Math.sin(angle) * Math.cos(bearing),
  );
  const longitude = Math.atan2(
    Math.sin(bearing) * Math.sin(angle) * Math.cos(latitude),
    Math.cos(angle) - Math.sin(latitude) * Math.sin(to),
  );
  return { lon: place.lon + longitude / RADIANS, lat: to / RADIANS };
}

/** The slots of the runs, in order. */
export function slotsOf(buffer: SlotRuns): number[] {
  const slots: number[] = [];
  for (let run = 0; run < buffer.length; run += 2)
    for (let slot = buffer.runs[run] as number; slot < (buffer.runs[run + 1] as number); slot++)
      slots.push(slot);
  return slots;
}

/**
 * A random instance: points jittered over a box of about `sideMetres` at `south`° (some on the
 * radius of a site, a micrometre to a metre either side), two classes (a point's class by its
 * township: two townships), and sites anywhere in and around the box.
 */
export function instance(seed: number, south: number, sideMetres: number, radii: [number, number]) {
  const random = createSeededRandom(seed);
  const stepLatitude = sideMetres / ((EARTH_RADIUS_METRES * Math.PI) / 180);
  const stepLongitude = stepLatitude / Math.cos(south * RADIANS);
  const west = 100 + random.between(-1, 1);
  const points: Place[] = [];
  const areas: number[] = [];
  for (let index = 0; index < 3000; index++) {
    points.push({ lon: west + random.next() * stepLongitude, lat: south + random.next() * stepLatitude });
    areas.push(random.next() < 0.3 ? 1 : 0);
  }
  const sites = Array.from({ length: 40 }, () => ({
    lon: west + random.between(-0.2, 1.2) * stepLongitude,
    lat: south + random.between(-0.2, 1.2) * stepLatitude,
  }));
  for (let index = 0; index < 600; index++) {
    const area = index % 2;
    const offset = index % 3 === 0 ? 0 : random.pick([-1, 1]) * 10 ** random.between(-6, 0);
    points.push(
      destination(random.pick(sites), radii[area as 0 | 1] + offset, random.between(0, 2 * Math.PI)),
    );
    areas.push(area);
  }
  const lattice = prepareStampLattice(
    points,
    new Float64Array(0),
    Int32Array.from(areas),
    2,
    Int32Array.of(0, 1, -1),
  );
  return { points, areas, sites, lattice };
}
