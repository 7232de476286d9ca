/** The 学位 layers: a valid style with them shown, and their GeoJSON from one stage's result. */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { StageSeatBalance } from '../../../src/analysis/seats/measure-seat-balance.ts';
import { buildStyle } from '../../../src/map/build-style.ts';
import { LAYER_SCHOOL_SYMBOL, LAYER_SEAT_GAPS, LAYER_SEAT_UTILISATION } from '../../../src/map/layers/ids.ts';
import { seatGapFeatures, seatSchoolFeatures } from '../../../src/map/seat-features.ts';
import { makeSchool } from '../school-fixtures.ts';

const glyphsUrl = 'http://127.0.0.1:4173/glyphs/{fontstack}/{range}.pbf';

describe('seat layers', () => {
  it('make a style that passes the validator, the rings under the school symbols', () => {
    const style = buildStyle({
      glyphsUrl,
      tiandituKey: null,
      seats: { utilisation: true, withoutSeat: true },
    });
    expect(validateStyleMin(style)).toEqual([]);
    const ids = style.layers.map((layer) => layer.id);
    expect(ids.indexOf(LAYER_SEAT_UTILISATION)).toBeLessThan(ids.indexOf(LAYER_SCHOOL_SYMBOL));
    expect(ids.indexOf(LAYER_SEAT_GAPS)).toBeLessThan(ids.indexOf(LAYER_SEAT_UTILISATION));
    const hidden = buildStyle({ glyphsUrl, tiandituKey: null });
    expect(hidden.layers.find((layer) => layer.id === LAYER_SEAT_GAPS)?.layout).toEqual({
      visibility: 'none',
    });
  });

  it('give each school its share of seats allocated (−1 when unknown) and mark more pupils than seats', () => {
    const balance = {
      schools: [
        {
          code: 'A',
          name: '甲',
          townshipCode: '',
          seats: 200,
          seatSource: 'approved',
          allocated: 150,
          enrolled: 230,
        },
        {
          code: 'B',
          name: '乙',
          townshipCode: '',
          seats: null,
          seatSource: 'unknown',
          allocated: 0,
          enrolled: 40,
        },
      ],
      placesWithoutSeat: { places: Int32Array.of(1), noSchool: Int32Array.of(0), full: Int32Array.of(7) },
    } as unknown as StageSeatBalance;
    const schools = [
      makeSchool({ code: 'A', name: '甲', lon: 109.6 }),
      makeSchool({ code: 'B', name: '乙', lon: 109.7 }),
    ];
    expect(seatSchoolFeatures(balance, schools).features.map((feature) => feature.properties)).toEqual([
      { code: 'A', utilisation: 0.75, over: true },
      { code: 'B', utilisation: -1, over: false },
    ]);
    const gaps = seatGapFeatures(balance, {
      longitudes: Float64Array.of(109.1, 109.2),
      latitudes: Float64Array.of(23.1, 23.2),
      townships: ['', ''],
    });
    expect(gaps.features).toEqual([
      {
        type: 'Feature',
        properties: { count: 7, cause: 'full' },
        geometry: { type: 'Point', coordinates: [109.2, 23.2] },
      },
    ]);
  });
});
