/**
 * Checks every row of a source table as a school record. Two styles share the checks:
 * - canonical: the app's own roster format, values exactly as written by its exports;
 * - lenient: a bureau's file, with other spellings (完小, Y/N, 私立 …), degrees-minutes-seconds,
 *   full-width digits, swapped 经度/纬度 and a coordinate system to convert from.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { type Message, type MessageKey, message } from '../domain/message.ts';
import {
  type Ownership,
  type ProjectStatus,
  type ProjectType,
  ROSTER_COLUMNS,
  type RosterColumn,
  SCHOOL_TYPES,
  type School,
  type SchoolType,
  type Standardisation,
  schoolTypeName,
} from '../domain/school.ts';
import { columnName } from '../domain/vocabulary.ts';
import type { CoordinateSystem, LonLat } from './convert-coordinates.ts';
import type { ColumnMapping } from './guess-column-mapping.ts';
import type { AcceptedRow, ImportResult, RejectedRow, RowIssue } from './import-result.ts';
import { readPosition } from './read-position.ts';
import {
  readApproximateNumberText,
  readNumberText,
  readOwnership,
  readProjectStatus,
  readProjectType,
  readSchoolType,
  readStandardisation,
  readYesNo,
} from './roster-value-synonyms.ts';
import { quoteCell, type SourceRow, type SourceTable, totalRowLabel, totalRowNote } from './source-table.ts';
import { unescapeSpreadsheetText, unescapeWorkbookText } from './spreadsheet-text.ts';

/** Columns without which a row cannot be placed on the map. */
export const REQUIRED_ROSTER_COLUMNS: readonly RosterColumn[] = ['学校名称', '学校类型', '经度', '纬度'];

export { CHINA_BOUNDS } from './read-position.ts';

/** How strictly cell values are read. */
export type RosterValueStyle = 'canonical' | 'lenient';

/** Options of a row check. */
export interface RosterRowsOptions {
  style: RosterValueStyle;
  /** Coordinate system of the file (default wgs84). */
  coords?: CoordinateSystem;
  /** Outline of the district, to flag points outside it (accepted, with a warning giving the distance). */
  district?: Feature<Polygon | MultiPolygon>;
  /**
   * Whether cells may carry the apostrophe CSV exports put before formula-like text. Default:
   * true for delimited text only; workbooks and JSON store text exactly (Excel keeps its own
   * apostrophe prefix out of the cell value).
   */
  spreadsheetEscapes?: boolean;
  /**
   * Called as rows are checked, at most about 100 times per table and once at the end, so a
   * progress bar can follow a 100,000-row file.
   */
  onProgress?: (done: number, total: number) => void;
}

/** The checked rows and, for the coordinate-system hint, the accepted rows' positions as written. */
export interface RosterRowsResult {
  result: ImportResult<School>;
  /** Positions as written in the file (after a swap is undone, before conversion). */
  positionsAsWritten: LonLat[];
}

const ownershipValues = ['公办', '民办'] as const;
const yesNoValues = ['是', '否'] as const;
const standardisationValues = ['已达标', '未达标'] as const;
const projectTypeValues = ['新建', '改扩建', '标准化'] as const;
const projectStatusValues = ['规划', '在建', '竣工'] as const;

/**
 * Longest text a column may hold, in characters. A school name of more than 200 characters is
 * not a name but a paragraph (or a whole column) pasted into the cell, and it would break every
 * label and list it is shown in; the other text columns allow 2,000. Longer cells reject the row
 * with the length and the limit, so nothing is cut silently.
 */
export const ROSTER_TEXT_LIMITS: Readonly<Partial<Record<RosterColumn, number>>> = {
  学校代码: 50,
  学校名称: 200,
  所属乡镇: 2000,
  示范等级: 2000,
  备注: 2000,
  数据来源: 2000,
};

/** Columns of free text, where a leading = in a CSV cell is checked for a formula. */
const TEXT_COLUMNS = Object.keys(ROSTER_TEXT_LIMITS) as RosterColumn[];

/** A code Excel turned into a number shown in scientific notation, e.g. 4.5E+09. */
const SCIENTIFIC_NOTATION = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;

/** Progress reports per table at most (plus the final one). */
const PROGRESS_STEPS = 100;

class RowReader {
  readonly errors: RowIssue[] = [];
  readonly warnings: RowIssue[] = [];
  readonly lenient: boolean;
  constructor(
    private readonly file: string,
    private readonly rowNumber: number,
    private readonly values: ReadonlyMap<RosterColumn, string>,
    private readonly mapping: ColumnMapping,
    private readonly options: RosterRowsOptions,
  ) {
    this.lenient = options.style === 'lenient';
  }

  /** Issues name the column as the file's header does. */
  private issue(column: RosterColumn | null, problem: Message): RowIssue {
    return {
      file: this.file,
      row: this.rowNumber,
      column: column && (this.mapping[column] ?? column),
      message: problem,
    };
  }
  error(column: RosterColumn | null, problem: Message): void {
    this.errors.push(this.issue(column, problem));
  }
  warn(column: RosterColumn | null, problem: Message): void {
    this.warnings.push(this.issue(column, problem));
  }
  text(column: RosterColumn): string {
    return (this.values.get(column) ?? '').trim();
  }
  /** Whether a lenient read has no column for this at all (then one file warning says so). */
  absent(column: RosterColumn): boolean {
    return this.lenient && this.mapping[column] === null;
  }

  /** A value from a closed list; an unknown value is a warning and becomes empty. */
  private oneOf<T extends string>(
    column: RosterColumn,
    allowed: readonly T[],
    read: (value: string) => T | null,
  ): T | '' {
    const value = this.text(column);
    if (value === '') return '';
    const known = this.lenient ? read(value) : (allowed as readonly string[]).includes(value) ? value : null;
    if (known !== null) return known as T;
    this.warn(column, message('rosterValueUnknown', { value: quoteCell(value), allowed }));
    return '';
  }

  yesNo(column: RosterColumn): boolean {
    return (
      this.oneOf(column, yesNoValues, (value) => {
        const answer = readYesNo(value);
        return answer === null ? null : answer ? '是' : '否';
      }) === '是'
    );
  }

  ownership(): Ownership {
    const ownership = this.oneOf<Ownership>('办学性质', ownershipValues, readOwnership);
    if (ownership === '' && !this.absent('办学性质'))
      this.warn('办学性质', message('rosterOwnershipMissing'));
    return ownership === '' ? '公办' : ownership;
  }

  standardisation(): Standardisation {
    return this.oneOf('标准化建设', standardisationValues, readStandardisation);
  }

  projectType(): ProjectType {
    return this.oneOf('项目类型', projectTypeValues, readProjectType);
  }

  projectStatus(): ProjectStatus {
    return this.oneOf('项目状态', projectStatusValues, readProjectStatus);
  }

  schoolType(): SchoolType | null {
    const value = this.text('学校类型');
    if (value === '') return null;
    if (!this.lenient) {
      if ((SCHOOL_TYPES as readonly string[]).includes(value)) return value as SchoolType;
      this.error(
        '学校类型',
        message('rosterTypeUnknownStrict', { value: quoteCell(value), allowed: SCHOOL_TYPES }),
      );
      return null;
    }
    const reading = readSchoolType(value);
    if (!reading) {
      this.error(
        '学校类型',
        message('rosterTypeUnknown', { value: quoteCell(value), allowed: SCHOOL_TYPES }),
      );
      return null;
    }
    if (reading.guessed) {
      this.warn(
        '学校类型',
        message('rosterTypeGuessed', { value: quoteCell(value), type: schoolTypeName(reading.type) }),
      );
    }
    return reading.type;
  }

  /**
   * A non-negative number or empty; anything else is a warning and becomes empty. A lenient
   * read takes an approximate count (约300, 300余人, 300左右) as the number, with a warning.
   */
  count(column: RosterColumn): number | null {
    const value = this.text(column);
    if (value === '') return null;
    let number = this.lenient ? readNumberText(value) : Number(value);
    let approximate = false;
    if (number === null && this.lenient) {
      const reading = readApproximateNumberText(value);
      number = reading?.value ?? null;
      approximate = reading !== null;
    }
    if (number === null || !Number.isFinite(number) || number < 0) {
      this.warn(column, message('rosterNotNonNegative', { value: quoteCell(value) }));
      return null;
    }
    if (approximate) this.warn(column, message('rosterApproximate', { value: quoteCell(value), number }));
    return number;
  }

  /** Rejects the row when a text column is longer than its limit (see ROSTER_TEXT_LIMITS). */
  checkLength(column: RosterColumn): void {
    const limit = ROSTER_TEXT_LIMITS[column];
    const value = this.values.get(column) ?? '';
    // Counting code points only when the UTF-16 length could exceed the limit keeps this cheap.
    if (limit === undefined || value.length <= limit) return;
    const length = [...value.trim()].length;
    if (length <= limit) return;
    const key: MessageKey = column === '学校名称' ? 'rosterNameTooLong' : 'rosterTooLong';
    this.error(column, message(key, { length, limit }));
  }

  plannedYear(): number | null {
    const value = this.text('计划年度');
    // Workbooks may hold the year as a date cell, read as 2019-01-01.
    const dated = this.lenient ? /^(\d{4})-\d{2}-\d{2}$/.exec(value)?.[1] : undefined;
    const year = dated ? Number(dated) : this.count('计划年度');
    if (year === null) return null;
    if (!Number.isInteger(year) || year < 1949 || year > 2100) {
      this.warn('计划年度', message('rosterYearInvalid', { value: quoteCell(value) }));
      return null;
    }
    return year;
  }

  /** The position as written (after undoing a swap) and in WGS84; null when it is not usable. */
  position(): { written: LonLat; wgs84: LonLat } | null {
    const reading = readPosition(this.text('经度'), this.text('纬度'), {
      ...this.options,
      decimalOnly: !this.lenient,
    });
    for (const issue of reading.errors) this.error(issue.column, issue.message);
    for (const issue of reading.warnings) this.warn(issue.column, issue.message);
    return reading.written && reading.wgs84 ? { written: reading.written, wgs84: reading.wgs84 } : null;
  }
}

function readRow(reader: RowReader, rowNumber: number): { school: School | null; written: LonLat | null } {
  for (const column of REQUIRED_ROSTER_COLUMNS) {
    if (reader.text(column) === '' && column !== '经度' && column !== '纬度')
      reader.error(column, message('rosterRequired'));
  }
  for (const column of TEXT_COLUMNS) reader.checkLength(column);
  const type = reader.schoolType();
  const position = reader.position();
  const ownership = reader.ownership();
  const plannedYear = reader.plannedYear();
  const code = reader.text('学校代码');
  if (code === '' && !reader.absent('学校代码')) reader.warn('学校代码', message('rosterCodeMissing'));
  if (SCIENTIFIC_NOTATION.test(code)) {
    reader.warn('学校代码', message('rosterCodeScientific', { value: quoteCell(code) }));
  }
  if (reader.errors.length > 0 || type === null || position === null) return { school: null, written: null };
  const school: School = {
    code: code === '' ? `ROW${rowNumber}` : code,
    name: reader.text('学校名称'),
    type,
    lon: position.wgs84[0],
    lat: position.wgs84[1],
    township: reader.text('所属乡镇'),
    ownership,
    boarding: reader.yesNo('寄宿制'),
    central: reader.yesNo('中心校'),
    inclusive: reader.yesNo('普惠性'),
    demonstrationLevel: reader.text('示范等级'),
    students: reader.count('在校生数'),
    classes: reader.count('班级数'),
    seats: reader.count('学位数'),
    primarySeats: reader.count('小学学位数'),
    middleSeats: reader.count('初中学位数'),
    highSeats: reader.count('高中学位数'),
    staff: reader.count('教职工数'),
    computers: reader.count('计算机数'),
    bandwidthMbps: reader.count('宽带Mbps'),
    standardisation: reader.standardisation(),
    projectType: reader.projectType(),
    projectStatus: reader.projectStatus(),
    plannedYear,
    investmentTenThousandYuan: reader.count('投资万元'),
    note: reader.text('备注'),
    source: reader.text('数据来源'),
  };
  if (school.projectType !== '' && school.projectStatus === '') {
    reader.warn('项目状态', message('rosterStatusMissing', { type: school.projectType }));
    school.projectStatus = '规划';
  }
  return { school, written: position.written };
}

/** For every canonical column, the index of its header in the table, or -1. */
function columnIndexes(table: SourceTable, mapping: ColumnMapping): [RosterColumn, number][] {
  return ROSTER_COLUMNS.map((column) => {
    const header = mapping[column];
    return [column, header === null ? -1 : table.headers.indexOf(header)];
  });
}

/** How cells were escaped by the export that wrote them: CSV apostrophes, workbook marks, none. */
type CellEscapes = 'spreadsheet' | 'workbook' | 'none';

function valuesOf(
  indexes: readonly [RosterColumn, number][],
  row: SourceRow,
  escapes: CellEscapes,
): Map<RosterColumn, string> {
  const values = new Map<RosterColumn, string>();
  for (const [column, index] of indexes) {
    const cell = index < 0 ? '' : (row.cells[index] ?? '');
    values.set(
      column,
      escapes === 'spreadsheet'
        ? unescapeSpreadsheetText(cell)
        : escapes === 'workbook'
          ? unescapeWorkbookText(cell)
          : cell,
    );
  }
  return values;
}

/**
 * The row's cells under the file's own header. The object has no prototype, so a header such
 * as __proto__ or constructor is an ordinary key and cannot reach Object.prototype.
 */
function originalCells(headers: readonly string[], row: SourceRow): Record<string, string> {
  const original: Record<string, string> = Object.create(null);
  headers.forEach((header, index) => {
    original[header] = row.cells[index] ?? '';
  });
  return original;
}

/**
 * The required columns that the mapping leaves without a header, or [] when all are there.
 */
export function missingRequiredColumns(mapping: ColumnMapping): RosterColumn[] {
  return REQUIRED_ROSTER_COLUMNS.filter((column) => mapping[column] === null);
}

/**
 * Checks every row of a table. Rows that cannot be placed (missing name or type, coordinates
 * that are not readable or lie outside China, a duplicate 学校代码 after its first row, a text
 * longer than its limit) are rejected; repairable slips are accepted with warnings. Every
 * issue names the file, the row and the column as the file's header names it. Pure: the
 * table is only read.
 */
export function readRosterRows(
  table: SourceTable,
  mapping: ColumnMapping,
  options: RosterRowsOptions,
): RosterRowsResult {
  const result: ImportResult<School> = {
    file: table.file,
    accepted: [],
    rejected: [],
    fileErrors: [],
    headers: table.headers,
  };
  const positionsAsWritten: LonLat[] = [];
  const missing = missingRequiredColumns(mapping);
  if (missing.length > 0) {
    result.fileErrors.push(
      message(options.style === 'lenient' ? 'rosterColumnsMissingHint' : 'rosterColumnsMissing', {
        file: table.file,
        columns: missing.map(columnName),
      }),
    );
    return { result, positionsAsWritten };
  }
  const lenient = options.style === 'lenient';
  if (lenient && table.rows.length === 0) {
    result.fileErrors.push(
      table.format === 'geojson'
        ? message('rosterNoFeatures', { file: table.file })
        : message('rosterHeaderOnly', { file: table.file, row: table.headerRow }),
    );
    return { result, positionsAsWritten };
  }
  const notes: Message[] = [...(table.notes ?? [])];
  if (lenient) {
    if (mapping.学校代码 === null) {
      notes.push(message('rosterNoCodeColumn', { file: table.file, column: columnName('学校代码') }));
    }
    if (mapping.办学性质 === null) {
      notes.push(message('rosterNoOwnershipColumn', { file: table.file, column: columnName('办学性质') }));
    }
  }
  const escapes: CellEscapes =
    (options.spreadsheetEscapes ?? table.format === 'delimited')
      ? 'spreadsheet'
      : table.format === 'xlsx'
        ? 'workbook'
        : 'none';
  // A CSV cell starting with = is a formula to Excel; the bureau may not have meant it as text.
  const formulaCheck = lenient && table.format === 'delimited';
  const indexes = columnIndexes(table, mapping);
  const textIndexes = indexes.filter(([column, index]) => index >= 0 && TEXT_COLUMNS.includes(column));
  const seenCodes = new Map<string, number>();
  const total = table.rows.length;
  const progressStep = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
  table.rows.forEach((row, position) => {
    if (options.onProgress && position > 0 && position % progressStep === 0)
      options.onProgress(position, total);
    const values = valuesOf(indexes, row, escapes);
    // A sum row (合计, 总计) at the end of a bureau's sheet has a label but no position.
    const label = lenient ? totalRowLabel(row.cells) : null;
    if (label !== null && values.get('经度')?.trim() === '' && values.get('纬度')?.trim() === '') {
      notes.push(totalRowNote(table.file, row.row, label));
      return;
    }
    const reader = new RowReader(table.file, row.row, values, mapping, options);
    const problem = table.rowProblems?.[row.row];
    if (problem) reader.error(null, problem);
    const readingWarnings = table.rowWarnings?.[row.row] ?? [];
    for (const warning of readingWarnings) reader.warn(null, warning);
    if (formulaCheck) {
      for (const [column, index] of textIndexes) {
        const cell = (row.cells[index] ?? '').trim();
        if (cell.startsWith('=') || cell.startsWith('＝')) {
          reader.warn(column, message('rosterFormula', { value: quoteCell(cell) }));
        }
      }
    }
    const { school, written } = readRow(reader, row.row);
    if (school) {
      const firstRow = seenCodes.get(school.code);
      if (firstRow !== undefined) {
        reader.error('学校代码', message('rosterDuplicateCode', { code: school.code, row: firstRow }));
      } else seenCodes.set(school.code, row.row);
    }
    if (school && written && reader.errors.length === 0) {
      const accepted: AcceptedRow<School> = { row: row.row, record: school, warnings: reader.warnings };
      result.accepted.push(accepted);
      positionsAsWritten.push(written);
    } else {
      // A ragged row's note usually explains the errors (cells shifted by a stray comma): keep it.
      const context = reader.warnings.slice(0, readingWarnings.length);
      const rejected: RejectedRow = {
        row: row.row,
        original: originalCells(table.headers, row),
        errors: [...context, ...reader.errors],
      };
      result.rejected.push(rejected);
    }
  });
  if (total > 0) options.onProgress?.(total, total);
  if (notes.length > 0) result.fileWarnings = notes;
  return { result, positionsAsWritten };
}
