/** Simplified Chinese texts of population data: what it is, and reading the user’s tables. */
export const ioPopulationZh = {
  populationModel:
    '区级总数与年龄结构：2020年人口普查；乡镇及网格分布：模型估算（区级常住人口516,598人按村（社区）个数分到各乡镇，乡镇内按距驻地远近分布到500米网格）',
  populationModelBrief: '2020年人口普查区级总数、模型估算分布',
  populationImportedBrief: '导入：{file}',
  populationTownshipTable: '导入：{file}（乡镇人口表，{count} 个乡镇，合计 {total} 人）',
  populationSettlements: '导入：{file}（居民点人口，{count} 个点，合计 {total} 人）',
  populationSpreadOverGrid:
    '{population}；乡镇人口按距驻地远近的密度模型分布到 {cellMetres} 米网格（模型估算）',
} as const;
