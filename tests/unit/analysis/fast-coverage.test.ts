/**
 * The fast coverage path (preparePoints → findNearestSites → measureKindCoverage) against a naive
 * reference that compares every point with every school by haversine, on seeded random data at
 * several latitudes. Decisions (covered or not, histogram bin) must be identical; distances may
 * differ from haversineDistance by at most CHORD_DISTANCE_TOLERANCE_METRES (1 µm).
 */
import { describe, expect, it } from 'vitest';
import { createSeededRandom, type SeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import {
  CHORD_DISTANCE_TOLERANCE_METRES,
  findNearestSites,
} from '../../../src/analysis/find-nearest-sites.ts';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import { measureKindCoverage, prepareCoverage } from '../../../src/analysis/measure-kind-coverage.ts';
import { preparePoints } from '../../../src/analysis/prepare-points.ts';
import {
  DISTANCE_BIN_EDGES,
  distanceBin,
  weightedPercentiles,
} from '../../../src/analysis/summarise-distances.ts';

interface Place {
  lon: number;
  lat: number;
}

/** Sites bunched around a few towns, as schools are, plus a few anywhere. */
function clusteredPlaces(
  random: SeededRandom,
  count: number,
  lon: number,
  lat: number,
  span: number,
): Place[] {
  const towns = Array.from({ length: 6 }, () => ({
    lon: lon + random.next() * span,
    lat: lat + random.next() * span,
  }));
  return Array.from({ length: count }, () => {
    if (random.next() < 0.2) return { lon: lon + random.next() * span, lat: lat + random.next() * span };
    const town = random.pick(towns);
    return {
      lon: town.lon + random.between(-0.05, 0.05) * span,
      lat: town.lat + random.between(-0.05, 0.05) * span,
    };
  });
}

function spreadPlaces(random: SeededRandom, count: number, lon: number, lat: number, span: number): Place[] {
  return Array.from({ length: count }, () => ({
    lon: lon + random.next() * span,
    lat: lat + random.next() * span,
  }));
}

/** Every point against every site: the distance and the lowest index at that distance. */
function allPairs(points: readonly Place[], sites: readonly Place[]): { distance: number; id: number }[] {
  return points.map((point) => {
    let distance = Number.POSITIVE_INFINITY;
    let id = -1;
    sites.forEach((site, index) => {
      const metres = haversineDistance([point.lon, point.lat], [site.lon, site.lat]);
      if (metres < distance) {
        distance = metres;
        id = index;
      }
    });
    return { distance, id };
  });
}

/** The weighted percentile by sorting and accumulating: the definition. */
function sortedPercentile(
  distances: number[],
  weights: number[],
  total: number,
  share: number,
): number | null {
  if (!(total > 0)) return null;
  const order = distances.map((_, index) => index).sort((a, b) => (distances[a] ?? 0) - (distances[b] ?? 0));
  let cumulative = 0;
  for (const index of order) {
    cumulative += weights[index] ?? 0;
    if (cumulative >= share * total) return distances[index] ?? null;
  }
  return null;
}

function expectClose(actual: number | null, expected: number | null, label: string) {
  if (expected === null || actual === null) {
    expect(actual, label).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    CHORD_DISTANCE_TOLERANCE_METRES,
  );
}

/** A longitude east of `site` at which the haversine distance along the parallel crosses `metres`. */
function longitudeAtDistance(site: Place, metres: number): [number, number] {
  let low = site.lon;
  let high = site.lon + (2 * metres) / 111_000;
  for (let step = 0; step < 200; step++) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) break;
    if (haversineDistance([site.lon, site.lat], [middle, site.lat]) < metres) low = middle;
    else high = middle;
  }
  return [low, high];
}

describe('findNearestSites against all pairs', () => {
  it('finds the same nearest school, within 1 µm, at every latitude and density', () => {
    const random = createSeededRandom(20240501);
    const cases = [
      { lat: 0, span: 0.6, points: 3000, sites: 300 },
      { lat: 22.5, span: 0.8, points: 4000, sites: 400 },
      { lat: 45, span: 1.2, points: 3000, sites: 60 },
      { lat: 62, span: 2, points: 2000, sites: 7 },
      { lat: -35, span: 0.4, points: 2000, sites: 1500 },
    ];
    for (const { lat, span, points: pointCount, sites: siteCount } of cases) {
      const points = spreadPlaces(random, pointCount, 100, lat, span);
      const sites = clusteredPlaces(random, siteCount, 100 + span * 0.1, lat + span * 0.1, span * 0.8);
      const found = findNearestSites(preparePoints(points), sites);
      const reference = allPairs(points, sites);
      reference.forEach((expected, position) => {
        const label = `lat ${lat}, point ${position}`;
        expect(found.nearest[position], label).toBe(expected.id);
        expectClose(found.distances[position] ?? null, expected.distance, label);
        if (found.exact[position] === 1) expect(found.distances[position], label).toBe(expected.distance);
      });
    }
  });

  it('handles a country-wide extent, the far north, duplicate schools and points without coordinates', () => {
    const random = createSeededRandom(7);
    const wide = spreadPlaces(random, 1500, 74, 18, 60).map((place) => ({
      ...place,
      lat: 18 + (place.lat - 18) / 1.7,
    }));
    const north = spreadPlaces(random, 800, -20, 84, 5.9);
    const points = [
      ...wide,
      ...north,
      { lon: Number.NaN, lat: 30 },
      { lon: 100, lat: Number.POSITIVE_INFINITY },
    ];
    const sites = [...spreadPlaces(random, 40, 74, 18, 35), ...spreadPlaces(random, 10, -20, 85, 4)];
    sites.push({ ...(sites[3] as Place) }, { ...(sites[3] as Place) }); // same place as site 3
    const found = findNearestSites(preparePoints(points), sites);
    const reference = allPairs(points.slice(0, -2), sites);
    reference.forEach((expected, position) => {
      expect(found.nearest[position], `point ${position}`).toBe(expected.id);
      expectClose(found.distances[position] ?? null, expected.distance, `point ${position}`);
    });
    expect(Array.from(found.nearest.slice(-2))).toEqual([-1, -1]);
    expect(Array.from(found.distances.slice(-2))).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
    // A point on site 3: distance 0, and the lowest of the three sites there.
    const onDuplicate = findNearestSites(preparePoints([sites[3] as Place]), sites);
    expect([onDuplicate.nearest[0], onDuplicate.distances[0]]).toEqual([3, 0]);
    expect(Array.from(findNearestSites(preparePoints(points.slice(0, 3)), []).distances)).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
  });

  it('breaks exact ties as all pairs do: the lower index', () => {
    // Two schools mirrored about the point's meridian are at exactly the same haversine distance
    // (dyadic offsets keep every difference exact); their chords may differ in the last bit.
    let cases = 0;
    for (let step = 1; step <= 60; step++) {
      const offset = step / 1024;
      const latitude = 10 + step / 8;
      const point = { lon: 110, lat: latitude };
      const sites = [
        { lon: 110 + offset, lat: latitude + offset },
        { lon: 110 - offset, lat: latitude + offset },
      ];
      const [east, west] = sites.map((site) => haversineDistance([110, latitude], [site.lon, site.lat]));
      if (east !== west) continue;
      cases++;
      const found = findNearestSites(preparePoints([point, { lon: 111, lat: latitude }]), sites);
      expect([found.nearest[0], found.distances[0]], `step ${step}`).toEqual([0, east]);
    }
    expect(cases).toBeGreaterThan(30);
  });

  it('never moves a point farther from a school when a school is added', () => {
    const random = createSeededRandom(99);
    const points = spreadPlaces(random, 3000, 109.4, 22.7, 0.6);
    const prepared = preparePoints(points);
    let sites = clusteredPlaces(random, 20, 109.4, 22.7, 0.6);
    let before = Float64Array.from(findNearestSites(prepared, sites).distances);
    for (let added = 0; added < 30; added++) {
      sites = [...sites, ...spreadPlaces(random, 1, 109.4, 22.7, 0.6)];
      const after = Float64Array.from(findNearestSites(prepared, sites).distances);
      after.forEach((distance, position) => {
        expect(distance, `point ${position}`).toBeLessThanOrEqual(
          (before[position] ?? 0) + CHORD_DISTANCE_TOLERANCE_METRES,
        );
      });
      before = after;
    }
  });
});

describe('measureKindCoverage against all pairs', () => {
  /** A 4 × 4 grid of square areas over the points; a fifth of the points outside every area. */
  function district(random: SeededRandom, lat: number) {
    const span = 0.5;
    const points = spreadPlaces(random, 5000, 109, lat, span);
    const areaOfPoint = Int32Array.from(points, (point) =>
      random.next() < 0.2
        ? -1
        : Math.min(3, Math.floor(((point.lon - 109) / span) * 4)) * 4 +
          Math.min(3, Math.floor(((point.lat - lat) / span) * 4)),
    );
    const weights = Float64Array.from(points, () =>
      random.next() < 0.05 ? 0 : random.integerBetween(1, 300),
    );
    const sites = clusteredPlaces(random, 250, 109, lat, span);
    return { points, areaOfPoint, weights, sites };
  }

  it('covers, bins and gaps exactly as all pairs do, radii lying exactly on points', () => {
    for (const lat of [0, 23, 48]) {
      const random = createSeededRandom(lat + 1);
      const { points, areaOfPoint, weights, sites } = district(random, lat);
      const reference = allPairs(points, sites);
      // Points placed just below and just above 300 m, 2,500 m and 10,000 m from a school: the
      // chord-based distance may fall on either side of the edge; the bin must not.
      for (const edge of [300, 2500, 10_000]) {
        const site = sites[0] as Place;
        for (const lon of longitudeAtDistance(site, edge)) {
          points.push({ lon, lat: site.lat });
          reference.push(allPairs([{ lon, lat: site.lat }], sites)[0] as { distance: number; id: number });
        }
      }
      const grownAreas = Int32Array.from(
        { length: points.length },
        (_, position) => areaOfPoint[position] ?? 0,
      );
      const grownWeights = Float64Array.from(
        { length: points.length },
        (_, position) => weights[position] ?? 50,
      );
      const frame = prepareCoverage(points, grownWeights, grownAreas, 16);
      // Each area's radius is the exact distance of one of its points to its nearest school —
      // or the next double below it — so that point lies exactly on (or just outside) the rim.
      const radiusOfArea = Float64Array.from({ length: 16 }, (_, area) => {
        const position = grownAreas.indexOf(area);
        const onRim = reference[position]?.distance ?? 1000;
        return area % 2 === 0 ? onRim : onRim * (1 - Number.EPSILON);
      });
      const outsideRadius = 1500;
      const result = measureKindCoverage(frame, sites, radiusOfArea, outsideRadius);

      const expectedGaps: number[] = [];
      const areaFigures = Array.from({ length: 17 }, () => ({
        population: 0,
        covered: 0,
        total: 0,
        histogram: new Array<number>(DISTANCE_BIN_EDGES.length + 1).fill(0),
        distances: [] as number[],
        weights: [] as number[],
      }));
      reference.forEach(({ distance }, position) => {
        const area = grownAreas[position] ?? -1;
        const radius = area >= 0 ? (radiusOfArea[area] ?? 0) : outsideRadius;
        const weight = grownWeights[position] ?? 0;
        for (const figures of [areaFigures[16], area >= 0 ? areaFigures[area] : undefined]) {
          if (!figures) continue;
          figures.population += weight;
          if (distance <= radius) figures.covered += weight;
          if (weight > 0) {
            figures.total += weight;
            figures.histogram[distanceBin(distance)] =
              (figures.histogram[distanceBin(distance)] ?? 0) + weight;
            figures.distances.push(distance);
            figures.weights.push(weight);
          }
        }
        if (!(distance <= radius) && weight > 0) expectedGaps.push(position);
      });
      expect(Array.from(result.gapPositions), `gaps at ${lat}°`).toEqual(expectedGaps);
      const coverages = [...result.areas, result.district];
      coverages.forEach((coverage, area) => {
        const figures = areaFigures[area];
        if (!figures) throw new Error('missing area');
        const label = `${lat}° area ${area}`;
        expect(coverage.population, label).toBe(figures.population);
        expect(coverage.covered, label).toBe(figures.covered);
        expect(coverage.uncovered, label).toBe(figures.population - figures.covered);
        expect(
          coverage.distance.histogram.map((bin) => bin.population),
          label,
        ).toEqual(figures.histogram);
        expectClose(
          coverage.distance.median,
          sortedPercentile(figures.distances, figures.weights, figures.total, 0.5),
          `${label} median`,
        );
        expectClose(
          coverage.distance.p90,
          sortedPercentile(figures.distances, figures.weights, figures.total, 0.9),
          `${label} p90`,
        );
      });
      result.gapPositions.forEach((position, gap) => {
        expectClose(
          result.gapDistances[gap] ?? null,
          reference[position]?.distance ?? null,
          `gap ${position}`,
        );
      });
      // The rim points themselves: covered exactly when their radius is their distance.
      for (let area = 0; area < 16; area++) {
        const position = grownAreas.indexOf(area);
        const gap = Array.from(result.gapPositions).includes(position);
        expect(gap, `rim point of area ${area}`).toBe(area % 2 === 1 && (grownWeights[position] ?? 0) > 0);
      }
    }
  });

  it('does not depend on the order of the points or of the schools', () => {
    const random = createSeededRandom(31);
    const { points, areaOfPoint, weights, sites } = district(random, 23);
    const radii = Float64Array.from({ length: 16 }, () => random.pick([500, 1500, 2500]));
    const result = measureKindCoverage(prepareCoverage(points, weights, areaOfPoint, 16), sites, radii, 2500);
    const order = random.shuffle(points.map((_, position) => position));
    const shuffled = measureKindCoverage(
      prepareCoverage(
        order.map((position) => points[position] as Place),
        Float64Array.from(order, (position) => weights[position] ?? 0),
        Int32Array.from(order, (position) => areaOfPoint[position] ?? -1),
        16,
      ),
      random.shuffle(sites),
      radii,
      2500,
    );
    [...result.areas, result.district].forEach((coverage, area) => {
      const other = area < 16 ? shuffled.areas[area] : shuffled.district;
      expect(other?.covered, `area ${area}`).toBe(coverage.covered);
      expect(other?.share, `area ${area}`).toBe(coverage.share);
      expect(other?.distance.histogram, `area ${area}`).toEqual(coverage.distance.histogram);
      expectClose(other?.distance.median ?? null, coverage.distance.median, `area ${area} median`);
      expectClose(other?.distance.p90 ?? null, coverage.distance.p90, `area ${area} p90`);
    });
    expect(
      Array.from(shuffled.gapPositions, (slot) => order[slot]).sort((a, b) => (a ?? 0) - (b ?? 0)),
    ).toEqual(Array.from(result.gapPositions));
  });

  it('takes a percentile at the first point where the population reaches the share', () => {
    // Weights 1, 1, 1, 1 at four distances in different buckets: the median is the second.
    const site = { lon: 109, lat: 23 };
    const points = [400, 900, 1600, 2500.5].map((metres) => ({
      lon: longitudeAtDistance(site, metres)[1],
      lat: 23,
    }));
    const frame = prepareCoverage(points, new Float64Array(4).fill(1), new Int32Array(4), 1);
    const result = measureKindCoverage(frame, [site], Float64Array.of(5000), 5000);
    const distances = points.map((point) => haversineDistance([site.lon, site.lat], [point.lon, point.lat]));
    expectClose(result.district.distance.median, distances[1] ?? null, 'median');
    expectClose(result.areas[0]?.distance.median ?? null, distances[1] ?? null, 'area median');
    expectClose(result.district.distance.p90, distances[3] ?? null, 'p90');
  });

  it('never covers fewer people with a larger radius', () => {
    const random = createSeededRandom(5);
    const { points, areaOfPoint, weights, sites } = district(random, 23);
    const frame = prepareCoverage(points, weights, areaOfPoint, 16);
    let previous: number[] | null = null;
    for (const radius of [0, 100, 299.999, 300, 700, 1499.5, 1500, 2500, 4000, 20_000]) {
      const result = measureKindCoverage(frame, sites, new Float64Array(16).fill(radius), radius);
      const covered = [...result.areas, result.district].map((coverage) => coverage.covered ?? 0);
      covered.forEach((value, area) => {
        expect(value).toBeGreaterThanOrEqual(previous?.[area] ?? 0);
      });
      previous = covered;
    }
    expect(previous?.at(-1)).toBe(Array.from(weights).reduce((sum, weight) => sum + weight, 0));
  });
});

describe('weightedPercentiles', () => {
  it('equals sorting and accumulating, with ties, small and large inputs', () => {
    const random = createSeededRandom(3);
    // Cumulative weight landing exactly on the share at the end of a selection bucket.
    const count = 16_384;
    const aligned = Float64Array.from({ length: count }, (_, index) => index);
    expect(weightedPercentiles(aligned, new Float64Array(count).fill(1), count, count, [0.5, 0.25])).toEqual([
      count / 2 - 1,
      count / 4 - 1,
    ]);
    for (const size of [0, 1, 2, 7, 100, 5000, 30_000]) {
      const distances = Array.from({ length: size }, () =>
        random.next() < 0.3 ? random.pick([100, 250, 250, 900]) : random.between(0, 20_000),
      );
      const weights = distances.map(() => random.integerBetween(1, 50));
      const unreachable = random.integerBetween(0, 3) * 100;
      const total = weights.reduce((sum, weight) => sum + weight, 0) + unreachable;
      const shares = [0.1, 0.5, 0.9, 0.999];
      const found = weightedPercentiles(
        Float64Array.from(distances),
        Float64Array.from(weights),
        size,
        total,
        shares,
      );
      shares.forEach((share, index) => {
        expect(found[index], `size ${size}, share ${share}`).toBe(
          sortedPercentile(distances, weights, total, share),
        );
      });
    }
  });
});
