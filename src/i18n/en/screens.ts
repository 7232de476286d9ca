/** English texts of the screens that were written in the components before. */
import type { screensZh } from '../zh-CN/screens.ts';

export const screensEn: Record<keyof typeof screensZh, string> = {
  schoolFlagLine: '{rule}: {actual} (limit {limit})',
  ruleResultLine: '{rule}: {figures}',
  languageSwitchLabel: 'Switch to Chinese',
  languageSwitchTarget: '中文',
  newSchoolSource: 'Added on the map',
  townshipZoomTo: 'Zoom to this township',
};
