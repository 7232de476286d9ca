/**
 * The export path's pure parts: the preview's snapshot (the same object until something it
 * reads changes), the PNG writer, the table files and how a failure is told.
 */
import { describe, expect, it } from 'vitest';
import { MessageError, message } from '../../../src/domain/message.ts';
import { describeFailure } from '../../../src/print/describe-failure.ts';
import { createPngWriter } from '../../../src/print/documents/png-writer.ts';
import type { DrawnPage } from '../../../src/print/draw-page.ts';
import { pngResolution } from '../../../src/print/png-resolution.ts';
import { selectPrintSnapshot, takePrintSnapshot } from '../../../src/print/print-snapshot.ts';
import { exportTables } from '../../../src/print/tables/tables-for-state.ts';
import type { AtlasState } from '../../../src/store/index.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';
import { mapStore } from '../map/map-fixtures.ts';
import { tinyPng } from './print-fixtures.ts';

/** The top-level state fields a function reads. */
function fieldsRead(read: (state: AtlasState) => unknown, state: AtlasState): Set<string> {
  const fields = new Set<string>();
  const watched = new Proxy(state, {
    get(target, field, receiver) {
      if (typeof field === 'string' && typeof target[field as keyof AtlasState] !== 'function')
        fields.add(field);
      return Reflect.get(target, field, receiver);
    },
  });
  read(watched);
  return fields;
}

/** A copy of a value two levels deep (the analysis pair holds each scenario's result). */
function copied(value: unknown, depth = 2): unknown {
  if (depth === 0 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => copied(item, depth - 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copied(item, depth - 1)]));
}

/** Values for fields that are null in the test store: the snapshot reads inside them. */
const FILLED: Partial<Record<string, unknown>> = {
  population: { source: 'model', label: '示例', points: [], townships: [] },
  // A consolidation proposal in hand (the print draws it and carries its quality line).
  consolidationPlan: {
    request: { scenario: { kind: 'current', year: null } },
    result: { closed: [], quality: { value: 0, bound: 0, gap: 0, optimal: false, boundSource: 'trivial' } },
  },
};

/** A different value of the same kind, so that a memo sees a change. */
function changed(value: unknown, field: string): unknown {
  if (typeof value === 'string') return `${value}x`;
  if (typeof value === 'boolean') return !value;
  if (value === null) return FILLED[field] ?? {};
  return copied(value);
}

describe('the print snapshot of the screen', () => {
  it('is the same object while nothing it reads changes', () => {
    const store = mapStore();
    const first = selectPrintSnapshot(store.getState());
    store.getState().hoverSchool(1);
    store.getState().setCamera({ lon: 109.6, lat: 23, zoom: 9 });
    store.getState().setPrintChoices({ paper: 'a3', title: '自拟' });
    expect(selectPrintSnapshot(store.getState())).toBe(first);
  });

  it('is made again when anything the snapshot reads changes', () => {
    const store = mapStore();
    store.setState({ printChoices: { ...store.getState().printChoices, includeAnalysis: true } });
    const read = fieldsRead((state) => takePrintSnapshot(state, true), store.getState());
    expect(read.size).toBeGreaterThan(10);
    for (const field of read) {
      const before = selectPrintSnapshot(store.getState());
      store.setState({
        [field]: changed(store.getState()[field as keyof AtlasState], field),
      } as Partial<AtlasState>);
      expect(selectPrintSnapshot(store.getState()), field).not.toBe(before);
    }
    const before = selectPrintSnapshot(store.getState());
    store.getState().setPrintChoices({ includeAnalysis: false });
    expect(selectPrintSnapshot(store.getState()).analysisLayers).toBeNull();
    expect(selectPrintSnapshot(store.getState())).not.toBe(before);
  });
});

/** A drawn page whose image encodes to `png` (the writer reads nothing else of it). */
function pageOf(png: Uint8Array): DrawnPage {
  const image = {
    width: 1,
    toBlob: (callback: (blob: Blob | null) => void) => callback(new Blob([png as BlobPart])),
  };
  return { image } as unknown as DrawnPage;
}

describe('the PNG writer', () => {
  it('writes one page stamped with its resolution, and refuses a second', async () => {
    const writer = createPngWriter(300);
    await writer.addPage(pageOf(tinyPng()));
    await expect(writer.addPage(pageOf(tinyPng()))).rejects.toMatchObject({
      text: message('printErrorSecondPage'),
    });
    const file = await writer.finish();
    expect(file.type).toBe('image/png');
    expect(pngResolution(new Uint8Array(await file.arrayBuffer()))).toBe(300);
  });

  it('says so when the browser cannot encode the page, or there is no page', async () => {
    const writer = createPngWriter(150);
    const broken = { toBlob: (callback: (blob: Blob | null) => void) => callback(null) };
    await expect(writer.addPage({ image: broken } as unknown as DrawnPage)).rejects.toMatchObject({
      text: message('printErrorEncode', { type: 'image/png' }),
    });
    await expect(writer.finish()).rejects.toMatchObject({ text: message('printErrorNoPages') });
  });
});

describe('the table files', () => {
  function storeWithRules(language: 'zh-CN' | 'en') {
    const store = mapStore();
    store.setState({
      language,
      ruleSet: defaultRuleSet(),
      scenario: { kind: 'current', year: null },
      dataset: { districtName: '港南区' } as AtlasState['dataset'],
    });
    return store;
  }

  it('are named in the interface language, with the scenario and the date', async () => {
    const date = new Date(2026, 10, 28);
    const chinese = storeWithRules('zh-CN').getState();
    expect((await exportTables(chinese, 'townships', date))?.fileName).toBe(
      '港南区乡镇规则检查_现状_2026-11-28.csv',
    );
    expect((await exportTables(chinese, 'progress', date))?.fileName).toBe(
      '港南区规划目标进度_2026-11-28.csv',
    );
    const workbook = await exportTables(chinese, 'xlsx', date);
    expect(workbook?.fileName).toBe('港南区规划分析表_现状_2026-11-28.xlsx');
    expect(workbook?.blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const english = storeWithRules('en').getState();
    const csv = await exportTables(english, 'townships', date);
    expect(csv?.fileName).toBe('港南区 township rules_Current_2026-11-28.csv');
    expect((await csv?.blob.text())?.split('\r\n')[1]).toMatch(/^Scenario: Current/);
  });

  it('are not made before there is something to put in them', async () => {
    const store = mapStore();
    store.setState({ analysis: null, ruleSet: null });
    expect(await exportTables(store.getState(), 'townships', new Date())).toBeNull();
    expect(await exportTables(store.getState(), 'progress', new Date())).toBeNull();
    expect(await exportTables(store.getState(), 'xlsx', new Date())).toBeNull();
  });
});

describe('describeFailure', () => {
  it("tells the atlas's own failures in the language asked, and passes others' text on", () => {
    const failure = new MessageError(message('printErrorUnknownTownship', { code: '999' }));
    expect(describeFailure('zh-CN', failure)).toBe('没有代码为 999 的乡镇');
    expect(describeFailure('en', failure)).toBe('There is no township with the code 999');
    expect(describeFailure('en', new Error('WebGL context lost'))).toBe('WebGL context lost');
  });
});
