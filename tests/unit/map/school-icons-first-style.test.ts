/**
 * The school icons given to the map before its worker asks: taken from the first style itself, so
 * they are the very icons its schools draw, and nothing else.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { MapBridge } from '../../../src/map/bridge.ts';
import { SOURCE_SCHOOLS } from '../../../src/map/layers/ids.ts';
import { schoolIconsIn } from '../../../src/map/school-icons.ts';
import { styleForState } from '../../../src/map/style-for-state.ts';
import { FakeMap } from './fake-map.ts';
import { mapStore } from './map-fixtures.ts';

const GLYPHS = 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf';

/** The first style the screen's map is given, with the small atlas's data in it. */
function firstStyle(): StyleSpecification {
  const store = mapStore();
  const map = new FakeMap(styleForState(store.getState(), GLYPHS));
  map.styleLoaded = false;
  return new MapBridge(map.asMap(), store, { glyphsUrl: GLYPHS, nextFrame: () => {} }).firstStyle();
}

/** A copy of `style` whose school source carries points with the given properties. */
function withSchools(style: StyleSpecification, properties: Record<string, unknown>[]): StyleSpecification {
  return {
    ...style,
    sources: {
      ...style.sources,
      [SOURCE_SCHOOLS]: {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: properties.map((props) => ({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [109.6, 23.05] },
            properties: props,
          })),
        },
      },
    },
  };
}

describe('the school icons of the first style', () => {
  it('are the icons its schools draw, each once, in the order first met', () => {
    // Two primary schools and a kindergarten, all existing.
    expect(schoolIconsIn(firstStyle())).toEqual(['school-primary-existing', 'school-kindergarten-existing']);
  });

  it('leave out names that are not school icons, and a style without school data has none', () => {
    const style = withSchools(firstStyle(), [
      { icon: 'school-high-planned' },
      { icon: 'not-a-school-icon' },
      { icon: 'school-high-planned' },
      {},
    ]);
    expect(schoolIconsIn(style)).toEqual(['school-high-planned']);
    const { [SOURCE_SCHOOLS]: _schools, ...sources } = style.sources;
    expect(schoolIconsIn({ ...style, sources })).toEqual([]);
  });
});
