/** English texts of the screens that were written in the components before. */
import type { screensZh } from '../zh-CN/screens.ts';

export const screensEn: Record<keyof typeof screensZh, string> = {
  radiusSources:
    'Urban: walking distances of GB 50180—2018, the standard for urban residential area planning and design; rural: common planning practice (not a national standard)',
  overviewGoalPrefix: 'target',
  overviewGoalLabel: 'Goal of “{title}”',
  numberRequired: 'Enter a number',
  importReportRowNumber: 'Row number',
  importRejectedFileNote: 'rejected rows',
  importReportFileNote: 'check report',
  candidateNamePrefix: 'Candidate',
  boundaryProjectionWithSource: '{projection} ({source})',
  boundaryFieldWithSamples: '{field} ({samples}…)',
  schoolFlagLine: '{rule}: {actual} (limit {limit})',
  ruleResultLine: '{rule}: {figures}',
  ruleCellBefore: ' ({mark})',
  languageSwitchLabel: 'Switch to Chinese',
  languageSwitchTarget: '中文',
  languageNameChinese: '简体中文',
  languageNameEnglish: 'English',
  fileSize: ' ({size})',
  newSchoolSource: 'Added on the map',
  suggestedPickNote: 'Site suggestion no. {rank}: newly covers {gain} people',
  townshipZoomTo: 'Zoom to this township',
  radiusFieldLabel: '{kind}, {area}',
};
