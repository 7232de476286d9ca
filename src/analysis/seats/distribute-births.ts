/** The births of one year at every place, from the figures the forecast was given. */
import { type BirthsByYear, CHILD_AGE_COUNT } from '../../domain/seats.ts';

/** The births the forecast knows or assumes. */
export interface BirthFigures {
  /** The year the base figures refer to. */
  baseYear: number;
  /** Annual change of births for the years without a figure; default 0. */
  birthChange?: number;
  /** District births of given years. */
  births?: BirthsByYear;
  /** Births of given years per township code; needs `townshipOfPlace`. */
  townshipBirths?: Readonly<Record<string, BirthsByYear>>;
  /** The township code of every place. */
  townshipOfPlace?: readonly string[];
}

/** A figure of a year, when it is a usable count. */
function figureOf(births: BirthsByYear | undefined, year: number): number | undefined {
  const value = births?.[year];
  return value === undefined || !Number.isFinite(value) ? undefined : Math.max(0, value);
}

/**
 * Spreads `total` births over the chosen places in proportion to their age-0 children of the base
 * year, or (no age-0 children there) to all their children; adds the shares to `into`. Births with
 * no child anywhere in those places to follow are not placed: there is no one to say where.
 */
function spread(ages: Int32Array, places: readonly number[], total: number, into: Float64Array): void {
  let youngest = 0;
  let all = 0;
  for (const place of places) {
    youngest += ages[place * CHILD_AGE_COUNT] ?? 0;
    for (let age = 0; age < CHILD_AGE_COUNT; age++) all += ages[place * CHILD_AGE_COUNT + age] ?? 0;
  }
  for (const place of places) {
    let weight = 0;
    if (youngest > 0) weight = (ages[place * CHILD_AGE_COUNT] ?? 0) / youngest;
    else if (all > 0) {
      let own = 0;
      for (let age = 0; age < CHILD_AGE_COUNT; age++) own += ages[place * CHILD_AGE_COUNT + age] ?? 0;
      weight = own / all;
    }
    into[place] = (into[place] ?? 0) + total * weight;
  }
}

/**
 * The children born in `year` at every place (not yet whole). A township with a figure for the
 * year has it spread over its places by their base-year age-0 children; the other places share
 * the district's figure less the townships' (never below zero) the same way; without a district
 * figure they keep their base-year age-0 children changed by the yearly rate since the base year.
 * @param ages the base year: `ages[p * CHILD_AGE_COUNT + a]`
 * @example distributeBirths(base.ages, places, 2024, { baseYear: 2020, births: { 2024: 5200 } })
 */
export function distributeBirths(
  ages: Int32Array,
  places: number,
  year: number,
  figures: BirthFigures,
): Float64Array {
  const births = new Float64Array(places);
  const byTownship = new Map<string, number>();
  const townshipOfPlace = figures.townshipOfPlace;
  if (figures.townshipBirths && townshipOfPlace) {
    for (const [code, figuresOfTownship] of Object.entries(figures.townshipBirths)) {
      const figure = figureOf(figuresOfTownship, year);
      if (figure !== undefined) byTownship.set(code, figure);
    }
  }
  const rest: number[] = [];
  const placesOf = new Map<string, number[]>();
  for (let place = 0; place < places; place++) {
    const code = townshipOfPlace?.[place];
    if (code !== undefined && byTownship.has(code)) {
      const list = placesOf.get(code);
      if (list) list.push(place);
      else placesOf.set(code, [place]);
    } else rest.push(place);
  }
  let typed = 0;
  for (const [code, list] of placesOf) {
    const figure = byTownship.get(code) ?? 0;
    typed += figure;
    spread(ages, list, figure, births);
  }
  const district = figureOf(figures.births, year);
  if (district !== undefined) {
    spread(ages, rest, Math.max(0, district - typed), births);
    return births;
  }
  const factor = (1 + (figures.birthChange ?? 0)) ** (year - figures.baseYear);
  for (const place of rest) births[place] = (ages[place * CHILD_AGE_COUNT] ?? 0) * factor;
  return births;
}
