/** The style with a basemap, reference layers and the name layers above the symbols. */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BasemapArchiveInfo } from '../../../src/domain/basemap.ts';
import type { ReferenceLayer } from '../../../src/domain/reference-layer.ts';
import { buildStyle } from '../../../src/map/build-style.ts';
import {
  LAYER_DISTRICT_LABEL,
  LAYER_SCHOOL_CLEARANCE,
  LAYER_SCHOOL_LABEL,
  LAYER_SCHOOL_SYMBOL,
  LAYER_TOWNSHIP_LABEL,
  LAYER_TOWNSHIP_LINE,
} from '../../../src/map/layers/ids.ts';
import { referenceLayerIds } from '../../../src/map/layers/reference-layers.ts';
import { loadVectorBasemapStyle } from '../../../src/map/layers/vector-basemap-layers.ts';
import { GLYPH_FONT_STACK } from '../../../src/map/theme.ts';

const glyphsUrl = 'http://127.0.0.1:4173/glyphs/{fontstack}/{range}.pbf';
const vector: BasemapArchiveInfo = {
  format: 'vector',
  tileType: 'mvt',
  minZoom: 0,
  maxZoom: 14,
  bounds: [109, 22, 110, 23],
  attribution: '© OpenStreetMap',
  dataDate: '2024-05-01',
  vectorLayers: [],
};
const river: ReferenceLayer = {
  id: 'ref-1',
  name: '郁江',
  kind: 'river',
  colour: '#4a90c8',
  width: 2,
  labelField: 'name_zh',
  visible: true,
  file: 'r.geojson',
  source: 'Natural Earth',
  features: { type: 'FeatureCollection', features: [] },
};

const ids = (style: ReturnType<typeof buildStyle>) => style.layers.map((layer) => layer.id);

describe('the style with context', () => {
  // As the store's basemap loading does before a vector archive reaches the store.
  beforeAll(() => loadVectorBasemapStyle());

  it('draws a vector basemap file under everything, with the app fonts, no sprite and no outside host', () => {
    const style = buildStyle({
      glyphsUrl,
      basemap: { kind: 'archive', url: 'pmtiles://atlas-file-x', info: vector, name: 'gangnan.pmtiles' },
    });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sprite).toBeUndefined();
    const text = JSON.stringify(style);
    expect(text).not.toContain('Noto Sans');
    expect(new Set([...text.matchAll(/https?:\/\/[^/"]+/g)].map((match) => match[0]))).toEqual(
      new Set(['http://127.0.0.1:4173']),
    );
    const basemap = style.layers.filter((layer) => 'source' in layer && layer.source === 'basemap');
    expect(basemap.length).toBeGreaterThan(20);
    expect(basemap.every((layer) => !('icon-image' in (layer.layout ?? {})))).toBe(true);
    const fonts = basemap.flatMap((layer) => {
      const font = (layer.layout as Record<string, unknown> | undefined)?.['text-font'];
      return font ? [JSON.stringify(font)] : [];
    });
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.includes(GLYPH_FONT_STACK))).toBe(true);
    const order = ids(style);
    const lastBasemap = Math.max(...basemap.map((layer) => order.indexOf(layer.id)));
    expect(lastBasemap).toBeLessThan(order.indexOf(LAYER_TOWNSHIP_LINE));
    expect(style.sources.basemap).toMatchObject({
      type: 'vector',
      url: 'pmtiles://atlas-file-x',
      attribution: '© OpenStreetMap',
    });
  });

  it('draws only the tile layers the archive declares', () => {
    const style = buildStyle({
      glyphsUrl,
      basemap: {
        kind: 'archive',
        url: 'pmtiles://k',
        info: { ...vector, vectorLayers: ['earth', 'roads'] },
        name: 'a',
      },
    });
    const used = new Set(
      style.layers.flatMap((layer) => ('source-layer' in layer ? [layer['source-layer']] : [])),
    );
    expect(used).toEqual(new Set(['earth', 'roads']));
  });

  it('draws a configured raster service with its credit on its first layer', () => {
    const style = buildStyle({
      glyphsUrl,
      basemap: {
        kind: 'service',
        service: {
          id: 'gov',
          name: '政务版',
          attribution: '© 天地图（政务版）',
          dataDate: null,
          layers: [
            {
              kind: 'raster',
              tiles: ['http://127.0.0.1:9/vec/{z}/{x}/{y}.png'],
              tileSize: 256,
              minZoom: 0,
              maxZoom: 18,
            },
            {
              kind: 'raster',
              tiles: ['http://127.0.0.1:9/cva/{z}/{x}/{y}.png'],
              tileSize: 256,
              minZoom: 0,
              maxZoom: 18,
            },
          ],
        },
      },
    });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sources['basemap-0']).toMatchObject({ type: 'raster', attribution: '© 天地图（政务版）' });
    expect(style.sources['basemap-1']).not.toHaveProperty('attribution');
  });

  it('draws reference layers above the townships and below the schools, in the user order', () => {
    const road = { ...river, id: 'ref-2', kind: 'road' as const, labelField: null };
    const style = buildStyle({ glyphsUrl, referenceLayers: [river, { ...road, visible: false }] });
    expect(validateStyleMin(style)).toEqual([]);
    const order = ids(style);
    const riverLine = order.indexOf(referenceLayerIds('ref-1').line);
    const roadLine = order.indexOf(referenceLayerIds('ref-2').line);
    expect(riverLine).toBeGreaterThan(order.indexOf(LAYER_TOWNSHIP_LINE));
    expect(roadLine).toBeGreaterThan(riverLine);
    expect(roadLine).toBeLessThan(order.indexOf(LAYER_SCHOOL_SYMBOL));
    expect(order).toContain(referenceLayerIds('ref-1').label);
    expect(order).not.toContain(referenceLayerIds('ref-2').label);
    const hidden = style.layers.find((layer) => layer.id === referenceLayerIds('ref-2').line);
    expect(hidden?.layout).toMatchObject({ visibility: 'none' });
  });

  it('puts the names above the symbols, the clearance on top, and school names under township names', () => {
    const style = buildStyle({ glyphsUrl });
    const order = ids(style);
    expect(order.indexOf(LAYER_TOWNSHIP_LABEL)).toBeGreaterThan(order.indexOf(LAYER_SCHOOL_SYMBOL));
    expect(order.indexOf(LAYER_DISTRICT_LABEL)).toBeGreaterThan(order.indexOf(LAYER_SCHOOL_SYMBOL));
    // Placed top first: township names before school names, and the clearance before all.
    expect(order.indexOf(LAYER_TOWNSHIP_LABEL)).toBeGreaterThan(order.indexOf(LAYER_SCHOOL_LABEL));
    expect(order.at(-1)).toBe(LAYER_SCHOOL_CLEARANCE);
    const township = style.layers.find((layer) => layer.id === LAYER_TOWNSHIP_LABEL);
    expect(township?.layout).toMatchObject({ 'text-allow-overlap': true, 'text-ignore-placement': false });
    // At a seat: the centre, then eight anchors close to the point and farther out twice (25
    // places, each an anchor and an offset); at a point chosen clear of the symbols, its centre.
    const places = (township?.layout as Record<string, unknown> | undefined)?.['text-variable-anchor-offset'];
    const [, , atSeat, chosen] = places as [string, unknown, ['literal', unknown[]], ['literal', unknown[]]];
    expect(atSeat[1]).toHaveLength(50);
    expect(atSeat[1].slice(0, 2)).toEqual(['center', [0, 0]]);
    expect(chosen[1]).toEqual(['center', [0, 0]]);
    const clearance = style.layers.find((layer) => layer.id === LAYER_SCHOOL_CLEARANCE);
    expect(clearance?.layout).toMatchObject({ 'icon-allow-overlap': true, 'icon-ignore-placement': false });
    expect(clearance?.paint).toMatchObject({ 'icon-opacity': 0 });
  });
});
