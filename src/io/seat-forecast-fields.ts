/**
 * The seat forecast's assumptions as a project backup saves them (`settings.seatForecast`):
 * checked as strictly as the rest of a backup — every problem named, nothing half-read — and
 * read back. A backup made before the forecast was saved has none, and stays valid.
 */
import { type Message, message } from '../domain/message.ts';
import { type BirthsByYear, NO_FORECAST_ASSUMPTIONS, type SeatForecastAssumptions } from '../domain/seats.ts';

/** The years a births figure may be given for. */
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;
/** A rate (birth change, migration) is a share of a year: above −100 % and below 1,000 %. */
const LOWEST_RATE = -1;
const HIGHEST_RATE = 10;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a short text for a message. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Whether a value is a yearly rate the forecast accepts. */
export function isForecastRate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > LOWEST_RATE && value < HIGHEST_RATE;
}

/** Whether a year may carry a births figure. */
export function isBirthsYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** Whether a value is a births figure: a whole number of zero or more. */
export function isBirthsCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isBirthsByYear(value: unknown): value is BirthsByYear {
  return (
    isRecord(value) &&
    Object.entries(value).every(
      ([year, count]) => /^\d{4}$/.test(year) && isBirthsYear(Number(year)) && isBirthsCount(count),
    )
  );
}

/**
 * Every problem of saved forecast assumptions (an empty list: sound). Fields left out take their
 * defaults; a field of the wrong kind is a problem.
 * @example checkSeatForecast({ birthChange: -2 }) // one problem: the rate
 */
export function checkSeatForecast(value: unknown): Message[] {
  if (!isRecord(value)) return [message('seatForecastNotObject')];
  const problems: Message[] = [];
  const wrong = (field: string, expected: Message) =>
    problems.push(message('seatForecastFieldInvalid', { field, value: shown(value[field]), expected }));
  if (value.birthChange !== undefined && !isForecastRate(value.birthChange)) {
    wrong('birthChange', message('seatForecastExpectRate'));
  }
  if (value.births !== undefined && !isBirthsByYear(value.births)) {
    wrong('births', message('seatForecastExpectBirths'));
  }
  if (
    value.townshipBirths !== undefined &&
    !(isRecord(value.townshipBirths) && Object.values(value.townshipBirths).every(isBirthsByYear))
  ) {
    wrong('townshipBirths', message('seatForecastExpectTownshipBirths'));
  }
  if (
    value.migration !== undefined &&
    !(isRecord(value.migration) && Object.values(value.migration).every(isForecastRate))
  ) {
    wrong('migration', message('seatForecastExpectMigration'));
  }
  if (value.birthsFile !== undefined && value.birthsFile !== null && typeof value.birthsFile !== 'string') {
    wrong('birthsFile', message('seatForecastExpectFile'));
  }
  return problems;
}

/** Copies a record into a fresh object (own keys only: a code such as __proto__ stays a key). */
function copied<Value>(value: Readonly<Record<string, Value>>): Record<string, Value> {
  return Object.fromEntries(Object.entries(value));
}

/**
 * Saved forecast assumptions read back; null when there are none or they are unsound (then
 * `checkSeatForecast` says why).
 */
export function readSeatForecast(value: unknown): SeatForecastAssumptions | null {
  if (value === undefined || checkSeatForecast(value).length > 0 || !isRecord(value)) return null;
  const defaults = NO_FORECAST_ASSUMPTIONS;
  return {
    birthChange: (value.birthChange as number | undefined) ?? defaults.birthChange,
    births: copied((value.births as BirthsByYear | undefined) ?? defaults.births),
    townshipBirths: Object.fromEntries(
      Object.entries((value.townshipBirths as Record<string, BirthsByYear> | undefined) ?? {}).map(
        ([code, byYear]) => [code, copied(byYear)],
      ),
    ),
    migration: copied((value.migration as Record<string, number> | undefined) ?? defaults.migration),
    birthsFile: (value.birthsFile as string | null | undefined) ?? null,
  };
}
