/**
 * Generates the sample road network of 港南区 (示例数据, not real roads) from the default data: a
 * 国道 through four township seats and north over the 郁江 by a bridge, a tree of 县道 between
 * the nine seats, and in every township a tree of 乡道 and 村道 from the seat to its villages (the
 * village points of the sample roster), then 村道 on to hamlets (about one in eight cells of the
 * modelled population) with a few loops. Roads join where they cross; apart from the 国道's
 * bridge, no road crosses the river. Deterministic: same inputs and seed, same output.
 */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { LonLat, RoadClass } from '../../src/domain/road-network.ts';
import type { School } from '../../src/domain/school.ts';
import type { TownshipSeatCollection } from '../../src/domain/township.ts';
import { roundCoordinate } from './round-coordinates.ts';
import { createSeededRandom, type SeededRandom } from './seeded-random.ts';

/** What every feature's 数据来源 says: the network is invented. */
export const SAMPLE_ROADS_SOURCE = '示例数据（脚本生成，非真实道路）';

/** The fixed seed of the committed sample network. */
export const SAMPLE_ROADS_SEED = 20180915;

/** Properties of a sample road. */
export interface SampleRoadProperties {
  道路等级: RoadClass;
  名称: string;
  数据来源: string;
}

/** What the generator reads. */
export interface SampleRoadInputs {
  seats: TownshipSeatCollection;
  /** The sample roster: its village schools stand for the villages. */
  schools: readonly School[];
  /** The 郁江 centreline. */
  river: readonly LonLat[];
  /** The modelled population's cells: a share of them become hamlets on the 村道. */
  cells: readonly { lon: number; lat: number; townshipCode: string }[];
  seed?: number;
}

/** The 国道's seats, north to south, by code: 江南街道, 新塘镇, 瓦塘镇, 木格镇. */
const NATIONAL_ROAD_SEATS = ['450803001', '450803106', '450803107', '450803101'];

/** How far north of the river the 国道 runs on, degrees (about 1.5 km): into the city across it. */
const NORTH_OF_RIVER = 0.014;

/** Share of the population cells that become hamlets, and of hamlets that get a second road (a loop). */
const HAMLET_SHARE = 0.12;
const LOOP_SHARE = 0.25;
/** Longest loop road, degrees (about 2 km). */
const LONGEST_LOOP = 0.02;

type Point = LonLat;

function orientation(a: Point, b: Point, c: Point): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** The point where segments a–b and c–d cross properly, or null. */
function crossing(a: Point, b: Point, c: Point, d: Point): Point | null {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (!(o1 * o2 < 0 && o3 * o4 < 0)) return null;
  const t = o3 / (o3 - o4);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

function crossesLine(a: Point, b: Point, line: readonly Point[]): boolean {
  for (let index = 1; index < line.length; index++) {
    if (crossing(a, b, line[index - 1] as Point, line[index] as Point)) return true;
  }
  return false;
}

function round(point: Point): Point {
  return [roundCoordinate(point[0]), roundCoordinate(point[1])];
}

/** Squared distance in a plane scaled for 23° N, for comparisons only. */
function squared(a: Point, b: Point): number {
  const dx = (a[0] - b[0]) * 0.92;
  const dy = a[1] - b[1];
  return dx * dx + dy * dy;
}

/** A road between two points with a bend: a middle vertex set off to one side. */
function bend(a: Point, b: Point, random: SeededRandom): Point[] {
  const offset = random.between(-0.12, 0.12);
  const middle: Point = [
    (a[0] + b[0]) / 2 - (b[1] - a[1]) * offset,
    (a[1] + b[1]) / 2 + (b[0] - a[0]) * offset,
  ];
  return [a, round(middle), b];
}

/** Kruskal's minimum spanning forest over the allowed pairs; edges as index pairs. */
function spanningTree(
  points: readonly Point[],
  allowed: (a: number, b: number) => boolean,
  joined: [number, number][] = [],
): [number, number][] {
  const parent = points.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] as number;
    return at;
  };
  for (const [a, b] of joined) parent[root(a)] = root(b);
  const pairs: [number, number, number][] = [];
  for (let a = 0; a < points.length; a++) {
    for (let b = a + 1; b < points.length; b++)
      pairs.push([squared(points[a] as Point, points[b] as Point), a, b]);
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  const edges: [number, number][] = [];
  for (const [, a, b] of pairs) {
    if (root(a) === root(b) || !allowed(a, b)) continue;
    parent[root(a)] = root(b);
    edges.push([a, b]);
  }
  return edges;
}

/** The villages: the first village school (小学, 教学点) of each village, by its name. */
function villagesOf(schools: readonly School[]): { name: string; township: string; point: Point }[] {
  const seen = new Set<string>();
  const villages: { name: string; township: string; point: Point }[] = [];
  for (const school of schools) {
    if (school.type !== '小学' && school.type !== '教学点') continue;
    const village = /([^镇道]+村)/.exec(school.name.replace(school.township, ''))?.[1];
    if (!village || seen.has(`${school.township}${village}`)) continue;
    seen.add(`${school.township}${village}`);
    villages.push({ name: village, township: school.township, point: round([school.lon, school.lat]) });
  }
  return villages;
}

/** Where a line due north from a point crosses the river (the first crossing), or null. */
function riverNorthOf(point: Point, river: readonly Point[]): Point | null {
  const north: Point = [point[0], point[1] + 0.2];
  for (let index = 1; index < river.length; index++) {
    const found = crossing(point, north, river[index - 1] as Point, river[index] as Point);
    if (found) return found;
  }
  return null;
}

/** Splits every line where it crosses another, adding the crossing to both, so roads join there. */
function joinCrossings(lines: Point[][]): Point[][] {
  const result = lines.map((line) => line.map((point) => [...point] as Point));
  for (let first = 0; first < result.length; first++) {
    for (let second = first + 1; second < result.length; second++) {
      let changed = true;
      while (changed) {
        changed = false;
        const a = result[first] as Point[];
        const b = result[second] as Point[];
        search: for (let i = 1; i < a.length; i++) {
          for (let j = 1; j < b.length; j++) {
            const found = crossing(a[i - 1] as Point, a[i] as Point, b[j - 1] as Point, b[j] as Point);
            if (!found) continue;
            const vertex = round(found);
            a.splice(i, 0, vertex);
            b.splice(j, 0, vertex);
            changed = true;
            break search;
          }
        }
      }
    }
  }
  return result;
}

/**
 * Generates the network as a GeoJSON FeatureCollection.
 * @example generateSampleRoads({ seats, schools, river }).features.length
 */
export function generateSampleRoads(
  inputs: SampleRoadInputs,
): FeatureCollection<LineString, SampleRoadProperties> {
  const random = createSeededRandom(inputs.seed ?? SAMPLE_ROADS_SEED);
  const seats = inputs.seats.features.map((feature) => ({
    code: feature.properties.code,
    name: feature.properties.name,
    point: round(feature.geometry.coordinates as Point),
  }));
  const river = inputs.river;
  const roads: { roadClass: RoadClass; name: string; points: Point[] }[] = [];

  // The 国道: from across the river, over the bridge, through four seats.
  const chain = NATIONAL_ROAD_SEATS.map((code) => seats.find((seat) => seat.code === code)).filter(
    (seat): seat is (typeof seats)[number] => seat !== undefined,
  );
  const first = chain[0];
  const bridge = first ? riverNorthOf(first.point, river) : null;
  if (first && bridge) {
    const north = round([bridge[0], bridge[1] + NORTH_OF_RIVER]);
    const national: Point[] = [north, first.point];
    for (let index = 1; index < chain.length; index++) {
      national.push(
        ...bend(
          (chain[index - 1] as (typeof chain)[number]).point,
          (chain[index] as (typeof chain)[number]).point,
          random,
        ).slice(1),
      );
    }
    roads.push({ roadClass: '国道', name: '示例国道', points: national });
  }

  // 县道: a spanning tree of the seats, the 国道's own links taken as built.
  const seatPoints = seats.map((seat) => seat.point);
  const chainIndex = chain.map((seat) => seats.indexOf(seat));
  const built: [number, number][] = chainIndex
    .slice(1)
    .map((index, position) => [chainIndex[position] as number, index]);
  for (const [a, b] of spanningTree(
    seatPoints,
    (a, b) => !crossesLine(seatPoints[a] as Point, seatPoints[b] as Point, river),
    built,
  )) {
    const from = seats[a] as (typeof seats)[number];
    const to = seats[b] as (typeof seats)[number];
    roads.push({
      roadClass: '县道',
      name: `示例县道（${from.name}—${to.name}）`,
      points: bend(from.point, to.point, random),
    });
  }

  // 乡道 and 村道: in each township, a tree from the seat to its villages; the seat's own links
  // and the next are 乡道, the farther links 村道.
  const villages = villagesOf(inputs.schools);
  for (const seat of seats) {
    const own = villages.filter((village) => village.township === seat.name);
    const points = [seat.point, ...own.map((village) => village.point)];
    const names = [seat.name, ...own.map((village) => village.name)];
    const edges = spanningTree(points, (a, b) => !crossesLine(points[a] as Point, points[b] as Point, river));
    const depth = new Map<number, number>([[0, 0]]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [a, b] of edges) {
        if (depth.has(a) && !depth.has(b)) depth.set(b, (depth.get(a) ?? 0) + 1);
        else if (depth.has(b) && !depth.has(a)) depth.set(a, (depth.get(b) ?? 0) + 1);
        else continue;
        grew = true;
      }
    }
    for (const [a, b] of edges) {
      const [near, far] = (depth.get(a) ?? 99) <= (depth.get(b) ?? 99) ? [a, b] : [b, a];
      const roadClass: RoadClass = (depth.get(far) ?? 99) <= 2 ? '乡道' : '村道';
      roads.push({
        roadClass,
        name: `示例${roadClass}（${names[near]}—${names[far]}）`,
        points: bend(points[near] as Point, points[far] as Point, random),
      });
    }
    // Hamlets: each joins the township's roads by its nearest link; some get a second (a loop).
    const hamlets = inputs.cells
      .filter((cell) => cell.townshipCode === seat.code && random.next() < HAMLET_SHARE)
      .map((cell) => round([cell.lon, cell.lat]));
    const everything = [...points, ...hamlets];
    const allowed = (a: number, b: number) =>
      !crossesLine(everything[a] as Point, everything[b] as Point, river);
    for (const [a, b] of spanningTree(everything, allowed, edges)) {
      roads.push({
        roadClass: '村道',
        name: '示例村道',
        points: bend(everything[a] as Point, everything[b] as Point, random),
      });
    }
    hamlets.forEach((hamlet, position) => {
      if (random.next() >= LOOP_SHARE) return;
      const index = points.length + position;
      const others = everything
        .map((point, other) => ({ other, distance: squared(point, hamlet) }))
        .filter(
          ({ other, distance }) => other !== index && distance <= LONGEST_LOOP ** 2 && allowed(index, other),
        )
        .sort((x, y) => x.distance - y.distance || x.other - y.other);
      const second = others[1];
      if (second)
        roads.push({
          roadClass: '村道',
          name: '示例村道',
          points: bend(hamlet, everything[second.other] as Point, random),
        });
    });
  }

  // A bent road may cross the river after all: it is dropped (only the 国道 has a bridge).
  const kept = roads.filter(
    (road) =>
      road.roadClass === '国道' ||
      road.points.every(
        (point, index) => index === 0 || !crossesLine(road.points[index - 1] as Point, point, river),
      ),
  );
  const joined = joinCrossings(kept.map((road) => road.points));
  return {
    type: 'FeatureCollection',
    features: kept.map(
      (road, index): Feature<LineString, SampleRoadProperties> => ({
        type: 'Feature',
        properties: { 道路等级: road.roadClass, 名称: road.name, 数据来源: SAMPLE_ROADS_SOURCE },
        geometry: { type: 'LineString', coordinates: joined[index] as Point[] },
      }),
    ),
  };
}
