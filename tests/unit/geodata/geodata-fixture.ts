/**
 * Shared reading for the geodata tests: the repository root, the committed files and the sample
 * roster parsed into rows keyed by the canonical column names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import {
  GEODATA_FILES,
  type GeodataFiles,
  readGeodataFiles,
} from '../../../scripts/geodata/geodata-files.ts';
import {
  type ProjectStatus,
  type ProjectType,
  ROSTER_COLUMNS,
  type RosterColumn,
} from '../../../src/domain/school.ts';

/** The repository root. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The committed `geodata/` folder. */
export const geodataDirectory = join(repositoryRoot, 'geodata');

/** The committed geographic files, parsed. */
export function committedGeodata(): GeodataFiles {
  return readGeodataFiles(geodataDirectory);
}

/** The committed sample roster as written, byte-order mark included. */
export function committedRosterText(): string {
  return readFileSync(join(geodataDirectory, GEODATA_FILES.sampleSchools), 'utf8');
}

/** One roster row, every cell as text. */
export type RosterRow = Record<RosterColumn, string>;

/** Parses roster text into rows, checking that the header is exactly the canonical one. */
export function parseRoster(text: string): RosterRow[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (header?.join(',') !== ROSTER_COLUMNS.join(','))
    throw new Error(`Unexpected header ${header?.join(',')}`);
  return rows.map(
    (cells) =>
      Object.fromEntries(ROSTER_COLUMNS.map((column, index) => [column, cells[index] ?? ''])) as RosterRow,
  );
}

/** Whether a row stands today: everything but new builds still planned or under construction. */
export function existsToday(row: RosterRow): boolean {
  const type = row.项目类型 as ProjectType;
  const status = row.项目状态 as ProjectStatus;
  return !(type === '新建' && (status === '规划' || status === '在建'));
}
