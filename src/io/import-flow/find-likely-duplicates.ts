/**
 * Schools of an import that are probably schools the roster already has under another code (or
 * none): the same name in the same township, or the same type within 100 m. A roster brought
 * again without its codes would otherwise double every school.
 */
import { haversineDistance } from '../../analysis/haversine-distance.ts';
import type { School } from '../../domain/school.ts';

/** Two schools of one type closer than this are taken for one school, metres. */
export const DUPLICATE_DISTANCE_METRES = 100;

/** Why an incoming school looks like one already in the roster. */
export type DuplicateReason = 'same-name-and-township' | 'same-type-nearby';

/** An incoming school and the school of the roster it probably is. */
export interface LikelyDuplicate {
  /** The incoming school's position in the import's accepted rows. */
  index: number;
  /** The file's row number, for the report. */
  row: number;
  incoming: School;
  existing: School;
  reason: DuplicateReason;
  /** How far apart the two points are, metres. */
  metres: number;
}

/** A grid cell about 110 m tall: a school's neighbours within 100 m lie in its cell or the 8 around it. */
const CELL_DEGREES = 0.001;

function cellOf(lon: number, lat: number, lonCell: number): string {
  return `${Math.floor(lon / lonCell)}:${Math.floor(lat / CELL_DEGREES)}`;
}

function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * For each incoming school that is not matched by its code — its code is new, or the file gave
 * none (`codeGiven[index]` false) — the existing school it probably is. Linear in both lists:
 * names through a map, points through a grid of cells about 100 m wide.
 * @param codeGiven whether the file gave each incoming school's code (false: a made-up ROW code)
 * @example findLikelyDuplicates(roster, imported, imported.map(() => false))[0].existing.code // '2145080001'
 */
export function findLikelyDuplicates(
  existing: readonly School[],
  incoming: readonly { row: number; record: School }[],
  codeGiven: readonly boolean[],
): LikelyDuplicate[] {
  const codes = new Set<string>();
  const byName = new Map<string, School>();
  const cells = new Map<string, School[]>();
  // One longitude cell width for the whole roster: a county spans well under a degree of latitude.
  const latitude = existing[0]?.lat ?? 0;
  const lonCell = CELL_DEGREES / Math.max(Math.cos((Math.abs(latitude) * Math.PI) / 180), 0.01);
  for (const school of existing) {
    codes.add(school.code);
    const key = `${normaliseName(school.name)}\u0000${school.township}`;
    if (!byName.has(key)) byName.set(key, school);
    const cell = cellOf(school.lon, school.lat, lonCell);
    const list = cells.get(cell);
    if (list) list.push(school);
    else cells.set(cell, [school]);
  }
  const found: LikelyDuplicate[] = [];
  incoming.forEach(({ row, record }, index) => {
    if (codeGiven[index] && codes.has(record.code)) return;
    const point: [number, number] = [record.lon, record.lat];
    const named =
      record.township === ''
        ? undefined
        : byName.get(`${normaliseName(record.name)}\u0000${record.township}`);
    if (named) {
      const metres = haversineDistance(point, [named.lon, named.lat]);
      found.push({ index, row, incoming: record, existing: named, reason: 'same-name-and-township', metres });
      return;
    }
    const column = Math.floor(record.lon / lonCell);
    const line = Math.floor(record.lat / CELL_DEGREES);
    let nearest: { school: School; metres: number } | null = null;
    for (let x = column - 1; x <= column + 1; x += 1) {
      for (let y = line - 1; y <= line + 1; y += 1) {
        for (const school of cells.get(`${x}:${y}`) ?? []) {
          if (school.type !== record.type) continue;
          const metres = haversineDistance(point, [school.lon, school.lat]);
          if (metres <= DUPLICATE_DISTANCE_METRES && (!nearest || metres < nearest.metres)) {
            nearest = { school, metres };
          }
        }
      }
    }
    if (nearest) {
      found.push({
        index,
        row,
        incoming: record,
        existing: nearest.school,
        reason: 'same-type-nearby',
        metres: nearest.metres,
      });
    }
  });
  return found;
}
