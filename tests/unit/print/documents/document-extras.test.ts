import { describe, expect, it } from 'vitest';
import type { SuggestionResult } from '../../../../src/analysis/plan-suggestion.ts';
import { documentExtras } from '../../../../src/print/documents/document-extras.ts';
import { suggestionsTable } from '../../../../src/print/documents/school-tables.ts';
import { createAtlasStore } from '../../../../src/store/index.ts';
import { suggestionResult } from './suggestion-result.ts';

function result(quality: SuggestionResult['quality']): SuggestionResult {
  return suggestionResult({ quality });
}

function stateWith(suggestion: SuggestionResult, language: 'zh-CN' | 'en') {
  const store = createAtlasStore();
  const state = store.getState();
  store.setState({
    language,
    suggestion: { ...state.suggestion, status: 'done', result: suggestion, basis: null },
  });
  return store.getState();
}

describe('documentExtras', () => {
  it('gives the report the suggestion with its quality line, in the interface language', () => {
    const gap = result({ value: 100, bound: 103, gap: 3 / 103, optimal: false, boundSource: 'lagrangian' });
    expect(documentExtras(stateWith(gap, 'zh-CN')).suggestion?.quality).toBe('与最优解相差不超过 2.92%');
    expect(documentExtras(stateWith(gap, 'en')).suggestion?.quality).toMatch(/2\.92\s?%/);
    const proven = result({ value: 100, bound: 100, gap: 0, optimal: true, boundSource: 'solver' });
    expect(documentExtras(stateWith(proven, 'zh-CN')).suggestion?.quality).toBe('已证明为最优解');
  });

  it('leaves the suggestion out while none is done', () => {
    expect(documentExtras(createAtlasStore().getState()).suggestion).toBeNull();
  });
});

describe('suggestionsTable', () => {
  it('reads each pick of the distance objective as metres off the mean distance, not people', () => {
    const base = result({
      value: 1500,
      bound: 1450,
      gap: 50 / 1500,
      optimal: false,
      boundSource: 'lagrangian',
    });
    const pick = {
      rank: 1,
      origin: 'grid' as const,
      lon: 109.6,
      lat: 23,
      name: '建议点 1',
      townshipCode: '450803100',
      townshipName: '桥圩镇',
      gain: 212.4,
      gainByTownship: [],
      rulesFixed: [],
      nearestExistingMetres: null,
      runnerUp: null,
    };
    const distance = suggestionsTable({ ...base, objective: 'distance', picks: [pick] }, 'zh-CN');
    expect(distance.columns[3]).toBe('平均距离缩短');
    expect(distance.rows[0]?.cells[3]).toBe('212 m');
    const coverage = suggestionsTable({ ...base, picks: [{ ...pick, gain: 4321 }] }, 'zh-CN');
    expect(coverage.columns[3]).toBe('新增覆盖人口');
  });

  it('calls a grid site without a name as the screen does, in the language of the report', () => {
    const base = result({
      value: 1500,
      bound: 1450,
      gap: 50 / 1500,
      optimal: false,
      boundSource: 'lagrangian',
    });
    const pick = {
      rank: 2,
      origin: 'grid' as const,
      lon: 109.6,
      lat: 23,
      name: '',
      townshipCode: '450803100',
      townshipName: '桥圩镇',
      gain: 4321,
      gainByTownship: [],
      rulesFixed: [],
      nearestExistingMetres: null,
      runnerUp: null,
    };
    expect(suggestionsTable({ ...base, picks: [pick] }, 'zh-CN').rows[0]?.cells[1]).toBe('建议点 2');
    expect(suggestionsTable({ ...base, picks: [pick] }, 'en').rows[0]?.cells[1]).toBe('Site 2');
    const named = suggestionsTable({ ...base, picks: [{ ...pick, name: '城东地块' }] }, 'en');
    expect(named.rows[0]?.cells[1]).toBe('城东地块');
  });
});
