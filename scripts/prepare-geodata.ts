/**
 * Regenerates every file in `geodata/` from installed npm packages and the hand-kept seats table
 * `geodata/township_seats.csv`. Deterministic: the same inputs give the same bytes. The building
 * is done by the pure functions in `scripts/geodata/`; this file only reads, writes and reports.
 *
 * Run with `npm run geodata`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHOOL_TYPES } from '../src/domain/school.ts';
import { buildGeodataFiles } from './geodata/build-geodata-files.ts';
import { buildSampleRoadsText, SAMPLE_ROADS_FILE } from './geodata/build-sample-roads.ts';
import { countSchoolsByTownship } from './geodata/count-schools-by-township.ts';
import { readGeodataSources } from './geodata/read-geodata-sources.ts';
import { writePopulationModel } from './geodata/write-population-model.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { files, schools } = buildGeodataFiles(readGeodataSources(root));

for (const [file, text] of Object.entries(files)) {
  writeFileSync(join(root, 'geodata', file), text, 'utf8');
  console.log(`geodata: wrote ${file} (${Buffer.byteLength(text)} bytes)`);
}
// The modelled population is built from the boundaries, seats and villages just written.
console.log(writePopulationModel(root));
// The sample road network, from the seats and sample roster just written and the 郁江.
const roads = buildSampleRoadsText(root);
writeFileSync(join(root, SAMPLE_ROADS_FILE), roads, 'utf8');
console.log(`geodata: wrote ${SAMPLE_ROADS_FILE} (${Buffer.byteLength(roads)} bytes)`);

// A look at the roster as numbers: existing + new builds per township and type.
console.log(`geodata: ${schools.length} sample schools (existing+new per township and type)`);
console.log(['乡镇', ...SCHOOL_TYPES].join('\t'));
for (const count of countSchoolsByTownship(schools)) {
  console.log(
    [count.township, ...SCHOOL_TYPES.map((type) => `${count.existing[type]}+${count.newBuilds[type]}`)].join(
      '\t',
    ),
  );
}
