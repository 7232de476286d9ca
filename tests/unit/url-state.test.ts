import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { formatUrlView, parseUrlView, type UrlView } from '../../src/io/url-state.ts';

describe('URL view', () => {
  it('round-trips camera, filters, selection and language', () => {
    const view: UrlView = {
      camera: { zoom: 12.5, lat: 22.95376, lon: 109.76303 },
      filters: {
        types: ['幼儿园', '小学'],
        states: ['planned'],
        townships: ['450803100'],
        ownership: '公办',
        boarding: true,
      },
      selection: { kind: 'school', code: '2145080001' },
      language: 'en',
      scenario: { kind: 'current', year: 2019 },
      view: 'analysis',
    };
    expect(parseUrlView(formatUrlView(view))).toEqual(view);
  });

  it('writes nothing but the camera for the default view', () => {
    const hash = formatUrlView({
      camera: { zoom: 10, lat: 23, lon: 109.7 },
      filters: NO_FILTERS,
      selection: null,
      language: 'zh-CN',
      scenario: { kind: 'planned', year: null },
      view: 'map',
    });
    expect(hash).toBe('#map=10.00/23.00000/109.70000');
  });

  it('ignores malformed and unknown parts instead of failing', () => {
    const view = parseUrlView('#map=abc/1&type=大学,小学&state=gone&town=x1&own=公立&boarding=2&lang=fr');
    expect(view).toEqual({
      camera: null,
      filters: { ...NO_FILTERS, types: ['小学'] },
      selection: null,
      language: 'zh-CN',
      scenario: { kind: 'planned', year: null },
      view: 'map',
    });
  });

  it('keeps a township selection', () => {
    expect(parseUrlView('#township=450803104').selection).toEqual({ kind: 'township', code: '450803104' });
  });
});
