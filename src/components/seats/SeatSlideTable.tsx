/**
 * The seat section of a presentation slide: for the district or one township, per stage, the
 * children and the seat balance in the base year and in the last forecast year, in the scenario shown.
 */
import { STAGE_NAME_KEYS } from '../../domain/seats.ts';
import { useAtlasStore } from '../../store/index.ts';
import { selectSeatForecast } from '../../store/seat-selectors.ts';
import { formatCount } from '../format.ts';
import { useTranslation } from '../use-translation.ts';
import { formatBalance } from './SeatFigures.tsx';

/** `code` null for the district. */
export function SeatSlideTable({ code }: { code: string | null }) {
  const { t } = useTranslation();
  const forecast = useAtlasStore(selectSeatForecast);
  if (!forecast) return <p className="muted">{t('seatOutlookPending')}</p>;
  const last = forecast.years.length - 1;
  const first = forecast.years[0] ?? forecast.baseYear;
  const lastYear = forecast.years[last] ?? forecast.baseYear;
  const figuresOf = (index: number, stageIndex: number) => {
    const balance = forecast.stages[stageIndex]?.years[index];
    if (!balance) return undefined;
    return code === null ? balance : balance.townships.find((township) => township.code === code);
  };
  return (
    <section className="slide-section">
      <h3>{t('seatSlideTitle', { first, last: lastYear })}</h3>
      <table className="slide-seats" data-testid="slide-seats">
        <tbody>
          {forecast.stages.map((stage, stageIndex) => {
            const now = figuresOf(0, stageIndex);
            const later = figuresOf(last, stageIndex);
            return (
              <tr key={stage.stage} data-stage={stage.stage}>
                <th scope="row">{t(STAGE_NAME_KEYS[stage.stage])}</th>
                {now && later ? (
                  <>
                    <td className="number">
                      {t('seatSlideChildren', {
                        from: formatCount(now.children),
                        to: formatCount(later.children),
                      })}
                    </td>
                    <td className={`number${later.balance < 0 ? ' short' : ''}`}>
                      {t('seatSlideBalance', {
                        from: formatBalance(now.balance),
                        to: formatBalance(later.balance),
                      })}
                    </td>
                  </>
                ) : (
                  <td colSpan={2} className="muted">
                    {t('seatTableUnavailable')}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
