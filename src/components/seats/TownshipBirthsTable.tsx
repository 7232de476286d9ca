/**
 * Births per township and year, typed in the 学位 view's assumptions: a township's figure of a
 * year replaces the district's share for its places (the forecast's rule, as for an imported
 * births file). Each cell commits on its own and is undone like any other edit; years whose
 * townships add up to more than the district's figure are named under the table.
 */
import { useShallow } from 'zustand/react/shallow';
import { birthsAboveDistrict } from '../../domain/seats.ts';
import { useAtlasStore } from '../../store/index.ts';
import { formatCount } from '../format.ts';
import { NumberInput } from '../NumberInput.tsx';
import { useTranslation } from '../use-translation.ts';

/** The table, for the forecast's years after the base year. */
export function TownshipBirthsTable({ years }: { years: readonly number[] }) {
  const { t } = useTranslation();
  const { townships, townshipBirths, districtBirths } = useAtlasStore(
    useShallow((state) => ({
      townships: state.townships,
      townshipBirths: state.seatForecast.townshipBirths,
      districtBirths: state.seatForecast.births,
    })),
  );
  const { setSeatTownshipBirths } = useAtlasStore.getState();
  if (!townships || years.length === 0) return null;
  const above = birthsAboveDistrict(districtBirths, townshipBirths);
  return (
    <fieldset className="seat-migration seat-township-births-fieldset" data-testid="seat-township-births">
      <legend>{t('seatTownshipBirthsLegend')}</legend>
      <div className="seat-township-births-scroll">
        <table className="seat-township-births">
          <thead>
            <tr>
              <th scope="col">{t('seatTownshipBirthsTownship')}</th>
              {years.map((year) => (
                <th key={year} scope="col">
                  {t('seatBirthsYear', { year })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {townships.features.map((feature) => {
              const { code, name } = feature.properties;
              return (
                <tr key={code}>
                  <th scope="row">{name}</th>
                  {years.map((year) => (
                    <td key={year}>
                      <NumberInput
                        label={t('seatTownshipBirthsOf', { township: name, year })}
                        value={townshipBirths[code]?.[year] ?? null}
                        step={10}
                        onCommit={(value) => {
                          if (!(Number.isInteger(value) && value >= 0)) return t('seatBirthsInvalid');
                          setSeatTownshipBirths(code, year, value);
                          return null;
                        }}
                        onClear={() => {
                          setSeatTownshipBirths(code, year, null);
                          return null;
                        }}
                        testId={`seat-township-births-${code}-${year}`}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="help">{t('seatTownshipBirthsHelp')}</p>
      {above.map((found) => (
        <p key={found.year} className="field-error" data-testid="seat-township-births-above">
          {t('seatTownshipBirthsAboveDistrict', {
            year: found.year,
            townships: formatCount(found.townships),
            district: formatCount(found.district),
          })}
        </p>
      ))}
    </fieldset>
  );
}
