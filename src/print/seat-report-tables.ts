/**
 * The seat tables of the report (学位供需): one per stage, a row per township and the district —
 * children, seats, balance and children without a seat in the base year, and the balance in the
 * forecast's last year.
 */
import type { SeatForecast } from '../analysis/seats/forecast-seat-balance.ts';
import type { SeatFigures } from '../analysis/seats/measure-seat-balance.ts';
import type { Scenario } from '../domain/scenario.ts';
import { STAGE_NAME_KEYS } from '../domain/seats.ts';
import { type Language, translate } from '../i18n/index.ts';
import { formatCount, type PageTable } from './page-content.ts';

/**
 * The report's seat tables for the scenario's forecast; a stage the population gives no children
 * for has no table.
 * @example seatReportTables(forecast, { kind: 'current', year: null }, 'zh-CN')[1].title // '小学学位供需（现状，2020 年；2030 年为预测）'
 */
export function seatReportTables(
  forecast: SeatForecast,
  scenario: Scenario,
  language: Language,
): PageTable[] {
  const t = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
    translate(language, key, values);
  const count = (value: number) => formatCount(value, language);
  const signed = (value: number) => (value > 0 ? `+${count(value)}` : value < 0 ? `−${count(-value)}` : '0');
  const first = forecast.years[0] ?? forecast.baseYear;
  const last = forecast.years.at(-1) ?? forecast.baseYear;
  const scenarioName = t(scenario.kind === 'current' ? 'scenarioCurrent' : 'scenarioPlanned');
  return forecast.stages.flatMap((stage) => {
    const now = stage.years[0];
    const later = stage.years.at(-1);
    if (!now || !later) return [];
    const row = (name: string, figures: SeatFigures, laterFigures: SeatFigures | undefined) => ({
      cells: [
        name,
        count(figures.children),
        count(figures.seats),
        signed(figures.balance),
        count(figures.withoutSeat),
        laterFigures ? signed(laterFigures.balance) : '—',
      ],
      status: figures.balance < 0 ? ('fail' as const) : ('pass' as const),
    });
    return [
      {
        title: t('seatReportTitle', {
          stage: t(STAGE_NAME_KEYS[stage.stage]),
          scenario: scenarioName,
          first,
          last,
        }),
        columns: [
          t('seatReportTownship'),
          t('seatTableChildren'),
          t('seatTableSeats'),
          t('seatTableBalance'),
          t('seatTableWithout'),
          t('seatReportLaterBalance', { year: last }),
        ],
        weights: [3, 2, 2, 2, 2, 2],
        statusColumn: 3,
        rows: [
          ...now.townships.map((township) =>
            row(
              township.name,
              township,
              later.townships.find((entry) => entry.code === township.code),
            ),
          ),
          row(t('seatTableDistrict'), now, later),
        ],
      },
    ];
  });
}
