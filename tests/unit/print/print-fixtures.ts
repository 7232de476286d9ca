/**
 * Small hand-made inputs for the print tests: a two-township analysis result and a few schools,
 * so the tests do not depend on the analysis code's internals.
 */

import type {
  DistrictAnalysis,
  TownshipAnalysis,
  TownshipKindCoverage,
} from '../../../src/analysis/analyze-district.ts';
import { gapPointsOf } from '../../../src/analysis/gap-points.ts';
import { message } from '../../../src/domain/message.ts';
import { DEFAULT_SERVICE_RADII, SERVICE_KINDS, type ServiceKind } from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO, scenarioName } from '../../../src/domain/scenario.ts';
import { SCHOOL_TYPES, type School, type SchoolType } from '../../../src/domain/school.ts';
import type { DistrictCollection, TownshipCollection } from '../../../src/domain/township.ts';
import { crc32 } from '../../../src/print/png-resolution.ts';
import { makeSchool } from '../school-fixtures.ts';

function coverage(radius: number | null, share: number | null, population: number): TownshipKindCoverage {
  return {
    radius,
    population,
    covered: share === null ? null : Math.round(population * share),
    uncovered: share === null ? null : Math.round(population * (1 - share)),
    share,
    distance: { median: 1200, p90: 3100, histogram: [], unreachable: 0 },
  };
}

function byKind<T>(make: (kind: ServiceKind) => T): Record<ServiceKind, T> {
  return Object.fromEntries(SERVICE_KINDS.map((kind) => [kind, make(kind)])) as Record<ServiceKind, T>;
}

function types(counts: Partial<Record<SchoolType, number>>): Record<SchoolType, number> {
  return Object.fromEntries(SCHOOL_TYPES.map((type) => [type, counts[type] ?? 0])) as Record<
    SchoolType,
    number
  >;
}

function township(code: string, name: string, pass: boolean, share: number): TownshipAnalysis {
  return {
    code,
    name,
    urban: false,
    population: 40_000,
    populous: true,
    counts: { total: 3, kinds: byKind(() => 1), types: types({ 小学: 2, 幼儿园: 1 }) },
    rules: [
      {
        id: 'boarding-primary',
        title: '每个乡镇至少1所寄宿制小学',
        titleEnglish: 'A boarding primary school in every township',
        measure: 'school-count',
        applicable: true,
        pass,
        actual: pass ? 1 : 0,
        required: 1,
      },
      {
        id: 'primary-coverage',
        title: '小学服务半径内人口覆盖率',
        titleEnglish: null,
        measure: 'population-coverage',
        applicable: true,
        pass: share >= 0.9,
        actual: share,
        required: 0.9,
      },
      {
        id: 'populous-kindergartens',
        title: '人口大镇新建2所公办幼儿园',
        titleEnglish: null,
        measure: 'school-count',
        applicable: false,
        pass: null,
        actual: 0,
        required: 2,
      },
    ],
    coverage: byKind((kind) =>
      kind === 'high' || kind === 'special' ? coverage(null, null, 40_000) : coverage(2500, share, 40_000),
    ),
  };
}

/** A two-township analysis of 现状. */
export function smallAnalysis(): DistrictAnalysis {
  return {
    scenario: { kind: 'current', year: null },
    scenarioTitle: scenarioName(CURRENT_SCENARIO),
    ruleSetId: 'test-rules',
    settings: { populousTownThreshold: 30_000, coverageTarget: 0.9 },
    radii: DEFAULT_SERVICE_RADII,
    distance: { model: 'straight' },
    travelThresholds: null,
    detour: null,
    population: {
      source: 'model',
      label: '示例/模型估算（非统计数据）：按村数推算',
      description: message('populationModel'),
      points: 10,
      outsideTownships: 0,
    },
    townships: [township('450803100', '甲镇', true, 0.95), township('450803101', '乙镇', false, 0.62)],
    district: {
      population: 80_000,
      schools: 6,
      coverage: byKind((kind) =>
        kind === 'high' || kind === 'special' ? coverage(null, null, 80_000) : coverage(null, 0.785, 80_000),
      ),
    },
    schoolFlags: [],
    gaps: byKind(() => gapPointsOf([])),
    membership: { boundariesApproximate: true, mismatches: [] },
  };
}

/** A school with the given fields; the rest as an ordinary existing public school. */
export function school(change: Partial<School>): School {
  return makeSchool({ code: '1', name: '测试小学', lon: 109.6, lat: 23.1, source: '测试', ...change });
}

/** Two square townships side by side, approximate. */
export function twoTownships(): TownshipCollection {
  const square = (west: number) => [
    [
      [west, 23],
      [west + 0.1, 23],
      [west + 0.1, 23.1],
      [west, 23.1],
      [west, 23],
    ],
  ];
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code: '450803100', name: '甲镇', urban: false, approximate: true },
        geometry: { type: 'Polygon', coordinates: square(109.5) },
      },
      {
        type: 'Feature',
        properties: { code: '450803101', name: '乙镇', urban: false, approximate: true },
        geometry: { type: 'Polygon', coordinates: square(109.6) },
      },
    ],
  };
}

/** The district around the two townships of {@link twoTownships}. */
export function smallDistrict(): DistrictCollection {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code: '450803', name: '港南区', source: 'test' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [109.5, 23],
              [109.7, 23],
              [109.7, 23.1],
              [109.5, 23.1],
              [109.5, 23],
            ],
          ],
        },
      },
    ],
  };
}

function chunk(type: string, data: number[]): number[] {
  const body = new Uint8Array([...type].map((character) => character.charCodeAt(0)).concat(data));
  const length = data.length;
  const crc = crc32(body);
  return [
    length >>> 24,
    (length >>> 16) & 255,
    (length >>> 8) & 255,
    length & 255,
    ...body,
    crc >>> 24,
    (crc >>> 16) & 255,
    (crc >>> 8) & 255,
    crc & 255,
  ];
}

/** A 3508 × 2480 PNG header with no image data: enough for the chunk work. */
export function tinyPng(): Uint8Array {
  const ihdr = [0, 0, 0x0d, 0xb4, 0, 0, 0x09, 0xb0, 8, 6, 0, 0, 0];
  return new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...chunk('IHDR', ihdr), ...chunk('IEND', [])]);
}
