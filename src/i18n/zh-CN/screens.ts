/** Simplified Chinese texts of the screens that were written in the components before. */
export const screensZh = {
  languageSwitchLabel: '切换到英文',
  languageSwitchTarget: 'EN',
} as const;
