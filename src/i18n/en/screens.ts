/** English texts of the screens that were written in the components before. */
import type { screensZh } from '../zh-CN/screens.ts';

export const screensEn: Record<keyof typeof screensZh, string> = {
  radiusSources:
    'Urban: walking distances of GB 50180—2018, the standard for urban residential area planning and design; rural: common planning practice (not a national standard)',
  overviewGoalPrefix: 'target',
  overviewGoalLabel: 'Goal of “{title}”',
  numberRequired: 'Enter a number',
  radiusFieldLabel: '{kind}, {area}',
};
