/** Simplified Chinese texts of the screens that were written in the components before. */
export const screensZh = {
  schoolFlagLine: '{rule}：{actual}（{limit}）',
  ruleResultLine: '{rule}：{figures}',
  languageSwitchLabel: '切换到英文',
  languageSwitchTarget: 'EN',
  languageNameChinese: '简体中文',
  languageNameEnglish: 'English',
  newSchoolSource: '地图上添加',
  suggestedPickNote: '选址建议第 {rank} 位：新增覆盖 {gain} 人',
  townshipZoomTo: '定位到此乡镇',
} as const;
