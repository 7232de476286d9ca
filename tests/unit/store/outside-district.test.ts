/**
 * A school placed by hand outside the district gets the importer's warning, with the distance,
 * and is placed there only when the user confirms.
 */
import { describe, expect, it } from 'vitest';
import { checkSchoolFields, fieldsOfSchool } from '../../../src/components/validate-school-fields.ts';
import { ROSTER_COLUMNS } from '../../../src/domain/school.ts';
import type { DistrictCollection } from '../../../src/domain/township.ts';
import { translateMessage } from '../../../src/i18n/index.ts';
import type { ColumnMapping } from '../../../src/io/guess-column-mapping.ts';
import { outsideDistanceMessage } from '../../../src/io/measure-distance-outside.ts';
import { readRosterRows } from '../../../src/io/read-roster-rows.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import { makeSchool } from '../school-fixtures.ts';

/** The two unit squares of the township fixtures as one district: 109–111 E, 22–23 N. */
const DISTRICT: DistrictCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: '450803', name: '测试区', source: 'test' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [109, 22],
            [111, 22],
            [111, 23],
            [109, 23],
            [109, 22],
          ],
        ],
      },
    },
  ],
};

/** 0.1° east of the district's eastern edge at 22.5 N: about 10.3 km outside. */
const OUTSIDE = { lon: 111.1, lat: 22.5 };
const INSIDE = { lon: 110.4, lat: 22.6 };

function storeWithSchool() {
  const store = createAtlasStore();
  store.setState({
    loadStatus: 'ready',
    district: DISTRICT,
    schools: [makeSchool({ code: 'A', name: '甲小学', lon: 109.5, lat: 22.5 })],
  });
  store.temporal.getState().clear();
  return store;
}

describe('moving a school outside the district', () => {
  it('waits for the user, with the distance outside, and moves nothing meanwhile', () => {
    const store = storeWithSchool();
    store.getState().moveSchool('A', OUTSIDE.lon, OUTSIDE.lat);
    const move = store.getState().pendingMove;
    expect(move?.code).toBe('A');
    expect(move?.kilometresOutside).toBeGreaterThan(10);
    expect(move?.kilometresOutside).toBeLessThan(10.5);
    expect(store.getState().schools[0]).toMatchObject({ lon: 109.5, lat: 22.5 });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('moves on confirmation, as one undo step', () => {
    const store = storeWithSchool();
    store.getState().moveSchool('A', OUTSIDE.lon, OUTSIDE.lat);
    store.getState().confirmMove();
    expect(store.getState().pendingMove).toBeNull();
    expect(store.getState().schools[0]).toMatchObject(OUTSIDE);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().schools[0]).toMatchObject({ lon: 109.5, lat: 22.5 });
  });

  it('leaves the school where it was on cancel', () => {
    const store = storeWithSchool();
    store.getState().moveSchool('A', OUTSIDE.lon, OUTSIDE.lat);
    store.getState().cancelMove();
    store.getState().confirmMove();
    expect(store.getState().pendingMove).toBeNull();
    expect(store.getState().schools[0]).toMatchObject({ lon: 109.5, lat: 22.5 });
  });

  it('moves at once inside the district, and without a district loaded', () => {
    const store = storeWithSchool();
    store.getState().moveSchool('A', INSIDE.lon, INSIDE.lat);
    expect(store.getState().schools[0]).toMatchObject(INSIDE);
    store.setState({ district: null });
    store.getState().moveSchool('A', OUTSIDE.lon, OUTSIDE.lat);
    expect(store.getState().schools[0]).toMatchObject(OUTSIDE);
    expect(store.getState().pendingMove).toBeNull();
  });
});

describe('the school form outside the district', () => {
  const fields = (lon: number, lat: number) => ({
    ...fieldsOfSchool(makeSchool({ code: 'B', name: '乙小学' })),
    经度: String(lon),
    纬度: String(lat),
  });

  it('measures what the importer warns about, and still lets the school be saved', () => {
    const check = checkSchoolFields(fields(OUTSIDE.lon, OUTSIDE.lat), new Set(), DISTRICT);
    expect(check.school).not.toBeNull();
    // The importer, given the same district, warns with the same distance.
    const row = fields(OUTSIDE.lon, OUTSIDE.lat);
    const { result } = readRosterRows(
      {
        file: '表单',
        format: 'delimited',
        headers: [...ROSTER_COLUMNS],
        headerRow: 1,
        rows: [{ row: 2, cells: ROSTER_COLUMNS.map((column) => row[column]) }],
      },
      Object.fromEntries(ROSTER_COLUMNS.map((column) => [column, column])) as ColumnMapping,
      { style: 'canonical', district: DISTRICT.features[0] },
    );
    const issue = result.accepted[0]?.warnings.find((item) => item.column === null);
    const warning = issue ? translateMessage('zh-CN', issue.message) : '';
    const distance = translateMessage('zh-CN', outsideDistanceMessage(check.kilometresOutside));
    expect(distance).toBe('10.3 公里');
    expect(warning).toContain(`区界外 ${distance}`);
  });

  it('warns about the point before the rest of the form is filled in', () => {
    const unnamed = { ...fields(OUTSIDE.lon, OUTSIDE.lat), 学校名称: '' };
    const check = checkSchoolFields(unnamed, new Set(), DISTRICT);
    expect(check.school).toBeNull();
    expect(check.kilometresOutside).toBeGreaterThan(10);
  });

  it('finds nothing to warn about inside, on a wrong coordinate, or without a district', () => {
    expect(checkSchoolFields(fields(INSIDE.lon, INSIDE.lat), new Set(), DISTRICT).kilometresOutside).toBe(0);
    const unreadable = checkSchoolFields({ ...fields(0, 0), 经度: '东经' }, new Set(), DISTRICT);
    expect(unreadable.school).toBeNull();
    expect(unreadable.kilometresOutside).toBe(0);
    expect(checkSchoolFields(fields(OUTSIDE.lon, OUTSIDE.lat), new Set(), null).kilometresOutside).toBe(0);
  });

  it('writes short distances in metres, rounded to 10 m, as the importer does', () => {
    expect(translateMessage('zh-CN', outsideDistanceMessage(0.326))).toBe('330 米');
    expect(translateMessage('en', outsideDistanceMessage(0.001))).toBe('10 m');
    expect(translateMessage('en', outsideDistanceMessage(3.24))).toBe('3.2 km');
  });
});
