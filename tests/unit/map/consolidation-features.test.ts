/** The consolidation proposal on the map: an arrow from each closed school to its receiving school. */
import { describe, expect, it } from 'vitest';
import type { ClosedSchool } from '../../../src/analysis/optimise/plan-consolidation.ts';
import { consolidationFeatures } from '../../../src/map/consolidation-features.ts';

function closed(code: string, receiving: ClosedSchool['receiving']): ClosedSchool {
  return {
    rank: 1,
    code,
    name: code,
    type: '教学点',
    lon: 109.5,
    lat: 22.5,
    townshipCode: '',
    townshipName: '',
    pupils: 30,
    receiving,
    extraMetres: 1000,
    meanExtraMetres: null,
    boardingNeeded: false,
    populationLosingCoverage: 0,
    rulesBroken: [],
    runnerUp: null,
  };
}

describe('consolidationFeatures', () => {
  it('draws a ring for each closed school and an arrow pointing at its receiving school', () => {
    const east = { code: 'P', name: 'P', lon: 109.52, lat: 22.5, boarding: false };
    const { features } = consolidationFeatures([closed('T1', east), closed('T2', null)]);
    expect(features.map((feature) => feature.properties?.part)).toEqual([
      'closed',
      'arrow',
      'head',
      'closed',
    ]);
    const arrow = features[1]?.geometry;
    const head = features[2]?.geometry;
    if (arrow?.type !== 'LineString' || head?.type !== 'Polygon') throw new Error('wrong geometry');
    // The arrow runs east from the closed school; the head's tip stops short of the receiving school.
    expect(arrow.coordinates[0]).toEqual([109.5, 22.5]);
    const tip = head.coordinates[0]?.[0] ?? [0, 0];
    expect(tip[0]).toBeGreaterThan(arrow.coordinates[1]?.[0] ?? 0);
    expect(tip[0]).toBeLessThan(109.52);
    expect(tip[1]).toBeCloseTo(22.5, 9);
  });
});
