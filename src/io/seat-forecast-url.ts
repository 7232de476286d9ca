/**
 * The seat forecast's assumptions in a link (every view a link): `birthchange=-0.03`,
 * `births=2021:5100,2022:4900`, `townbirths=450803100:2021:310,…`, `migration=450803100:0.01,…`
 * and `birthsfile=出生登记.csv`. A link that names none leaves the forecast as it is; one that
 * names any opens exactly that forecast (what it leaves out is the default). A malformed part is
 * ignored and named, never a failure.
 */
import { NO_FORECAST_ASSUMPTIONS, type SeatForecastAssumptions } from '../domain/seats.ts';
import { isBirthsCount, isBirthsYear, isForecastRate } from './seat-forecast-fields.ts';

/** The link's keys of the forecast. */
const KEYS = ['birthchange', 'births', 'townbirths', 'migration', 'birthsfile'] as const;

/** A township code as links carry it. */
const CODE = /^[\p{L}\p{N}_.-]{1,40}$/u;

/** The forecast a link gives, and the parts of it that were ignored (as written in the link). */
export interface LinkSeatForecast {
  /** Null when the link names no forecast assumption. */
  assumptions: SeatForecastAssumptions | null;
  ignored: string[];
}

function entries(value: string): string[][] {
  return value
    .split(',')
    .filter((entry) => entry !== '')
    .map((entry) => entry.split(':'));
}

/**
 * Reads the forecast's assumptions from a link's parameters.
 * @example readSeatForecastFromLink(new URLSearchParams('birthchange=-0.03')).assumptions?.birthChange // -0.03
 */
export function readSeatForecastFromLink(params: URLSearchParams): LinkSeatForecast {
  if (!KEYS.some((key) => params.has(key))) return { assumptions: null, ignored: [] };
  const ignored: string[] = [];
  const births: Record<number, number> = {};
  const townships = new Map<string, Map<number, number>>();
  const migration = new Map<string, number>();
  let birthChange = NO_FORECAST_ASSUMPTIONS.birthChange;
  const changeText = params.get('birthchange');
  if (changeText !== null) {
    const rate = changeText.trim() === '' ? Number.NaN : Number(changeText);
    if (isForecastRate(rate)) birthChange = rate;
    else ignored.push(`birthchange=${changeText}`);
  }
  const isYear = (text: string | undefined) => /^\d{4}$/.test(text ?? '') && isBirthsYear(Number(text));
  const isCount = (text: string | undefined) => /^\d{1,9}$/.test(text ?? '') && isBirthsCount(Number(text));
  for (const parts of entries(params.get('births') ?? '')) {
    const [year, count] = parts;
    if (parts.length === 2 && isYear(year) && isCount(count)) births[Number(year)] = Number(count);
    else ignored.push(`births=${parts.join(':')}`);
  }
  for (const parts of entries(params.get('townbirths') ?? '')) {
    const [code = '', year, count] = parts;
    if (parts.length === 3 && CODE.test(code) && isYear(year) && isCount(count)) {
      const byYear = townships.get(code) ?? new Map<number, number>();
      byYear.set(Number(year), Number(count));
      townships.set(code, byYear);
    } else ignored.push(`townbirths=${parts.join(':')}`);
  }
  for (const parts of entries(params.get('migration') ?? '')) {
    const [code = '', rateText = ''] = parts;
    const rate = rateText.trim() === '' ? Number.NaN : Number(rateText);
    if (parts.length === 2 && CODE.test(code) && isForecastRate(rate)) migration.set(code, rate);
    else ignored.push(`migration=${parts.join(':')}`);
  }
  const file = params.get('birthsfile');
  return {
    assumptions: {
      birthChange,
      births,
      // Object.fromEntries: a code such as __proto__ stays an own key.
      townshipBirths: Object.fromEntries(
        [...townships].map(([code, byYear]) => [code, Object.fromEntries(byYear)]),
      ),
      migration: Object.fromEntries(migration),
      birthsFile: file && file.length <= 200 ? file : null,
    },
    ignored,
  };
}

/**
 * The link's parameters of the forecast's assumptions, as `key=value` texts; none for the defaults.
 * @example seatForecastLinkParts({ ...NO_FORECAST_ASSUMPTIONS, birthChange: -0.03 }) // [['birthchange', '-0.03']]
 */
export function seatForecastLinkParts(forecast: SeatForecastAssumptions): [string, string][] {
  const parts: [string, string][] = [];
  if (forecast.birthChange !== 0) parts.push(['birthchange', String(forecast.birthChange)]);
  const births = Object.entries(forecast.births).map(([year, count]) => `${year}:${count}`);
  if (births.length > 0) parts.push(['births', births.join(',')]);
  const townships = Object.entries(forecast.townshipBirths).flatMap(([code, byYear]) =>
    Object.entries(byYear).map(([year, count]) => `${code}:${year}:${count}`),
  );
  if (townships.length > 0) parts.push(['townbirths', townships.join(',')]);
  const migration = Object.entries(forecast.migration).map(([code, rate]) => `${code}:${rate}`);
  if (migration.length > 0) parts.push(['migration', migration.join(',')]);
  if (forecast.birthsFile !== null && parts.length > 0) parts.push(['birthsfile', forecast.birthsFile]);
  return parts;
}
