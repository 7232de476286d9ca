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
      analysisKind: 'middle',
      planningTab: 'candidates',
      presentation: null,
      dataSet: '2026-12-05-0a1b2c3d',
      seatStage: 'primary',
      seatYear: null,
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
      analysisKind: 'primary',
      planningTab: 'candidates',
      presentation: null,
      dataSet: null,
      seatStage: 'primary',
      seatYear: null,
    });
    expect(hash).toBe('#map=10.00/23.00000/109.70000');
  });

  it('ignores malformed and unknown parts instead of failing', () => {
    const view = parseUrlView(
      '#map=abc/1&type=大学,小学&state=gone&town=x1&own=公立&boarding=2&lang=fr&data=../etc',
    );
    expect(view).toEqual({
      camera: null,
      filters: { ...NO_FILTERS, types: ['小学'] },
      selection: null,
      language: 'zh-CN',
      scenario: { kind: 'planned', year: null },
      view: 'map',
      analysisKind: 'primary',
      planningTab: 'candidates',
      presentation: null,
      dataSet: null,
      seatStage: 'primary',
      seatYear: null,
    });
  });

  it("carries the data set a link was made on: a publication id or this browser's local data", () => {
    const base = parseUrlView('');
    expect(base.dataSet).toBeNull();
    for (const dataSet of ['local', '2026-12-05-0a1b2c3d']) {
      const view: UrlView = { ...base, dataSet };
      expect(formatUrlView(view)).toBe(`#data=${dataSet}`);
      expect(parseUrlView(formatUrlView(view))).toEqual(view);
    }
    expect(parseUrlView('#data=2026-12-05').dataSet).toBeNull();
    expect(parseUrlView('#data=LOCAL').dataSet).toBeNull();
  });

  it('round-trips the 选址 panel and a presentation slide', () => {
    const base = parseUrlView('');
    const planning: UrlView = {
      ...base,
      view: 'planning',
      planningTab: 'suggest',
      analysisKind: 'kindergarten',
    };
    expect(formatUrlView(planning)).toBe('#view=planning&kind=kindergarten&tab=suggest');
    expect(parseUrlView(formatUrlView(planning))).toEqual(planning);
    const slide: UrlView = {
      ...base,
      view: 'overview',
      presentation: { kind: 'township', code: '450803104' },
    };
    expect(parseUrlView(formatUrlView(slide))).toEqual(slide);
    expect(parseUrlView('#present=district')).toMatchObject({
      view: 'overview',
      presentation: { kind: 'district' },
    });
    expect(parseUrlView('#present=abc&view=nowhere&kind=college&tab=x')).toMatchObject({
      view: 'map',
      presentation: null,
      analysisKind: 'primary',
      planningTab: 'candidates',
    });
  });

  it('keeps a township selection', () => {
    expect(parseUrlView('#township=450803104').selection).toEqual({ kind: 'township', code: '450803104' });
  });

  it('round-trips the 学位 view with its stage and forecast year, and keeps them out of other views', () => {
    const seats: UrlView = { ...parseUrlView(''), view: 'seats', seatStage: 'middle', seatYear: 2026 };
    expect(formatUrlView(seats)).toBe('#view=seats&stage=middle&seatyear=2026');
    expect(parseUrlView(formatUrlView(seats))).toEqual(seats);
    expect(formatUrlView({ ...seats, view: 'map' })).toBe('#');
    expect(parseUrlView('#view=seats&stage=college&seatyear=20x6')).toMatchObject({
      seatStage: 'primary',
      seatYear: null,
    });
  });
});
