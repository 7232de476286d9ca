/**
 * Reads one roster row's cells column by column, collecting the row's errors and warnings as it
 * goes; the canonical and lenient styles share every check and differ in what they accept.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { type Message, type MessageKey, message } from '../domain/message.ts';
import {
  type Ownership,
  type ProjectStatus,
  type ProjectType,
  type RosterColumn,
  SCHOOL_TYPES,
  type SchoolType,
  type Standardisation,
  schoolTypeName,
} from '../domain/school.ts';
import type { CoordinateSystem, LonLat } from './convert-coordinates.ts';
import type { ColumnMapping } from './guess-column-mapping.ts';
import type { RowIssue } from './import-result.ts';
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
import { quoteCell } from './source-table.ts';

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
export const TEXT_COLUMNS = Object.keys(ROSTER_TEXT_LIMITS) as RosterColumn[];

/**
 * One row's cells read as a school's fields: each reading method returns the value and records
 * what was wrong with it in `errors` (the row is rejected) or `warnings` (accepted, with a note).
 */
export class RowReader {
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
