/**
 * The township × stage table of the 学位 view for the year shown: children, seats, balance and
 * children without a seat per stage, and for the chosen stage the first year of a shortfall and of
 * a large surplus. A row click zooms to the township and selects it.
 */
import { useShallow } from 'zustand/react/shallow';
import { boundsOf } from '../../analysis/bounds-of.ts';
import type { StageForecast } from '../../analysis/seats/forecast-seat-balance.ts';
import type { SeatFigures } from '../../analysis/seats/measure-seat-balance.ts';
import { STAGE_NAME_KEYS } from '../../domain/seats.ts';
import { useAtlasStore } from '../../store/index.ts';
import { selectSeatForecast, selectSeatYear, selectStageForecast } from '../../store/seat-selectors.ts';
import { formatCount } from '../format.ts';
import { useTranslation } from '../use-translation.ts';
import { formatBalance } from './SeatFigures.tsx';

function StageCells({ figures, stage }: { figures: SeatFigures | undefined; stage: string }) {
  const { t } = useTranslation();
  if (!figures) {
    return (
      <td colSpan={4} className="muted">
        {t('seatTableUnavailable')}
      </td>
    );
  }
  const surplus = figures.seats > 0 && figures.balance > 0.3 * figures.seats;
  return (
    <>
      <td className="number group-start">{formatCount(figures.children)}</td>
      <td className="number">{formatCount(figures.seats)}</td>
      <td
        className={`number balance${figures.balance < 0 ? ' short' : surplus ? ' surplus' : ''}`}
        data-stage={stage}
        data-balance={figures.balance}
      >
        {formatBalance(figures.balance)}
      </td>
      <td className="number">{formatCount(figures.withoutSeat)}</td>
    </>
  );
}

export function SeatTable() {
  const { t } = useTranslation();
  const { forecast, year, stageForecast, stage, scenario, selection, status } = useAtlasStore(
    useShallow((state) => ({
      forecast: selectSeatForecast(state),
      year: selectSeatYear(state),
      stageForecast: selectStageForecast(state),
      stage: state.seatStage,
      scenario: state.scenario,
      selection: state.selection,
      status: state.seatsStatus,
    })),
  );
  const townships = useAtlasStore((state) => state.townships);
  if (!forecast || year === null) {
    return (
      <section className="township-table-panel" data-testid="seat-table">
        <p className="muted">{t('seatRunning')}</p>
      </section>
    );
  }
  const position = forecast.years.indexOf(year);
  const stages: StageForecast[] = forecast.stages;
  const rows = stages.find((entry) => entry.years[position])?.years[position]?.townships ?? [];
  const figuresOf = (entry: StageForecast, code: string | null) => {
    const balance = entry.years[position];
    if (!balance) return undefined;
    return code === null ? balance : balance.townships.find((township) => township.code === code);
  };
  const outlookOf = (code: string) => stageForecast?.outlook.find((item) => item.code === code);
  const open = (code: string) => {
    useAtlasStore.getState().select({ kind: 'township', code });
    const feature = townships?.features.find((item) => item.properties.code === code);
    if (feature) useAtlasStore.getState().focusOn({ kind: 'bounds', bounds: boundsOf(feature) });
  };
  const stageName = t(STAGE_NAME_KEYS[stage]);
  const scenarioName = t(scenario.kind === 'current' ? 'scenarioCurrent' : 'scenarioPlanned');
  const yearText = (value: number | null | undefined) =>
    value === null || value === undefined ? t('seatTableNever') : String(value);
  return (
    <section className="township-table-panel" data-testid="seat-table">
      <div className="table-summary">
        <strong>{t('seatTableTitle', { year, scenario: scenarioName })}</strong>
        {status === 'running' ? <span className="muted">{t('seatUpdating')}</span> : null}
      </div>
      <div className="table-scroll">
        <table className="township-table seat-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('townshipColumn')}
              </th>
              {stages.map((entry) => (
                <th
                  key={entry.stage}
                  scope="colgroup"
                  colSpan={4}
                  className={`group-start${entry.stage === stage ? ' chosen' : ''}`}
                >
                  {t(STAGE_NAME_KEYS[entry.stage])}
                </th>
              ))}
              <th scope="col" rowSpan={2} className="group-start">
                {t('seatTableShortageYear', { stage: stageName })}
              </th>
              <th scope="col" rowSpan={2}>
                {t('seatTableSurplusYear', { stage: stageName })}
              </th>
            </tr>
            <tr>
              {stages.map((entry) => [
                <th key={`${entry.stage}-children`} scope="col" className="group-start">
                  {t('seatTableChildren')}
                </th>,
                <th key={`${entry.stage}-seats`} scope="col">
                  {t('seatTableSeats')}
                </th>,
                <th key={`${entry.stage}-balance`} scope="col">
                  {t('seatTableBalance')}
                </th>,
                <th key={`${entry.stage}-without`} scope="col">
                  {t('seatTableWithout')}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.code}
                className={selection?.kind === 'township' && selection.code === row.code ? 'selected' : ''}
                onClick={() => open(row.code)}
                data-township={row.code}
              >
                <th scope="row">
                  <button type="button" className="link" onClick={() => open(row.code)}>
                    {row.name}
                  </button>
                </th>
                {stages.map((entry) => (
                  <StageCells key={entry.stage} figures={figuresOf(entry, row.code)} stage={entry.stage} />
                ))}
                <td className="number group-start">{yearText(outlookOf(row.code)?.firstShortageYear)}</td>
                <td className="number">{yearText(outlookOf(row.code)?.firstSurplusYear)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-township="">
              <th scope="row">{t('seatTableDistrict')}</th>
              {stages.map((entry) => (
                <StageCells key={entry.stage} figures={figuresOf(entry, null)} stage={entry.stage} />
              ))}
              <td className="number group-start">{yearText(outlookOf('')?.firstShortageYear)}</td>
              <td className="number">{yearText(outlookOf('')?.firstSurplusYear)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
