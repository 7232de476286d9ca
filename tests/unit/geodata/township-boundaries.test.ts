import { area, booleanPointInPolygon, booleanValid, featureCollection, intersect } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { committedGeodata } from './geodata-fixture.ts';

const EXPECTED_TOWNSHIPS = [
  ['450803001', '江南街道'],
  ['450803002', '八塘街道'],
  ['450803100', '桥圩镇'],
  ['450803101', '木格镇'],
  ['450803102', '木梓镇'],
  ['450803103', '湛江镇'],
  ['450803104', '东津镇'],
  ['450803106', '新塘镇'],
  ['450803107', '瓦塘镇'],
];

const { district, seats, townships, villages } = committedGeodata();

describe('approximate township boundaries', () => {
  it('has the nine units of 港南区 with their GB/T 2260 codes and names', () => {
    expect(townships.features.map((feature) => [feature.properties.code, feature.properties.name])).toEqual(
      EXPECTED_TOWNSHIPS,
    );
  });

  it('marks every boundary approximate and only 江南街道 urban', () => {
    for (const feature of townships.features) {
      expect(feature.properties.approximate).toBe(true);
      expect(feature.properties.urban).toBe(feature.properties.code === '450803001');
    }
  });

  it('gives valid cells that each hold their own seat', () => {
    for (const feature of townships.features) {
      expect(booleanValid(feature), feature.properties.name).toBe(true);
      const seat = seats.features.find((point) => point.properties.code === feature.properties.code);
      expect(seat && booleanPointInPolygon(seat, feature), feature.properties.name).toBe(true);
    }
  });

  it('has cells that do not overlap each other', () => {
    const cells = townships.features;
    for (const [index, cell] of cells.entries()) {
      for (const other of cells.slice(index + 1)) {
        const overlap = intersect(featureCollection([cell, other]));
        // A square metre of slack absorbs floating-point crumbs along shared edges.
        expect(
          overlap ? area(overlap) : 0,
          `${cell.properties.name} × ${other.properties.name}`,
        ).toBeLessThan(1);
      }
    }
  });

  it('covers the district within 0.5 %', () => {
    const outline = district.features[0];
    if (!outline) throw new Error('no outline');
    const cellsArea = townships.features.reduce((sum, feature) => sum + area(feature), 0);
    expect(Math.abs(cellsArea - area(outline)) / area(outline)).toBeLessThan(0.005);
  });
});

describe('township seats', () => {
  it('marks the three proxy points as proxies', () => {
    const proxies = seats.features
      .filter((seat) => seat.properties.proxy)
      .map((seat) => seat.properties.name);
    expect(proxies).toEqual(['江南街道', '八塘街道', '瓦塘镇']);
  });
});

describe('villages', () => {
  it('lists the 172 villages and communities of 港南区, sorted by code, each in a known township', () => {
    expect(villages).toHaveLength(172);
    const codes = villages.map((village) => village.code);
    expect(codes).toEqual([...codes].sort());
    const townshipCodes = new Set(EXPECTED_TOWNSHIPS.map(([code]) => code));
    for (const village of villages) {
      expect(townshipCodes.has(village.townshipCode)).toBe(true);
      expect(village.code.startsWith(village.townshipCode)).toBe(true);
      expect(Object.keys(village)).toEqual(['code', 'name', 'townshipCode']);
    }
  });
});
