/** English texts of the screens that were written in the components before. */
import type { screensZh } from '../zh-CN/screens.ts';

export const screensEn: Record<keyof typeof screensZh, string> = {
  languageSwitchLabel: 'Switch to Chinese',
  languageSwitchTarget: '中文',
};
