/** The births the seat forecast uses now: from which file, or typed, and how many figures. */
import { birthsSummary } from '../../io/import-flow/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { useTranslation } from '../use-translation.ts';

export function BirthsInUse() {
  const { t, tm } = useTranslation();
  const forecast = useAtlasStore((state) => state.seatForecast);
  const figures = { district: forecast.births, townships: forecast.townshipBirths };
  const none = Object.keys(figures.district).length === 0 && Object.keys(figures.townships).length === 0;
  const summary = tm(birthsSummary(figures));
  const label = none
    ? t('birthsCurrentNone')
    : forecast.birthsFile !== null
      ? t('seatBirthsFrom', { file: forecast.birthsFile, summary })
      : t('birthsCurrentTyped', { summary });
  return (
    <p className="help" data-testid="births-in-use">
      {t('birthsCurrent', { label })}
    </p>
  );
}
