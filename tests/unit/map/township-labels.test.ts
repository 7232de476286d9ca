/**
 * Township name points: away from the school symbols at district zooms (the default data's
 * crowded 八塘街道 and 桥圩镇 among them), inside their townships, at the seat from close zooms
 * up; and the boxes they are chosen for are those the style draws.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { placeTownshipLabels } from '../../../src/analysis/place-township-labels.ts';
import type { DistrictCollection, TownshipSeatCollection } from '../../../src/domain/township.ts';
import { districtLabelFeatures } from '../../../src/map/district-label.ts';
import { TOWNSHIP_NAME_TYPE, townshipLabelLayer } from '../../../src/map/layers/label-layers.ts';
import { DEFAULT_THEME } from '../../../src/map/theme.ts';
import {
  nameBox,
  TOWNSHIP_LABEL_BANDS,
  townshipLabelFeatures,
  valueAtZoom,
} from '../../../src/map/township-labels.ts';
import { defaultSchools, defaultTownships, repositoryPath } from '../analysis/default-inputs.ts';

const seats = JSON.parse(
  readFileSync(repositoryPath('geodata/township-seats.geojson'), 'utf8'),
) as TownshipSeatCollection;
const district = JSON.parse(
  readFileSync(repositoryPath('geodata/district.geojson'), 'utf8'),
) as DistrictCollection;

/** A square township 0.2° wide around (109.6, 23.0). */
function squareTownship(): FeatureCollection<Polygon, { code: string }> {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code: 'T' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [109.5, 22.9],
              [109.7, 22.9],
              [109.7, 23.1],
              [109.5, 23.1],
              [109.5, 22.9],
            ],
          ],
        },
      },
    ],
  };
}

const seat: FeatureCollection<Point, { code: string; name: string }> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: 'T', name: '甲镇' },
      geometry: { type: 'Point', coordinates: [109.6, 23.0] },
    },
  ],
};

/** A 20 × 20 px box for every name and 5 px symbols: about 1.5 km on the ground at zoom 10. */
const SMALL_BOXES = {
  bands: [{ from: 0, to: 12, design: 10 }],
  measure: () => ({ width: 20, height: 20 }),
  symbolRadius: (_zoom: number, side: number) => side / 2,
};

describe('placeTownshipLabels', () => {
  it('keeps a name at its seat when nothing is near', () => {
    const labels = placeTownshipLabels(
      seat,
      squareTownship(),
      [{ lon: 109.68, lat: 23.08, side: 10 }],
      SMALL_BOXES,
    );
    expect(labels.features.map((feature) => feature.geometry.coordinates)).toEqual([
      [109.6, 23.0],
      [109.6, 23.0],
    ]);
    expect(
      labels.features.map((feature) => [feature.properties.minZoom, feature.properties.maxZoom]),
    ).toEqual([
      [0, 12],
      [12, 24],
    ]);
  });

  it('moves a name off a cluster of schools at its seat, to the nearest free spot inside its township', () => {
    const cluster = [-0.004, 0, 0.004].flatMap((dx) =>
      [-0.004, 0, 0.004].map((dy) => ({ lon: 109.6 + dx, lat: 23.0 + dy, side: 10 })),
    );
    const [moved, atSeat] = placeTownshipLabels(seat, squareTownship(), cluster, SMALL_BOXES).features;
    expect(moved?.properties.covered).toBe(0);
    const [lon = 0, lat = 0] = moved?.geometry.coordinates ?? [];
    expect(Math.hypot(lon - 109.6, lat - 23.0)).toBeGreaterThan(0.005);
    // The nearest free spot, not any free one: within a few boxes of the seat.
    expect(Math.hypot(lon - 109.6, lat - 23.0)).toBeLessThan(0.05);
    expect(booleanPointInPolygon([lon, lat], squareTownship().features[0] as Feature<Polygon>)).toBe(true);
    expect(atSeat?.geometry.coordinates).toEqual([109.6, 23.0]);
  });

  it('takes the spot covering fewest when none is free, and says how many it covers', () => {
    const everywhere: { lon: number; lat: number; side: number }[] = [];
    for (let x = 109.5; x <= 109.7; x += 0.004)
      for (let y = 22.9; y <= 23.1; y += 0.004) everywhere.push({ lon: x, lat: y, side: 10 });
    const [crowded] = placeTownshipLabels(seat, squareTownship(), everywhere, SMALL_BOXES).features;
    expect(crowded?.properties.covered).toBeGreaterThan(0);
  });
});

describe('township names of the default data', () => {
  it('stand clear of every school symbol and of each other from a laptop’s district zoom in', async () => {
    const schools = await defaultSchools();
    const townships = defaultTownships();
    const labels = townshipLabelFeatures(seats, townships, schools, districtLabelFeatures(district, seats));
    const banded = labels.features.filter((feature) => !feature.properties.atSeat);
    expect(banded).toHaveLength(seats.features.length * TOWNSHIP_LABEL_BANDS.length);
    // From zoom 9 up (the whole district on a 1280 × 800 laptop or an A4 page opens at 9.6–10)
    // every name finds a free spot at its band's design zoom; farther out the district is too
    // small on screen for all of them.
    const close = banded.filter((feature) => feature.properties.minZoom >= 9);
    expect(
      close.filter((feature) => feature.properties.covered > 0).map((feature) => feature.properties),
    ).toEqual([]);
    // Each name inside its own township.
    for (const feature of banded) {
      const township = townships.features.find((item) => item.properties.code === feature.properties.code);
      expect(township && booleanPointInPolygon(feature.geometry.coordinates, township)).toBe(true);
    }
  });

  it('moves the crowded towns’ names (八塘街道, 桥圩镇) away from their seats at district zoom', async () => {
    const labels = townshipLabelFeatures(seats, defaultTownships(), await defaultSchools(), null);
    for (const name of ['八塘街道', '桥圩镇']) {
      const seatPoint = seats.features.find((feature) => feature.properties.name === name)?.geometry
        .coordinates;
      const atNine = labels.features.find(
        (feature) => feature.properties.name === name && feature.properties.minZoom === 9,
      );
      expect(atNine?.properties.covered).toBe(0);
      expect(atNine?.geometry.coordinates).not.toEqual(seatPoint);
    }
  });
});

describe('the boxes names are placed for', () => {
  it('are the style’s own type sizes', () => {
    const layer = townshipLabelLayer(DEFAULT_THEME, 'Noto Sans');
    const layout = (layer as { layout: Record<string, unknown> }).layout;
    expect(layout['text-size']).toEqual(['interpolate', ['linear'], ['zoom'], 8, 12, 12, 17]);
    expect(valueAtZoom(TOWNSHIP_NAME_TYPE.sizeStops, 10)).toBeCloseTo(14.5);
    expect(valueAtZoom(TOWNSHIP_NAME_TYPE.sizeStops, 4)).toBe(12);
    expect(valueAtZoom(TOWNSHIP_NAME_TYPE.sizeStops, 20)).toBe(17);
    // Four characters at 12 px with 0.15 em spacing, padding 3 (wider than the halo) on each side.
    expect(nameBox('桥圩镇镇', 8, TOWNSHIP_NAME_TYPE)).toEqual({
      width: 4 * 12 * 1.15 + 6,
      height: 12 * 1.2 + 6,
    });
  });
});
