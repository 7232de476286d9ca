/**
 * Loads the catalogue's parts on demand, each a chunk of its own: English the first time it is
 * chosen (or when the atlas opens in English, or once the first map is drawn), never before a
 * Chinese user's first map; the texts of the screens loaded on demand with the first such screen
 * (`lazyScreen`). Every language wanted so far gets every part wanted so far, so a screen opened
 * in Chinese still has its texts after a switch to English, and the other way round.
 */
import { hasCatalogue, type Language, registerCatalogue } from './index.ts';
import type { CataloguePartName, Messages } from './zh-CN/index.ts';

/** The parts the app loads (the command line's texts are never part of it). */
export type LoadablePart = Exclude<CataloguePartName, 'commandLine'>;

type PartLoader = () => Promise<Readonly<Partial<Messages>>>;

const LOADERS: Record<Language, Record<LoadablePart, PartLoader>> = {
  'zh-CN': {
    // Never called: the start chunk holds this part, registered by the i18n module itself.
    start: () => Promise.resolve({}),
    onDemand: () => import('./zh-CN/on-demand/index.ts').then((module) => module.onDemandZh),
  },
  en: {
    start: () => import('./en/start.ts').then((module) => module.enStart),
    onDemand: () => import('./en/on-demand/index.ts').then((module) => module.onDemandEn),
  },
};

const languagesWanted = new Set<Language>(['zh-CN']);
const partsWanted = new Set<LoadablePart>(['start']);
const loading = new Map<string, Promise<void>>();

function ensure(language: Language, part: LoadablePart): Promise<void> {
  if (hasCatalogue(language, part)) return Promise.resolve();
  const id = `${language}/${part}`;
  let loaded = loading.get(id);
  if (loaded === undefined) {
    loaded = LOADERS[language][part]().then((messages) => registerCatalogue(language, part, messages));
    // A chunk that failed (the server gone) is asked for again next time.
    loaded.catch(() => loading.delete(id));
    loading.set(id, loaded);
  }
  return loaded;
}

/**
 * Makes a language's texts available, every part wanted so far; resolves at once when they are.
 * @example await loadCatalogue('en'); translate('en', 'appTitle')
 */
export async function loadCatalogue(language: Language): Promise<void> {
  languagesWanted.add(language);
  await Promise.all([...partsWanted].map((part) => ensure(language, part)));
}

/**
 * Makes a part of the catalogue available in every language wanted so far (Chinese, and English
 * once it was asked for); resolves at once when it is.
 * @example await loadCataloguePart('onDemand'); translate('zh-CN', 'printTitle')
 */
export async function loadCataloguePart(part: LoadablePart): Promise<void> {
  partsWanted.add(part);
  await Promise.all([...languagesWanted].map((language) => ensure(language, part)));
}

/**
 * Loads code whose texts are in the on-demand part (a reader, a screen) together with that part,
 * in every language wanted so far: resolves once both are at hand, so nothing the code returns can
 * name a text that is not there. The catalogue's test counts an `import()` written inside this
 * call as code that runs only after the part is loaded.
 * @example const { readRuleSetText } = await withOnDemandTexts(() => import('../io/rule-set-file.ts'));
 */
export async function withOnDemandTexts<Loaded>(load: () => Promise<Loaded>): Promise<Loaded> {
  const [loaded] = await Promise.all([load(), loadCataloguePart('onDemand')]);
  return loaded;
}

/** Whether a language can be shown: every part wanted so far is at hand in it. */
export function catalogueReady(language: Language): boolean {
  return [...partsWanted].every((part) => hasCatalogue(language, part));
}
