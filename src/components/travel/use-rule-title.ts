/**
 * A rule's title as the screens show it: in the interface language, and under road time with the
 * mode's time on roads where the title speaks of the service radius (小学步行道路时间内人口覆盖率).
 */
import { localRuleTitle } from '../../i18n/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { selectDistance } from '../../store/travel-selectors.ts';
import { useTranslation } from '../use-translation.ts';

/** The function from a rule (or a rule result) to its title on screen. */
export function useRuleTitle(): (item: { title: string; titleEnglish?: string | null }) => string {
  const { language } = useTranslation();
  const distance = useAtlasStore(selectDistance);
  return (item) => localRuleTitle(language, item, distance);
}
