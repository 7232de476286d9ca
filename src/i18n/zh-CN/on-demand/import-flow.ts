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
} as const;
