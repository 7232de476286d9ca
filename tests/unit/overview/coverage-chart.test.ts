import { describe, expect, it } from 'vitest';
import {
  type ChartLayout,
  coverageChartGeometry,
  coverageGoal,
} from '../../../src/components/overview/coverage-chart.ts';
import {
  type RuleSet,
  withRuleEnabled,
  withRuleSettings,
  withRuleThreshold,
} from '../../../src/domain/rules.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';

const LAYOUT: ChartLayout = {
  width: 300,
  labelWidth: 50,
  valueWidth: 50,
  barHeight: 10,
  barGap: 2,
  rowGap: 8,
  top: 20,
  bottom: 20,
};

describe('coverage chart geometry', () => {
  const geometry = coverageChartGeometry(
    [
      { code: 'a', name: '桥圩镇', current: 0.5, planned: 0.8 },
      { code: 'b', name: '瓦塘镇', current: null, planned: 1.2 },
    ],
    0.9,
    LAYOUT,
  );

  it('scales bars on a 0–100 % axis between the names and the value labels', () => {
    expect(geometry.plotLeft).toBe(50);
    expect(geometry.plotWidth).toBe(200);
    const [current, planned] = geometry.rows[0]?.bars ?? [];
    expect(current).toMatchObject({ scenario: 'current', x: 50, width: 100, share: 0.5, meetsGoal: false });
    expect(planned).toMatchObject({ scenario: 'planned', x: 50, width: 160, meetsGoal: false });
    expect(current?.labelX).toBe(154);
    expect(geometry.goalX).toBe(230);
    expect(geometry.ticks.map((tick) => tick.x)).toEqual([50, 100, 150, 200, 250]);
  });

  it('puts 现状 above 规划完成后, townships one under another, and sizes the chart to them', () => {
    const [first, second] = geometry.rows;
    expect(first?.bars[1]?.y).toBe((first?.bars[0]?.y ?? 0) + 12);
    expect((second?.bars[0]?.y ?? 0) - (first?.bars[0]?.y ?? 0)).toBe(22 + 8);
    expect(first?.centreY).toBe((first?.bars[0]?.y ?? 0) + 11);
    expect(geometry.plotBottom).toBe(20 + 2 * 30);
    expect(geometry.height).toBe(geometry.plotBottom + 20);
  });

  it('draws no bar for an unmeasured share and caps one above 100 %', () => {
    const [current, planned] = geometry.rows[1]?.bars ?? [];
    expect(current).toMatchObject({ width: 0, share: null, meetsGoal: null });
    expect(planned).toMatchObject({ width: 200, meetsGoal: true });
  });

  it('leaves the goal line out without a goal', () => {
    expect(coverageChartGeometry([], null, LAYOUT).goalX).toBeNull();
  });
});

describe('coverage goal', () => {
  const ruleSet: RuleSet = defaultRuleSet();

  it('takes the set’s coverage target for a coverage rule without its own threshold', () => {
    expect(coverageGoal(ruleSet, 'primary')).toBe(ruleSet.settings.coverageTarget);
    expect(coverageGoal(withRuleSettings(ruleSet, { coverageTarget: 0.8 }), 'primary')).toBe(0.8);
  });

  it('takes the rule’s own threshold, and the target again when the rule is off', () => {
    const own = withRuleThreshold(ruleSet, 'coverage-primary', 0.75);
    expect(coverageGoal(own, 'primary')).toBe(0.75);
    expect(coverageGoal(own, 'middle')).toBe(ruleSet.settings.coverageTarget);
    expect(coverageGoal(withRuleEnabled(own, 'coverage-primary', false), 'primary')).toBe(
      ruleSet.settings.coverageTarget,
    );
  });
});
