import { describe, expect, it } from 'vitest';
import { withEnteredFigure } from '../../../src/domain/rules.ts';
import { DEFAULT_SEAT_SETTINGS } from '../../../src/domain/seats.ts';
import { translateMessage } from '../../../src/i18n/index.ts';
import { parseRuleSet, readRuleSetText, serializeRuleSet } from '../../../src/io/rule-set-file.ts';
import { defaultRuleSet, defaultRuleSetText } from '../analysis/default-inputs.ts';
import { zhAll } from '../messages.ts';

/** The default document with one change made by `edit`, then parsed. */
function parseEdited(
  edit: (document: Record<string, unknown> & { rules: Record<string, unknown>[] }) => void,
) {
  const document = JSON.parse(defaultRuleSetText);
  edit(document);
  return parseRuleSet(document);
}

function errorsOf(result: ReturnType<typeof parseRuleSet>): string[] {
  return result.ok ? [] : zhAll(result.errors);
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
    const { seats, ...others } = ruleSet.settings;
    expect(others).toEqual({ populousTownThreshold: 72_000, coverageTarget: 0.9 });
    const { note, ...seatSettings } = seats ?? {};
    expect(seatSettings).toEqual({ ...DEFAULT_SEAT_SETTINGS });
    expect(note).toContain('GB 50099—2011');
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

describe('the rule-set file in English', () => {
  it('names the same rule and field, with the file’s own values as they are', () => {
    const result = parseEdited((document) => {
      (document.rules[2] as Record<string, unknown>).threshold = 'two';
    });
    expect(result.ok).toBe(false);
    const [error] = result.ok ? [] : result.errors;
    if (!error) throw new Error('no error');
    expect(translateMessage('en', error)).toBe(
      'Rule “populous-town-new-kindergartens” (no. 3), field threshold: should be a non-negative number, found "two"',
    );
  });
});

describe('readRuleSetText', () => {
  it('says which file is not JSON, and reads one that is', () => {
    const broken = readRuleSetText('{"format":', '规则.json');
    expect(broken.ok ? [] : zhAll(broken.errors)).toEqual(['规则.json 不是有效的 JSON 文件']);
    expect(readRuleSetText(defaultRuleSetText, 'x.json')).toEqual({ ok: true, ruleSet: defaultRuleSet() });
  });

  it('gives an entered figure back after writing it', () => {
    const entered = withEnteredFigure(defaultRuleSet(), 'preschool-gross-enrolment', 88.5);
    expect(parseRuleSet(JSON.parse(serializeRuleSet(entered)))).toEqual({ ok: true, ruleSet: entered });
  });
});
