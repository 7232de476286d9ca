/** The columns of the two population tables and the other names files use for them. */

/** Columns of a per-township population table. */
export const TOWNSHIP_POPULATION_COLUMNS = ['乡镇代码', '乡镇名称', '人口', '学龄人口'] as const;
/** One column of a per-township population table. */
export type TownshipPopulationColumn = (typeof TOWNSHIP_POPULATION_COLUMNS)[number];

/** Columns of a settlement-points population table. */
export const SETTLEMENT_POPULATION_COLUMNS = [
  '名称',
  '经度',
  '纬度',
  '人口',
  '学龄人口',
  '乡镇代码',
  '所属乡镇',
] as const;
/** One column of a settlement-points population table. */
export type SettlementPopulationColumn = (typeof SETTLEMENT_POPULATION_COLUMNS)[number];

const POPULATION = [
  '总人口',
  '常住人口',
  '户籍人口',
  '人口数',
  '人数',
  '人口(人)',
  'population',
  'pop',
  'total',
];
const SCHOOL_AGE = [
  '适龄人口',
  '学龄儿童',
  '学龄人口数',
  '适龄儿童',
  'schoolage',
  'schoolagepopulation',
  'school-age',
];

/** Synonyms of the township table's columns. */
export const TOWNSHIP_POPULATION_SYNONYMS: Record<TownshipPopulationColumn, readonly string[]> = {
  乡镇代码: ['代码', '区划代码', '行政区划代码', '统计用区划代码', '编码', 'code', 'townshipcode', 'xzqdm'],
  乡镇名称: ['乡镇', '名称', '乡镇街道', '乡镇(街道)', '乡镇名', 'township', 'town', 'name', 'xzqmc'],
  人口: POPULATION,
  学龄人口: SCHOOL_AGE,
};

/** Synonyms of the settlement table's columns. */
export const SETTLEMENT_POPULATION_SYNONYMS: Record<SettlementPopulationColumn, readonly string[]> = {
  名称: [
    '村名',
    '村庄',
    '村委会',
    '居民点',
    '自然村',
    '行政村',
    '村(社区)',
    '村社区',
    'name',
    'village',
    'settlement',
  ],
  经度: ['lng', 'lon', 'long', 'longitude', 'x', '东经'],
  纬度: ['lat', 'latitude', 'y', '北纬'],
  人口: POPULATION,
  学龄人口: SCHOOL_AGE,
  乡镇代码: ['township_code', 'townshipcode', 'xzqdm'],
  所属乡镇: ['乡镇', '乡镇名称', '乡镇街道', 'township', 'town'],
};
