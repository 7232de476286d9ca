import { describe, expect, it } from 'vitest';
import { qualityMessage } from '../../../src/analysis/optimise/quality-message.ts';
import { message } from '../../../src/domain/message.ts';
import { type PrintSettings, pageLayoutFor, planPages } from '../../../src/print/plan-pages.ts';
import type { PrintSnapshot } from '../../../src/print/print-snapshot.ts';
import { school, smallAnalysis, smallDistrict, twoTownships } from './print-fixtures.ts';

function snapshot(): PrintSnapshot {
  const townships = twoTownships();
  return {
    language: 'zh-CN',
    scenario: { kind: 'current', year: null },
    kind: 'primary',
    schools: [
      school({ code: '1', lon: 109.55, lat: 23.05 }),
      school({ code: '2', type: '幼儿园', lon: 109.56, lat: 23.05 }),
      school({ code: '3', lon: 109.65, lat: 23.05 }),
    ],
    visible: [0, 1, 2],
    schoolTownships: ['450803100', '450803100', '450803101'],
    district: smallDistrict(),
    townships,
    seats: null,
    analysis: smallAnalysis(),
    seatForecast: null,
    ruleSet: null,
    analysisLayers: null,
    flagged: new Set(),
    serviceCircles: null,
    gaps: null,
    failures: new Map(),
    districtName: '港南区',
    rosterFile: 'schools.sample.csv',
    sample: true,
    population: null,
    approximate: true,
    tiandituKey: null,
    basemap: null,
    referenceLayers: [],
    optimisation: null,
  };
}

const SETTINGS: PrintSettings = {
  paper: 'a4',
  orientation: 'landscape',
  dpi: 300,
  title: '港南区学校布局现状图',
  subtitle: '现状',
  unit: '港南区教育局',
  source: '学校名录 schools.sample.csv',
  confidential: false,
  date: new Date(2026, 10, 28),
};

describe('planPages', () => {
  it('makes one page of the current view, fitting the district when no camera is given', () => {
    const [page, ...rest] = planPages(snapshot(), SETTINGS, { kind: 'single' }, null);
    expect(rest).toEqual([]);
    expect(page?.text.title).toBe('港南区学校布局现状图');
    expect(page?.table).toBeNull();
    expect(page?.extent).toEqual({ kind: 'bounds', bounds: [109.5, 23, 109.7, 23.1], padding: 0.03 });
    expect(page?.text.note).toBe('乡镇界线为示意，由乡镇驻地位置推算，非法定界线');
    expect(page?.text.date).toBe('制图日期：2026年11月28日');
  });

  it('makes the atlas: the overview with its table, then one page per township zoomed to it', () => {
    const pages = planPages(snapshot(), SETTINGS, { kind: 'atlas' }, null);
    expect(pages.map((page) => page.key)).toEqual(['overview', '450803100', '450803101']);
    expect(pages[0]?.table?.rows).toHaveLength(2);
    const first = pages[1];
    expect(first?.text.title).toBe('港南区学校布局现状图（甲镇）');
    expect(first?.highlight).toBe('450803100');
    expect(first?.extent).toMatchObject({ kind: 'bounds', bounds: [109.5, 23, 109.6, 23.1] });
    expect(first?.table?.title).toBe('甲镇规则检查（现状）');
    // The township page's legend counts its own schools only.
    const counts = first?.legend.flatMap((entry) =>
      entry.kind === 'school' && entry.state === 'existing' ? [entry.count] : [],
    );
    expect(counts).toEqual([1, 1, 2]);
  });

  it('puts the quality of the suggestion or consolidation drawn on the map in the page note', () => {
    const quality = { value: 97, bound: 100, gap: 0.03, optimal: false, boundSource: 'lagrangian' as const };
    const taken: PrintSnapshot = {
      ...snapshot(),
      optimisation: {
        suggestedSites: null,
        consolidation: null,
        lines: [
          message('optimiseOverviewSuggestion', {
            kind: message('optimiseKindPrimary'),
            count: 2,
            quality: qualityMessage(quality),
          }),
          message('optimiseOverviewConsolidation', {
            closed: 3,
            quality: qualityMessage({ ...quality, gap: 0, optimal: true }),
          }),
        ],
      },
    };
    const [page] = planPages(taken, SETTINGS, { kind: 'single' }, null);
    expect(page?.text.note).toBe(
      '乡镇界线为示意，由乡镇驻地位置推算，非法定界线；小学选址建议 2 处：与最优解相差不超过 3%；撤并方案：建议撤并 3 所，已证明为最优解',
    );
    const [english] = planPages(
      { ...taken, language: 'en', approximate: false },
      SETTINGS,
      { kind: 'single' },
      null,
    );
    expect(english?.text.note).toContain('Within 3% of the best possible');
  });

  it('explains the suggestion and consolidation symbols in the legend only when they are drawn', () => {
    const point = (coordinates: [number, number], properties: Record<string, unknown>) => ({
      type: 'Feature' as const,
      properties,
      geometry: { type: 'Point' as const, coordinates },
    });
    const sites = {
      type: 'FeatureCollection' as const,
      features: [point([109.6, 23.05], { rank: 1, name: '' })],
    };
    // A closed school with no receiving school: a cross, no arrow.
    const alone = {
      type: 'FeatureCollection' as const,
      features: [point([109.55, 23.05], { part: 'closed', code: '1', rank: 1 })],
    };
    const arrow = {
      type: 'Feature' as const,
      properties: { part: 'arrow', code: '1', rank: 1 },
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [109.55, 23.05],
          [109.6, 23.05],
        ],
      },
    };
    const planningRows = (taken: PrintSnapshot) => {
      const [page] = planPages(taken, SETTINGS, { kind: 'single' }, null);
      const rows = page?.legend ?? [];
      const heading = rows.findIndex(
        (entry) => entry.kind === 'heading' && /选址与撤并|consolidation/.test(entry.label),
      );
      return heading < 0 ? [] : rows.slice(heading).map((entry) => entry.label);
    };
    expect(planningRows(snapshot())).toEqual([]);
    const both = {
      ...snapshot(),
      optimisation: {
        suggestedSites: sites,
        consolidation: { ...alone, features: [...alone.features, arrow] },
        lines: [],
      },
    };
    expect(planningRows(both)).toEqual([
      '选址与撤并',
      '建议新建校址（按序编号）',
      '建议撤并的学校',
      '撤并去向（指向接收学校）',
    ]);
    expect(
      planningRows({
        ...snapshot(),
        optimisation: { suggestedSites: null, consolidation: alone, lines: [] },
      }),
    ).toEqual(['选址与撤并', '建议撤并的学校']);
    expect(planningRows({ ...both, language: 'en' })).toEqual([
      'Site suggestion and consolidation',
      'Suggested new site (by rank)',
      'School proposed for closure',
      'Arrow to the receiving school',
    ]);
    // Every atlas page still holds its whole legend with the planning rows.
    for (const page of planPages(both, SETTINGS, { kind: 'atlas' }, null)) {
      expect(pageLayoutFor(page, SETTINGS, 300).legendOverflow).toBe(0);
    }
  });

  it('refuses an unknown township, naming its code', () => {
    expect(() => planPages(snapshot(), SETTINGS, { kind: 'township', code: '999' }, null)).toThrow(
      expect.objectContaining({ text: message('printErrorUnknownTownship', { code: '999' }) }),
    );
  });

  it('lays out every atlas page with its whole legend and table', () => {
    for (const page of planPages(snapshot(), SETTINGS, { kind: 'atlas' }, null)) {
      const layout = pageLayoutFor(page, SETTINGS, 300);
      expect(layout.page).toEqual({ x: 0, y: 0, width: 3508, height: 2480 });
      expect(layout.legendOverflow).toBe(0);
      expect(layout.tableOverflow).toBe(0);
    }
  });
});

describe('printStyle', () => {
  it('is the screen style with the data inline, valid, and the same object for the same snapshot', async () => {
    const { validateStyleMin } = await import('@maplibre/maplibre-gl-style-spec');
    const { printFeatureStates, printStyle } = await import('../../../src/print/print-style.ts');
    const taken = snapshot();
    const style = printStyle(taken, 'http://127.0.0.1:4173/glyphs/{fontstack}/{range}.pbf');
    expect(validateStyleMin(style)).toEqual([]);
    const schools = style.sources.schools;
    expect(
      schools?.type === 'geojson' && typeof schools.data === 'object' && 'features' in schools.data
        ? schools.data.features.length
        : 0,
    ).toBe(3);
    expect(printStyle(taken, 'http://127.0.0.1:4173/glyphs/{fontstack}/{range}.pbf')).toBe(style);
    // No suggestion in hand: the planning layers stay hidden.
    expect(style.layers.find((layer) => layer.id === 'suggested-site')?.layout?.visibility).toBe('none');
    const sites = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: { rank: 1, name: '' },
          geometry: { type: 'Point' as const, coordinates: [109.6, 23.05] },
        },
      ],
    };
    const planned = printStyle(
      { ...taken, optimisation: { suggestedSites: sites, consolidation: null, lines: [] } },
      'http://127.0.0.1:4173/glyphs/{fontstack}/{range}.pbf',
    );
    expect(validateStyleMin(planned)).toEqual([]);
    expect(planned.layers.find((layer) => layer.id === 'suggested-site')?.layout?.visibility).toBe('visible');
    expect(planned.sources['suggested-sites']).toMatchObject({ data: sites });
    expect(printFeatureStates({ ...taken, failures: new Map([['450803101', 2]]) }, '450803100')).toEqual([
      { source: 'townships', id: '450803101', state: { failures: 2 } },
      { source: 'townships', id: '450803100', state: { selected: true } },
    ]);
  });
});
