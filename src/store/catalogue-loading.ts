/**
 * The interface language shown only once its catalogue is at hand: English is a chunk loaded on
 * demand, so when it is chosen (the switch, a link, a restored project) the atlas stays in
 * Chinese for the moment the chunk takes, then turns English as a whole — never a mixture.
 */
import type { Language } from '../i18n/index.ts';
import { catalogueReady, loadCatalogue } from '../i18n/load-catalogue.ts';
import type { AtlasStore } from './index.ts';

/** How catalogues are found and loaded: the i18n registry's by default, another in tests. */
export interface CatalogueSource {
  has(language: Language): boolean;
  load(language: Language): Promise<void>;
}

const REGISTRY: CatalogueSource = { has: catalogueReady, load: loadCatalogue };

/**
 * Watches the store's language: a language whose catalogue is not loaded yet is put back to
 * Chinese while the catalogue loads, then set again (unless another was chosen meanwhile). When
 * the chunk cannot be loaded (the server gone), the atlas stays in Chinese.
 * @example keepCatalogueLoaded(useAtlasStore)
 */
export function keepCatalogueLoaded(store: AtlasStore, catalogues: CatalogueSource = REGISTRY): void {
  let wanted: Language = store.getState().language;
  let settingBack = false;
  const ensure = (language: Language): void => {
    wanted = language;
    if (catalogues.has(language)) return;
    settingBack = true;
    store.setState({ language: 'zh-CN' });
    settingBack = false;
    catalogues.load(language).then(
      () => {
        if (wanted === language) store.setState({ language });
      },
      () => undefined,
    );
  };
  store.subscribe((state, previous) => {
    if (settingBack || state.language === previous.language) return;
    ensure(state.language);
  });
  ensure(wanted);
}
