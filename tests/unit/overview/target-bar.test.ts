import { describe, expect, it } from 'vitest';
import type { TargetCounts, TargetProgress } from '../../../src/analysis/evaluate-targets.ts';
import { targetBar, targetStanding } from '../../../src/components/overview/target-bar.ts';

function counted(target: number, counts: TargetCounts): TargetProgress {
  const achieved = counts.existing + counts.completed;
  const afterPlan = achieved + counts.construction + counts.planned;
  return {
    id: 'new-public-kindergartens',
    title: '新建公办幼儿园',
    titleEnglish: null,
    note: null,
    measure: 'school-count',
    unit: '所',
    target,
    counts,
    achieved,
    afterPlan,
    met: achieved >= target,
    metAfterPlan: afterPlan >= target,
  };
}

function entered(target: number, value: number | null, unit = '%'): TargetProgress {
  const met = value === null ? null : value >= target;
  return {
    id: 'preschool-gross-enrolment',
    title: '学前教育三年毛入园率',
    titleEnglish: null,
    note: null,
    measure: 'entered-figure',
    unit,
    target,
    counts: null,
    achieved: value,
    afterPlan: value,
    met,
    metAfterPlan: met,
  };
}

describe('target bar', () => {
  it('stacks 竣工, 在建 and 规划 against the goal, leaving out empty parts', () => {
    const bar = targetBar(counted(16, { existing: 0, completed: 9, construction: 4, planned: 3 }));
    expect(bar.scale).toBe(16);
    expect(bar.goalPosition).toBe(1);
    expect(bar.segments).toEqual([
      { part: 'completed', count: 9, start: 0, width: 9 / 16 },
      { part: 'construction', count: 4, start: 9 / 16, width: 4 / 16 },
      { part: 'planned', count: 3, start: 13 / 16, width: 3 / 16 },
    ]);
    expect(bar.standing).toBe('met-after-plan');
    expect(bar.shortfall).toBe(0);
  });

  it('widens the scale to a surplus so the goal marker stands inside the bar', () => {
    const bar = targetBar(counted(26, { existing: 28, completed: 0, construction: 0, planned: 0 }));
    expect(bar.scale).toBe(28);
    expect(bar.goalPosition).toBeCloseTo(26 / 28);
    expect(bar.segments).toEqual([{ part: 'existing', count: 28, start: 0, width: 1 }]);
    expect(bar.standing).toBe('met');
  });

  it('says how many are missing when even the plan falls short', () => {
    const bar = targetBar(counted(135, { existing: 48, completed: 26, construction: 18, planned: 17 }));
    expect(bar.standing).toBe('short');
    expect(bar.shortfall).toBe(135 - 109);
    const last = bar.segments.at(-1);
    expect((last?.start ?? 0) + (last?.width ?? 0)).toBeCloseTo(109 / 135);
  });

  it('draws an empty bar for a goal of nothing without dividing by zero', () => {
    const bar = targetBar(counted(0, { existing: 0, completed: 0, construction: 0, planned: 0 }));
    expect(bar.segments).toEqual([]);
    expect(bar.goalPosition).toBe(0);
    expect(bar.standing).toBe('met');
  });

  it('reads a rate on a 0–100 % scale and an absent figure as not entered', () => {
    const rate = targetBar(entered(90, 88.5));
    expect(rate.scale).toBe(100);
    expect(rate.goalPosition).toBe(0.9);
    expect(rate.segments).toEqual([{ part: 'existing', count: 88.5, start: 0, width: 0.885 }]);
    expect(rate.standing).toBe('short');
    expect(rate.shortfall).toBeCloseTo(1.5);
    expect(targetBar(entered(90, 104)).scale).toBe(104);
    const empty = targetBar(entered(90, null));
    expect(empty.segments).toEqual([]);
    expect(empty.standing).toBe('not-entered');
    expect(targetStanding(entered(90, 91))).toBe('met');
  });

  it('scales an entered count to its goal', () => {
    expect(targetBar(entered(40, 30, '所')).scale).toBe(40);
  });
});
