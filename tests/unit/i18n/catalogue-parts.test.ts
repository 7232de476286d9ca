/**
 * The catalogue's parts: the start part holds every key the code that runs before a screen
 * loaded on demand can name, the app's start imports no other part, and a screen loaded on demand
 * renders only once its part is registered, in Chinese and in English.
 */
import { describe, expect, it, vi } from 'vitest';
import { zhCNParts } from '../../../src/i18n/zh-CN/index.ts';
import {
  APP_ENTRY,
  isCatalogueFile,
  keysNamedIn,
  reachable,
  screenEntries,
  shortPath,
  staticImportsOf,
} from './catalogue-usage.ts';

const startKeys = new Set(Object.keys(zhCNParts.start));
const allKeys = Object.keys({ ...zhCNParts.start, ...zhCNParts.onDemand, ...zhCNParts.commandLine });
const beforeScreens = reachable([APP_ENTRY], false);

describe('the start part of the catalogue', () => {
  it('holds every key that code the start may run names (the start screen, store, io, map, workers)', () => {
    expect(beforeScreens.size).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const file of beforeScreens) {
      for (const key of keysNamedIn(file, allKeys)) {
        if (!startKeys.has(key)) missing.push(`${key} (${shortPath(file)})`);
      }
    }
    expect(missing, 'keys to move from on-demand/ or command-line/ to the start section').toEqual([]);
  });

  it('leaves out the readers loaded with the on-demand texts, and the texts only they name', () => {
    // Each is imported inside `withOnDemandTexts(…)`: written outside it, the reader would count as
    // start code again and the first test would ask for its texts back in the start part.
    const gated = screenEntries(reachable([APP_ENTRY], true)).map(shortPath);
    const start = [...beforeScreens].map(shortPath);
    for (const reader of [
      'src/io/read-published-data.ts',
      'src/store/open-publication.ts',
      'src/io/project-backup.ts',
      'src/io/rule-set-file.ts',
      'src/io/import-flow/descriptors.ts',
      'src/workers/import-in-worker.ts',
    ]) {
      expect(gated).toContain(reader);
      expect(start).not.toContain(reader);
    }
    // The import worker's failure, a rule file's and a project file's problems.
    for (const key of ['importWorkerFailed', 'ruleSetNotObject', 'ruleFileNotJson', 'importSummary']) {
      expect(startKeys.has(key), key).toBe(false);
      expect(Object.keys(zhCNParts.onDemand)).toContain(key);
    }
  });

  it('is the only part the start imports', () => {
    const catalogueImports = [...beforeScreens].flatMap((file) =>
      staticImportsOf(file)
        .filter(isCatalogueFile)
        .map((target) => `${shortPath(file)} → ${shortPath(target)}`),
    );
    expect(catalogueImports).toEqual(['src/i18n/index.ts → src/i18n/zh-CN/start.ts']);
  });

  it('leaves the screens loaded on demand out of the start, and their texts out of the start part', () => {
    const screens = screenEntries(reachable([APP_ENTRY], true)).map(shortPath);
    expect(screens).toContain('src/components/print/PrintView.tsx');
    expect(screens).toContain('src/components/planning/PlanningPanel.tsx');
    expect(screens.filter((screen) => [...beforeScreens].map(shortPath).includes(screen))).toEqual([]);
    // The print view's title is a text only a screen loaded on demand shows.
    expect(startKeys.has('printTitleField')).toBe(false);
    expect(Object.keys(zhCNParts.onDemand)).toContain('printTitleField');
  });
});

/** A fresh i18n registry, without the parts the tests' setup registers. */
async function freshModules() {
  vi.resetModules();
  const i18n = await import('../../../src/i18n/index.ts');
  const loading = await import('../../../src/i18n/load-catalogue.ts');
  const screen = await import('../../../src/components/lazy-screen.ts');
  return { ...i18n, ...loading, ...screen };
}

describe('a text whose part is not at hand', () => {
  it('throws naming it in tests and on the command line, and shows an ellipsis in the built app', async () => {
    const { translate, MISSING_TEXT } = await freshModules();
    expect(() => translate('zh-CN', 'printTitleField')).toThrow(/printTitleField/);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubEnv('PROD', true);
    try {
      expect(translate('zh-CN', 'printTitleField')).toBe(MISSING_TEXT);
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/printTitleField/));
      expect(translate('zh-CN', 'appTitle')).not.toBe(MISSING_TEXT);
    } finally {
      vi.unstubAllEnvs();
      error.mockRestore();
    }
  });
});

describe('a screen loaded on demand', () => {
  it('resolves only once its texts are registered, and the start alone cannot show them', async () => {
    const { loadScreen, translate, hasCatalogue } = await freshModules();
    expect(hasCatalogue('zh-CN', 'onDemand')).toBe(false);
    expect(() => translate('zh-CN', 'printTitleField')).toThrow(/printTitleField/);
    let registeredWhenLoaded: boolean | null = null;
    const loaded = await loadScreen(async () => {
      registeredWhenLoaded = hasCatalogue('zh-CN', 'onDemand');
      return 'view';
    });
    expect(registeredWhenLoaded).toBe(false);
    expect(loaded.default).toBe('view');
    expect(hasCatalogue('zh-CN', 'onDemand')).toBe(true);
    expect(translate('zh-CN', 'printTitleField')).toBe(zhCNParts.onDemand.printTitleField);
  });

  it('and a reader loaded with withOnDemandTexts: it is handed over only once the texts are registered', async () => {
    const { withOnDemandTexts, hasCatalogue, translate } = await freshModules();
    let registeredWhenLoaded: boolean | null = null;
    const reader = await withOnDemandTexts(async () => {
      registeredWhenLoaded = hasCatalogue('zh-CN', 'onDemand');
      return { read: () => translate('zh-CN', 'importWorkerFailed', { file: 'a.csv', problem: 'x' }) };
    });
    expect(registeredWhenLoaded).toBe(false);
    expect(hasCatalogue('zh-CN', 'onDemand')).toBe(true);
    expect(reader.read()).toBe('a.csv：读取时出错（x）');
  });

  it('has its English texts when English was chosen before it and when chosen after it', async () => {
    const { en } = await import('../../../src/i18n/en/index.ts');
    const before = await freshModules();
    await before.loadCatalogue('en');
    expect(before.catalogueReady('en')).toBe(true);
    await before.loadScreen(async () => 'view');
    expect(before.translate('en', 'printTitleField')).toBe(en.printTitleField);

    const after = await freshModules();
    await after.loadScreen(async () => 'view');
    // The store shows English only when every part wanted so far is at hand in it.
    expect(after.catalogueReady('en')).toBe(false);
    await after.loadCatalogue('en');
    expect(after.catalogueReady('en')).toBe(true);
    expect(after.translate('en', 'printTitleField')).toBe(en.printTitleField);
    expect(after.translate('en', 'appTitle')).toBe(en.appTitle);
  });

  it('is what every view of the app loaded on demand uses (App, import and export buttons)', () => {
    const screens = screenEntries(reachable([APP_ENTRY], true)).map(shortPath);
    for (const view of [
      'src/components/AnalysisPanel.tsx',
      'src/components/TownshipTable.tsx',
      'src/components/seats/SeatsPanel.tsx',
      'src/components/seats/SeatTable.tsx',
      'src/components/planning/CandidateTable.tsx',
      'src/components/overview/OverviewPanel.tsx',
      'src/components/import/ImportDialog.tsx',
      'src/components/export/ExportDialog.tsx',
    ]) {
      expect(screens).toContain(view);
    }
  });
});
