/**
 * A reference layer through the one import flow: read (on the main thread here: Node has no
 * Worker), the reader's guesses as choices, the review with the features left out, and the
 * commit on top of the layers in use as one undo step.
 */
import { describe, expect, it } from 'vitest';
import type { ReferenceLayer } from '../../../src/domain/reference-layer.ts';
import {
  IMPORT_DESCRIPTORS,
  importKindForFile,
  type PickedFile,
  withReferenceKind,
} from '../../../src/io/import-flow/index.ts';
import { importContextOf } from '../../../src/store/import-slice.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import { zh } from '../messages.ts';

function picked(name: string, value: unknown): PickedFile {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return { name, size: bytes.byteLength, bytes, problem: null };
}

const ROADS = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { 名称: 'G209' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [109.6, 23],
          [109.7, 23.1],
        ],
      },
    },
    { type: 'Feature', properties: { 名称: '无图形' }, geometry: null },
  ],
};

const EXISTING: ReferenceLayer = {
  id: 'ref-1',
  name: '郁江',
  kind: 'river',
  colour: '#4a90c8',
  width: 2,
  labelField: null,
  visible: true,
  file: 'yujiang.geojson',
  source: 'Natural Earth',
  features: { type: 'FeatureCollection', features: [] },
};

type Store = ReturnType<typeof createAtlasStore>;

async function readDone(store: Store): Promise<void> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const session = store.getState().imports.reference;
    if (session.progress === null && (session.read !== null || session.failure !== null)) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the reference read did not end');
}

function review(store: Store) {
  const session = store.getState().imports.reference;
  if (!session.read) throw new Error('no read');
  return IMPORT_DESCRIPTORS.reference.review(
    session.read,
    session.choices,
    importContextOf(store.getState()),
  );
}

describe('a reference layer through the import flow', () => {
  it('is read, guessed, reviewed with what was left out, and added on top in one undo step', async () => {
    const store = createAtlasStore();
    store.getState().replaceData({ referenceLayers: [EXISTING] });
    store.temporal.getState().clear();
    store.getState().giveImportFile('reference', picked('规划道路.geojson', ROADS));
    await readDone(store);
    const choices = store.getState().imports.reference.choices;
    expect(choices).toMatchObject({ name: '规划道路', kind: 'road', colour: '#b07a3a', labelField: '名称' });
    const reviewed = review(store);
    expect(reviewed?.read.rejected.map((rejected) => zh(rejected.message))).toEqual([
      '第 2 个要素（无图形）没有几何图形',
    ]);
    store.getState().setImportChoices('reference', { colour: '#123456', width: 3 });
    const done = await store.getState().commitImport('reference');
    expect(done && zh(done.message)).toBe(
      '已添加参考图层“规划道路”：1 个要素，1 个未导入。如需撤回，请点「撤销」。',
    );
    const layers = store.getState().referenceLayers;
    expect(layers.map((layer) => [layer.id, layer.name, layer.colour, layer.width])).toEqual([
      ['ref-1', '郁江', '#4a90c8', 2],
      ['ref-2', '规划道路', '#123456', 3],
    ]);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().referenceLayers).toEqual([EXISTING]);
  });

  it('adds nothing without a name, and nothing from a file it could not read', async () => {
    const store = createAtlasStore();
    store.getState().giveImportFile('reference', picked('道路.geojson', ROADS));
    await readDone(store);
    store.getState().setImportChoices('reference', { name: '  ' });
    expect(review(store)?.blocked && zh(review(store)?.blocked ?? ({} as never))).toBe('请填写图层名称');
    expect(await store.getState().commitImport('reference')).toBeNull();
    store.getState().giveImportFile('reference', picked('坏.geojson', { type: 'Topology' }));
    await readDone(store);
    expect(store.getState().imports.reference.read?.status).toBe('error');
    expect(await store.getState().commitImport('reference')).toBeNull();
    expect(store.getState().referenceLayers).toEqual([]);
  });

  it('keeps what the user typed when the file is read again with other options', async () => {
    const store = createAtlasStore();
    store.getState().giveImportFile('reference', picked('道路.geojson', ROADS));
    await readDone(store);
    store.getState().setImportChoices('reference', { name: '县道' });
    store.getState().setImportOptions('reference', { coordinates: 'gcj02' });
    await readDone(store);
    expect(store.getState().imports.reference.choices?.name).toBe('县道');
  });

  it('a new kind brings its default look', () => {
    const base = {
      name: 'x',
      kind: 'road' as const,
      colour: '#000000',
      width: 9,
      labelField: null,
      source: '',
    };
    expect(withReferenceKind(base, 'red-line')).toMatchObject({
      kind: 'red-line',
      colour: '#d0342c',
      width: 1.8,
    });
  });

  it('KML and KMZ go to the reference import; a zip goes there when it is in view', () => {
    const file = (name: string) => ({ name, size: 1, bytes: new Uint8Array([1]), problem: null });
    expect(importKindForFile(file('道路.kml'), 'roster')).toBe('reference');
    expect(importKindForFile(file('道路.kmz'), 'population')).toBe('reference');
    expect(importKindForFile(file('道路.zip'), 'reference')).toBe('reference');
    expect(importKindForFile(file('乡镇界.zip'), 'roster')).toBe('boundaries');
    expect(importKindForFile(file('名录.csv'), 'reference')).toBe('roster');
  });

  it('a table goes to the table import in view: roster, population or births', () => {
    const file = (name: string) => ({ name, size: 1, bytes: new Uint8Array([1]), problem: null });
    expect(importKindForFile(file('出生人数.csv'), 'births')).toBe('births');
    expect(importKindForFile(file('出生人数.xlsx'), 'births')).toBe('births');
    expect(importKindForFile(file('乡镇人口.csv'), 'population')).toBe('population');
    expect(importKindForFile(file('名录.csv'), 'boundaries')).toBe('roster');
    expect(importKindForFile(file('道路.geojson'), 'births')).toBe('roster');
  });
});
