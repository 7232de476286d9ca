/**
 * The synthetic province of the travel benchmark: a jittered lattice of about 10⁶ road segments,
 * ten meandering rivers as barriers, 10⁶ population points in random order and 10,000 schools,
 * the same on every run (seeded). Invented data for timing only.
 */
import type { BarrierLayer, LonLat, RoadLine, RoadNetwork } from '../../src/domain/road-network.ts';
import { createSeededRandom } from '../geodata/seeded-random.ts';

/** Roads per side of the lattice. */
export const LATTICE = 710;
/** Distance between neighbouring lattice roads, degrees (about 500 m). */
export const SPACING_DEGREES = 0.0045;
/** Population points. */
export const PROVINCE_POINTS = 1_000_000;
/** Schools. */
export const PROVINCE_SCHOOLS = 10_000;
/** Rivers crossing the province from south to north. */
export const RIVERS = 10;

/** The sizes of a synthetic region; the defaults make the province. */
export interface RegionSize {
  lattice: number;
  points: number;
  schools: number;
  rivers: number;
}

/**
 * The synthetic province: lattice roads (one line per row and per column), rivers, points,
 * schools; smaller regions of the same making with other sizes.
 */
export function syntheticProvince(
  size: RegionSize = { lattice: LATTICE, points: PROVINCE_POINTS, schools: PROVINCE_SCHOOLS, rivers: RIVERS },
) {
  const random = createSeededRandom(1507);
  const west = 106.0;
  const south = 21.5;
  const jitter = SPACING_DEGREES * 0.2;
  const node: LonLat[][] = Array.from({ length: size.lattice }, (_, row) =>
    Array.from(
      { length: size.lattice },
      (_, column): LonLat => [
        west + column * SPACING_DEGREES + random.between(-jitter, jitter),
        south + row * SPACING_DEGREES + random.between(-jitter, jitter),
      ],
    ),
  );
  const classes = ['国道', '省道', '县道', '乡道', '村道'] as const;
  const lines: RoadLine[] = [];
  for (let row = 0; row < size.lattice; row++) {
    lines.push({
      coordinates: node[row] as LonLat[],
      roadClass: classes[row % 5] ?? '村道',
      speed: null,
      name: '',
    });
  }
  for (let column = 0; column < size.lattice; column++) {
    lines.push({
      coordinates: node.map((points) => points[column] as LonLat),
      roadClass: classes[column % 5] ?? '村道',
      speed: null,
      name: '',
    });
  }
  const side = size.lattice * SPACING_DEGREES;
  const rivers: LonLat[][] = Array.from({ length: size.rivers }, () => {
    let lon = west + random.between(0, side);
    let lat = south;
    const river: LonLat[] = [[lon, lat]];
    while (lat < south + side) {
      lon += random.between(-0.03, 0.03);
      lat += 0.02;
      river.push([lon, lat]);
    }
    return river;
  });
  const barriers: BarrierLayer[] = [{ file: 'rivers', source: 'synthetic', lines: rivers }];
  const points = Array.from({ length: size.points }, () => ({
    lon: west + random.between(0, side),
    lat: south + random.between(0, side),
  }));
  const schools = Array.from({ length: size.schools }, () => ({
    lon: west + random.between(0, side),
    lat: south + random.between(0, side),
  }));
  const network: RoadNetwork = { file: 'province', sample: true, lines };
  return { network, barriers, points, schools };
}
