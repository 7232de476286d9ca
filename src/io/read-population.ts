/**
 * Reads the user's own population: a per-township table (code or name, 人口, optional
 * 学龄人口) or settlement points (名称, 经度, 纬度, 人口, optional 学龄人口), from CSV/TSV/XLSX,
 * into {@link PopulationData} — with the roster's row-by-row report.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { type Message, message } from '../domain/message.ts';
import type { PopulationData, PopulationPoint, TownshipPopulation } from '../domain/population.ts';
import { columnName } from '../domain/vocabulary.ts';
import type { CoordinateSystem } from './convert-coordinates.ts';
import {
  applyMappingOverride,
  type ColumnMapping,
  type ColumnMappingOverride,
  guessMapping,
} from './guess-column-mapping.ts';
import type { AcceptedRow, ImportResult, RejectedRow, RowIssue } from './import-result.ts';
import {
  SETTLEMENT_POPULATION_COLUMNS,
  SETTLEMENT_POPULATION_SYNONYMS,
  type SettlementPopulationColumn,
  TOWNSHIP_POPULATION_COLUMNS,
  TOWNSHIP_POPULATION_SYNONYMS,
  type TownshipPopulationColumn,
} from './population-columns.ts';
import {
  type ChildrenOfRow,
  type ChildrenTableReader,
  createChildrenTableReader,
} from './read-children-cells.ts';
import { readPosition } from './read-position.ts';
import { readSourceTable } from './read-source-table.ts';
import { readNumberText } from './roster-value-synonyms.ts';
import { type SourceRow, type SourceTable, totalRowLabel, totalRowNote } from './source-table.ts';
import { unescapeSpreadsheetText } from './spreadsheet-text.ts';
import type { KnownTownship } from './to-townships.ts';

/** Options shared by both population reads. */
export interface ReadPopulationOptions<Column extends string> {
  /** The district's townships, to match rows by code or name. */
  knownTownships?: readonly KnownTownship[];
  /** Text encoding override. */
  encoding?: string;
  /** Sheet name or 1-based number, for workbooks. */
  sheet?: string;
  /** The user's column choices. */
  mapping?: ColumnMappingOverride<Column>;
}

/** Options of a settlement-points read. */
export interface ReadSettlementOptions extends ReadPopulationOptions<SettlementPopulationColumn> {
  /** Coordinate system of the file (default wgs84). */
  coords?: CoordinateSystem;
  /** District outline, to flag points outside it. */
  district?: Feature<Polygon | MultiPolygon>;
}

/** A population read: the rows' report and the population built from the accepted rows. */
export interface PopulationImportResult<Record, Column extends string> extends ImportResult<Record> {
  /** The population to use, or null when no row was accepted. */
  population: PopulationData | null;
  headers: string[];
  mapping: ColumnMapping<Column>;
  encoding: string | null;
}

type CellReader<Column extends string> = (column: Column) => string;

/**
 * Finds a row's township among the district's by code (a 12-digit statistical code ending in 000
 * is its 9-digit township code) or by name, with or without 镇/乡/街道.
 */
export function matcher(known: readonly KnownTownship[]) {
  const suffix = /(街道办事处|街道|办事处|镇|乡)$/;
  const normalise = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');
  const byName = new Map<string, KnownTownship>();
  for (const township of known) {
    byName.set(normalise(township.name), township);
    byName.set(normalise(township.name).replace(suffix, ''), township);
  }
  const byCode = new Map(known.map((township) => [township.code, township]));
  const findCode = (text: string) => {
    const digits = text.normalize('NFKC').trim();
    return byCode.get(/^\d{12}$/.test(digits) && digits.endsWith('000') ? digits.slice(0, 9) : digits);
  };
  // A code typed into the name column (a common shortcut) is still a code.
  return (code: string, name: string): KnownTownship | undefined => {
    const normalisedName = normalise(name);
    return (
      (code ? findCode(code) : undefined) ??
      (normalisedName
        ? (byName.get(normalisedName) ??
          byName.get(normalisedName.replace(suffix, '')) ??
          findCode(normalisedName))
        : undefined)
    );
  };
}

/** Runs a row check over a table, collecting accepted and rejected rows in the ImportResult shape. */
export function checkRows<Record, Column extends string>(
  table: SourceTable,
  mapping: ColumnMapping<Column>,
  check: (
    cell: CellReader<Column>,
    issue: (column: Column | null, problem: Message, kind: 'error' | 'warning') => void,
    row: SourceRow,
  ) => Record | null,
): ImportResult<Record> {
  const result: ImportResult<Record> = {
    file: table.file,
    accepted: [],
    rejected: [],
    fileErrors: [],
    headers: table.headers,
    ...(table.notes?.length ? { fileWarnings: [...table.notes] } : {}),
  };
  for (const row of table.rows) {
    const errors: RowIssue[] = [];
    const warnings: RowIssue[] = [];
    const cell: CellReader<Column> = (column) => {
      const header = mapping[column];
      const index = header === null ? -1 : table.headers.indexOf(header);
      return index < 0 ? '' : unescapeSpreadsheetText(row.cells[index] ?? '').trim();
    };
    const issue = (column: Column | null, problem: Message, kind: 'error' | 'warning') => {
      const entry: RowIssue = {
        file: table.file,
        row: row.row,
        column: column && (mapping[column] ?? column),
        message: problem,
      };
      (kind === 'error' ? errors : warnings).push(entry);
    };
    // A sum row (合计) is no township and no settlement: left out with a note, as in rosters.
    const label = totalRowLabel(row.cells);
    if (label !== null && cell('经度' as Column) === '') {
      result.fileWarnings = [...(result.fileWarnings ?? []), totalRowNote(table.file, row.row, label)];
      continue;
    }
    const problem = table.rowProblems?.[row.row];
    if (problem) issue(null, problem, 'error');
    for (const warning of table.rowWarnings?.[row.row] ?? []) issue(null, warning, 'warning');
    const record = check(cell, issue, row);
    if (record !== null && errors.length === 0) {
      const accepted: AcceptedRow<Record> = { row: row.row, record, warnings };
      result.accepted.push(accepted);
    } else {
      // No prototype: a header such as __proto__ is an ordinary key.
      const original: RejectedRow['original'] = Object.create(null);
      table.headers.forEach((header, index) => {
        original[header] = row.cells[index] ?? '';
      });
      const rejected: RejectedRow = { row: row.row, original, errors };
      result.rejected.push(rejected);
    }
  }
  return result;
}

/**
 * A row's children figures (single-year ages or stage counts), their problems reported on the row;
 * null when the row is refused (a year unlike the file's).
 */
function readRowChildren<Column extends string>(
  children: ChildrenTableReader,
  table: SourceTable,
  row: SourceRow,
  issue: (column: Column | null, problem: Message, kind: 'error' | 'warning') => void,
): ChildrenOfRow['fields'] | null {
  const read = children.read(
    (header) => unescapeSpreadsheetText(row.cells[table.headers.indexOf(header)] ?? '').trim(),
    row.row,
  );
  // A children column is no mapped column: the file's own header names it in the report.
  for (const problem of read.problems) issue(problem.header as Column, problem.problem, problem.kind);
  return read.problems.some((problem) => problem.kind === 'error') ? null : read.fields;
}

/** The file's notes on its children columns and, when it gave one, its base year. */
function withChildren<Result extends { fileWarnings?: Message[]; population: PopulationData | null }>(
  result: Result,
  children: ChildrenTableReader,
): Result {
  const notes = children.notes();
  const baseYear = children.baseYear();
  return {
    ...result,
    ...(notes.length > 0 ? { fileWarnings: [...(result.fileWarnings ?? []), ...notes] } : {}),
    population:
      result.population && baseYear !== undefined ? { ...result.population, baseYear } : result.population,
  };
}

type CountColumn = '人口' | '学龄人口';

function readPopulationCounts(
  cell: CellReader<CountColumn>,
  issue: (column: CountColumn | null, problem: Message, kind: 'error' | 'warning') => void,
): { population: number; schoolAgePopulation: number | null } | null {
  const populationText = cell('人口');
  const population = readNumberText(populationText);
  if (populationText === '' || population === null || population < 0) {
    issue(
      '人口',
      populationText === ''
        ? message('populationCountMissing')
        : message('populationNotNonNegative', { value: populationText }),
      'error',
    );
    return null;
  }
  const schoolAgeText = cell('学龄人口');
  let schoolAgePopulation = schoolAgeText === '' ? null : readNumberText(schoolAgeText);
  if (schoolAgePopulation !== null && schoolAgePopulation < 0) schoolAgePopulation = null;
  if (schoolAgeText !== '' && schoolAgePopulation === null) {
    issue('学龄人口', message('populationSchoolAgeNotNumber', { value: schoolAgeText }), 'warning');
  }
  if (schoolAgePopulation !== null && schoolAgePopulation > population) {
    issue(
      '学龄人口',
      message('populationSchoolAgeTooLarge', { schoolAge: schoolAgePopulation, population }),
      'warning',
    );
  }
  return { population, schoolAgePopulation };
}

function failed<Record, Column extends string>(
  file: string,
  problem: Message,
  mapping: ColumnMapping<Column>,
): PopulationImportResult<Record, Column> {
  return {
    file,
    accepted: [],
    rejected: [],
    fileErrors: [problem],
    population: null,
    headers: [],
    mapping,
    encoding: null,
  };
}

/**
 * Checks a per-township population table that is already read. A row must name a known
 * township (by code, or by name with or without 镇/街道) — or, when no townships are known,
 * give a code — and a non-negative 人口. A township given twice is rejected after its first row.
 */
export function readTownshipPopulationTable(
  table: SourceTable,
  options: Pick<ReadPopulationOptions<TownshipPopulationColumn>, 'knownTownships' | 'mapping'> = {},
): Omit<PopulationImportResult<TownshipPopulation, TownshipPopulationColumn>, 'encoding'> {
  const guess = guessMapping(table.headers, TOWNSHIP_POPULATION_COLUMNS, TOWNSHIP_POPULATION_SYNONYMS);
  const mapping = applyMappingOverride(guess, options.mapping, table.headers);
  const known = options.knownTownships ?? [];
  const headers = table.headers;
  if ((mapping.乡镇代码 === null && mapping.乡镇名称 === null) || mapping.人口 === null) {
    const missing = [
      ...(mapping.乡镇代码 === null && mapping.乡镇名称 === null
        ? [message('populationCodeOrName', { code: columnName('乡镇代码'), name: columnName('乡镇名称') })]
        : []),
      ...(mapping.人口 === null ? [columnName('人口')] : []),
    ];
    return {
      ...failed(table.file, message('rosterColumnsMissing', { file: table.file, columns: missing }), mapping),
      headers,
    };
  }
  const find = matcher(known);
  const children = createChildrenTableReader(table.file, headers, Object.values(mapping));
  const seen = new Map<string, number>();
  const result = checkRows<TownshipPopulation, TownshipPopulationColumn>(
    table,
    mapping,
    (cell, issue, row) => {
      const code = cell('乡镇代码');
      const name = cell('乡镇名称');
      let township: KnownTownship | undefined;
      if (known.length > 0) {
        township = find(code, name);
        if (!township) {
          issue(
            code ? '乡镇代码' : '乡镇名称',
            message('populationNotATownship', { value: code || name }),
            'error',
          );
        }
      } else if (code) {
        township = { code, name };
      } else {
        issue('乡镇代码', message('populationCodeMissing'), 'error');
      }
      const counts = readPopulationCounts(cell, issue);
      const childrenFields = readRowChildren(children, table, row, issue);
      if (!township || !counts || !childrenFields) return null;
      const first = seen.get(township.code);
      if (first !== undefined) {
        issue(
          code ? '乡镇代码' : '乡镇名称',
          message('populationDuplicate', { township: township.name || township.code, row: first }),
          'error',
        );
        return null;
      }
      seen.set(township.code, row.row);
      return { code: township.code, name: township.name || name, ...counts, ...childrenFields };
    },
  );
  const missingTownships = known
    .filter((township) => !seen.has(township.code))
    .map((township) => township.name);
  if (missingTownships.length > 0) {
    result.fileWarnings = [
      ...(result.fileWarnings ?? []),
      message('populationTownshipsMissing', { file: table.file, townships: missingTownships }),
    ];
  }
  const townships = result.accepted.map((row) => row.record);
  const population: PopulationData | null =
    townships.length === 0
      ? null
      : { source: 'township-table', label: table.file, file: table.file, points: [], townships };
  return withChildren({ ...result, population, headers, mapping }, children);
}

/**
 * Checks a settlement-points table that is already read: each row a point with 人口 (and
 * optionally 学龄人口, 名称, and its township by 乡镇代码 or 所属乡镇), coordinates read and
 * converted as in the roster.
 */
export function readSettlementPopulationTable(
  table: SourceTable,
  options: Pick<ReadSettlementOptions, 'knownTownships' | 'mapping' | 'coords' | 'district'> = {},
): Omit<PopulationImportResult<PopulationPoint, SettlementPopulationColumn>, 'encoding'> {
  const guess = guessMapping(table.headers, SETTLEMENT_POPULATION_COLUMNS, SETTLEMENT_POPULATION_SYNONYMS);
  const mapping = applyMappingOverride(guess, options.mapping, table.headers);
  const headers = table.headers;
  const missing = (['经度', '纬度', '人口'] as const).filter((column) => mapping[column] === null);
  if (missing.length > 0) {
    return {
      ...failed(
        table.file,
        message('rosterColumnsMissing', { file: table.file, columns: missing.map(columnName) }),
        mapping,
      ),
      headers,
    };
  }
  const find = matcher(options.knownTownships ?? []);
  const children = createChildrenTableReader(table.file, headers, Object.values(mapping));
  const result = checkRows<PopulationPoint, SettlementPopulationColumn>(
    table,
    mapping,
    (cell, issue, row) => {
      const position = readPosition(cell('经度'), cell('纬度'), {
        ...(options.coords ? { coords: options.coords } : {}),
        ...(options.district ? { district: options.district } : {}),
      });
      for (const entry of position.errors) issue(entry.column, entry.message, 'error');
      for (const entry of position.warnings) issue(entry.column, entry.message, 'warning');
      const counts = readPopulationCounts(cell, issue);
      const childrenFields = readRowChildren(children, table, row, issue);
      if (!position.wgs84 || !counts || !childrenFields) return null;
      const townshipCode = cell('乡镇代码');
      const townshipName = cell('所属乡镇');
      const township = townshipCode || townshipName ? find(townshipCode, townshipName) : undefined;
      if ((townshipCode || townshipName) && !township && (options.knownTownships?.length ?? 0) > 0) {
        issue(
          townshipCode ? '乡镇代码' : '所属乡镇',
          message('populationPointTownshipUnknown', { value: townshipCode || townshipName }),
          'warning',
        );
      }
      return {
        lon: position.wgs84[0],
        lat: position.wgs84[1],
        ...counts,
        name: cell('名称'),
        townshipCode: township?.code ?? (options.knownTownships?.length ? '' : townshipCode),
        ...childrenFields,
      };
    },
  );
  const points = result.accepted.map((row) => row.record);
  const population: PopulationData | null =
    points.length === 0
      ? null
      : { source: 'settlement-points', label: table.file, file: table.file, points, townships: [] };
  return withChildren({ ...result, population, headers, mapping }, children);
}

/**
 * Reads a per-township population file (CSV/TSV/TXT/XLSX). Never throws.
 * @example (await readTownshipPopulationBytes(bytes, '人口.csv', { knownTownships })).population?.townships
 */
export async function readTownshipPopulationBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadPopulationOptions<TownshipPopulationColumn> = {},
): Promise<PopulationImportResult<TownshipPopulation, TownshipPopulationColumn>> {
  const read = await readSourceTable(bytes, fileName, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.sheet ? { sheet: options.sheet } : {}),
  });
  if (!read.ok)
    return failed(
      fileName,
      read.message,
      guessMapping([], TOWNSHIP_POPULATION_COLUMNS, TOWNSHIP_POPULATION_SYNONYMS),
    );
  return { ...readTownshipPopulationTable(read.table, options), encoding: read.encoding };
}

/**
 * Reads a settlement-points population file (CSV/TSV/TXT/XLSX/GeoJSON points). Never throws.
 * @example (await readSettlementPopulationBytes(bytes, '村人口.csv', { coords: 'gcj02' })).population?.points
 */
export async function readSettlementPopulationBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadSettlementOptions = {},
): Promise<PopulationImportResult<PopulationPoint, SettlementPopulationColumn>> {
  const read = await readSourceTable(bytes, fileName, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.sheet ? { sheet: options.sheet } : {}),
  });
  if (!read.ok) {
    return failed(
      fileName,
      read.message,
      guessMapping([], SETTLEMENT_POPULATION_COLUMNS, SETTLEMENT_POPULATION_SYNONYMS),
    );
  }
  return { ...readSettlementPopulationTable(read.table, options), encoding: read.encoding };
}
