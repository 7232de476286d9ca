/**
 * The overview's line per stage: the seat balance in the last forecast year, now and after the
 * plan (the children and seats, and the forecast's assumptions, when the pointer rests on it).
 */
import { STAGE_NAME_KEYS } from '../../domain/seats.ts';
import { useAtlasStore } from '../../store/index.ts';
import { formatCount } from '../format.ts';
import { useTranslation } from '../use-translation.ts';
import { formatBalance } from './SeatFigures.tsx';

export function SeatOutlook() {
  const { t } = useTranslation();
  const analysis = useAtlasStore((state) => state.seatAnalysis);
  const forecast = useAtlasStore((state) => state.seatForecast);
  const birthChange = forecast.birthChange;
  const hasBirths =
    Object.keys(forecast.births).length > 0 || Object.keys(forecast.townshipBirths).length > 0;
  const migrating = Object.keys(forecast.migration).length;
  if (!analysis) return <p className="muted">{t('seatOutlookPending')}</p>;
  const { current, planned } = analysis;
  const last = current.years.length - 1;
  const lastYear = current.years[last] ?? current.baseYear;
  const assumptions = t('seatOutlookNote', {
    base: current.baseYear,
    change: `${birthChange > 0 ? '+' : ''}${Math.round(birthChange * 1000) / 10}%`,
    births: t(hasBirths ? 'seatOutlookBirthsGiven' : 'seatOutlookBirthsNone'),
    migration:
      migrating > 0 ? t('seatOutlookMigrationSet', { count: migrating }) : t('seatOutlookMigrationNone'),
  });
  return (
    <div className="seat-outlook-overview" data-testid="seat-outlook-2030" title={assumptions}>
      <p className="seat-outlook-lead">{t('seatOutlookLead', { year: lastYear })}</p>
      <ul className="seat-outlook-grid">
        {current.stages.map((stage, index) => {
          const now = stage.years[last];
          const after = planned.stages[index]?.years[last];
          const name = t(STAGE_NAME_KEYS[stage.stage]);
          if (!now || !after) {
            return (
              <li key={stage.stage} className="muted">
                {t('seatOutlookUnavailable', { stage: name })}
              </li>
            );
          }
          return (
            <li
              key={stage.stage}
              data-stage={stage.stage}
              className={after.balance < 0 ? 'short' : ''}
              title={t('seatOutlookDetail', {
                stage: name,
                children: formatCount(now.children),
                current: formatCount(now.seats),
                planned: formatCount(after.seats),
              })}
            >
              <span className="seat-outlook-stage">{name}</span> {formatBalance(now.balance)} /{' '}
              {formatBalance(after.balance)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
