/** Simplified Chinese texts of the rule-set file and of rule-set edits. */
export const rulesZh = {
  ruleSetNotLoaded: '规则集尚未载入',
  ruleUnknown: '规则集中没有规则「{id}」',
  targetUnknown: '规则集中没有目标「{id}」',
  ruleCoverageOutOfRange: '覆盖率目标应在 0 到 1 之间，实际为 {value}',
  ruleThresholdRequired: '规则「{id}」必须有阈值',
  ruleThresholdNegative: '规则「{id}」的阈值应为非负数，实际为 {value}',
  rulePopulousNegative: '人口大镇阈值应为非负数，实际为 {value}',
  targetGoalNegative: '目标「{id}」的目标值应为非负数，实际为 {value}',
  targetFigureNegative: '目标「{id}」的填报值应为非负数，实际为 {value}',
  targetNotEntered: '目标「{id}」由学校名录统计，不能填报',
} as const;
