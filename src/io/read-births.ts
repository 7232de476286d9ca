/**
 * Reads births per year (出生人数), for the district or per township, from a table the bureau
 * gets from the health commission's birth registrations: columns 年份 and 出生人数, and
 * optionally the township (乡镇代码 or 乡镇名称). Each row is checked as the population tables
 * are, and every rejection names the file, row and column.
 */
import { type Message, message } from '../domain/message.ts';
import { birthsAboveDistrict } from '../domain/seats.ts';
import { columnName } from '../domain/vocabulary.ts';
import {
  applyMappingOverride,
  type ColumnMapping,
  type ColumnMappingOverride,
  guessMapping,
} from './guess-column-mapping.ts';
import { BIRTHS_COLUMNS, BIRTHS_SYNONYMS, type BirthsColumn } from './import-flow/births-columns.ts';
import type { ImportResult } from './import-result.ts';
import { checkRows, matcher } from './read-population.ts';
import { readNumberText } from './roster-value-synonyms.ts';
import type { SourceTable } from './source-table.ts';
import type { KnownTownship } from './to-townships.ts';

/** The earliest and latest year a births row may give. */
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

/** Township cells that mean the whole district rather than a township. */
const DISTRICT_WORDS = new Set(['全区', '全县', '全市', '区合计', '县合计']);

/** One accepted row: the births of a year, in the district or a township. */
export interface BirthsRecord {
  year: number;
  births: number;
  /** The township's code, or null for the district. */
  townshipCode: string | null;
}

/** Births by year, for the district and per township code. */
export interface BirthsFigures {
  district: Record<number, number>;
  townships: Record<string, Record<number, number>>;
}

/** A births read: the rows' report and the figures of the accepted rows. */
export interface BirthsImportResult extends ImportResult<BirthsRecord> {
  /** The figures to use, or null when no row was accepted. */
  figures: BirthsFigures | null;
  headers: string[];
  mapping: ColumnMapping<BirthsColumn>;
}

/** Options of a births read. */
export interface ReadBirthsOptions {
  /** The district's townships, to match rows by code or name. */
  knownTownships?: readonly KnownTownship[];
  /** The user's column choices. */
  mapping?: ColumnMappingOverride<BirthsColumn>;
}

/** A whole number of zero or more read from a cell, or the problem with it. */
function readWhole(text: string): { value: number } | { problem: Message } {
  const value = readNumberText(text);
  if (value === null || !Number.isInteger(value) || value < 0) {
    return { problem: message('birthsCountInvalid', { value: text }) };
  }
  return { value };
}

/** File notes: years whose townships' births add up to more than the district's figure. */
function townshipsAboveDistrict(file: string, figures: BirthsFigures): Message[] {
  return birthsAboveDistrict(figures.district, figures.townships).map((found) =>
    message('birthsTownshipsAboveDistrict', { file, ...found }),
  );
}

/**
 * Checks a births table that is already read. A row needs a year (1949–2100) and a whole
 * number of births; its township, when the file has a township column and the cell is not empty
 * (or 全区), must be one of the district's (or, with none known, is taken as a code). The same
 * year of the same place twice is rejected after its first row. A sum row (合计) is left out
 * with a note, as in the other tables.
 * @example readBirthsTable(table, { knownTownships }).figures?.district[2024] // 5,130
 */
export function readBirthsTable(table: SourceTable, options: ReadBirthsOptions = {}): BirthsImportResult {
  const guess = guessMapping(table.headers, BIRTHS_COLUMNS, BIRTHS_SYNONYMS);
  const mapping = applyMappingOverride(guess, options.mapping, table.headers);
  const headers = table.headers;
  const missing = (['年份', '出生人数'] as const).filter((column) => mapping[column] === null);
  if (missing.length > 0) {
    return {
      file: table.file,
      accepted: [],
      rejected: [],
      fileErrors: [message('rosterColumnsMissing', { file: table.file, columns: missing.map(columnName) })],
      figures: null,
      headers,
      mapping,
    };
  }
  const known = options.knownTownships ?? [];
  const find = matcher(known);
  const seen = new Map<string, number>();
  const result = checkRows<BirthsRecord, BirthsColumn>(table, mapping, (cell, issue, row) => {
    const yearText = cell('年份');
    const year = readNumberText(yearText);
    const yearKnown = year !== null && Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
    if (!yearKnown) {
      issue(
        '年份',
        yearText === '' ? message('birthsYearMissing') : message('birthsYearInvalid', { value: yearText }),
        'error',
      );
    }
    const birthsText = cell('出生人数');
    const births = birthsText === '' ? { problem: message('birthsCountMissing') } : readWhole(birthsText);
    if ('problem' in births) issue('出生人数', births.problem, 'error');
    const code = cell('乡镇代码');
    const name = cell('乡镇名称');
    let township: KnownTownship | null = null;
    const district = (code === '' && name === '') || DISTRICT_WORDS.has(name) || DISTRICT_WORDS.has(code);
    if (!district) {
      const found = known.length > 0 ? find(code, name) : code ? { code, name } : undefined;
      if (!found) {
        issue(
          code ? '乡镇代码' : '乡镇名称',
          known.length > 0
            ? message('populationNotATownship', { value: code || name })
            : message('populationCodeMissing'),
          'error',
        );
        return null;
      }
      township = found;
    }
    if (!yearKnown || year === null || 'problem' in births) return null;
    const key = `${township?.code ?? ''}\u0000${year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issue(
        '年份',
        message('birthsDuplicate', {
          place: township ? township.name || township.code : message('birthsDistrictWord'),
          year,
          row: first,
        }),
        'error',
      );
      return null;
    }
    seen.set(key, row.row);
    return { year, births: births.value, townshipCode: township?.code ?? null };
  });
  if (result.accepted.length === 0) return { ...result, figures: null, headers, mapping };
  // Maps, then plain objects by Object.fromEntries: a code such as __proto__ stays an own key.
  const district = new Map<number, number>();
  const townships = new Map<string, Map<number, number>>();
  for (const { record } of result.accepted) {
    if (record.townshipCode === null) district.set(record.year, record.births);
    else {
      const byYear = townships.get(record.townshipCode) ?? new Map<number, number>();
      byYear.set(record.year, record.births);
      townships.set(record.townshipCode, byYear);
    }
  }
  const figures: BirthsFigures = {
    district: Object.fromEntries(district),
    townships: Object.fromEntries([...townships].map(([code, byYear]) => [code, Object.fromEntries(byYear)])),
  };
  const notes = townshipsAboveDistrict(table.file, figures);
  return {
    ...result,
    ...(notes.length > 0 ? { fileWarnings: [...(result.fileWarnings ?? []), ...notes] } : {}),
    figures,
    headers,
    mapping,
  };
}
