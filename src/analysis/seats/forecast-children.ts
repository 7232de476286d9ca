/** Children by single year of age in a later year: the base year's cohorts aged, and new births. */
import { CHILD_AGE_COUNT } from '../../domain/seats.ts';
import { roundCumulatively } from './round-cumulatively.ts';

/** What the forecast assumes. */
export interface ChildrenForecastOptions {
  /** The year the base figures refer to. */
  baseYear: number;
  /** The year to forecast (at least the base year). */
  year: number;
  /**
   * Annual change of births: the base year's age-0 count × (1 + birthChange)^(years after the
   * base year); −0.03 is 3 % fewer births each year. Default 0.
   */
  birthChange?: number;
  /** Births (age-0 children) of a year for the whole district, where known; other years follow `birthChange`. */
  births?: Readonly<Record<number, number>>;
  /** Yearly net migration rate of each place (its township's), e.g. 0.01; none when absent. */
  migrationOfPlace?: ArrayLike<number>;
}

/**
 * The children of every place and single year of age in `year`.
 *
 * A child of age a in year Y was a − (Y − base) years old in the base year, so every cohort moves
 * up by the years passed (no deaths: child mortality is far below the other uncertainties). A
 * child too young to be counted then was born in year Y − a: the births of a year are the base
 * year's age-0 children at each place times the change since the base year — (1 + birthChange)
 * per year, or the typed district figure ÷ the base year's age-0 total. A yearly net migration
 * rate m of a place multiplies a cohort by (1 + m) for every year it spent there within the
 * forecast. Whole children by cumulative rounding over the places, age by age (a figure that
 * stays whole — no births, no migration — is never changed).
 * @param ages the base year: `ages[p * CHILD_AGE_COUNT + a]`
 * @throws RangeError when the year is before the base year
 * @example forecastChildren(base.ages, base.places, { baseYear: 2020, year: 2025, birthChange: -0.03 })
 */
export function forecastChildren(
  ages: Int32Array,
  places: number,
  options: ChildrenForecastOptions,
): Int32Array {
  const passed = options.year - options.baseYear;
  if (!(passed >= 0)) throw new RangeError('forecastYearBeforeBaseYear');
  if (passed === 0) return ages.slice();
  const change = options.birthChange ?? 0;
  const migration = options.migrationOfPlace;
  let baseBirths = 0;
  let baseChildren = 0;
  for (let place = 0; place < places; place++) {
    baseBirths += ages[place * CHILD_AGE_COUNT] ?? 0;
    for (let age = 0; age < CHILD_AGE_COUNT; age++) baseChildren += ages[place * CHILD_AGE_COUNT + age] ?? 0;
  }
  const birthFactor = (year: number): number => {
    const typed = options.births?.[year];
    if (typed === undefined || !Number.isFinite(typed)) return (1 + change) ** (year - options.baseYear);
    return baseBirths > 0 ? Math.max(0, typed) / baseBirths : 0;
  };
  const forecast = new Int32Array(places * CHILD_AGE_COUNT);
  const exact = new Float64Array(places);
  for (let age = 0; age < CHILD_AGE_COUNT; age++) {
    const source = age - passed;
    const yearsHere = source >= 0 ? passed : age;
    const factor = source >= 0 ? 1 : birthFactor(options.year - age);
    // Typed births with no age-0 children in the base year to follow: spread by all children.
    const byChildren = source < 0 && baseBirths === 0 && options.births?.[options.year - age] !== undefined;
    const typedBirths = byChildren ? Math.max(0, options.births?.[options.year - age] ?? 0) : 0;
    for (let place = 0; place < places; place++) {
      let value: number;
      if (source >= 0) value = ages[place * CHILD_AGE_COUNT + source] ?? 0;
      else if (byChildren) {
        let own = 0;
        for (let other = 0; other < CHILD_AGE_COUNT; other++)
          own += ages[place * CHILD_AGE_COUNT + other] ?? 0;
        value = baseChildren > 0 ? (typedBirths * own) / baseChildren : 0;
      } else value = (ages[place * CHILD_AGE_COUNT] ?? 0) * factor;
      const rate = migration?.[place] ?? 0;
      exact[place] = rate !== 0 ? value * (1 + rate) ** yearsHere : value;
    }
    const whole = roundCumulatively(exact);
    for (let place = 0; place < places; place++) forecast[place * CHILD_AGE_COUNT + age] = whole[place] ?? 0;
  }
  return forecast;
}
