/** The geometry of the seat balance chart: scales and line paths, pure so it can be tested. */

/** One line of the chart: a township's balance by year. */
export interface BalanceSeries {
  code: string;
  name: string;
  values: number[];
}

/** The chart laid out in a box of `width` × `height` with margins. */
export interface BalanceChartLayout {
  /** SVG path of each series, in order. */
  paths: string[];
  /** y of the zero line. */
  zero: number;
  /** x of each year. */
  xs: number[];
  /** Rounded bounds of the y axis and their y positions. */
  ticks: { value: number; y: number }[];
}

/** Margins of the plot inside the box: left for the axis labels, right for the last point. */
export const CHART_MARGIN = { top: 8, right: 10, bottom: 18, left: 46 };

/**
 * Lays the series out: x evenly over the years, y linear over the range of all values with zero
 * always inside, ticks at zero and at the rounded extremes.
 * @example layOutBalanceChart([{ code: 'a', name: '甲', values: [-10, 20] }], 200, 100).zero
 */
export function layOutBalanceChart(
  series: readonly BalanceSeries[],
  width: number,
  height: number,
): BalanceChartLayout {
  const values = series.flatMap((line) => line.values);
  const count = Math.max(1, ...series.map((line) => line.values.length));
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const plotWidth = width - CHART_MARGIN.left - CHART_MARGIN.right;
  const plotHeight = height - CHART_MARGIN.top - CHART_MARGIN.bottom;
  const xs = Array.from(
    { length: count },
    (_, index) => CHART_MARGIN.left + (count === 1 ? plotWidth / 2 : (plotWidth * index) / (count - 1)),
  );
  const y = (value: number) => CHART_MARGIN.top + ((high - value) / span) * plotHeight;
  const round = (value: number) => {
    if (value === 0) return 0;
    const magnitude = 10 ** Math.floor(Math.log10(Math.abs(value)));
    return Math.sign(value) * Math.floor(Math.abs(value) / magnitude) * magnitude;
  };
  const tickValues = [...new Set([round(high), 0, round(low)])];
  return {
    paths: series.map((line) =>
      line.values
        .map(
          (value, index) => `${index === 0 ? 'M' : 'L'}${(xs[index] ?? 0).toFixed(1)},${y(value).toFixed(1)}`,
        )
        .join(''),
    ),
    zero: y(0),
    xs,
    ticks: tickValues.map((value) => ({ value, y: y(value) })),
  };
}
