/** Simplified Chinese texts of the screens that were written in the components before. */
export const screensZh = {
  schoolFlagLine: '{rule}：{actual}（{limit}）',
  ruleResultLine: '{rule}：{figures}',
  languageSwitchLabel: '切换到英文',
  languageSwitchTarget: 'EN',
  newSchoolSource: '地图上添加',
  townshipZoomTo: '定位到此乡镇',
} as const;
