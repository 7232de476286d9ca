/**
 * The import flow through the store: a file given to a session is read (on the main thread
 * here: Node has no Worker), the descriptor guesses the choices, the review follows the data in
 * use, and a commit is one `set` — one undo step — for each kind of file.
 */
import { describe, expect, it } from 'vitest';
import { fileSizeProblem } from '../../../src/io/decode-text.ts';
import { IMPORT_DESCRIPTORS, type ImportKind, type PickedFile } from '../../../src/io/import-flow/index.ts';
import { importContextOf } from '../../../src/store/import-slice.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import { zh } from '../messages.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../school-fixtures.ts';

function picked(name: string, text: string): PickedFile {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.byteLength, bytes, problem: null };
}

type Store = ReturnType<typeof createAtlasStore>;

/** Waits until the session of `kind` has read its file. */
async function readDone(store: Store, kind: ImportKind): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const session = store.getState().imports[kind];
    if (session.progress === null && (session.read !== null || session.failure !== null)) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`the ${kind} read did not end`);
}

function storeWith() {
  const store = createAtlasStore();
  store.getState().replaceData({
    schools: [makeSchool({ code: 'A1', name: '甲镇小学', township: '甲镇', lon: 109.5, lat: 22.5 })],
    townships: TWO_TOWNSHIPS,
  });
  store.temporal.getState().clear();
  return store;
}

const ROSTER = '学校代码,学校名称,学校类型,经度,纬度,所属乡镇\nB1,乙街道小学,小学,110.5,22.5,乙街道\n';

describe('the import slice', () => {
  it('reads a roster, reviews it against the roster in use and commits it as one undo step', async () => {
    const store = storeWith();
    store.getState().giveImportFile('roster', picked('名录.csv', ROSTER));
    expect(store.getState().importKind).toBe('roster');
    await readDone(store, 'roster');
    const session = store.getState().imports.roster;
    const review = IMPORT_DESCRIPTORS.roster.review(
      session.read ?? (null as never),
      session.choices,
      importContextOf(store.getState()),
    );
    expect(review?.report.added).toEqual(['B1']);
    const done = await store.getState().commitImport('roster');
    expect(done && zh(done.message)).toContain('新增 1 所');
    expect(store.getState().schools.map((school) => school.code)).toEqual(['A1', 'B1']);
    expect(store.getState().imports.roster.done).toEqual(done);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().schools.map((school) => school.code)).toEqual(['A1']);
  });

  it('re-reads when a reading option changes, and keeps the choices when only they change', async () => {
    const store = storeWith();
    store.getState().giveImportFile('roster', picked('名录.csv', ROSTER));
    await readDone(store, 'roster');
    store.getState().setImportChoices('roster', { mode: 'replace' });
    expect(store.getState().imports.roster.read).not.toBeNull();
    store.getState().setImportOptions('roster', { coords: 'gcj02' });
    expect(store.getState().imports.roster.progress).not.toBeNull();
    // Nothing is committed from a review that a running read is about to replace.
    expect(await store.getState().commitImport('roster')).toBeNull();
    await readDone(store, 'roster');
    const school = store.getState().imports.roster.read?.accepted[0]?.record;
    expect(school?.lon).not.toBe(110.5);
    expect(store.getState().imports.roster.choices.mode).toBe('replace');
  });

  it('reads boundaries in the flow, guesses the fields and commits the townships with the mismatches', async () => {
    const store = storeWith();
    const features = TWO_TOWNSHIPS.features.map((feature) => ({
      ...feature,
      properties: { XZQMC: feature.properties.name, XZQDM: feature.properties.code },
    }));
    store
      .getState()
      .giveImportFile(
        'boundaries',
        picked('乡镇界.geojson', JSON.stringify({ type: 'FeatureCollection', features })),
      );
    await readDone(store, 'boundaries');
    expect(store.getState().imports.boundaries.choices).toEqual({ nameField: 'XZQMC', codeField: 'XZQDM' });
    const done = await store.getState().commitImport('boundaries');
    expect(done && zh(done.message)).toContain('已导入 2 个乡镇的官方界线');
    expect(store.getState().townships?.features.every((feature) => !feature.properties.approximate)).toBe(
      true,
    );
    expect(done?.mismatches).toEqual([]);
  });

  it('reads a township population table, guesses its kind and commits it', async () => {
    const store = storeWith();
    store
      .getState()
      .giveImportFile('population', picked('人口.csv', '乡镇名称,人口\n甲镇,1000\n乙街道,2000\n'));
    await readDone(store, 'population');
    expect(store.getState().imports.population.choices.table).toBe('township');
    await store.getState().commitImport('population');
    expect(store.getState().population?.townships.map((township) => township.population)).toEqual([
      1000, 2000,
    ]);
  });

  it('a file over the size limit is not read; closing ends every session', async () => {
    const store = storeWith();
    store.getState().giveImportFile('roster', {
      name: '大.csv',
      size: 1e9,
      bytes: new Uint8Array(),
      problem: fileSizeProblem(1e9, '大.csv'),
    });
    expect(store.getState().imports.roster.failure).not.toBeNull();
    expect(await store.getState().commitImport('roster')).toBeNull();
    store.getState().closeImports();
    expect(store.getState().imports.roster.file).toBeNull();
  });
});
