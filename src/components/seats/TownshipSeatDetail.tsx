/**
 * A township's seats in the detail panel: for each stage, in the scenario and year the 学位 view
 * shows, its children, the seats of its schools, the balance and the children without a seat, and
 * the gross rate estimated for the base year (pupils of its schools ÷ its children of the ages).
 */
import { useShallow } from 'zustand/react/shallow';
import { STAGE_NAME_KEYS } from '../../domain/seats.ts';
import { useAtlasStore } from '../../store/index.ts';
import { selectSeatForecast, selectSeatYear } from '../../store/seat-selectors.ts';
import { formatCount, formatShare } from '../format.ts';
import { useTranslation } from '../use-translation.ts';
import { formatBalance } from './SeatFigures.tsx';

export function TownshipSeatDetail({ code }: { code: string }) {
  const { t } = useTranslation();
  const { forecast, year, scenario, rates } = useAtlasStore(
    useShallow((state) => ({
      forecast: selectSeatForecast(state),
      year: selectSeatYear(state),
      scenario: state.scenario,
      rates: state.seatAnalysis?.rates,
    })),
  );
  if (!forecast || year === null) return null;
  const position = forecast.years.indexOf(year);
  const scenarioName = t(scenario.kind === 'current' ? 'scenarioCurrent' : 'scenarioPlanned');
  return (
    <section className="township-seats" data-testid="township-seats">
      <h3>{t('seatDetailTitle', { scenario: scenarioName, year })}</h3>
      <table className="township-seat-table">
        <thead>
          <tr>
            <th className="township-seat-head" scope="col">
              {t('seatStageLegend')}
            </th>
            <th className="township-seat-head" scope="col">
              {t('seatTableChildren')}
            </th>
            <th className="township-seat-head" scope="col">
              {t('seatTableSeats')}
            </th>
            <th className="township-seat-head" scope="col">
              {t('seatTableBalance')}
            </th>
            <th className="township-seat-head" scope="col">
              {t('seatTableWithout')}
            </th>
            <th
              className="township-seat-head"
              scope="col"
              title={t('seatTownshipRateNote', { year: forecast.baseYear })}
            >
              {t('seatTownshipRate', { year: forecast.baseYear })}
            </th>
          </tr>
        </thead>
        <tbody>
          {forecast.stages.map((stageForecast) => {
            const figures = stageForecast.years[position]?.townships.find((entry) => entry.code === code);
            const rate = rates
              ?.find((entry) => entry.stage === stageForecast.stage)
              ?.townships.find((entry) => entry.code === code);
            return (
              <tr key={stageForecast.stage} data-stage={stageForecast.stage}>
                <th className="township-seat-head" scope="row">
                  {t(STAGE_NAME_KEYS[stageForecast.stage])}
                </th>
                {figures ? (
                  <>
                    <td className="township-seat-number">{formatCount(figures.children)}</td>
                    <td className="township-seat-number">{formatCount(figures.seats)}</td>
                    <td
                      className={`township-seat-number ${figures.balance < 0 ? 'township-seat-shortage' : ''}`}
                      data-testid={`township-seat-balance-${stageForecast.stage}`}
                    >
                      {formatBalance(figures.balance)}
                    </td>
                    <td className="township-seat-number">{formatCount(figures.withoutSeat)}</td>
                  </>
                ) : (
                  <td colSpan={4} className="muted">
                    {t('seatTableUnavailable')}
                  </td>
                )}
                <td
                  className="township-seat-number"
                  title={
                    rate
                      ? t('seatTownshipRateHow', {
                          enrolled: formatCount(rate.enrolled),
                          children: formatCount(rate.children),
                        })
                      : undefined
                  }
                  data-testid={`township-seat-rate-${stageForecast.stage}`}
                >
                  {rate?.rate === null || rate === undefined ? '—' : formatShare(rate.rate)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
