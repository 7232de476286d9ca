/**
 * The forecast's assumptions in the 学位 view: the yearly change of births, the births of given
 * years where the bureau knows them (from the health commission's birth registrations, say), and a
 * yearly net migration rate per township.
 */
import { useShallow } from 'zustand/react/shallow';
import { useAtlasStore } from '../../store/index.ts';
import { selectSeatForecast } from '../../store/seat-selectors.ts';
import { NumberInput } from '../NumberInput.tsx';
import { useTranslation } from '../use-translation.ts';
import { BirthsInUse } from './BirthsInUse.tsx';
import { TownshipBirthsTable } from './TownshipBirthsTable.tsx';

export function SeatAssumptions() {
  const { t } = useTranslation();
  const { birthChange, births, migration, townships, forecast, hasBirths, townshipBirths } = useAtlasStore(
    useShallow((state) => ({
      birthChange: state.seatForecast.birthChange,
      births: state.seatForecast.births,
      migration: state.seatForecast.migration,
      hasBirths:
        Object.keys(state.seatForecast.births).length > 0 ||
        Object.keys(state.seatForecast.townshipBirths).length > 0,
      townshipBirths: Object.keys(state.seatForecast.townshipBirths).length,
      townships: state.townships,
      forecast: selectSeatForecast(state),
    })),
  );
  const { setSeatBirthChange, setSeatBirths, setSeatMigration, clearSeatBirths } = useAtlasStore.getState();
  // Births of the years after the base year: those are the cohorts the forecast has to invent.
  const birthYears = forecast ? forecast.years.slice(1) : [];
  const percent = (rate: number) => Math.round(rate * 10_000) / 100;
  return (
    <details className="seat-assumptions" data-testid="seat-assumptions">
      <summary>{t('seatAssumptions')}</summary>
      <div className="seat-field">
        <span>{t('seatBirthChangeLabel')}</span>
        <NumberInput
          label={t('seatBirthChangeLabel')}
          value={percent(birthChange)}
          step={0.5}
          onCommit={(value) => {
            if (!(value > -100)) return t('seatBirthChangeInvalid');
            setSeatBirthChange(value / 100);
            return null;
          }}
          onClear={() => {
            setSeatBirthChange(0);
            return null;
          }}
          testId="seat-birth-change"
        />
      </div>
      <p className="help">{t('seatBirthChangeHelp')}</p>
      <BirthsInUse />
      {townshipBirths > 0 ? <p className="help">{t('seatBirthsTownshipNote')}</p> : null}
      <div className="seat-births-actions">
        <button
          type="button"
          // Imports are the editor's: a published atlas's viewer has no import dialog.
          className="ghost edit-control"
          // The one import dialog (the top bar's), at its births tab.
          onClick={() => useAtlasStore.getState().openImportDialog('births')}
          data-testid="seat-births-import"
        >
          {t('seatBirthsImport')}
        </button>
        {hasBirths ? (
          <button type="button" className="ghost" onClick={clearSeatBirths} data-testid="seat-births-clear">
            {t('seatBirthsClear')}
          </button>
        ) : null}
      </div>
      {birthYears.length > 0 ? (
        <fieldset className="seat-migration" data-testid="seat-births">
          <legend>{t('seatBirthsLegend')}</legend>
          {birthYears.map((year) => (
            <div key={year} className="seat-field">
              <span>{t('seatBirthsYear', { year })}</span>
              <NumberInput
                label={t('seatBirthsOf', { year })}
                value={births[year] ?? null}
                step={100}
                onCommit={(value) => {
                  if (!(Number.isInteger(value) && value >= 0)) return t('seatBirthsInvalid');
                  setSeatBirths(year, value);
                  return null;
                }}
                onClear={() => {
                  setSeatBirths(year, null);
                  return null;
                }}
                testId={`seat-births-${year}`}
              />
            </div>
          ))}
          <p className="help">{t('seatBirthsHelp')}</p>
        </fieldset>
      ) : null}
      <TownshipBirthsTable years={birthYears} />
      <fieldset className="seat-migration">
        <legend>{t('seatMigrationLegend')}</legend>
        {townships?.features.map((feature) => {
          const { code, name } = feature.properties;
          return (
            <div key={code} className="seat-field">
              <span>{name}</span>
              <NumberInput
                label={`${t('seatMigrationLegend')} ${name}`}
                value={migration[code] === undefined ? null : percent(migration[code] ?? 0)}
                step={0.1}
                onCommit={(value) => {
                  if (!(value > -100)) return t('seatBirthChangeInvalid');
                  setSeatMigration(code, value / 100);
                  return null;
                }}
                onClear={() => {
                  setSeatMigration(code, 0);
                  return null;
                }}
                placeholder="0"
              />
            </div>
          );
        })}
        <p className="help">{t('seatMigrationHelp')}</p>
      </fieldset>
    </details>
  );
}
