/** The seat settings of a rule-set file: read field by field, written back in the file's form. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEAT_SETTINGS, seatSettingsOf } from '../../../src/domain/seats.ts';
import { translateMessage } from '../../../src/i18n/index.ts';
import { parseRuleSet, serializeRuleSet } from '../../../src/io/rule-set-file.ts';

describe('seat settings in the rule set', () => {
  const base = {
    format: 'school-layout-atlas-rules',
    version: 1,
    id: 'x',
    title: '测试',
    rules: [],
  };
  const withSeats = (seats: unknown) =>
    parseRuleSet({ ...base, settings: { populousTownThreshold: 1, coverageTarget: 0.9, seats } });

  it('reads class sizes, stage ages as first age and years, new-school classes, and writes them back', () => {
    const parsed = withSeats({
      classSizes: { primary: 40 },
      stageAges: { primary: { from: 6, years: 5 }, middle: { from: 11, years: 4 } },
    });
    if (!parsed.ok)
      throw new Error(parsed.errors.map((error) => translateMessage('zh-CN', error)).join('\n'));
    const seats = seatSettingsOf(parsed.ruleSet.settings);
    expect(seats.classSizes).toEqual({ ...DEFAULT_SEAT_SETTINGS.classSizes, primary: 40 });
    expect(seats.stageAges.primary).toEqual({ from: 6, to: 10 });
    expect(seats.stageAges.middle).toEqual({ from: 11, to: 14 });
    expect(seats.stageAges.high).toEqual(DEFAULT_SEAT_SETTINGS.stageAges.high);
    const again = parseRuleSet(JSON.parse(serializeRuleSet(parsed.ruleSet)));
    expect(again.ok && again.ruleSet.settings.seats).toEqual(parsed.ruleSet.settings.seats);
    // A project backup keeps the rule set as the app holds it (first and last age): it reads too.
    const kept = parseRuleSet(JSON.parse(JSON.stringify(parsed.ruleSet)));
    expect(kept.ok && kept.ruleSet.settings.seats).toEqual(parsed.ruleSet.settings.seats);
  });

  it('names each bad seat field, and takes the defaults for a set without seats', () => {
    const parsed = withSeats({
      classSizes: { primary: -5, college: 3 },
      stageAges: { high: { from: 40, years: 3 } },
      rateTargets: { a: 'college' },
    });
    expect(parsed.ok).toBe(false);
    const errors = (parsed.ok ? [] : parsed.errors).map((error) => translateMessage('zh-CN', error));
    expect(errors).toEqual([
      expect.stringMatching(/^规则集设置 settings\.seats\.classSizes 字段 college：不认识的字段/),
      expect.stringMatching(/^规则集设置 settings\.seats\.classSizes 字段 primary：应为非负数/),
      expect.stringMatching(/^规则集设置 settings\.seats\.stageAges\.high 字段 from：应为非负数且不大于 17/),
      expect.stringMatching(/^规则集设置 settings\.seats\.rateTargets 字段 a：应为 /),
    ]);
    const plain = parseRuleSet({ ...base, settings: { populousTownThreshold: 1, coverageTarget: 0.9 } });
    expect(plain.ok && seatSettingsOf(plain.ruleSet.settings)).toEqual(DEFAULT_SEAT_SETTINGS);
  });
});
