import { describe, expect, it } from 'vitest';
import {
  effectiveThreshold,
  matchesPredicate,
  withEnteredFigure,
  withRuleEnabled,
  withRuleSettings,
  withRuleThreshold,
  withTargetGoal,
} from '../../../src/domain/rules.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';
import { thrownMessage } from '../messages.ts';
import { makeSchool } from '../school-fixtures.ts';

describe('immutable updates', () => {
  it('switches a rule off and changes a threshold without touching the original', () => {
    const original = defaultRuleSet();
    const off = withRuleEnabled(original, 'class-size-large', false);
    expect(off.rules.find((rule) => rule.id === 'class-size-large')?.enabled).toBe(false);
    expect(original.rules.find((rule) => rule.id === 'class-size-large')?.enabled).toBe(true);
    const stricter = withRuleThreshold(original, 'class-size-large', 50);
    expect(stricter.rules.find((rule) => rule.id === 'class-size-large')?.threshold).toBe(50);
    expect(original.rules.find((rule) => rule.id === 'class-size-large')?.threshold).toBe(55);
    expect(stricter.rules[0]).toBe(original.rules[0]);
  });

  it('lets a coverage rule follow the setting, and rejects impossible values', () => {
    const original = defaultRuleSet();
    const rule = original.rules.find((candidate) => candidate.id === 'coverage-primary');
    if (!rule) throw new Error('no coverage-primary');
    expect(effectiveThreshold(rule, withRuleSettings(original, { coverageTarget: 0.8 }).settings)).toBe(0.8);
    expect(thrownMessage(() => withRuleThreshold(original, 'coverage-primary', 1.2))).toBe(
      '覆盖率目标应在 0 到 1 之间，实际为 1.2',
    );
    expect(thrownMessage(() => withRuleThreshold(original, 'class-size-large', -1))).toBe(
      '规则「class-size-large」的阈值应为非负数，实际为 -1',
    );
    expect(thrownMessage(() => withRuleEnabled(original, 'no-such-rule', true))).toBe(
      '规则集中没有规则「no-such-rule」',
    );
    expect(thrownMessage(() => withRuleSettings(original, { coverageTarget: 2 }))).toBe(
      '覆盖率目标应在 0 到 1 之间，实际为 2',
    );
  });

  it('changes a target goal and enters a figure', () => {
    const original = defaultRuleSet();
    expect(withTargetGoal(original, 'new-middle-schools', 2).targets[2]?.target).toBe(2);
    const entered = withEnteredFigure(original, 'preschool-gross-enrolment', 88.5);
    expect(entered.targets.find((target) => target.id === 'preschool-gross-enrolment')).toMatchObject({
      value: 88.5,
    });
    expect(thrownMessage(() => withEnteredFigure(original, 'new-middle-schools', 1))).toBe(
      '目标「new-middle-schools」由学校名录统计，不能填报',
    );
    expect(thrownMessage(() => withTargetGoal(original, 'new-middle-schools', -1))).toBe(
      '目标「new-middle-schools」的目标值应为非负数，实际为 -1',
    );
  });
});

describe('matchesPredicate', () => {
  it('ANDs fields, ORs anyOf, and reads 备注 text', () => {
    const central = makeSchool({ code: '1', name: '中心小学', type: '小学', central: true });
    const village = makeSchool({ code: '2', name: '村小', type: '小学' });
    const middle = makeSchool({ code: '3', name: '初中', type: '初中', note: '2019年新认定' });
    const lead = { anyOf: [{ types: ['初中' as const] }, { types: ['小学' as const], central: true }] };
    expect([central, village, middle].map((school) => matchesPredicate(school, lead))).toEqual([
      true,
      false,
      true,
    ]);
    expect(matchesPredicate(middle, { noteContains: '新认定', types: ['小学'] })).toBe(false);
    expect(matchesPredicate(middle, { noteContains: '新认定' })).toBe(true);
    expect(matchesPredicate(village, {})).toBe(true);
  });
});
