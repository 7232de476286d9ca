/** The embedded sample roster as the app reads it, for expected values in the e2e tests. */
import { readFileSync } from 'node:fs';
import type { School } from '../../src/domain/school.ts';
import { readRoster } from '../../src/io/read-roster.ts';

/** Every school of geodata/schools.sample.csv that the reader accepts. */
export function sampleSchools(): School[] {
  const result = readRoster(readFileSync('geodata/schools.sample.csv', 'utf8'), 'schools.sample.csv');
  return result.accepted.map((row) => row.record);
}
