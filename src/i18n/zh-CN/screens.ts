/** Simplified Chinese texts of the screens that were written in the components before. */
export const screensZh = {
  radiusSources: '城区：GB 50180—2018《城市居住区规划设计标准》步行距离；乡村：规划常用取值（非国家标准）',
  overviewGoalPrefix: '目标',
  overviewGoalLabel: '{title}的目标值',
  numberRequired: '请输入数字',
  radiusFieldLabel: '{kind} {area}',
} as const;
