/**
 * The store's selectors, as the bridge and the panels read them: derived once per change of
 * their inputs (the same object otherwise, so the bridge sends nothing again), and right.
 */
import { describe, expect, it } from 'vitest';
import { gapPointsOf } from '../../../src/analysis/gap-points.ts';
import {
  memoize,
  selectCandidatePlaces,
  selectFlaggedCodes,
  selectGapFeatures,
  selectScenarioAnalysis,
  selectSchoolTownships,
  selectSelectedSchoolIndex,
  selectServiceCircles,
  selectTownshipFailures,
  selectVisibleSchools,
} from '../../../src/store/selectors.ts';
import { mapStore } from './map-fixtures.ts';

describe('memoize', () => {
  it('derives again only when an input changes by reference', () => {
    const store = mapStore();
    let runs = 0;
    const selectCount = memoize(
      (state) => [state.schools] as const,
      ([schools]) => {
        runs++;
        return { count: schools.length };
      },
    );
    const first = selectCount(store.getState());
    store.getState().hoverSchool(1);
    expect(selectCount(store.getState())).toBe(first);
    store.setState({ schools: [...store.getState().schools] });
    expect(selectCount(store.getState())).not.toBe(first);
    expect(runs).toBe(2);
  });
});

describe('the selectors the map reads', () => {
  it('give each school its township and keep the same arrays while nothing they read changes', () => {
    const store = mapStore();
    const townships = selectSchoolTownships(store.getState());
    expect(townships).toEqual(['450803100', '450803100', '450803101']);
    const visible = selectVisibleSchools(store.getState());
    expect(visible).toEqual([0, 1, 2]);
    store.getState().hoverTownship('450803100');
    store.getState().setCamera({ lon: 1, lat: 2, zoom: 3 });
    expect(selectSchoolTownships(store.getState())).toBe(townships);
    expect(selectVisibleSchools(store.getState())).toBe(visible);
    store.getState().setFilters({ townships: ['450803101'] });
    expect(selectVisibleSchools(store.getState())).toEqual([2]);
  });

  it("find the selected school's index, -1 for none or a township", () => {
    const store = mapStore();
    expect(selectSelectedSchoolIndex(store.getState())).toBe(-1);
    store.getState().select({ kind: 'school', code: 'C' });
    expect(selectSelectedSchoolIndex(store.getState())).toBe(2);
    store.getState().select({ kind: 'school', code: 'missing' });
    expect(selectSelectedSchoolIndex(store.getState())).toBe(-1);
  });

  it('count the failed rules per township, or one rule pass/fail, with -1 where nothing applies', () => {
    const store = mapStore();
    expect([...selectTownshipFailures(store.getState())]).toEqual([
      ['450803100', 0],
      ['450803101', 2],
    ]);
    store.getState().setFillRule('boarding-primary');
    expect([...selectTownshipFailures(store.getState())]).toEqual([
      ['450803100', 0],
      ['450803101', 1],
    ]);
    store.getState().setFillRule('populous-kindergartens');
    expect([...selectTownshipFailures(store.getState())].map(([, value]) => value)).toEqual([-1, -1]);
    store.setState({ analysis: null });
    expect(selectTownshipFailures(store.getState()).size).toBe(0);
  });

  it("read the scenario on screen's analysis, and its flagged schools and gaps", () => {
    const store = mapStore();
    const pair = store.getState().analysis;
    if (!pair) throw new Error('no analysis in the fixture');
    store.setState({
      analysis: {
        ...pair,
        current: {
          ...pair.current,
          schoolFlags: [{ code: 'A' } as (typeof pair.current.schoolFlags)[number]],
          gaps: {
            ...pair.current.gaps,
            primary: gapPointsOf([
              {
                lon: 109.66,
                lat: 23.09,
                population: 120,
                name: '某村',
                townshipCode: '450803101',
                distance: 4200,
              },
            ]),
          },
        },
      },
    });
    store.getState().setScenario({ kind: 'current', year: null });
    expect(selectScenarioAnalysis(store.getState())).toBe(store.getState().analysis?.current);
    expect([...selectFlaggedCodes(store.getState())]).toEqual(['A']);
    expect(selectGapFeatures(store.getState()).features).toEqual([
      {
        type: 'Feature',
        properties: { population: 120, name: '某村', townshipCode: '450803101', distance: 4200 },
        geometry: { type: 'Point', coordinates: [109.66, 23.09] },
      },
    ]);
    store.getState().setScenario({ kind: 'planned', year: null });
    expect(selectFlaggedCodes(store.getState()).size).toBe(0);
    expect(selectGapFeatures(store.getState()).features).toEqual([]);
  });

  it('draw a circle per standing school of the kind, with the urban radius in an urban township', () => {
    const store = mapStore();
    const radii = store.getState().radii.primary;
    const rural = selectServiceCircles(store.getState());
    // Two primary schools stand (the kindergarten serves another kind).
    expect(rural.features.map((feature) => feature.properties?.radius)).toEqual([radii.rural, radii.rural]);
    const townships = store.getState().townships;
    if (!townships) throw new Error('no townships in the fixture');
    store.setState({
      townships: {
        ...townships,
        features: townships.features.map((feature) => ({
          ...feature,
          properties: { ...feature.properties, urban: feature.properties.code === '450803101' },
        })),
      },
    });
    const mixed = selectServiceCircles(store.getState());
    expect(mixed.features.map((feature) => [feature.properties?.code, feature.properties?.radius])).toEqual([
      ['A', radii.rural],
      ['C', radii.urban],
    ]);
    expect(radii.urban).not.toBe(radii.rural);
  });

  it("place each candidate in its township with its own radius, else its kind's", () => {
    const store = mapStore();
    const places = selectCandidatePlaces(store.getState());
    expect(places.get('C1')).toEqual({ townshipCode: '450803101', townshipName: '乙镇', radius: 1500 });
    store.getState().updateCandidate('C1', { radius: null, lon: 109.55 });
    const moved = selectCandidatePlaces(store.getState()).get('C1');
    expect(moved?.townshipCode).toBe('450803100');
    expect(moved?.radius).toBe(store.getState().radii.primary.rural);
  });
});
