/**
 * The base year of an imported population that counts children but names no year (no 年份
 * column): the year its children's ages refer to, 2020 unless the user says otherwise.
 */
import type { PopulationData } from '../../domain/population.ts';
import { countsChildren } from '../../domain/population-base-year.ts';
import { DEFAULT_BASE_YEAR } from '../../domain/seats.ts';
import { NumberInput } from '../NumberInput.tsx';
import { useTranslation } from '../use-translation.ts';

export function PopulationBaseYearField({
  population,
  year,
  onChange,
}: {
  population: PopulationData | null;
  year: number | null;
  onChange: (year: number | null) => void;
}) {
  const { t } = useTranslation();
  if (!population || population.baseYear !== undefined || !countsChildren(population)) return null;
  return (
    <div className="seat-field">
      <span>{t('populationBaseYearLabel')}</span>
      <NumberInput
        label={t('populationBaseYearLabel')}
        value={year ?? DEFAULT_BASE_YEAR}
        onCommit={(value) => {
          if (!(Number.isInteger(value) && value >= 1949 && value <= 2100))
            return t('populationBaseYearInvalid');
          onChange(value);
          return null;
        }}
        onClear={() => {
          onChange(null);
          return null;
        }}
        testId="population-base-year"
      />
    </div>
  );
}
