/** The travel layers through the map bridge, against a fake map. */
import { describe, expect, it } from 'vitest';
import { MapBridge } from '../../../src/map/bridge.ts';
import { SOURCE_SERVICE_CIRCLES } from '../../../src/map/layers/ids.ts';
import {
  SOURCE_HIDDEN_GAPS,
  SOURCE_ISOCHRONES,
  SOURCE_ROADS,
} from '../../../src/map/layers/travel-layers.ts';
import { styleForState } from '../../../src/map/style-for-state.ts';
import { isochroneFeatures } from '../../../src/map/travel-features.ts';
import { FakeMap } from '../map/fake-map.ts';
import { mapStore } from '../map/map-fixtures.ts';
import { network, road } from './travel-fixtures.ts';

const GLYPHS = 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf';

describe('the travel layers on the map', () => {
  it('send the roads once imported, the isochrone cells as they come, and stop drawing the circles under road time', () => {
    const store = mapStore();
    store.setState({ view: 'analysis' });
    const map = new FakeMap(styleForState(store.getState(), GLYPHS));
    new MapBridge(map.asMap(), store, { glyphsUrl: GLYPHS, nextFrame: () => {} }).start();
    expect(map.sourcesSentSince(0)).not.toContain(SOURCE_ROADS);
    expect(map.lastData(SOURCE_SERVICE_CIRCLES)?.features.length).toBeGreaterThan(0);

    const mark = map.calls.setData.length;
    store.setState({
      roads: network([
        road(
          [
            [109.6, 23.0],
            [109.61, 23.0],
          ],
          '乡道',
        ),
      ]),
    });
    expect(map.sourcesSentSince(mark)).toContain(SOURCE_ROADS);
    expect(map.lastData(SOURCE_ROADS)?.features[0]?.properties).toEqual({ roadClass: '乡道' });

    store.setState({ distance: { model: 'road', mode: 'walk' } });
    expect(map.lastData(SOURCE_SERVICE_CIRCLES)?.features).toEqual([]);
    const cells = {
      west: 109.6,
      south: 23,
      cellLongitude: 0.01,
      cellLatitude: 0.01,
      bands: [10, 20, 30],
      runs: [0, 0, 2, 0, 1, 1, 1, 2],
    };
    store.setState({ isochrones: cells });
    expect(map.lastData(SOURCE_ISOCHRONES)).toEqual(isochroneFeatures(cells));
    expect(map.lastData(SOURCE_ISOCHRONES)?.features.map((feature) => feature.properties?.band)).toEqual([
      0, 2,
    ]);

    // Back to the straight line: the cells go, the circles come back.
    store.setState({ distance: { model: 'straight' }, isochrones: null });
    expect(map.lastData(SOURCE_ISOCHRONES)?.features).toEqual([]);
    expect(map.lastData(SOURCE_SERVICE_CIRCLES)?.features.length).toBeGreaterThan(0);
    expect(map.sourcesSentSince(0)).not.toContain(SOURCE_HIDDEN_GAPS);
  });
});
