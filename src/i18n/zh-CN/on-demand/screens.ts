/**
 * Simplified Chinese texts of the screens that were written in the components before.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const screensOnDemandZh = {
  radiusSources: '城区：GB 50180—2018《城市居住区规划设计标准》步行距离；乡村：规划常用取值（非国家标准）',
  overviewGoalPrefix: '目标',
  overviewGoalLabel: '{title}的目标值',
  numberRequired: '请输入数字',
  importReportRowNumber: '行号',
  importRejectedFileNote: '未导入的行',
  importReportFileNote: '检查报告',
  candidateNamePrefix: '候选点',
  boundaryProjectionWithSource: '{projection}（{source}）',
  boundaryFieldWithSamples: '{field}（{samples}…）',
  ruleCellBefore: '（{mark}）',
  fileSize: '（{size}）',
  radiusFieldLabel: '{kind} {area}',
  languageNameChinese: '简体中文',
  languageNameEnglish: 'English',
  suggestedPickNote: '选址建议第 {rank} 位：新增覆盖 {gain} 人',
  schoolFlagLine: '{rule}：{actual}（{limit}）',
  ruleResultLine: '{rule}：{figures}',
  newSchoolSource: '地图上添加',
  townshipZoomTo: '定位到此乡镇',
} as const;
