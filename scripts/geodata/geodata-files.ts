/**
 * Names of the files in `geodata/` and a reader for the ones the sample roster is generated from,
 * shared by the script that writes them and the tests that check them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  DistrictCollection,
  TownshipCollection,
  TownshipSeatCollection,
  Village,
} from '../../src/domain/township.ts';

/** File names inside `geodata/`. */
export const GEODATA_FILES = {
  seatsTable: 'township_seats.csv',
  district: 'district.geojson',
  seats: 'township-seats.geojson',
  townships: 'townships.geojson',
  villages: 'villages.json',
  sampleSchools: 'schools.sample.csv',
} as const;

/** The committed geodata the sample roster is generated from, parsed. */
export interface GeodataFiles {
  district: DistrictCollection;
  seats: TownshipSeatCollection;
  townships: TownshipCollection;
  villages: Village[];
}

function readJson<T>(directory: string, file: string): T {
  return JSON.parse(readFileSync(join(directory, file), 'utf8')) as T;
}

/**
 * Reads the generated geographic files of a geodata directory (not the roster, which is made from them).
 * @example readGeodataFiles('geodata').townships.features.length // 9
 */
export function readGeodataFiles(directory: string): GeodataFiles {
  return {
    district: readJson<DistrictCollection>(directory, GEODATA_FILES.district),
    seats: readJson<TownshipSeatCollection>(directory, GEODATA_FILES.seats),
    townships: readJson<TownshipCollection>(directory, GEODATA_FILES.townships),
    villages: readJson<Village[]>(directory, GEODATA_FILES.villages),
  };
}
