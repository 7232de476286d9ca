/**
 * The base year of an imported population that counts children but names no year (no 年份
 * column): the year its children's ages refer to, 2020 unless the user says otherwise.
 */
import type { PopulationData } from '../../domain/population.ts';
import { DEFAULT_BASE_YEAR } from '../../domain/seats.ts';
import { NumberInput } from '../NumberInput.tsx';
import { useTranslation } from '../use-translation.ts';

/** Whether any township or place of the population counts children by age or by stage. */
function countsChildren(population: PopulationData): boolean {
  const counts = (entry: { ages?: number[]; stageChildren?: object }) =>
    entry.ages !== undefined || entry.stageChildren !== undefined;
  return population.townships.some(counts) || population.points.some(counts);
}

/**
 * The population as it will be used: its own year, else the year chosen here.
 * @example withChosenBaseYear(population, 2022).baseYear // 2022 when the file had no 年份
 */
export function withChosenBaseYear(population: PopulationData, year: number | null): PopulationData {
  return population.baseYear !== undefined || year === null || !countsChildren(population)
    ? population
    : { ...population, baseYear: year };
}

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
