/**
 * The app's side of travel time: the choice in the link, the network kept in the undo history,
 * the backup and the autosave, the model in effect without a network, and every export saying
 * how distances were measured.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/domain/filters.ts';
import { translateMessage } from '../../../src/i18n/index.ts';
import { openProjectBackup, projectContentsOf } from '../../../src/io/project-backup.ts';
import { serializeProject } from '../../../src/io/project-file.ts';
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
    dataSet: null,
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

const DEFAULTS = {
  townships: TWO_TOWNSHIPS,
  population: { source: 'model' as const, label: '', points: [], townships: [] },
  ruleSet: defaultRuleSet(),
  barriers: [],
};

/** A backup's contents with no data but the parts given. */
function contents(parts: { roads?: unknown; barriers?: unknown }) {
  return {
    roster: [],
    townships: null,
    population: null,
    rules: null,
    settings: { districtCode: '', districtName: '' },
    candidates: [],
    ...parts,
  } as Parameters<typeof serializeProject>[0];
}

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
    const opened = openProjectBackup(serializeProject(projectContentsOf(state)), '备份.json', DEFAULTS);
    if (!opened.ok) throw new Error(translateMessage('zh-CN', opened.message));
    expect(opened.plan.data.roads).toEqual(ROADS);
    expect(opened.plan.data.barriers).toEqual([RIVER]);
  });

  it('takes the default barriers when a backup saved none', () => {
    const opened = openProjectBackup(serializeProject(contents({})), '备份.json', {
      ...DEFAULTS,
      barriers: [RIVER],
    });
    if (!opened.ok) throw new Error(translateMessage('zh-CN', opened.message));
    expect(opened.plan.data.roads).toBeNull();
    expect(opened.plan.data.barriers).toEqual([RIVER]);
  });

  it('refuses a backup with a malformed network or barrier, naming the part; the app keeps its data', async () => {
    const text = serializeProject(
      contents({
        roads: {
          file: 'x',
          sample: false,
          lines: [
            { coordinates: [[109.6, 23]], roadClass: '高速', speed: 0, name: '' },
            {
              coordinates: [
                [109.6, 23],
                [109.7, 23],
              ],
              roadClass: '县道',
              speed: null,
              name: '甲线',
            },
          ],
        },
        barriers: [
          {
            file: '水系.geojson',
            source: '',
            lines: [
              [
                [200, 23],
                [109.7, 23],
              ],
            ],
          },
          { file: 1 },
        ],
      }),
    );
    const opened = openProjectBackup(text, '备份.json', DEFAULTS);
    if (opened.ok) throw new Error('a malformed network was restored');
    expect(translateMessage('zh-CN', opened.message)).toContain('备份.json');
    expect(zhAll(opened.problems)).toEqual([
      '路网第 1 条道路：线至少应有两个坐标点',
      '路网第 1 条道路：道路等级“高速”不是以下之一：国道、省道、县道、乡道、村道、其他',
      '路网第 1 条道路：速度“0”应为大于 0 的数值（千米/小时）或留空',
      '阻隔线第 1 层第 1 条线：坐标应为经度 −180～180、纬度 −90～90 的数值',
      '阻隔线第 2 层缺少来源文件名、数据来源或线',
    ]);
    const atlas = createAtlasStore();
    atlas.setState({ loadStatus: 'ready', townships: TWO_TOWNSHIPS, roads: ROADS, barriers: [RIVER] });
    const refused = await atlas.getState().openBackup(text, '备份.json');
    expect(refused.ok).toBe(false);
    expect(atlas.getState().roads).toBe(ROADS);
    expect(atlas.getState().barriers).toEqual([RIVER]);
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
