/**
 * Seat balance (seats − children) of every township over the forecast years, for the chosen stage:
 * one line a township, the selected one drawn dark, the year shown marked.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { STAGE_NAME_KEYS } from '../../domain/seats.ts';
import { useAtlasStore } from '../../store/index.ts';
import { selectSeatForecast, selectSeatYear, selectStageForecast } from '../../store/seat-selectors.ts';
import { formatCount } from '../format.ts';
import { useTranslation } from '../use-translation.ts';
import { formatBalance } from './SeatFigures.tsx';
import { CHART_MARGIN, layOutBalanceChart } from './seat-chart.ts';

const WIDTH = 236;
const HEIGHT = 150;

export function SeatBalanceChart() {
  const { t } = useTranslation();
  const { forecast, stageForecast, year, selection } = useAtlasStore(
    useShallow((state) => ({
      forecast: selectSeatForecast(state),
      stageForecast: selectStageForecast(state),
      year: selectSeatYear(state),
      selection: state.selection,
    })),
  );
  const series = useMemo(() => {
    const first = stageForecast?.years[0];
    if (!stageForecast || !first) return [];
    return first.townships.map((township, position) => ({
      code: township.code,
      name: township.name,
      values: stageForecast.years.map((balance) => balance.townships[position]?.balance ?? 0),
    }));
  }, [stageForecast]);
  if (!forecast || !stageForecast || series.length === 0) return null;
  const layout = layOutBalanceChart(series, WIDTH, HEIGHT);
  const selected = selection?.kind === 'township' ? selection.code : null;
  const yearX = layout.xs[forecast.years.indexOf(year ?? forecast.baseYear)] ?? CHART_MARGIN.left;
  const from = forecast.years[0] ?? forecast.baseYear;
  const to = forecast.years.at(-1) ?? forecast.baseYear;
  const title = t('seatChartTitle', { stage: t(STAGE_NAME_KEYS[stageForecast.stage]), from, to });
  return (
    <section className="seat-section" aria-label={title}>
      <h3>{title}</h3>
      <svg
        className="seat-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={title}
        data-testid="seat-chart"
      >
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={CHART_MARGIN.left}
              x2={WIDTH - CHART_MARGIN.right}
              y1={tick.y}
              y2={tick.y}
              className={tick.value === 0 ? 'zero' : 'grid'}
            />
            <text x={CHART_MARGIN.left - 4} y={tick.y + 3} textAnchor="end">
              {tick.value === 0 ? '0' : formatCount(tick.value)}
            </text>
          </g>
        ))}
        <line
          x1={yearX}
          x2={yearX}
          y1={CHART_MARGIN.top}
          y2={HEIGHT - CHART_MARGIN.bottom}
          className="cursor"
        />
        {series.map((line, index) => (
          <path
            key={line.code}
            d={layout.paths[index]}
            className={line.code === selected ? 'line selected' : 'line'}
            data-township={line.code}
          >
            <title>
              {t('seatChartLine', {
                name: line.name,
                values: line.values
                  .map((value, position) =>
                    t('seatChartPoint', {
                      year: forecast.years[position] ?? '',
                      value: formatBalance(value),
                    }),
                  )
                  .join(t('seatListSeparator')),
              })}
            </title>
          </path>
        ))}
        <text x={CHART_MARGIN.left} y={HEIGHT - 4}>
          {from}
        </text>
        <text x={WIDTH - CHART_MARGIN.right} y={HEIGHT - 4} textAnchor="end">
          {to}
        </text>
      </svg>
    </section>
  );
}
