import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRAVEL_SETTINGS,
  travelNote,
  travelThreshold,
  withTravelThreshold,
} from '../../../src/domain/travel-settings.ts';
import { translateMessage } from '../../../src/i18n/index.ts';
import { parseTravelSettings } from '../../../src/io/read-travel-settings.ts';
import { parseRuleSet } from '../../../src/io/rule-set-file.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';

const zh = (result: ReturnType<typeof parseTravelSettings>) =>
  result.ok ? [] : result.errors.map((error) => translateMessage('zh-CN', error));

describe('the travel settings of a rule set', () => {
  it('take the defaults when the rule set has none, and fill every field left out', () => {
    expect(parseTravelSettings(undefined)).toEqual({ ok: true, settings: DEFAULT_TRAVEL_SETTINGS });
    const parsed = parseTravelSettings({ walkSpeed: 4, thresholds: { walk: { primary: { rural: 30 } } } });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.settings.walkSpeed).toBe(4);
    expect(parsed.settings.bikeSpeed).toBe(15);
    expect(travelThreshold(parsed.settings, 'walk', 'primary', false)).toBe(30);
    expect(travelThreshold(parsed.settings, 'walk', 'primary', true)).toBe(10);
    // The defaults themselves are untouched.
    expect(travelThreshold(DEFAULT_TRAVEL_SETTINGS, 'walk', 'primary', false)).toBe(40);
  });

  it('name every wrong field at once, in Chinese', () => {
    const errors = zh(
      parseTravelSettings({
        walkSpeed: -1,
        busSpeeds: { 高速: 100 },
        thresholds: { boat: {}, walk: { primary: { rural: 'forty' } } },
        bands: [30, 10],
        colour: 'red',
      }),
    );
    expect(errors).toHaveLength(6);
    expect(errors).toContain(
      '规则集字段 travel.walkSpeed：应为大于 0 且不超过 200 的速度（公里/小时），实际为 -1',
    );
    expect(errors.some((error) => error.startsWith('规则集字段 travel.busSpeeds.高速：应为道路等级'))).toBe(
      true,
    );
    expect(errors.some((error) => error.startsWith('规则集字段 travel.thresholds.boat：'))).toBe(true);
    expect(
      errors.some((error) => error.startsWith('规则集字段 travel.thresholds.walk.primary.rural：')),
    ).toBe(true);
    expect(errors.some((error) => error.startsWith('规则集字段 travel.bands：'))).toBe(true);
    expect(errors.some((error) => error.startsWith('规则集字段 travel.colour：'))).toBe(true);
  });

  it('make a rule set with a wrong travel part unreadable, with the messages', () => {
    const document = JSON.parse(JSON.stringify(defaultRuleSet()));
    document.travel.offRoadSpeed = 0;
    const parsed = parseRuleSet(document);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toHaveLength(1);
  });

  it('are in the default rule set, with the sources written beside them', () => {
    const travel = defaultRuleSet().travel;
    expect(travel?.walkSpeed).toBe(4.5);
    expect(travel?.busSpeeds.国道).toBe(60);
    expect(travel?.notes['thresholds.walk.urban']).toContain('GB 50180');
  });

  it('change one threshold at a time, refusing nonsense', () => {
    const changed = withTravelThreshold(DEFAULT_TRAVEL_SETTINGS, 'bus', 'middle', 'rural', 45);
    expect(travelThreshold(changed, 'bus', 'middle', false)).toBe(45);
    expect(travelThreshold(changed, 'bus', 'middle', true)).toBe(20);
    expect(() => withTravelThreshold(DEFAULT_TRAVEL_SETTINGS, 'bus', 'middle', 'rural', -5)).toThrow(
      RangeError,
    );
  });

  it('give each note in the language shown: the English one when the rule set has it, else as written', () => {
    const parsed = parseTravelSettings({
      notes: { walkSpeed: '成人平均步行速度', bands: '本局设置' },
      notesEnglish: { walkSpeed: 'Average adult walking speed' },
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(travelNote(parsed.settings, 'walkSpeed', 'en')).toBe('Average adult walking speed');
    expect(travelNote(parsed.settings, 'walkSpeed', 'zh-CN')).toBe('成人平均步行速度');
    expect(travelNote(parsed.settings, 'bands', 'en')).toBe('本局设置');
    expect(travelNote(parsed.settings, 'offRoadSpeed', 'en')).toBeNull();
    expect(zh(parseTravelSettings({ notesEnglish: { walkSpeed: 4 } }))[0]).toContain('travel.notesEnglish');
    // The default rule set gives every note in English too.
    const travel = defaultRuleSet().travel;
    expect(Object.keys(travel?.notesEnglish ?? {}).sort()).toEqual(Object.keys(travel?.notes ?? {}).sort());
  });
});
