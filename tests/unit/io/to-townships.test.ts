import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { findTownshipMismatches } from '../../../src/analysis/find-township-mismatches.ts';
import type { BoundaryFeature } from '../../../src/io/read-boundary-file.ts';
import {
  guessTownshipFields,
  type KnownTownship,
  knownTownshipsOf,
  toTownships,
} from '../../../src/io/to-townships.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../school-fixtures.ts';

const KNOWN: KnownTownship[] = [
  { code: '450803001', name: '江南街道', urban: true },
  { code: '450803100', name: '桥圩镇', urban: false },
  { code: '450803101', name: '木格镇', urban: false },
  { code: '450803102', name: '木梓镇', urban: false },
];

function square(west: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, 22],
        [west + 1, 22],
        [west + 1, 23],
        [west, 23],
        [west, 22],
      ],
    ],
  };
}

function feature(west: number, properties: Record<string, string | number | null>): BoundaryFeature {
  return { type: 'Feature', geometry: square(west), properties };
}

const FEATURES: BoundaryFeature[] = [
  feature(100, { XZQMC: '桥圩', XZQDM: null }),
  feature(101, { XZQMC: '木格镇', XZQDM: '450803101000' }),
  feature(102, { XZQMC: '江南街道办事处', XZQDM: null }),
  feature(103, { XZQMC: '外省某镇', XZQDM: '999999999' }),
  feature(104, { XZQMC: '木格镇飞地', XZQDM: 450803101 }),
];

describe('toTownships', () => {
  it('matches by code (9 or 12 digits) or by name with or without the suffix, and reports both ways', () => {
    const match = toTownships(FEATURES, { nameField: 'XZQMC', codeField: 'XZQDM', knownTownships: KNOWN });
    expect(match.townships.features.map((township) => township.properties)).toEqual([
      { code: '450803001', name: '江南街道', urban: true, approximate: false },
      { code: '450803100', name: '桥圩镇', urban: false, approximate: false },
      { code: '450803101', name: '木格镇', urban: false, approximate: false },
    ]);
    expect(match.unmatchedFeatures).toEqual([{ index: 3, name: '外省某镇', code: '999999999' }]);
    expect(match.townshipsWithoutBoundary.map((township) => township.name)).toEqual(['木梓镇']);
    expect(match.mergedTownships).toEqual(['450803101']);
    expect(match.townships.features[2]?.geometry.type).toBe('MultiPolygon');
  });

  it('takes every feature as it is when the district has no known townships', () => {
    const match = toTownships(FEATURES.slice(0, 2), {
      nameField: 'XZQMC',
      codeField: 'XZQDM',
      knownTownships: [],
    });
    expect(
      match.townships.features.map((township) => [township.properties.code, township.properties.name]),
    ).toEqual([
      ['桥圩', '桥圩'],
      ['450803101', '木格镇'],
    ]);
  });

  it('guesses the name and code fields from how many values match', () => {
    expect(guessTownshipFields(FEATURES, ['XZQMC', 'XZQDM'], KNOWN)).toEqual({
      nameField: 'XZQMC',
      codeField: 'XZQDM',
    });
    expect(guessTownshipFields([], ['OBJECTID', '名称'], KNOWN)).toEqual({
      nameField: '名称',
      codeField: null,
    });
  });

  it('lists the known townships of a collection', () => {
    expect(knownTownshipsOf(TWO_TOWNSHIPS)).toEqual([
      { code: '450803100', name: '甲镇', urban: false },
      { code: '450803001', name: '乙街道', urban: true },
    ]);
  });
});

describe('findTownshipMismatches', () => {
  it('finds schools outside the township they name, with the township they are in', () => {
    const schools = [
      makeSchool({ code: '1', name: '在甲镇', township: '甲镇', lon: 109.5, lat: 22.5 }),
      makeSchool({ code: '2', name: '写甲实在乙', township: '甲', lon: 110.5, lat: 22.5 }),
      makeSchool({ code: '3', name: '区外', township: '乙街道', lon: 112, lat: 22.5 }),
      makeSchool({ code: '4', name: '没写', township: '', lon: 110.5, lat: 22.5 }),
      makeSchool({ code: '5', name: '写了别处', township: '丙镇', lon: 110.5, lat: 22.5 }),
    ];
    expect(findTownshipMismatches(schools, TWO_TOWNSHIPS)).toEqual([
      {
        schoolCode: '2',
        schoolName: '写甲实在乙',
        statedName: '甲',
        statedCode: '450803100',
        locatedCode: '450803001',
        locatedName: '乙街道',
      },
      {
        schoolCode: '3',
        schoolName: '区外',
        statedName: '乙街道',
        statedCode: '450803001',
        locatedCode: null,
        locatedName: null,
      },
    ]);
  });
});
