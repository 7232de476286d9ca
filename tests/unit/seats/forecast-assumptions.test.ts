/**
 * The seat forecast's assumptions are kept: in the store's data (one undo step for a births
 * import), in a project backup (checked strictly; a backup without them stays valid) and in a
 * link (a bad part ignored with a note, never a failure).
 */
import { describe, expect, it } from 'vitest';
import type { PopulationData } from '../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import { NO_FORECAST_ASSUMPTIONS, type SeatForecastAssumptions } from '../../../src/domain/seats.ts';
import type { PickedFile } from '../../../src/io/import-flow/index.ts';
import { type BackupSource, openProjectBackup, projectContentsOf } from '../../../src/io/project-backup.ts';
import { serializeProject } from '../../../src/io/project-file.ts';
import { readSeatForecastFromLink, seatForecastLinkParts } from '../../../src/io/seat-forecast-url.ts';
import { formatUrlView, parseUrlView } from '../../../src/io/url-state.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import { restoreViewFromUrl } from '../../../src/store/url-sync.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';
import { zh, zhAll } from '../messages.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../school-fixtures.ts';

const FORECAST: SeatForecastAssumptions = {
  birthChange: -0.035,
  births: { 2021: 5210, 2022: 4960 },
  townshipBirths: { '450803100': { 2021: 640 }, '450803101': { 2022: 380, 2023: 371 } },
  migration: { '450803100': 0.012, '450803101': -0.005 },
  birthsFile: '出生人数 2021-2023.csv',
};

const DEFAULTS = {
  townships: TWO_TOWNSHIPS,
  population: { source: 'model', label: '模型', points: [], townships: [] } satisfies PopulationData,
  ruleSet: defaultRuleSet(),
  barriers: [],
};

function source(seatForecast: SeatForecastAssumptions): BackupSource {
  return {
    schools: [makeSchool({ code: '001', name: '甲小学' })],
    townships: TWO_TOWNSHIPS,
    population: null,
    ruleSet: defaultRuleSet(),
    radii: DEFAULT_SERVICE_RADII,
    candidates: [],
    seatForecast,
    roads: null,
    barriers: [],
    language: 'zh-CN',
    scenario: { kind: 'planned', year: null },
    dataset: null,
  };
}

function backupDocument(seatForecast: SeatForecastAssumptions): Record<string, unknown> & {
  settings: Record<string, unknown>;
} {
  return JSON.parse(serializeProject(projectContentsOf(source(seatForecast))));
}

function open(document: unknown) {
  return openProjectBackup(JSON.stringify(document), '备份.json', DEFAULTS);
}

describe('the forecast assumptions in a project backup', () => {
  it('come back as they were saved', () => {
    const opened = open(backupDocument(FORECAST));
    expect(opened.ok && opened.plan.data.seatForecast).toEqual(FORECAST);
  });

  it('are none in a backup saved before they were kept', () => {
    const document = backupDocument(FORECAST);
    delete document.settings.seatForecast;
    const opened = open(document);
    expect(opened.ok && opened.plan.data.seatForecast).toEqual(NO_FORECAST_ASSUMPTIONS);
  });

  it('refuse the whole backup when a field is wrong, naming each', () => {
    const document = backupDocument(FORECAST);
    document.settings.seatForecast = {
      ...FORECAST,
      birthChange: -1.5,
      births: { 2021: -3 },
      migration: { '450803100': 'much' },
    };
    const opened = open(document);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(zhAll(opened.problems)).toEqual([
      '学位预测设置 birthChange 的值 -1.5 无效，应为大于 −100% 且小于 1000% 的年变化率',
      '学位预测设置 births 的值 {"2021":-3} 无效，应为以年份（1949—2100）为键、非负整数为值的对象',
      '学位预测设置 migration 的值 {"450803100":"much"} 无效，应为以乡镇代码为键、年净迁移率（大于 −100%）为值的对象',
    ]);
    document.settings.seatForecast = 'none';
    expect(open(document).ok).toBe(false);
  });
});

describe('the forecast assumptions in a link', () => {
  it('round-trip through the URL', () => {
    const hash = formatUrlView({
      ...parseUrlView(''),
      view: 'seats',
      seatForecast: { assumptions: FORECAST, ignored: [] },
    });
    expect(hash).toContain('births=2021:5210,2022:4960');
    expect(parseUrlView(hash).seatForecast).toEqual({ assumptions: FORECAST, ignored: [] });
  });

  it('are left out of the link when none is set, and the link then leaves the forecast alone', () => {
    expect(seatForecastLinkParts(NO_FORECAST_ASSUMPTIONS)).toEqual([]);
    expect(parseUrlView('#view=seats').seatForecast).toBeUndefined();
  });

  it('ignore a bad part and keep the good ones', () => {
    const link = readSeatForecastFromLink(
      new URLSearchParams('birthchange=abc&births=2021:5000,20x1:4,2022:-1&migration=450803100:0.01:9'),
    );
    expect(link.assumptions).toEqual({ ...NO_FORECAST_ASSUMPTIONS, births: { 2021: 5000 } });
    expect(link.ignored).toEqual([
      'birthchange=abc',
      'births=20x1:4',
      'births=2022:-1',
      'migration=450803100:0.01:9',
    ]);
  });

  it('are put in the store once the data is shown, with a note for what was ignored', () => {
    const store = createAtlasStore();
    restoreViewFromUrl(store, '#view=seats&birthchange=-0.02&births=2024:4800&migration=x:nan');
    expect(store.getState().seatForecast).toEqual(NO_FORECAST_ASSUMPTIONS);
    store.setState({ loadStatus: 'ready' });
    expect(store.getState().seatForecast).toEqual({
      ...NO_FORECAST_ASSUMPTIONS,
      birthChange: -0.02,
      births: { 2024: 4800 },
    });
    const note = store.getState().seatLinkNote;
    expect(note && zh(note)).toBe('链接中的学位预测参数 migration=x:nan 无效，已忽略，按默认值计算');
  });
});

function picked(name: string, text: string): PickedFile {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.byteLength, bytes, problem: null };
}

describe('a births import through the store', () => {
  it('is one undo step that undo takes back', async () => {
    const store = createAtlasStore();
    store.getState().replaceData({ townships: TWO_TOWNSHIPS });
    store.getState().setSeatBirthChange(-0.01);
    store.temporal.getState().clear();
    store.getState().giveImportFile('births', picked('出生.csv', '年份,出生人数\n2021,5000\n2022,4800\n'));
    for (let attempt = 0; attempt < 200 && store.getState().imports.births.read === null; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const done = await store.getState().commitImport('births');
    expect(done && zh(done.message)).toBe('已采用 出生.csv 的出生人数（全区 2 个年份）');
    expect(store.getState().seatForecast).toEqual({
      ...NO_FORECAST_ASSUMPTIONS,
      birthChange: -0.01,
      births: { 2021: 5000, 2022: 4800 },
      birthsFile: '出生.csv',
    });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().seatForecast).toEqual({ ...NO_FORECAST_ASSUMPTIONS, birthChange: -0.01 });
  });
});
