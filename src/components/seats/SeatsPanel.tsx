/**
 * The 学位 view's left panel: stage and forecast year, the forecast's assumptions, the layers,
 * the district's figures for the stage and year, the seat balance per township over the years,
 * the closure or merger candidates, and what the figures rest on.
 */
import { useShallow } from 'zustand/react/shallow';
import { describePopulation } from '../../domain/population.ts';
import { SEAT_STAGES, type SeatStage, STAGE_NAME_KEYS } from '../../domain/seats.ts';
import { useAtlasStore } from '../../store/index.ts';
import {
  selectSeatForecast,
  selectSeatYear,
  selectStageBalance,
  selectStageForecast,
} from '../../store/seat-selectors.ts';
import { formatCount } from '../format.ts';
import { useTranslation } from '../use-translation.ts';
import { SeatAssumptions } from './SeatAssumptions.tsx';
import { SeatBalanceChart } from './SeatBalanceChart.tsx';
import { SeatFigures } from './SeatFigures.tsx';
import { SeatLegend } from './SeatLegend.tsx';
import { SeatSettingsEditor } from './SeatSettingsEditor.tsx';
import './seats.css';
import './seats-elsewhere.css';

function StageButtons() {
  const { t } = useTranslation();
  const stage = useAtlasStore((state) => state.seatStage);
  return (
    <div className="seat-stages">
      {SEAT_STAGES.map((item: SeatStage) => (
        <button
          key={item}
          type="button"
          aria-pressed={stage === item}
          className={stage === item ? 'on' : ''}
          onClick={() => useAtlasStore.getState().setSeatStage(item)}
          data-testid={`seat-stage-${item}`}
        >
          {t(STAGE_NAME_KEYS[item])}
        </button>
      ))}
    </div>
  );
}

function YearSlider() {
  const { t } = useTranslation();
  const { forecast, year } = useAtlasStore(
    useShallow((state) => ({ forecast: selectSeatForecast(state), year: selectSeatYear(state) })),
  );
  if (!forecast || year === null) return null;
  const first = forecast.years[0] ?? forecast.baseYear;
  const last = forecast.years.at(-1) ?? forecast.baseYear;
  return (
    <div className="seat-year">
      <label htmlFor="seat-year-slider">
        {t('seatYearSlider')} <strong data-testid="seat-year-value">{t('seatYearValue', { year })}</strong>
      </label>
      <input
        id="seat-year-slider"
        type="range"
        min={first}
        max={last}
        step={1}
        value={year}
        onChange={(event) => {
          const value = Number(event.target.value);
          useAtlasStore.getState().setSeatYear(value === forecast.baseYear ? null : value);
        }}
        data-testid="seat-year"
      />
      <div className="seat-year-ends" aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </div>
      <p className="help">{t('seatYearNote', { base: forecast.baseYear })}</p>
    </div>
  );
}

function Layers() {
  const { t } = useTranslation();
  const layers = useAtlasStore((state) => state.seatLayers);
  return (
    <fieldset>
      <legend>{t('seatLayersLegend')}</legend>
      {(
        [
          ['utilisation', 'seatLayerUtilisation'],
          ['withoutSeat', 'seatLayerWithoutSeat'],
        ] as const
      ).map(([layer, label]) => (
        <label key={layer} className="check-row">
          <input
            type="checkbox"
            checked={layers[layer]}
            onChange={(event) => useAtlasStore.getState().setSeatLayers({ [layer]: event.target.checked })}
            data-testid={`seat-layer-${layer}`}
          />
          <span className="check-label">{t(label)}</span>
        </label>
      ))}
      <SeatLegend />
    </fieldset>
  );
}

function ClosureCandidates() {
  const { t } = useTranslation();
  const stageForecast = useAtlasStore(selectStageForecast);
  if (!stageForecast || stageForecast.problem) return null;
  const candidates = stageForecast.closureCandidates;
  return (
    <section className="seat-section" aria-labelledby="seat-closure">
      <h3 id="seat-closure">{t('seatClosureTitle')}</h3>
      <p className="help">{t('seatClosureNote')}</p>
      {candidates.length === 0 ? (
        <p className="muted">{t('seatClosureNone')}</p>
      ) : (
        <ul className="seat-closure-list" data-testid="seat-closure">
          {candidates.map((candidate) => (
            <li key={candidate.code}>
              <button
                type="button"
                className="link"
                onClick={() => useAtlasStore.getState().select({ kind: 'school', code: candidate.code })}
              >
                {t('seatClosureItem', {
                  name: candidate.name,
                  year: candidate.year,
                  allocated: formatCount(candidate.allocated),
                  seats: formatCount(candidate.seats),
                })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DataNotes() {
  const { t, tv } = useTranslation();
  const { analysis, population, forecast } = useAtlasStore(
    useShallow((state) => ({
      analysis: state.seatAnalysis,
      population: state.population,
      forecast: selectSeatForecast(state),
    })),
  );
  if (!analysis || !forecast) return null;
  const { settings } = analysis;
  const ages = (stage: SeatStage) =>
    t('seatAgesRange', { from: settings.stageAges[stage].from, to: settings.stageAges[stage].to });
  const basisKey =
    forecast.basis === 'single-year'
      ? 'seatBasisSingleYear'
      : forecast.basis === 'stages'
        ? 'seatBasisStages'
        : forecast.basis === 'mixed'
          ? 'seatBasisMixed'
          : null;
  return (
    <section className="seat-section seat-notes" data-testid="seat-notes">
      {population ? <p>{t('seatPopulationNote', { label: tv(describePopulation(population)) })}</p> : null}
      {basisKey ? <p>{t(basisKey)}</p> : null}
      {forecast.placesWithoutChildren > 0 ? (
        <p className="warning">{t('seatPlacesWithoutChildren', { count: forecast.placesWithoutChildren })}</p>
      ) : null}
      <p>
        {t('seatSettingsNote', {
          ...settings.classSizes,
          kindergartenAges: ages('kindergarten'),
          primaryAges: ages('primary'),
          middleAges: ages('middle'),
          highAges: ages('high'),
        })}
      </p>
    </section>
  );
}

export function SeatsPanel() {
  const { t, tm } = useTranslation();
  const { status, error, stageForecast, balance, linkNote } = useAtlasStore(
    useShallow((state) => ({
      linkNote: state.seatLinkNote,
      status: state.seatsStatus,
      error: state.seatsError,
      stageForecast: selectStageForecast(state),
      balance: selectStageBalance(state),
    })),
  );
  return (
    <aside className="left-panel seats-panel" data-testid="seats-panel" aria-label={t('seatsPanelLabel')}>
      <fieldset>
        <legend>{t('seatStageLegend')}</legend>
        <StageButtons />
      </fieldset>
      <fieldset>
        <legend>{t('seatYearLegend')}</legend>
        <YearSlider />
      </fieldset>
      {linkNote ? (
        <p className="warning" role="status" data-testid="seat-link-note">
          {tm(linkNote)}
        </p>
      ) : null}
      <SeatAssumptions />
      <SeatSettingsEditor />
      <Layers />
      {status === 'error' ? (
        <p className="error">{t('seatFailed', { reason: error ? tm(error) : '' })}</p>
      ) : null}
      {stageForecast?.problem ? (
        <p className="warning" data-testid="seat-problem">
          {tm(stageForecast.problem)}
        </p>
      ) : balance && stageForecast ? (
        <>
          <SeatFigures balance={balance} stageForecast={stageForecast} />
          <SeatBalanceChart />
          <ClosureCandidates />
        </>
      ) : (
        <p className="muted">{t('seatRunning')}</p>
      )}
      {status === 'running' && balance ? <p className="muted">{t('seatUpdating')}</p> : null}
      <DataNotes />
    </aside>
  );
}
