/**
 * The overview's coverage figures: the district's share within the service radius per kind in
 * 现状 and 规划完成后, and the geometry of the per-township bar chart (two bars a township, the
 * target as a line). Pure: plain numbers in, plain numbers out, in SVG user units.
 */

import type { AnalysisPair } from '../../analysis/run-analysis-pair.ts';
import type { KindCoverage } from '../../analysis/summarise-coverage.ts';
import { SERVICE_KINDS, type ServiceKind } from '../../domain/radius.ts';
import { effectiveThreshold, type RuleSet } from '../../domain/rules.ts';
import type { ScenarioKind } from '../../domain/scenario.ts';

/** The district's coverage of one kind in both scenarios. */
export interface KindCoverageRow {
  kind: ServiceKind;
  current: KindCoverage;
  planned: KindCoverage;
  /** planned − current share; null when either is unmeasured. */
  shareChange: number | null;
}

/**
 * Coverage of each kind with a service radius (district-wide kinds have no share to show) in
 * 现状 and 规划完成后, for the district or one township.
 * @example coverageRows(pair.current.district.coverage, pair.planned.district.coverage).map((row) => row.kind) // ['kindergarten', 'primary', 'middle']
 */
export function coverageRows(
  current: Record<ServiceKind, KindCoverage>,
  planned: Record<ServiceKind, KindCoverage>,
): KindCoverageRow[] {
  return SERVICE_KINDS.flatMap((kind) => {
    const before = current[kind];
    const after = planned[kind];
    if (before.share === null && after.share === null) return [];
    const shareChange = before.share === null || after.share === null ? null : after.share - before.share;
    return [{ kind, current: before, planned: after, shareChange }];
  });
}

/** The district's coverage rows. */
export function districtCoverageRows(pair: AnalysisPair): KindCoverageRow[] {
  return coverageRows(pair.current.district.coverage, pair.planned.district.coverage);
}

/** A township's coverage rows; empty when either analysis lacks the township. */
export function townshipCoverageRows(pair: AnalysisPair, code: string): KindCoverageRow[] {
  const current = pair.current.townships.find((township) => township.code === code);
  const planned = pair.planned.townships.find((township) => township.code === code);
  return current && planned ? coverageRows(current.coverage, planned.coverage) : [];
}

/**
 * The share a township should reach for a kind: the threshold of the enabled coverage rule of
 * that kind, else the set's coverage target.
 */
export function coverageGoal(ruleSet: RuleSet, kind: ServiceKind): number {
  const rule = ruleSet.rules.find(
    (item) =>
      item.enabled &&
      item.level === 'township' &&
      item.measure === 'population-coverage' &&
      item.serviceKind === kind,
  );
  return rule ? effectiveThreshold(rule, ruleSet.settings) : ruleSet.settings.coverageTarget;
}

/** What the chart shows of one township. */
export interface ChartTownship {
  code: string;
  name: string;
  current: number | null;
  planned: number | null;
}

/** The townships of a pair with their covered share of `kind` in both scenarios. */
export function chartTownships(pair: AnalysisPair, kind: ServiceKind): ChartTownship[] {
  const planned = new Map(pair.planned.townships.map((township) => [township.code, township]));
  return pair.current.townships.map((township) => ({
    code: township.code,
    name: township.name,
    current: township.coverage[kind].share,
    planned: planned.get(township.code)?.coverage[kind].share ?? null,
  }));
}

/** Sizes of the chart, in SVG user units. */
export interface ChartLayout {
  width: number;
  /** Room for the township names, left of the bars. */
  labelWidth: number;
  /** Room for the value labels, right of the longest bar. */
  valueWidth: number;
  barHeight: number;
  /** Space between the two bars of a township. */
  barGap: number;
  /** Space between townships. */
  rowGap: number;
  /** Room above the bars for the target's label. */
  top: number;
  /** Room below the bars for the axis labels. */
  bottom: number;
}

/** The default sizes: a 560-unit wide chart that reads at projector size. */
export const DEFAULT_CHART_LAYOUT: ChartLayout = {
  width: 560,
  labelWidth: 96,
  valueWidth: 64,
  barHeight: 11,
  barGap: 2,
  rowGap: 10,
  top: 22,
  bottom: 24,
};

/** One bar. */
export interface ChartBar {
  scenario: ScenarioKind;
  x: number;
  y: number;
  width: number;
  height: number;
  share: number | null;
  /** Where the value label starts (left end, vertical centre). */
  labelX: number;
  labelY: number;
  /** Whether the share reaches the goal. */
  meetsGoal: boolean | null;
}

/** One township's row of the chart. */
export interface ChartRow {
  code: string;
  name: string;
  /** Vertical centre of the township's two bars, for its name. */
  centreY: number;
  bars: ChartBar[];
}

/** The whole chart. */
export interface ChartGeometry {
  width: number;
  height: number;
  plotLeft: number;
  plotWidth: number;
  plotTop: number;
  plotBottom: number;
  rows: ChartRow[];
  /** The goal's line, or null without one. */
  goalX: number | null;
  /** Axis ticks at 0, 25, 50, 75 and 100 %. */
  ticks: { x: number; share: number }[];
}

/**
 * The chart of covered shares: per township a 现状 bar above a 规划完成后 bar on a 0–100 % axis,
 * the goal as a vertical line, and where each value label goes. Unmeasured shares get no bar
 * (width 0) and keep their label place for a dash.
 * @example coverageChartGeometry([{ code: 'a', name: '桥圩镇', current: 0.5, planned: 0.8 }], 0.9).rows[0].bars[1].width // 0.8 × plot width
 */
export function coverageChartGeometry(
  townships: readonly ChartTownship[],
  goal: number | null,
  layout: ChartLayout = DEFAULT_CHART_LAYOUT,
): ChartGeometry {
  const plotLeft = layout.labelWidth;
  const plotWidth = Math.max(0, layout.width - layout.labelWidth - layout.valueWidth);
  const rowHeight = 2 * layout.barHeight + layout.barGap;
  const plotTop = layout.top;
  const xOf = (share: number) => plotLeft + Math.min(1, Math.max(0, share)) * plotWidth;
  const rows = townships.map((township, index): ChartRow => {
    const rowTop = plotTop + layout.rowGap / 2 + index * (rowHeight + layout.rowGap);
    const bars = (['current', 'planned'] as const).map((scenario, position): ChartBar => {
      const share = township[scenario];
      const y = rowTop + position * (layout.barHeight + layout.barGap);
      const width = share === null ? 0 : xOf(share) - plotLeft;
      return {
        scenario,
        x: plotLeft,
        y,
        width,
        height: layout.barHeight,
        share,
        labelX: plotLeft + width + 4,
        labelY: y + layout.barHeight / 2,
        meetsGoal: share === null || goal === null ? null : share >= goal,
      };
    });
    return { code: township.code, name: township.name, centreY: rowTop + rowHeight / 2, bars };
  });
  const plotBottom = plotTop + townships.length * (rowHeight + layout.rowGap);
  return {
    width: layout.width,
    height: plotBottom + layout.bottom,
    plotLeft,
    plotWidth,
    plotTop,
    plotBottom,
    rows,
    goalX: goal === null ? null : xOf(goal),
    ticks: [0, 0.25, 0.5, 0.75, 1].map((share) => ({ x: xOf(share), share })),
  };
}
