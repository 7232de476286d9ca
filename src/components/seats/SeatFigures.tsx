/** The district's figures for one stage in one year: children, seats, who got a seat and why not. */
import type { StageForecast } from '../../analysis/seats/forecast-seat-balance.ts';
import type { StageSeatBalance } from '../../analysis/seats/measure-seat-balance.ts';
import { STAGE_NAME_KEYS } from '../../domain/seats.ts';
import { useAtlasStore } from '../../store/index.ts';
import { selectSeatYear } from '../../store/seat-selectors.ts';
import { selectDistance } from '../../store/travel-selectors.ts';
import { formatCount } from '../format.ts';
import { useTranslation } from '../use-translation.ts';

/** A signed whole number: +1,200 or −340. */
export function formatBalance(value: number): string {
  return value > 0 ? `+${formatCount(value)}` : value < 0 ? `−${formatCount(-value)}` : '0';
}

export function SeatFigures({
  balance,
  stageForecast,
}: {
  balance: StageSeatBalance;
  stageForecast: StageForecast;
}) {
  const { t } = useTranslation();
  const year = useAtlasStore(selectSeatYear);
  const byRoad = useAtlasStore((state) => selectDistance(state).model === 'road');
  const scenario = useAtlasStore((state) => state.scenario);
  const scenarioName = t(scenario.kind === 'current' ? 'scenarioCurrent' : 'scenarioPlanned');
  const district = stageForecast.outlook[0];
  const rows: [string, string, string][] = [
    ['children', t('seatChildren'), formatCount(balance.children)],
    ['seats', t('seatSeats'), formatCount(balance.seats)],
    ['seated', t('seatSeated'), formatCount(balance.seated)],
    ['without', t('seatWithoutSeat'), formatCount(balance.withoutSeat)],
    [
      'no-school',
      t(byRoad ? 'seatWithoutSeatNoSchoolByRoad' : 'seatWithoutSeatNoSchool'),
      formatCount(balance.withoutSeatNoSchool),
    ],
    ['full', t('seatWithoutSeatFull'), formatCount(balance.withoutSeatFull)],
    ['balance', t('seatBalance'), formatBalance(balance.balance)],
  ];
  const lastForecastYear = useAtlasStore((state) => state.seatAnalysis?.current.years.at(-1) ?? year ?? '');
  return (
    <section className="seat-section" aria-labelledby="seat-summary" data-testid="seat-summary">
      <h3 id="seat-summary">
        {t('seatSummaryTitle', {
          stage: t(STAGE_NAME_KEYS[balance.stage]),
          year: year ?? '',
          scenario: scenarioName,
        })}
      </h3>
      <dl className="seat-figures">
        {rows.map(([id, label, value]) => (
          <div
            key={id}
            className={`seat-figure ${id}${id === 'balance' && balance.balance < 0 ? ' short' : ''}`}
          >
            <dt>{label}</dt>
            <dd data-testid={`seat-figure-${id}`}>{value}</dd>
          </div>
        ))}
      </dl>
      {balance.maximumSeated !== null ? (
        <p className="help" data-testid="seat-maximum">
          {t(byRoad ? 'seatMaximumNoteByRoad' : 'seatMaximumNote', {
            maximum: formatCount(balance.maximumSeated),
            gap: formatCount(balance.maximumSeated - balance.seated),
          })}
        </p>
      ) : null}
      {balance.unknownSeatSchools > 0 ? (
        <details className="warning seat-unknown" data-testid="seat-unknown">
          <summary>{t('seatUnknownSchools', { count: balance.unknownSeatSchools })}</summary>
          <ul>
            {balance.schools
              .filter((school) => school.seatSource === 'unknown')
              .map((school) => (
                <li key={school.code}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => useAtlasStore.getState().select({ kind: 'school', code: school.code })}
                  >
                    {school.name}
                  </button>
                </li>
              ))}
          </ul>
        </details>
      ) : null}
      {district ? (
        <ul className="seat-outlook" data-testid="seat-outlook">
          <li className={district.firstShortageYear !== null ? 'short' : ''}>
            {district.firstShortageYear !== null
              ? t('seatOutlookShortage', { year: district.firstShortageYear })
              : t('seatOutlookNoShortage', { year: lastForecastYear })}
          </li>
          <li className={district.firstSurplusYear !== null ? 'surplus' : ''}>
            {district.firstSurplusYear !== null
              ? t('seatOutlookSurplus', { year: district.firstSurplusYear })
              : t('seatOutlookNoSurplus', { year: lastForecastYear })}
          </li>
        </ul>
      ) : null}
    </section>
  );
}
