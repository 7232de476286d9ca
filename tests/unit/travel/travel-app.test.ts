/**
 * The app's side of travel time: the choice in the link, the network kept in the undo history,
 * the backup and the autosave, the model in effect without a network, and every export saying
 * how distances were measured.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { planRestore, projectContentsOf } from '../../../src/components/export/project-backup.ts';
import { NO_FILTERS } from '../../../src/domain/filters.ts';
import { readSavedRoads } from '../../../src/domain/road-network.ts';
import { translateMessage } from '../../../src/i18n/index.ts';
import { parseProject, serializeProject } from '../../../src/io/project-file.ts';
import { formatUrlView, parseUrlView } from '../../../src/io/url-state.ts';
import { buildLegendEntries, defaultSubtitle, townshipPageTable } from '../../../src/print/page-content.ts';
import { townshipResultsTable } from '../../../src/print/tables/township-results-table.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import { distanceInput, selectDistance } from '../../../src/store/travel-selectors.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';
import { zhAll } from '../messages.ts';
import { smallAnalysis } from '../print/print-fixtures.ts';
import { TWO_TOWNSHIPS } from '../school-fixtures.ts';
import { barrier, network, road } from './travel-fixtures.ts';

const ROADS = network([
  road(
    [
      [109.6, 23.0],
      [109.61, 23.0],
    ],
    '县道',
  ),
]);
const RIVER = barrier([
  [
    [109.5, 23.1],
    [109.7, 23.1],
  ],
]);

describe('the distance choice in the link', () => {
  const view = {
    camera: null,
    filters: NO_FILTERS,
    selection: null,
    language: 'zh-CN' as const,
    scenario: { kind: 'planned' as const, year: null },
    view: 'analysis' as const,
    analysisKind: 'primary' as const,
    planningTab: 'candidates' as const,
    presentation: null,
    seatStage: 'primary' as const,
    seatYear: null,
  };

  it('writes road time as dist=road-MODE and reads it back; the straight line writes nothing', () => {
    const hash = formatUrlView({ ...view, distance: { model: 'road', mode: 'bike' } });
    expect(hash).toBe('#view=analysis&dist=road-bike');
    expect(parseUrlView(hash).distance).toEqual({ model: 'road', mode: 'bike' });
    expect(formatUrlView({ ...view, distance: { model: 'straight' } })).toBe('#view=analysis');
    expect(parseUrlView('#dist=road-boat').distance).toBeUndefined();
  });
});

describe('the model in effect', () => {
  it('is the straight line while road time is chosen but no network is loaded', () => {
    expect(selectDistance({ distance: { model: 'road', mode: 'walk' }, roads: null })).toEqual({
      model: 'straight',
    });
    expect(selectDistance({ distance: { model: 'road', mode: 'walk' }, roads: ROADS })).toEqual({
      model: 'road',
      mode: 'walk',
    });
    expect(
      distanceInput({ distance: { model: 'road', mode: 'bus' }, roads: ROADS, barriers: [RIVER] }).roads,
    ).toEqual({
      network: ROADS,
      barriers: [RIVER],
    });
    expect(distanceInput({ distance: { model: 'straight' }, roads: ROADS, barriers: [] }).roads).toBeNull();
  });
});

describe('the network in the data', () => {
  it('is one undo step, and goes into the backup and comes back', () => {
    const atlas = createAtlasStore();
    atlas.setState({ loadStatus: 'ready', townships: TWO_TOWNSHIPS, barriers: [RIVER] });
    atlas.temporal.getState().clear();
    atlas.getState().replaceData({ roads: ROADS });
    expect(atlas.getState().roads).toBe(ROADS);
    atlas.temporal.getState().undo();
    expect(atlas.getState().roads).toBeNull();
    atlas.temporal.getState().redo();

    const state = { ...atlas.getState(), ruleSet: defaultRuleSet(), population: null };
    const opened = parseProject(serializeProject(projectContentsOf(state)), '备份.json');
    if (!opened.ok) throw new Error(translateMessage('zh-CN', opened.message));
    const restored = planRestore(opened.project, opened.issues, {
      townships: TWO_TOWNSHIPS,
      population: { source: 'model', label: '', points: [], townships: [] },
      ruleSet: defaultRuleSet(),
      barriers: [],
    });
    expect(restored.data.roads).toEqual(ROADS);
    expect(restored.data.barriers).toEqual([RIVER]);
    expect(restored.notes).toEqual([]);
  });

  it('is left out with a note when a backup holds a malformed network, and the default barriers stay', () => {
    const opened = parseProject(
      serializeProject({
        roster: [],
        townships: null,
        population: null,
        rules: null,
        settings: { districtCode: '', districtName: '' },
        candidates: [],
        roads: {
          file: 'x',
          sample: false,
          lines: [{ coordinates: [[1, 2]], roadClass: '高速', speed: null, name: '' }],
        },
      }),
      '备份.json',
    );
    if (!opened.ok) throw new Error(translateMessage('zh-CN', opened.message));
    const restored = planRestore(opened.project, opened.issues, {
      townships: TWO_TOWNSHIPS,
      population: { source: 'model', label: '', points: [], townships: [] },
      ruleSet: defaultRuleSet(),
      barriers: [RIVER],
    });
    expect(restored.data.roads).toBeNull();
    expect(restored.data.barriers).toEqual([RIVER]);
    expect(zhAll(restored.notes)).toEqual(['项目中的路网格式不对，已略去；请重新导入路网']);
    expect(readSavedRoads(ROADS)).toEqual({ roads: ROADS, issues: [] });
  });
});

describe('every export says how distances were measured', () => {
  const road = { ...smallAnalysis(), distance: { model: 'road' as const, mode: 'walk' as const } };

  it('in the legend heading, with the isochrone bands and the hidden gaps', () => {
    const entries = buildLegendEntries({
      schools: [],
      indices: [],
      approximate: false,
      analysis: { circles: false, gaps: true, ruleFill: false, flags: false, isochrones: true },
      kind: 'primary',
      language: 'zh-CN',
      distance: road.distance,
      bands: [10, 20, 30],
    });
    const labels = entries.map((entry) => entry.label);
    expect(labels).toContain('分析图层（按步行道路时间）');
    expect(labels).toContain('10 分钟内');
    expect(labels).toContain('直线覆盖、道路未覆盖');
    expect(labels).toContain('小学时间阈值外人口');
    const straight = buildLegendEntries({
      schools: [],
      indices: [],
      approximate: false,
      analysis: { circles: true, gaps: true, ruleFill: false, flags: false },
      kind: 'primary',
      language: 'en',
    });
    expect(straight.map((entry) => entry.label)).toContain('Analysis layers (by straight-line distance)');
  });

  it('in the default subtitle, the township page and the spreadsheet', () => {
    expect(defaultSubtitle({ kind: 'current', year: null }, 'primary', 'zh-CN', road.distance)).toBe(
      '现状 · 小学覆盖分析（按步行道路时间）',
    );
    expect(defaultSubtitle({ kind: 'current', year: null }, 'primary', 'zh-CN')).toBe(
      '现状 · 小学服务半径分析',
    );
    const township = road.townships[0];
    if (!township) throw new Error('no township');
    const table = townshipPageTable(township, road, 'zh-CN');
    expect(table.rows.some((row) => row.cells[0]?.includes('按步行道路时间'))).toBe(true);
    const sheet = townshipResultsTable(road, '港南区', new Date(2026, 0, 1), 'zh-CN');
    expect(sheet.context).toContain('距离：按步行道路时间');
    expect(sheet.columns.map((column) => column.header)).toContain('小学时间阈值（分钟）');
  });
});
