/**
 * The children columns a population file may carry beside its totals: counts per stage (`3-5岁`,
 * `6-11岁`, `12-14岁`, `15-17岁`, or 学前适龄 … 高中适龄), or single-year ages (`0岁` … `17岁`),
 * and the year the figures refer to (`年份`). Shared by the township table and the settlement
 * points readers.
 */
import { type Message, message } from '../domain/message.ts';
import { CHILD_AGE_COUNT, type SeatStage } from '../domain/seats.ts';
import { guessMapping } from './guess-column-mapping.ts';
import { readNumberText } from './roster-value-synonyms.ts';

/** The stage columns, named by the default stage ages. */
export const STAGE_CHILDREN_COLUMNS = ['3-5岁', '6-11岁', '12-14岁', '15-17岁'] as const;
/** One stage column. */
export type StageChildrenColumn = (typeof STAGE_CHILDREN_COLUMNS)[number];
/** The column of the year the figures refer to. */
export const BASE_YEAR_COLUMN = '年份';
/** Every mappable children column. */
export type ChildrenColumn = StageChildrenColumn | typeof BASE_YEAR_COLUMN;
/** The mappable children columns, in the order the mapping shows them. */
export const CHILDREN_COLUMNS: readonly ChildrenColumn[] = [...STAGE_CHILDREN_COLUMNS, BASE_YEAR_COLUMN];

/** The stage each stage column counts (its children are those of the stage's ages in the settings). */
export const STAGE_OF_CHILDREN_COLUMN: Record<StageChildrenColumn, SeatStage> = {
  '3-5岁': 'kindergarten',
  '6-11岁': 'primary',
  '12-14岁': 'middle',
  '15-17岁': 'high',
};

/** Other names of the children columns. */
export const CHILDREN_COLUMN_SYNONYMS: Record<ChildrenColumn, readonly string[]> = {
  '3-5岁': [
    '学前适龄',
    '学前适龄儿童',
    '学前适龄人口',
    '3～5岁',
    '3至5岁',
    '3-5周岁',
    '幼儿园适龄',
    'age3-5',
    'ages3-5',
  ],
  '6-11岁': [
    '小学适龄',
    '小学适龄儿童',
    '小学适龄人口',
    '6～11岁',
    '6至11岁',
    '6-11周岁',
    'age6-11',
    'ages6-11',
  ],
  '12-14岁': [
    '初中适龄',
    '初中适龄儿童',
    '初中适龄人口',
    '12～14岁',
    '12至14岁',
    '12-14周岁',
    'age12-14',
    'ages12-14',
  ],
  '15-17岁': [
    '高中适龄',
    '高中适龄儿童',
    '高中适龄人口',
    '15～17岁',
    '15至17岁',
    '15-17周岁',
    'age15-17',
    'ages15-17',
  ],
  年份: ['年度', '基准年', '统计年份', '数据年份', 'year', 'baseyear'],
};

/**
 * A single-year age column: `5岁`, `5 岁`, `5周岁`, `age5`, `age_5`, `age-5`, `ages5`, compared
 * without spaces and underscores. Hyphens stay: `0-2岁` is a band, not age 2.
 */
const AGE_HEADER = /^(?:(\d{1,2})(?:岁|周岁)|ages?-?(\d{1,2}))$/;

/**
 * The header holding each single-year age 0 … 17, or null; the first header of an age wins.
 * @example findAgeColumns(['村名', '0岁', '1 岁', 'age_2'])[1] // '1 岁'
 */
export function findAgeColumns(headers: readonly string[]): (string | null)[] {
  const found = new Array<string | null>(CHILD_AGE_COUNT).fill(null);
  for (const header of headers) {
    const match = AGE_HEADER.exec(header.normalize('NFKC').toLowerCase().replace(/[\s_]/g, ''));
    const age = Number(match?.[1] ?? match?.[2] ?? Number.NaN);
    if (Number.isInteger(age) && age < CHILD_AGE_COUNT && found[age] === null) found[age] = header;
  }
  return found;
}

/** Where the children figures of a file are: the headers of each. */
export interface ChildrenColumnHeaders {
  /** By age 0 … 17. */
  ages: readonly (string | null)[];
  stages: Readonly<Record<StageChildrenColumn, string | null>>;
  year: string | null;
}

/** A problem with a children cell: the file's header and what is wrong. */
export interface ChildrenProblem {
  header: string;
  kind: 'error' | 'warning';
  problem: Message;
}

/** A row's children figures. */
export interface ChildrenCells {
  /** By age 0 … 17, when the file has any single-year column. */
  ages?: number[];
  /** Per stage, when the file has stage columns and no single-year ones. */
  stageChildren?: Partial<Record<SeatStage, number>>;
  /** The row's year, when the file has a year column and the cell holds a year. */
  year: number | null;
  problems: ChildrenProblem[];
}

/** Whether the file has any children column at all. */
export function hasChildrenColumns(headers: ChildrenColumnHeaders): boolean {
  return (
    headers.ages.some((header) => header !== null) ||
    Object.values(headers.stages).some((header) => header !== null)
  );
}

/**
 * A row's children figures. Single-year ages win over stage columns when both are there (the
 * reader says so once per file). An empty cell counts no children (tables leave zeros blank); a
 * cell that is not a non-negative number counts none and is warned about. A year cell must hold a
 * year from 1949 to 2100.
 * @param cell the row's text under a header
 * @example readChildrenCells((header) => row[header], headers).ages?.[6] // children aged 6
 */
export function readChildrenCells(
  cell: (header: string) => string,
  headers: ChildrenColumnHeaders,
): ChildrenCells {
  const problems: ChildrenProblem[] = [];
  const count = (header: string): number => {
    const text = cell(header).trim();
    if (text === '') return 0;
    const value = readNumberText(text);
    if (value === null || !(value >= 0)) {
      problems.push({ header, kind: 'warning', problem: message('childrenCountNotNumber', { value: text }) });
      return 0;
    }
    return value;
  };
  const reading: ChildrenCells = { year: null, problems };
  if (headers.ages.some((header) => header !== null)) {
    reading.ages = headers.ages.map((header) => (header === null ? 0 : count(header)));
  } else {
    const stages: Partial<Record<SeatStage, number>> = {};
    for (const column of STAGE_CHILDREN_COLUMNS) {
      const header = headers.stages[column];
      if (header !== null) stages[STAGE_OF_CHILDREN_COLUMN[column]] = count(header);
    }
    if (Object.keys(stages).length > 0) reading.stageChildren = stages;
  }
  if (headers.year !== null) {
    const text = cell(headers.year).trim();
    const year = text === '' ? null : Number(text.replace(/年$/, ''));
    if (year !== null && !(Number.isInteger(year) && year >= 1949 && year <= 2100)) {
      problems.push({
        header: headers.year,
        kind: 'warning',
        problem: message('childrenYearNotYear', { value: text }),
      });
    } else reading.year = year;
  }
  return reading;
}

/**
 * Where a file's children figures are: its single-year age columns, its stage columns and its year
 * column, leaving out the headers another column of the file already took.
 * @param taken the headers mapped to the file's other columns (人口, 学龄人口 …)
 * @example findChildrenColumns(['乡镇', '人口', '小学适龄', '年份'], ['乡镇', '人口']).stages['6-11岁'] // '小学适龄'
 */
export function findChildrenColumns(
  headers: readonly string[],
  taken: readonly (string | null)[],
): ChildrenColumnHeaders {
  const free = headers.filter((header) => !taken.includes(header));
  const mapping = guessMapping(free, CHILDREN_COLUMNS, CHILDREN_COLUMN_SYNONYMS);
  const stages = Object.fromEntries(
    STAGE_CHILDREN_COLUMNS.map((column) => [column, mapping[column]]),
  ) as Record<StageChildrenColumn, string | null>;
  return { ages: findAgeColumns(free), stages, year: mapping[BASE_YEAR_COLUMN] };
}

/** A row's children as a population record carries them, or the reason the row is refused. */
export interface ChildrenOfRow {
  /** The fields to add to the row's record (none when the file has no children columns). */
  fields: { ages?: number[]; stageChildren?: Partial<Record<SeatStage, number>> };
  problems: ChildrenProblem[];
}

/** Reads the children figures of a table row by row, keeping the file's one base year. */
export interface ChildrenTableReader {
  /** The children of one row; a year unlike the first row's refuses the row (an error problem). */
  read(cell: (header: string) => string, row: number): ChildrenOfRow;
  /** The year of the file's figures, when a row gave one. */
  baseYear(): number | undefined;
  /** What the user is told once about the file: which children columns were read. */
  notes(): Message[];
}

/**
 * A reader of the children columns of one file, for the township table and the settlement points
 * alike. A file has one base year: the first row's; a later row with another year is refused.
 * @example createChildrenTableReader('人口.csv', headers, taken).read((header) => cells[header], 2).fields.ages
 */
export function createChildrenTableReader(
  file: string,
  headers: readonly string[],
  taken: readonly (string | null)[],
): ChildrenTableReader {
  const columns = findChildrenColumns(headers, taken);
  const ageHeaders = columns.ages.filter((header): header is string => header !== null);
  const stageHeaders = Object.values(columns.stages).filter((header) => header !== null);
  let first: { year: number; row: number } | undefined;
  return {
    read(cell, row) {
      const reading = readChildrenCells(cell, columns);
      const problems = [...reading.problems];
      if (reading.year !== null && columns.year !== null) {
        if (first === undefined) first = { year: reading.year, row };
        else if (first.year !== reading.year) {
          problems.push({
            header: columns.year,
            kind: 'error',
            problem: message('childrenYearDiffers', {
              year: reading.year,
              firstRow: first.row,
              firstYear: first.year,
            }),
          });
        }
      }
      const fields: ChildrenOfRow['fields'] = {};
      if (reading.ages) fields.ages = reading.ages;
      if (reading.stageChildren) fields.stageChildren = reading.stageChildren;
      return { fields, problems };
    },
    baseYear: () => first?.year,
    notes() {
      const notes: Message[] = [];
      if (ageHeaders.length > 0) {
        notes.push(
          message('childrenAgeColumnsFound', {
            file,
            count: ageHeaders.length,
            first: ageHeaders[0] ?? '',
            last: ageHeaders[ageHeaders.length - 1] ?? '',
          }),
        );
        if (stageHeaders.length > 0) notes.push(message('childrenAgesAndStages', { file }));
      } else if (stageHeaders.length > 0) {
        notes.push(message('childrenStageColumnsFound', { file, columns: stageHeaders }));
      }
      return notes;
    },
  };
}
