/**
 * What a printed page credits besides the roster: the basemap (its attribution and the date of
 * its data) and the reference layers shown (each layer's source). Every export carries it, on
 * the page's footer, so a map never leaves the bureau without saying whose map it is drawn on.
 */
import type { ActiveBasemap } from '../domain/basemap.ts';
import type { ReferenceLayer } from '../domain/reference-layer.ts';
import type { Language } from '../i18n/index.ts';
import { TIANDITU_ATTRIBUTION } from '../map/layers/basemap-layers.ts';
import { translatorFor } from './page-content.ts';

/** The basemap's attribution and date, as the page says them; null without a basemap. */
export function basemapCredit(basemap: ActiveBasemap | null, language: Language): string | null {
  const t = translatorFor(language);
  if (!basemap) return null;
  if (basemap.kind === 'tianditu') return t('printBasemapCredit', { attribution: TIANDITU_ATTRIBUTION });
  if (basemap.kind === 'archive') {
    const attribution = basemap.info.attribution || basemap.name;
    if (basemap.info.dataDate)
      return t('printBasemapCreditDated', { attribution, date: basemap.info.dataDate });
    return t('printBasemapCredit', { attribution });
  }
  const { service } = basemap;
  const attribution = service.attribution || service.name;
  return service.dataDate
    ? t('printBasemapCreditDated', { attribution, date: service.dataDate })
    : t('printBasemapCredit', { attribution });
}

/**
 * The credit line of a page: the basemap, then each visible reference layer's source; null when
 * there is nothing to credit.
 * @example creditLine(null, [yujiang], 'zh-CN') // '郁江：Natural Earth 10m rivers_lake_centerlines (public domain)'
 */
export function creditLine(
  basemap: ActiveBasemap | null,
  layers: readonly ReferenceLayer[],
  language: Language,
): string | null {
  const t = translatorFor(language);
  const parts = [
    basemapCredit(basemap, language),
    ...layers
      .filter((layer) => layer.visible && layer.source.trim() !== '')
      .map((layer) => t('printReferenceCredit', { layer: layer.name, source: layer.source })),
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(t('printCreditSeparator')) : null;
}
