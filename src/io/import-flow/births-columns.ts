/** The columns of a births table (出生人数) and the other names files use for them. */
import { TOWNSHIP_POPULATION_SYNONYMS } from '../population-columns.ts';

/** Columns of a births table. */
export const BIRTHS_COLUMNS = ['年份', '出生人数', '乡镇代码', '乡镇名称'] as const;
/** One column of a births table. */
export type BirthsColumn = (typeof BIRTHS_COLUMNS)[number];

/** Other names files use for the births table's columns. */
export const BIRTHS_SYNONYMS: Record<BirthsColumn, readonly string[]> = {
  年份: ['年度', '出生年份', '出生年度', '统计年份', '统计年度', 'year'],
  出生人数: [
    '出生数',
    '出生人口',
    '出生人口数',
    '出生人口(人)',
    '新生儿数',
    '新生儿',
    '出生登记数',
    '活产数',
    '出生',
    'births',
    'birth',
    'newborns',
  ],
  乡镇代码: TOWNSHIP_POPULATION_SYNONYMS.乡镇代码,
  乡镇名称: TOWNSHIP_POPULATION_SYNONYMS.乡镇名称,
};
