/**
 * Stamped coverage (prepareStampLattice → startStampedCoverage → summariseStampedCoverage)
 * against today's method (prepareCoverage → measureKindCoverage): identical covered population
 * in every township and kind, identical gap points — on the county's embedded data and on a
 * seeded province-like instance (lattice cells, urban and rural townships, points on the radius,
 * points without coordinates or township) at several latitudes.
 */
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { assignPopulationTownships } from '../../../src/analysis/assign-population-townships.ts';
import { groupRadiusClasses } from '../../../src/analysis/group-radius-classes.ts';
import { measureKindCoverage, prepareCoverage } from '../../../src/analysis/measure-kind-coverage.ts';
import { prepareStampLattice } from '../../../src/analysis/prepare-stamp-lattice.ts';
import { startStampedCoverage } from '../../../src/analysis/start-stamped-coverage.ts';
import { summariseStampedCoverage } from '../../../src/analysis/summarise-stamped-coverage.ts';
import {
  DEFAULT_SERVICE_RADII,
  EARTH_RADIUS_METRES,
  SERVICE_KINDS,
  servesKind,
  serviceRadius,
} from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO, schoolsInScenario } from '../../../src/domain/scenario.ts';
import { defaultPopulation, defaultSchools, defaultTownships } from './default-inputs.ts';

interface Place {
  lon: number;
  lat: number;
}

interface Instance {
  points: Place[];
  weights: Float64Array;
  areaOfPoint: Int32Array;
  areaCount: number;
  /** Per kind: its sites and the radius of every area (NaN: none), and of the points in no area. */
  kinds: { sites: Place[]; radiusOfArea: Float64Array; outsideRadius: number }[];
}

/** Both methods on one instance: the differences found (empty when they agree). */
function compare(instance: Instance): string[] {
  const { points, weights, areaOfPoint, areaCount, kinds } = instance;
  const frame = prepareCoverage(points, weights, areaOfPoint, areaCount);
  const classes = groupRadiusClasses(
    kinds.map((kind) => {
      const radii = new Float64Array(areaCount + 1);
      radii.set(kind.radiusOfArea);
      radii[areaCount] = kind.outsideRadius;
      return radii;
    }),
  );
  const lattice = prepareStampLattice(points, weights, areaOfPoint, areaCount, classes.classOfArea);
  const marks = new Uint8Array(points.length);
  const differences: string[] = [];
  kinds.forEach((kind, index) => {
    const today = measureKindCoverage(frame, kind.sites, kind.radiusOfArea, kind.outsideRadius);
    const stamped = summariseStampedCoverage(
      startStampedCoverage(lattice, kind.sites, classes.radiusOfClass[index] as Float64Array),
      marks,
    );
    today.areas.forEach((area, number) => {
      const covered = stamped.areaCovered[number] ?? Number.NaN;
      // Not measured today (no radius, or no point in the area): nothing stamped either.
      if (area.covered === null) {
        if (!(Number.isNaN(covered) || covered === 0))
          differences.push(`kind ${index} area ${number}: ${covered} stamped, not measured today`);
      } else if (covered !== area.covered)
        differences.push(`kind ${index} area ${number}: ${covered} ≠ ${area.covered}`);
    });
    if (today.gapPositions.join() !== stamped.gapPositions.join())
      differences.push(
        `kind ${index}: ${stamped.gapPositions.length} gap points stamped, ${today.gapPositions.length} today`,
      );
  });
  return differences;
}

/** The point `metres` from a place at `bearing` (radians from north), on the sphere the analysis uses. */
function destination(place: Place, metres: number, bearing: number): Place {
  const angle = metres / EARTH_RADIUS_METRES;
  const latitude = (place.lat * Math.PI) / 180;
  const to = Math.asin(
    Math.sin(latitude) * Math.cos(angle) + Math.cos(latitude) * Math.sin(angle) * Math.cos(bearing),
  );
  const longitude = Math.atan2(
    Math.sin(bearing) * Math.sin(angle) * Math.cos(latitude),
    Math.cos(angle) - Math.sin(latitude) * Math.sin(to),
  );
  return { lon: place.lon + (longitude * 180) / Math.PI, lat: (to * 180) / Math.PI };
}

/**
 * A seeded province-like instance: a lattice of cells over `columns × rows` square townships
 * (about a fifth urban), schools bunched at township centres and anywhere, some cells on a
 * school's radius, some without coordinates, some in no township, some without people.
 */
function provinceLike(seed: number, south: number, townshipColumns: number, townshipRows: number): Instance {
  const random = createSeededRandom(seed);
  const cellsPerSide = 12;
  const cellMetres = 300;
  const stepLatitude = cellMetres / ((EARTH_RADIUS_METRES * Math.PI) / 180);
  const stepLongitude = stepLatitude / Math.cos(((south + 0.2) * Math.PI) / 180);
  const west = 108;
  const areaCount = townshipColumns * townshipRows;
  const urban = Array.from({ length: areaCount }, () => random.next() < 0.2);
  const points: Place[] = [];
  const weights: number[] = [];
  const areas: number[] = [];
  const columns = townshipColumns * cellsPerSide;
  const rows = townshipRows * cellsPerSide;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      if (random.next() < 0.05) continue;
      const township = Math.floor(row / cellsPerSide) * townshipColumns + Math.floor(column / cellsPerSide);
      points.push({ lon: west + (column + 0.5) * stepLongitude, lat: south + (row + 0.5) * stepLatitude });
      weights.push(random.next() < 0.05 ? 0 : random.integerBetween(1, 200));
      areas.push(random.next() < 0.01 ? -1 : township);
    }
  }
  const schools: { place: Place; kinds: number }[] = [];
  for (let index = 0; index < areaCount; index++) {
    const township = random.integerBetween(0, areaCount - 1);
    const nearCentre = random.next() < 0.5;
    const x = nearCentre ? 0.5 + random.between(-0.2, 0.2) : random.next();
    const y = nearCentre ? 0.5 + random.between(-0.2, 0.2) : random.next();
    const place = {
      lon: west + ((township % townshipColumns) + x) * cellsPerSide * stepLongitude,
      lat: south + (Math.floor(township / townshipColumns) + y) * cellsPerSide * stepLatitude,
    };
    schools.push({ place, kinds: random.integerBetween(1, 7) });
  }
  const kindRadii = [
    [300, 1500],
    [500, 2500],
    [1000, 5000],
    [Number.NaN, Number.NaN],
  ] as const;
  // Points on a school's radius, and a hair (a micrometre to a metre) inside or outside it, in
  // every direction: where a stamp's spans and its exact test at the rim decide.
  for (let index = 0; index < 2000; index++) {
    const school = random.pick(schools);
    const [urbanRadius, ruralRadius] = random.pick(kindRadii.slice(0, 3));
    const inUrban = random.next() < 0.5;
    const radius = inUrban ? urbanRadius : ruralRadius;
    const offset = index % 4 === 0 ? 0 : random.pick([-1, 1]) * 10 ** random.between(-6, 0);
    const place = destination(school.place, radius + offset, random.between(0, 2 * Math.PI));
    points.push(place);
    weights.push(random.integerBetween(1, 50));
    // In a township whose radius is the one the point is placed at.
    const matching = urban.flatMap((isUrban, township) => (isUrban === inUrban ? [township] : []));
    areas.push(matching.length > 0 ? random.pick(matching) : -1);
  }
  points.push({ lon: Number.NaN, lat: south }, { lon: west, lat: Number.POSITIVE_INFINITY });
  weights.push(7, 9);
  areas.push(0, -1);
  return {
    points,
    weights: Float64Array.from(weights),
    areaOfPoint: Int32Array.from(areas),
    areaCount,
    kinds: kindRadii.map(([urbanRadius, ruralRadius], kind) => ({
      sites: schools.filter((school) => school.kinds & (1 << (kind % 3))).map((school) => school.place),
      radiusOfArea: Float64Array.from(urban, (isUrban) => (isUrban ? urbanRadius : ruralRadius)),
      outsideRadius: ruralRadius,
    })),
  };
}

describe('stamped coverage equals today’s method', () => {
  it('on the county: covered population of every township and kind, and the gap points', async () => {
    const townships = defaultTownships();
    const population = defaultPopulation();
    const schools = schoolsInScenario(await defaultSchools(), CURRENT_SCENARIO);
    const codes = townships.features.map((feature) => feature.properties.code);
    const areaOfPoint = Int32Array.from(assignPopulationTownships(population.points, townships), (code) =>
      codes.indexOf(code),
    );
    const differences = compare({
      points: population.points,
      weights: Float64Array.from(population.points, (point) => point.population),
      areaOfPoint,
      areaCount: codes.length,
      kinds: SERVICE_KINDS.map((kind) => ({
        sites: schools.filter((school) => servesKind(school.type, kind)),
        radiusOfArea: Float64Array.from(
          townships.features,
          (feature) => serviceRadius(DEFAULT_SERVICE_RADII, kind, feature.properties.urban) ?? Number.NaN,
        ),
        outsideRadius: serviceRadius(DEFAULT_SERVICE_RADII, kind, false) ?? Number.NaN,
      })),
    });
    expect(differences).toEqual([]);
  });

  for (const [seed, south] of [
    [1, 21.5],
    [2, 45],
    [3, -33],
    [4, 62],
  ] as const) {
    it(`on a province-like instance at ${south}°`, () => {
      const instance = provinceLike(seed, south, 6, 4);
      expect(compare(instance)).toEqual([]);
    });
  }
});
