/**
 * The style of a vector basemap (Protomaps/OpenStreetMap tiles): the maintained
 * `@protomaps/basemaps` layers in a quiet flavour made for this map — pale land, soft blue water,
 * roads in warm greys readable under the school symbols — with Chinese names where the tiles have
 * them, drawn from the app's own glyphs and the local CJK font (the package's fonts and sprites
 * are not on the registry, and nothing may come from outside): text fonts are the app's, and the
 * layers that need sprite icons (one-way arrows, shields, town dots) go without them.
 *
 * The package is a chunk of its own, loaded by {@link loadVectorBasemapStyle} before a vector
 * archive reaches the store (the store's basemap loading awaits it), so the style, built
 * synchronously, finds it; the plain map of a first visit never loads it.
 */
import type { Flavor } from '@protomaps/basemaps';
import type { LayerSpecification } from 'maplibre-gl';
import { BASEMAP_PREFIX } from './ids.ts';

type Protomaps = typeof import('@protomaps/basemaps');
let protomaps: Protomaps | null = null;
let loading: Promise<void> | null = null;

/** Loads the package (once); a vector basemap can be drawn once this has resolved. */
export function loadVectorBasemapStyle(): Promise<void> {
  loading ??= import('@protomaps/basemaps').then((library) => {
    protomaps = library;
  });
  return loading;
}

/** Whether {@link loadVectorBasemapStyle} has finished: the vector layers can be made. */
export function vectorBasemapStyleLoaded(): boolean {
  return protomaps !== null;
}

/** The flavour: the package's light one, quieter, so the schools and analysis carry the map. */
export const quietFlavor = (library: Protomaps): Flavor => ({
  ...library.namedFlavor('light'),
  background: '#eeece6',
  earth: '#f4f2ec',
  park_a: '#e3ead9',
  park_b: '#e3ead9',
  wood_a: '#e4eadb',
  wood_b: '#e4eadb',
  scrub_a: '#e8ecdf',
  scrub_b: '#e8ecdf',
  water: '#c9dbea',
  buildings: '#e4e0d8',
  highway: '#f2d9a9',
  highway_casing_early: '#d9b77e',
  highway_casing_late: '#d9b77e',
  // Roads a shade darker than the land, so they read under the symbols without competing.
  major: '#e3d3b2',
  major_casing_early: '#b9a98a',
  major_casing_late: '#b9a98a',
  minor_a: '#e9e0cf',
  minor_b: '#e9e0cf',
  minor_casing: '#c9bfae',
  minor_service: '#fbfaf7',
  minor_service_casing: '#e3ddd2',
  other: '#efebe4',
  boundaries: '#b7aea0',
  roads_label_major: '#6f6658',
  roads_label_minor: '#8a8172',
  city_label: '#6b6255',
  subplace_label: '#8a8172',
});

/** The font every basemap text is drawn with: the app's own glyph stack (CJK from the local font). */
function withFont(layer: LayerSpecification, fontStack: string): LayerSpecification {
  // The package names its Noto fonts in several places of each text expression; one textual
  // replacement reaches all of them.
  return JSON.parse(JSON.stringify(layer).replace(/"Noto Sans[^"]*"/g, JSON.stringify(fontStack)));
}

function withoutIcons(layer: LayerSpecification): LayerSpecification | null {
  if (layer.type !== 'symbol') return layer;
  const layout = { ...(layer.layout ?? {}) } as Record<string, unknown>;
  if (!('icon-image' in layout)) return layer;
  if (!('text-field' in layout)) return null;
  for (const key of Object.keys(layout)) if (key.startsWith('icon-')) delete layout[key];
  return { ...layer, layout } as LayerSpecification;
}

/**
 * The basemap's layers for a vector source, ids prefixed so they never meet the atlas's own;
 * only those whose tile layer the archive declares (an extract without buildings draws none).
 * @throws Error when the package is not loaded yet ({@link loadVectorBasemapStyle})
 * @example vectorBasemapLayers('basemap', 'DejaVu Sans Book', ['earth', 'roads']).length
 */
export function vectorBasemapLayers(
  source: string,
  fontStack: string,
  declared: readonly string[] = [],
): LayerSpecification[] {
  const present = (layer: LayerSpecification) =>
    declared.length === 0 || !('source-layer' in layer) || declared.includes(String(layer['source-layer']));
  if (!protomaps) throw new Error('The vector basemap style is not loaded (loadVectorBasemapStyle)');
  return protomaps
    .layers(source, quietFlavor(protomaps), { lang: 'zh-Hans' })
    .map((layer) => withoutIcons(layer as LayerSpecification))
    .filter(
      (layer): layer is LayerSpecification => layer !== null && layer.type !== 'background' && present(layer),
    )
    .map(
      (layer) =>
        ({ ...withFont(layer, fontStack), id: `${BASEMAP_PREFIX}${layer.id}` }) as LayerSpecification,
    );
}
