import type { screensOnDemandZh } from '../../zh-CN/on-demand/screens.ts';

/**
 * English texts of the screens that were written in the components before.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const screensOnDemandEn: Record<keyof typeof screensOnDemandZh, string> = {
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
  ruleCellBefore: ' ({mark})',
  fileSize: ' ({size})',
  radiusFieldLabel: '{kind}, {area}',
  languageNameChinese: '简体中文',
  languageNameEnglish: 'English',
  suggestedPickNote: 'Site suggestion no. {rank}: newly covers {gain} people',
  schoolFlagLine: '{rule}: {actual} (limit {limit})',
  ruleResultLine: '{rule}: {figures}',
  newSchoolSource: 'Added on the map',
  townshipZoomTo: 'Zoom to this township',
};
