/**
 * Simplified Chinese texts of population data: what it is, and reading the user’s tables.
 *
 * The part of this section that only code loaded with the on-demand texts names (`lazyScreen`,
 * `withOnDemandTexts`).
 */
export const ioPopulationOnDemandZh = {
  populationCountMissing: '缺少人口数',
  populationNotNonNegative: '“{value}”不是非负数',
  populationSchoolAgeNotNumber: '“{value}”不是非负数，已按空值处理',
  populationSchoolAgeTooLarge: '学龄人口 {schoolAge} 大于人口 {population}，请核对',
  populationCodeOrName: '{code}或{name}',
  populationNotATownship: '“{value}”不是本区的乡镇',
  populationCodeMissing: '缺少乡镇代码',
  populationDuplicate: '{township} 与第 {row} 行重复',
  populationTownshipsMissing: '{file}：以下乡镇没有人口数据：{townships}',
  populationPointTownshipUnknown: '“{value}”不是本区的乡镇，按点位所在乡镇计',
} as const;
