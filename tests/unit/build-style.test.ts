import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../src/map/build-style.ts';
import { tiandituTileUrls } from '../../src/map/layers/basemap-layers.ts';
import {
  LAYER_SCHOOL_LABEL,
  LAYER_SCHOOL_SYMBOL,
  LAYER_TIANDITU_VECTOR,
  LAYER_TOWNSHIP_LINE,
} from '../../src/map/layers/ids.ts';

const glyphsUrl = 'http://127.0.0.1:4173/glyphs/{fontstack}/{range}.pbf';

describe('buildStyle', () => {
  it('builds an offline style that passes the style-spec validator', () => {
    const style = buildStyle({ glyphsUrl, tiandituKey: null });
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('names no host but the given glyph origin when offline', () => {
    const text = JSON.stringify(buildStyle({ glyphsUrl, tiandituKey: null }));
    const hosts = [...text.matchAll(/https?:\/\/[^/"]+/g)].map((match) => match[0]);
    expect(new Set(hosts)).toEqual(new Set(['http://127.0.0.1:4173']));
  });

  it('adds the Tianditu layers only with a key, and stays valid', () => {
    const online = buildStyle({ glyphsUrl, tiandituKey: 'abc123' });
    expect(validateStyleMin(online)).toEqual([]);
    expect(online.layers.map((layer) => layer.id)).toContain(LAYER_TIANDITU_VECTOR);
    expect(buildStyle({ glyphsUrl, tiandituKey: '  ' }).layers.map((layer) => layer.id)).not.toContain(
      LAYER_TIANDITU_VECTOR,
    );
  });

  it('draws schools above townships and labels above symbols', () => {
    const ids = buildStyle({ glyphsUrl, tiandituKey: null }).layers.map((layer) => layer.id);
    expect(ids.indexOf(LAYER_SCHOOL_SYMBOL)).toBeGreaterThan(ids.indexOf(LAYER_TOWNSHIP_LINE));
    expect(ids.indexOf(LAYER_SCHOOL_LABEL)).toBeGreaterThan(ids.indexOf(LAYER_SCHOOL_SYMBOL));
  });

  it('is pure: the same input gives an equal style', () => {
    expect(buildStyle({ glyphsUrl, tiandituKey: 'k' })).toEqual(buildStyle({ glyphsUrl, tiandituKey: 'k' }));
  });

  it('puts the key into the Tianditu tile URLs, escaped, on the Web Mercator layers', () => {
    const [url] = tiandituTileUrls('vec', 'a&b');
    expect(url).toContain('vec_w/wmts');
    expect(url).toContain('TILEMATRIXSET=w');
    expect(url).toContain('tk=a%26b');
  });
});
