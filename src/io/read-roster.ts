/**
 * Reads a school roster with the canonical Chinese header into school records, checking every
 * row. Nothing is typed dynamically: codes keep their leading zeros.
 */
import Papa from 'papaparse';
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
} from '../domain/school.ts';
import type { AcceptedRow, ImportResult, RejectedRow, RowIssue } from './import-result.ts';

/** Columns without which a row cannot be placed on the map. */
const REQUIRED_COLUMNS: readonly RosterColumn[] = ['学校名称', '学校类型', '经度', '纬度'];

/** Longitude and latitude limits of China, to catch swapped or mistyped coordinates. */
const CHINA_BOUNDS = { west: 73, east: 136, south: 3, north: 54 };

type Row = Record<RosterColumn, string>;

class RowReader {
  readonly errors: RowIssue[] = [];
  readonly warnings: RowIssue[] = [];
  constructor(
    private readonly file: string,
    private readonly rowNumber: number,
    private readonly row: Row,
  ) {}

  private issue(column: RosterColumn | null, message: string): RowIssue {
    return { file: this.file, row: this.rowNumber, column, message };
  }
  error(column: RosterColumn | null, message: string): void {
    this.errors.push(this.issue(column, message));
  }
  warn(column: RosterColumn | null, message: string): void {
    this.warnings.push(this.issue(column, message));
  }
  text(column: RosterColumn): string {
    return (this.row[column] ?? '').trim();
  }

  /** A value from a closed list; unknown values are an error when required, else a warning. */
  oneOf<T extends string>(column: RosterColumn, allowed: readonly T[], fallback: T, required: boolean): T {
    const value = this.text(column);
    if (value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const list = allowed.filter((item) => item !== '').join('、');
    if (required) this.error(column, `“${value}”不是可识别的取值，应为 ${list} 之一`);
    else this.warn(column, `“${value}”不是可识别的取值（应为 ${list} 之一），已按空值处理`);
    return fallback;
  }

  yesNo(column: RosterColumn): boolean {
    return this.oneOf(column, ['是', '否'] as const, '否', false) === '是';
  }

  /** A non-negative number or empty; anything else is a warning and becomes empty. */
  count(column: RosterColumn): number | null {
    const value = this.text(column);
    if (value === '') return null;
    const number = Number(value);
    if (!Number.isFinite(number) || number < 0) {
      this.warn(column, `“${value}”不是非负数，已按空值处理`);
      return null;
    }
    return number;
  }

  coordinate(column: '经度' | '纬度', min: number, max: number): number {
    const value = this.text(column);
    const number = Number(value);
    if (value === '' || !Number.isFinite(number)) {
      this.error(column, value === '' ? '缺少坐标' : `“${value}”不是十进制度数`);
      return Number.NaN;
    }
    if (number < min || number > max) {
      this.error(column, `${number} 超出中国范围（${min}–${max}），请检查是否填反或填错`);
    }
    return number;
  }
}

function readRow(file: string, rowNumber: number, row: Row): { school: School | null; reader: RowReader } {
  const reader = new RowReader(file, rowNumber, row);
  for (const column of REQUIRED_COLUMNS) {
    if (reader.text(column) === '' && column !== '经度' && column !== '纬度')
      reader.error(column, '不能为空');
  }
  const type = reader.oneOf<SchoolType | ''>('学校类型', ['', ...SCHOOL_TYPES], '', true);
  const lon = reader.coordinate('经度', CHINA_BOUNDS.west, CHINA_BOUNDS.east);
  const lat = reader.coordinate('纬度', CHINA_BOUNDS.south, CHINA_BOUNDS.north);
  const ownership = reader.oneOf<Ownership | ''>('办学性质', ['', '公办', '民办'], '', false);
  if (ownership === '') reader.warn('办学性质', '未填写，按公办处理');
  const plannedYearText = reader.text('计划年度');
  const plannedYear = reader.count('计划年度');
  if (plannedYear !== null && (!Number.isInteger(plannedYear) || plannedYear < 1949 || plannedYear > 2100)) {
    reader.warn('计划年度', `“${plannedYearText}”不是有效年份，已按空值处理`);
  }
  const code = reader.text('学校代码');
  if (code === '') reader.warn('学校代码', '未填写，已按行号生成临时代码');
  if (reader.errors.length > 0 || type === '') return { school: null, reader };
  const school: School = {
    code: code === '' ? `ROW${rowNumber}` : code,
    name: reader.text('学校名称'),
    type,
    lon,
    lat,
    township: reader.text('所属乡镇'),
    ownership: ownership === '' ? '公办' : ownership,
    boarding: reader.yesNo('寄宿制'),
    central: reader.yesNo('中心校'),
    inclusive: reader.yesNo('普惠性'),
    demonstrationLevel: reader.text('示范等级'),
    students: reader.count('在校生数'),
    classes: reader.count('班级数'),
    staff: reader.count('教职工数'),
    computers: reader.count('计算机数'),
    bandwidthMbps: reader.count('宽带Mbps'),
    standardisation: reader.oneOf<Standardisation>('标准化建设', ['', '已达标', '未达标'], '', false),
    projectType: reader.oneOf<ProjectType>('项目类型', ['', '新建', '改扩建', '标准化'], '', false),
    projectStatus: reader.oneOf<ProjectStatus>('项目状态', ['', '规划', '在建', '竣工'], '', false),
    plannedYear:
      plannedYear !== null && Number.isInteger(plannedYear) && plannedYear >= 1949 && plannedYear <= 2100
        ? plannedYear
        : null,
    investmentTenThousandYuan: reader.count('投资万元'),
    note: reader.text('备注'),
    source: reader.text('数据来源'),
  };
  if (school.projectType !== '' && school.projectStatus === '') {
    reader.warn('项目状态', `有项目类型“${school.projectType}”但未填项目状态，按“规划”处理`);
    school.projectStatus = '规划';
  }
  return { school, reader };
}

/**
 * Parses roster text (already decoded) with the canonical header. Rows with a duplicate
 * 学校代码 are rejected after the first. Blank lines are skipped.
 * @param file the file name used in every message
 */
export function readRoster(text: string, file: string): ImportResult<School> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    dynamicTyping: false,
  });
  const [header, ...rows] = parsed.data;
  const result: ImportResult<School> = { file, accepted: [], rejected: [], fileErrors: [] };
  if (!header) {
    result.fileErrors.push(`${file}：文件为空`);
    return result;
  }
  const names = header.map((name) => name.trim());
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    result.fileErrors.push(`${file}：缺少必需的列 ${missing.join('、')}`);
    return result;
  }
  const seenCodes = new Map<string, number>();
  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    const row = Object.fromEntries(ROSTER_COLUMNS.map((column) => [column, ''])) as Row;
    const original: Record<string, string> = {};
    names.forEach((name, column) => {
      const value = cells[column] ?? '';
      original[name] = value;
      if ((ROSTER_COLUMNS as readonly string[]).includes(name)) row[name as RosterColumn] = value;
    });
    const { school, reader } = readRow(file, rowNumber, row);
    if (school) {
      const firstRow = seenCodes.get(school.code);
      if (firstRow !== undefined) {
        reader.error('学校代码', `代码 ${school.code} 与第 ${firstRow} 行重复`);
      } else {
        seenCodes.set(school.code, rowNumber);
      }
    }
    if (school && reader.errors.length === 0) {
      const accepted: AcceptedRow<School> = { row: rowNumber, record: school, warnings: reader.warnings };
      result.accepted.push(accepted);
    } else {
      const rejected: RejectedRow = { row: rowNumber, original, errors: reader.errors };
      result.rejected.push(rejected);
    }
  });
  return result;
}
