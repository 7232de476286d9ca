/** The seat rows of a township's atlas page: per stage, children and balance now and at the forecast's end. */
import type { SeatForecast } from '../analysis/seats/forecast-seat-balance.ts';
import { STAGE_NAME_KEYS } from '../domain/seats.ts';
import { type Language, translate } from '../i18n/index.ts';

const LOCALES: Record<Language, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

/** A row of the page's small table (a PageTableRow of page-content.ts, which imports this file). */
export interface SeatPageRow {
  cells: string[];
  status: 'pass' | 'fail';
}

/**
 * One row per stage for a township (code '' for the district): the stage and base year, the seat
 * balance then (marked as failing when seats fall short), and the balance in the last forecast year.
 * A stage the population gives no children for is left out.
 * @example seatPageRows(forecast, '450803100', 'zh-CN')[1].cells // ['小学学位余缺（2020）', '−1,533', '2030 年 +…']
 */
export function seatPageRows(forecast: SeatForecast, code: string, language: Language): SeatPageRow[] {
  const count = (value: number) => Math.round(value).toLocaleString(LOCALES[language]);
  const signed = (value: number) => (value > 0 ? `+${count(value)}` : value < 0 ? `−${count(-value)}` : '0');
  const last = forecast.years.length - 1;
  const first = forecast.years[0] ?? forecast.baseYear;
  const lastYear = forecast.years[last] ?? forecast.baseYear;
  return forecast.stages.flatMap((stage) => {
    const figures = (index: number) => {
      const balance = stage.years[index];
      return code === '' ? balance : balance?.townships.find((township) => township.code === code);
    };
    const now = figures(0);
    const later = figures(last);
    if (!now || !later) return [];
    const stageName = translate(language, STAGE_NAME_KEYS[stage.stage]);
    return [
      {
        cells: [
          translate(language, 'seatPrintRow', { stage: stageName, first }),
          signed(now.balance),
          translate(language, 'seatPrintValue', { last: lastYear, balance: signed(later.balance) }),
        ],
        status: now.balance < 0 ? 'fail' : 'pass',
      },
    ];
  });
}
