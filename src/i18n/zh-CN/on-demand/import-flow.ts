/**
 * Simplified Chinese texts of the import flow: likely duplicates, strict backup checks, the CLI's boundary input.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const importFlowOnDemandZh = {
  mergeMerged: '并入现有学校 {count} 所',
  mergeDropped: '疑似重复未导入 {count} 所',
  duplicatesTitle:
    '{count} 所学校疑似与名录中已有学校重复（同一乡镇同名，或同类学校相距不足 {metres} 米），请逐条确认处理方式：',
  duplicatesAll: '全部：',
  duplicateMerge: '并入已有学校',
  duplicateKeep: '作为新学校导入',
  duplicateDrop: '不导入',
  duplicateRow: '行号',
  duplicateIncoming: '文件中的学校',
  duplicateExisting: '名录中已有',
  duplicateDecision: '处理方式',
  duplicateSameName: '同一乡镇同名',
  duplicateNearby: '同为{type}，相距 {metres} 米',
  duplicatesMore: '另有 {count} 条未列出，可用上方“全部”统一处理。',
  duplicateReason: '判断依据',
  projectRosterInvalid: '学校名录有误：{problem}',
  projectRefusedProblems: '{file} 未能恢复，现有数据未作任何改动。文件中有 {count} 处问题：',
  projectTownshipInvalid: '乡镇界线第 {number} 个要素：{problem}',
  projectTownshipNotCollection: '乡镇界线不是要素集合（FeatureCollection）',
  projectTownshipNoCode: '缺少乡镇代码或名称',
  projectTownshipNotPolygon: '几何不是面（Polygon 或 MultiPolygon）',
  projectTownshipBadRing:
    '第 {ring} 个环的坐标无效（须为首尾相同、至少 4 个点的经纬度，经度 −180～180，纬度 −90～90）',
  projectTownshipBadFlag: '“{field}”应为 true 或 false',
  projectPopulationInvalid: '人口数据不完整（缺少来源、说明或列表）',
  projectPopulationPointInvalid: '人口第 {number} 个居民点：{problem}',
  projectPopulationTownshipInvalid: '人口第 {number} 个乡镇：{problem}',
  projectPopulationNotCount: '“{field}”应为不小于 0 的有限数值，实际为 {value}',
  projectFieldPopulation: '人口',
  projectFieldSchoolAgePopulation: '学龄人口',
  projectFieldUrban: '是否城区',
  projectFieldApproximate: '是否示意',
  projectPositionInvalid: '坐标应为经度 −180～180、纬度 −90～90 的数值',
  projectRulesInvalid: '规则集有误：{problems}',
  projectBasemapInvalid: '底图设置有误（应为“无底图”、某个底图文件名或某个配置的底图服务）',
  projectRadiiInvalid: '服务半径设置有误（每类学校的城区、农村半径应为不小于 0 的数值或留空）',
  projectScenarioInvalid: '情景设置有误（应为现状或规划，年份为整数）',
  projectCandidatesInvalid: '第 {number} 个候选点格式不对',
  projectCandidatesNotList: '候选点不是列表',
} as const;
