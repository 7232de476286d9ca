/**
 * The analysis functions that draw or place things, run on the inputs of their golden folders
 * and compared with the outputs looked at on a map (see golden-fixtures.ts; REGEN=1 rewrites).
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, it } from 'vitest';
import { buildOutsideMask } from '../../../src/analysis/build-outside-mask.ts';
import { distributeTownshipTable } from '../../../src/analysis/distribute-township-table.ts';
import { makeCandidateGrid } from '../../../src/analysis/make-candidate-grid.ts';
import { serviceCircles } from '../../../src/analysis/service-circles.ts';
import type { TownshipPopulation } from '../../../src/domain/population.ts';
import type { ServiceKind } from '../../../src/domain/radius.ts';
import type { SchoolType } from '../../../src/domain/school.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { makeSchool } from '../school-fixtures.ts';
import { expectGolden, goldenCases, readGoldenInput } from './golden-fixtures.ts';

/** Points as a feature collection, so an output opens in any GIS. */
function pointCollection<Properties>(
  points: readonly ({ lon: number; lat: number } & Properties)[],
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: points.map(({ lon, lat, ...properties }) => ({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: [lon, lat] },
    })),
  };
}

/** Each case of a folder as its own test. */
function goldenSuite<Parameters>(
  folder: string,
  run: (input: ReturnType<typeof readGoldenInput<Parameters>>) => unknown,
) {
  describe(folder, () => {
    for (const name of goldenCases(folder)) {
      it(name, () => expectGolden(folder, name, run(readGoldenInput<Parameters>(folder, name))));
    }
  });
}

goldenSuite<{ kind: ServiceKind; radius: number; steps: number }>('service-circles', (input) => {
  const schools = (input.features as Feature<Point, { code: string; name: string; type: SchoolType }>[]).map(
    (feature) => {
      const [lon = 0, lat = 0] = feature.geometry.coordinates;
      return makeSchool({ ...feature.properties, lon, lat });
    },
  );
  const { kind, radius, steps } = input.properties;
  return serviceCircles(schools, kind, radius, steps);
});

goldenSuite<{ spacing: number }>('make-candidate-grid', (input) =>
  pointCollection(makeCandidateGrid(input as unknown as TownshipCollection, input.properties.spacing)),
);

goldenSuite<{
  table: TownshipPopulation[];
  cellMetres: number;
  seats: { code: string; lon: number; lat: number }[];
}>('distribute-township-table', (input) => {
  const { table, cellMetres, seats } = input.properties;
  const population = distributeTownshipTable(table, input as unknown as TownshipCollection, {
    cellMetres,
    seats,
  });
  return pointCollection(population.points);
});

goldenSuite<Record<string, never>>('build-outside-mask', (input) =>
  buildOutsideMask(input as unknown as FeatureCollection<Polygon | MultiPolygon>),
);
