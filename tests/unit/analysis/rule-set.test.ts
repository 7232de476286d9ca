import { describe, expect, it } from 'vitest';
import {
  effectiveThreshold,
  matchesPredicate,
  parseRuleSet,
  serializeRuleSet,
  withEnteredFigure,
  withRuleEnabled,
  withRuleSettings,
  withRuleThreshold,
  withTargetGoal,
} from '../../../src/domain/rules.ts';
import { translateMessage } from '../../../src/i18n/index.ts';
import { makeSchool } from '../school-fixtures.ts';
import { defaultRuleSet, defaultRuleSetText } from './default-inputs.ts';

/** The default document with one change made by `edit`, then parsed. */
function parseEdited(
  edit: (document: Record<string, unknown> & { rules: Record<string, unknown>[] }) => void,
) {
  const document = JSON.parse(defaultRuleSetText);
  edit(document);
  return parseRuleSet(document);
}

function errorsOf(result: ReturnType<typeof parseRuleSet>): string[] {
  return result.ok
    ? []
    : result.errors.map((error) => (typeof error === 'string' ? error : translateMessage('zh-CN', error)));
}

describe('the default rule set file', () => {
  it('parses and is written back byte for byte by serializeRuleSet', () => {
    expect(serializeRuleSet(defaultRuleSet())).toBe(defaultRuleSetText);
  });

  it('holds the plan’s rules, settings and targets', () => {
    const ruleSet = defaultRuleSet();
    expect(ruleSet.rules.map((rule) => rule.id)).toEqual([
      'boarding-primary',
      'public-central-kindergarten',
      'populous-town-new-kindergartens',
      'coverage-kindergarten',
      'coverage-primary',
      'coverage-middle',
      'class-size-large',
      'class-size-severe',
      'bandwidth-lead-schools',
      'bandwidth-village-primaries',
      'students-per-computer-high',
      'students-per-computer-middle',
      'students-per-computer-primary',
      'staff-per-computer',
    ]);
    expect(ruleSet.settings).toEqual({ populousTownThreshold: 110_000, coverageTarget: 0.9 });
    const targets = Object.fromEntries(ruleSet.targets.map((target) => [target.id, target.target]));
    expect(targets).toEqual({
      'new-public-kindergartens': 16,
      'new-primary-schools': 4,
      'new-middle-schools': 1,
      'new-special-schools': 1,
      'new-high-schools': 1,
      'compulsory-standardised': 135,
      'public-kindergartens-renovated': 116,
      'inclusive-private-certified': 26,
      'demonstration-kindergartens': 2,
      'preschool-gross-enrolment': 90,
      'compulsory-retention': 91,
      'upper-secondary-gross-enrolment': 90,
    });
    const middle = ruleSet.targets.find((target) => target.id === 'new-middle-schools');
    expect(middle?.note).toContain('2');
  });
});

describe('parseRuleSet errors, in Chinese, naming the rule and the field', () => {
  it('rejects a document of another format or version', () => {
    expect(errorsOf(parseRuleSet({ format: 'other', version: 1 }))[0]).toContain('format');
    expect(errorsOf(parseRuleSet([]))[0]).toContain('规则集应为 JSON 对象');
    const future = parseEdited((document) => {
      document.version = 2;
    });
    expect(errorsOf(future)[0]).toContain('版本 2 不受支持');
  });

  it('names the rule and field of a bad threshold', () => {
    const errors = errorsOf(
      parseEdited((document) => {
        (document.rules[2] as Record<string, unknown>).threshold = 'two';
      }),
    );
    expect(errors).toEqual([
      '规则「populous-town-new-kindergartens」（第 3 条）字段 threshold：应为非负数，实际为 "two"',
    ]);
  });

  it('names an unknown school type inside a nested anyOf', () => {
    const errors = errorsOf(
      parseEdited((document) => {
        const rule = document.rules[8] as { where: { anyOf: { types: string[] }[] } };
        rule.where.anyOf[0]?.types.push('中学');
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('规则「bandwidth-lead-schools」（第 9 条）字段 where.anyOf[0].types[4]');
    expect(errors[0]).toContain('"中学" 不是学校类型');
  });

  it('rejects a misspelt predicate field instead of silently widening the rule', () => {
    const errors = errorsOf(
      parseEdited((document) => {
        (document.rules[0] as { where: Record<string, unknown> }).where = { types: ['小学'], boardng: true };
      }),
    );
    expect(errors[0]).toContain('规则「boarding-primary」（第 1 条）字段 where.boardng：不认识的字段');
  });

  it('reports duplicate ids, coverage targets above 1 and missing titles all at once', () => {
    const errors = errorsOf(
      parseEdited((document) => {
        (document.rules[1] as Record<string, unknown>).id = 'boarding-primary';
        (document.rules[3] as Record<string, unknown>).threshold = 1.5;
        (document.rules[4] as Record<string, unknown>).title = '';
      }),
    );
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toContain(
      '规则「coverage-kindergarten」（第 4 条）字段 threshold：应为非负数且不大于 1',
    );
    expect(errors.join('\n')).toContain('规则「coverage-primary」（第 5 条）字段 title');
    expect(errors.join('\n')).toContain('规则编号「boarding-primary」重复');
  });

  it('names a bad target', () => {
    const errors = errorsOf(
      parseEdited((document) => {
        (document.targets as Record<string, unknown>[])[9] = {
          id: 'x',
          title: '率',
          measure: 'entered-figure',
          target: 90,
          value: '九十',
          unit: '%',
        };
      }),
    );
    expect(errors).toEqual(['目标「x」（第 10 条）字段 value：应为非负数（或 null），实际为 "九十"']);
  });
});

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
    expect(() => withRuleThreshold(original, 'coverage-primary', 1.2)).toThrow(RangeError);
    expect(() => withRuleThreshold(original, 'class-size-large', -1)).toThrow(RangeError);
    expect(() => withRuleEnabled(original, 'no-such-rule', true)).toThrow('no-such-rule');
    expect(() => withRuleSettings(original, { coverageTarget: 2 })).toThrow(RangeError);
  });

  it('changes a target goal and enters a figure', () => {
    const original = defaultRuleSet();
    expect(withTargetGoal(original, 'new-middle-schools', 2).targets[2]?.target).toBe(2);
    const entered = withEnteredFigure(original, 'preschool-gross-enrolment', 88.5);
    expect(entered.targets.find((target) => target.id === 'preschool-gross-enrolment')).toMatchObject({
      value: 88.5,
    });
    expect(() => withEnteredFigure(original, 'new-middle-schools', 1)).toThrow(RangeError);
    expect(parseRuleSet(JSON.parse(serializeRuleSet(entered)))).toEqual({ ok: true, ruleSet: entered });
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
