/** Children by single year of age in a later year: the base year's cohorts aged, and new births. */
import { type BirthsByYear, CHILD_AGE_COUNT } from '../../domain/seats.ts';
import { distributeBirths } from './distribute-births.ts';
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
  births?: BirthsByYear;
  /** Births of given years per township code (with `townshipOfPlace`); they override the district's there. */
  townshipBirths?: Readonly<Record<string, BirthsByYear>>;
  /** The township code of every place. */
  townshipOfPlace?: readonly string[];
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
 * per year — or the known figures of the year, a township's over its places and the district's
 * over the rest (`distributeBirths`). A yearly net migration rate m of a place multiplies a cohort by (1 + m) for every year it spent there within the
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
  const migration = options.migrationOfPlace;
  const birthsAt = (year: number): Float64Array =>
    distributeBirths(ages, places, year, {
      baseYear: options.baseYear,
      ...(options.birthChange === undefined ? {} : { birthChange: options.birthChange }),
      ...(options.births ? { births: options.births } : {}),
      ...(options.townshipBirths ? { townshipBirths: options.townshipBirths } : {}),
      ...(options.townshipOfPlace ? { townshipOfPlace: options.townshipOfPlace } : {}),
    });
  const forecast = new Int32Array(places * CHILD_AGE_COUNT);
  const exact = new Float64Array(places);
  for (let age = 0; age < CHILD_AGE_COUNT; age++) {
    const source = age - passed;
    const yearsHere = source >= 0 ? passed : age;
    const born = source >= 0 ? null : birthsAt(options.year - age);
    for (let place = 0; place < places; place++) {
      const value = born ? (born[place] ?? 0) : (ages[place * CHILD_AGE_COUNT + (source as number)] ?? 0);
      const rate = migration?.[place] ?? 0;
      exact[place] = rate !== 0 ? value * (1 + rate) ** yearsHere : value;
    }
    const whole = roundCumulatively(exact);
    for (let place = 0; place < places; place++) forecast[place * CHILD_AGE_COUNT + age] = whole[place] ?? 0;
  }
  return forecast;
}
