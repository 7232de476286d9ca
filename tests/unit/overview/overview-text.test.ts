import { describe, expect, it } from 'vitest';
import {
  formatPointChange,
  joinClauses,
  kindName,
  ruleFigures,
  statusMark,
  unitText,
} from '../../../src/components/overview/overview-text.ts';
import { scenarioName } from '../../../src/domain/scenario.ts';
import { translate, translateMessage } from '../../../src/i18n/index.ts';

describe('overview texts', () => {
  it('marks outcomes with symbols, not colour alone', () => {
    expect([statusMark('pass'), statusMark('fail'), statusMark('na')]).toEqual(['✓', '✗', '—']);
  });

  it('writes a rule’s figures against its requirement', () => {
    expect(
      ruleFigures({ measure: 'population-coverage', actual: 0.723, required: 0.9, status: 'fail' }),
    ).toBe('72.3% / 90.0%');
    expect(ruleFigures({ measure: 'school-count', actual: 0, required: 1, status: 'fail' })).toBe('0 / 1');
    expect(ruleFigures({ measure: 'school-count', actual: null, required: 2, status: 'na' })).toBe('');
  });

  it('writes a change of share in signed percentage points', () => {
    expect(formatPointChange(0.0823)).toBe('+8.2');
    expect(formatPointChange(-0.015)).toBe('−1.5');
    expect(formatPointChange(0.00001)).toBe('0.0');
    expect(formatPointChange(-0.00001)).toBe('0.0');
    expect(formatPointChange(null)).toBe('—');
  });

  it('names kinds and units in each language', () => {
    expect(kindName('primary', 'zh-CN')).toBe('小学');
    expect(kindName('primary', 'en')).toBe('Primary school');
    expect(unitText('所', 'zh-CN')).toBe('所');
    expect(unitText('所', 'en')).toBe('');
    expect(unitText('%', 'en')).toBe('%');
  });

  it('names the scenario with its plan year', () => {
    expect(translateMessage('zh-CN', scenarioName({ kind: 'current', year: null }))).toBe('现状');
    expect(translateMessage('zh-CN', scenarioName({ kind: 'planned', year: 2019 }))).toBe(
      '规划完成后（截至2019年）',
    );
    expect(translateMessage('en', scenarioName({ kind: 'planned', year: 2019 }))).toBe(
      'After the plan (As of 2019)',
    );
  });
});

describe('joinClauses', () => {
  it('joins clauses as the language does, and gives nothing for none', () => {
    const zh = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
      translate('zh-CN', key, values);
    const en = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
      translate('en', key, values);
    expect(joinClauses(zh, ['甲', '乙', '丙'])).toBe('甲；乙；丙');
    expect(joinClauses(en, ['a', 'b'])).toBe('a; b');
    expect(joinClauses(zh, ['甲'])).toBe('甲');
    expect(joinClauses(zh, [])).toBe('');
  });
});
