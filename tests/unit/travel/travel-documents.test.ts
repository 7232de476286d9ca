/**
 * The deck's and the report's coverage wording follows the distance model: under road time the
 * tables give time thresholds in minutes and say 按步行道路时间; the straight line keeps radii.
 */
import { describe, expect, it } from 'vitest';
import type { DistrictAnalysis } from '../../../src/analysis/analyze-district.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../../../src/domain/travel-settings.ts';
import { localRuleTitle } from '../../../src/i18n/index.ts';
import {
  coverageKinds,
  coverageLine,
  coverageTable,
  coverageText,
  townshipSlideTitle,
} from '../../../src/print/documents/district-tables.ts';
import { smallAnalysis } from '../print/print-fixtures.ts';

function roadAnalysis(): DistrictAnalysis {
  return {
    ...smallAnalysis(),
    distance: { model: 'road', mode: 'walk' },
    travelThresholds: DEFAULT_TRAVEL_SETTINGS.thresholds.walk,
  };
}

describe('meeting documents under road time', () => {
  it('heads the coverage table with the time thresholds and says how time was measured', () => {
    const table = coverageTable(roadAnalysis(), '现状', 'zh-CN');
    expect(table.title).toBe('各乡镇时间阈值内人口覆盖率（现状，按步行道路时间）');
    expect(table.columns).toContain('小学（城区 10 分钟，乡村 40 分钟）');
    expect(table.columns.join('')).not.toMatch(/\d\s*(m|km)\b/);
    const english = coverageTable(roadAnalysis(), 'current', 'en');
    expect(english.title).toContain('by walking time on roads');
    expect(english.columns.join(' ')).toContain('40 min');
  });

  it('keeps service radii in metres for the straight line', () => {
    const table = coverageTable(smallAnalysis(), '现状', 'zh-CN');
    expect(table.title).toBe('各乡镇服务半径内人口覆盖率（现状）');
    expect(table.columns.join('')).not.toContain('分钟');
    expect(coverageText(smallAnalysis(), 'zh-CN')).toContain('直线距离');
  });

  it('takes the measured kinds from the thresholds of the model', () => {
    const analysis = roadAnalysis();
    const thresholds = { ...DEFAULT_TRAVEL_SETTINGS.thresholds.walk, middle: { urban: null, rural: null } };
    expect(coverageKinds({ ...analysis, travelThresholds: thresholds })).not.toContain('middle');
    expect(coverageKinds(analysis)).toContain('middle');
  });

  it('words the district line, the report paragraph and the township slide title by the model', () => {
    const analysis = roadAnalysis();
    expect(coverageLine(analysis, 'primary', 'zh-CN')).toMatch(/^小学：时间阈值内人口 .*（按步行道路时间）/);
    expect(coverageLine(smallAnalysis(), 'primary', 'zh-CN')).toMatch(/^小学：服务半径内人口/);
    expect(coverageText(analysis, 'zh-CN')).toContain('按步行道路时间');
    expect(coverageText(analysis, 'zh-CN')).not.toContain('直线距离');
    expect(townshipSlideTitle(analysis, '桥圩镇', 'zh-CN')).toBe('桥圩镇：规则检查与出行时间覆盖');
    expect(townshipSlideTitle(smallAnalysis(), '桥圩镇', 'zh-CN')).toBe('桥圩镇：规则检查与服务半径覆盖');
  });
});

describe('rule titles under road time', () => {
  it('say the mode’s time on roads where the title speaks of the service radius, in both languages', () => {
    const rule = {
      title: '小学服务半径内人口覆盖率',
      titleEnglish: 'Population within the primary school service radius',
    };
    const walk = { model: 'road' as const, mode: 'walk' as const };
    expect(localRuleTitle('zh-CN', rule, walk)).toBe('小学步行道路时间内人口覆盖率');
    expect(localRuleTitle('en', rule, walk)).toBe(
      'Population within the primary school reach by walking time on roads',
    );
    expect(localRuleTitle('zh-CN', rule, { model: 'straight' })).toBe('小学服务半径内人口覆盖率');
    expect(localRuleTitle('zh-CN', { title: '每个乡镇至少 1 所寄宿制小学' }, walk)).toBe(
      '每个乡镇至少 1 所寄宿制小学',
    );
  });
});
