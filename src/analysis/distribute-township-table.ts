/** Spreads township population totals over grid cells with a simple, explainable density model. */
import { bbox, booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import type {
  PopulationData,
  PopulationPoint,
  PopulationSource,
  TownshipPopulation,
} from '../domain/population.ts';
import type { SeatStage } from '../domain/seats.ts';
import type { TownshipCollection, TownshipFeature } from '../domain/township.ts';
import { METRES_PER_DEGREE } from './build-grid-index.ts';
import { haversineDistance } from './haversine-distance.ts';

/**
 * The density model: cells of `cellMetres` on a side; a cell's share of its township's total is
 * proportional to `floor + peak · exp(−(d / scaleMetres)²)`, d = distance from the cell centre to
 * the township seat. So a cell at the seat holds (floor + peak) / floor = 6 times as many people
 * as a cell in the countryside, the excess fading out within about two scales (4 km): a market
 * town surrounded by villages spread fairly evenly, which is what the rural townships of a
 * Guangxi district look like. It is a model, not a census: label it wherever it is shown.
 */
export const POPULATION_DENSITY_MODEL = {
  cellMetres: 500,
  floor: 1,
  peak: 5,
  scaleMetres: 2000,
} as const;

/** Options of {@link distributeTownshipTable}. */
export interface DistributeOptions {
  /** Township seat points by code; a township without one uses its centroid (or a point on it when the centroid falls outside). */
  seats?: readonly { code: string; lon: number; lat: number }[];
  /** Cell size in metres (default {@link POPULATION_DENSITY_MODEL}.cellMetres). */
  cellMetres?: number;
  /** Source recorded in the result (default 'township-table'). */
  source?: PopulationSource;
  /** Label recorded in the result (default: none; the caller says what the table was). */
  label?: string;
  /** Base year recorded in the result (the table's). */
  baseYear?: number;
}

function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function seatOf(feature: TownshipFeature, seats: DistributeOptions['seats']): [number, number] {
  const seat = seats?.find((candidate) => candidate.code === feature.properties.code);
  if (seat) return [seat.lon, seat.lat];
  const middle = centroid(feature).geometry.coordinates;
  if (booleanPointInPolygon(middle, feature)) return [middle[0] ?? 0, middle[1] ?? 0];
  const inside = pointOnFeature(feature).geometry.coordinates;
  return [inside[0] ?? 0, inside[1] ?? 0];
}

/**
 * Splits an integer total over weights in whole people by cumulative rounding: each cell gets
 * round(running exact sum) − round(running sum before it). Parts add up to the total exactly and
 * each is within one person of its exact share; unlike largest-remainder rounding, a small total
 * spread over many cells is not pulled towards the heaviest cells.
 */
function splitTotal(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((accumulated, weight) => accumulated + weight, 0);
  let exact = 0;
  let given = 0;
  return weights.map((weight, position) => {
    exact += (total * weight) / sum;
    const upTo = position === weights.length - 1 ? total : Math.round(exact);
    const part = upTo - given;
    given = upTo;
    return part;
  });
}

/**
 * Turns a township population table (no points) into weighted grid-cell points: a lattice of
 * cells of about 500 m, anchored at 0° longitude and latitude (so the same boundaries always give the same cells), keeps the cells whose
 * centre lies inside each township, and shares the township's total among them with
 * {@link POPULATION_DENSITY_MODEL} (whole people by cumulative rounding, totals kept exactly). A township too small to
 * hold a cell centre gets one point at its seat. Rows matched by code, else by name; rows that
 * match no boundary keep their total in `townships` but get no points.
 * @example distributeTownshipTable([{ code: '450803100', name: '桥圩镇', population: 124725, schoolAgePopulation: null }], townships).points.length // ≈ 360
 */
export function distributeTownshipTable(
  table: readonly TownshipPopulation[],
  townships: TownshipCollection,
  options: DistributeOptions = {},
): PopulationData {
  const cellMetres = options.cellMetres ?? POPULATION_DENSITY_MODEL.cellMetres;
  const [, south, , north] = bbox(townships);
  const cellLatitude = cellMetres / METRES_PER_DEGREE;
  const cellLongitude = cellLatitude / Math.cos((((south + north) / 2) * Math.PI) / 180);
  const points: PopulationPoint[] = [];
  const rows: TownshipPopulation[] = [];

  for (const entry of table) {
    const feature = townships.features.find(
      (candidate) =>
        candidate.properties.code === entry.code ||
        (entry.code === '' && candidate.properties.name === entry.name),
    );
    rows.push({
      ...entry,
      code: feature?.properties.code ?? entry.code,
      name: entry.name || feature?.properties.name || '',
    });
    if (!feature) continue;
    const code = feature.properties.code;
    const total = Math.round(entry.population);
    const seat = seatOf(feature, options.seats);
    const [west, featureSouth, east, featureNorth] = bbox(feature);
    const centres: [number, number][] = [];
    for (
      let row = Math.floor(featureSouth / cellLatitude);
      row <= Math.floor(featureNorth / cellLatitude);
      row++
    ) {
      for (
        let column = Math.floor(west / cellLongitude);
        column <= Math.floor(east / cellLongitude);
        column++
      ) {
        const centre: [number, number] = [
          roundCoordinate((column + 0.5) * cellLongitude),
          roundCoordinate((row + 0.5) * cellLatitude),
        ];
        if (booleanPointInPolygon(centre, feature)) centres.push(centre);
      }
    }
    if (centres.length === 0) centres.push([roundCoordinate(seat[0]), roundCoordinate(seat[1])]);
    const { floor, peak, scaleMetres } = POPULATION_DENSITY_MODEL;
    const weights = centres.map(
      (centre) => floor + peak * Math.exp(-((haversineDistance(centre, seat) / scaleMetres) ** 2)),
    );
    // Children by age or by stage go with the people: each figure spread by the same weights.
    const agesOf = entry.ages?.map((count) => splitTotal(Math.round(count), weights));
    const stageEntries = Object.entries(entry.stageChildren ?? {}) as [SeatStage, number][];
    const stagesOf = stageEntries.map(
      ([stage, count]) => [stage, splitTotal(Math.round(count), weights)] as const,
    );
    splitTotal(total, weights).forEach((population, position) => {
      const centre = centres[position];
      const hasChildren =
        agesOf?.some((parts) => (parts[position] ?? 0) > 0) ||
        stagesOf.some(([, parts]) => (parts[position] ?? 0) > 0);
      if (!centre || (population <= 0 && !hasChildren)) return;
      const point: PopulationPoint = {
        lon: centre[0],
        lat: centre[1],
        population,
        schoolAgePopulation: null,
        name: '',
        townshipCode: code,
      };
      if (agesOf) point.ages = agesOf.map((parts) => parts[position] ?? 0);
      if (stagesOf.length > 0) {
        point.stageChildren = Object.fromEntries(
          stagesOf.map(([stage, parts]) => [stage, parts[position] ?? 0]),
        );
      }
      points.push(point);
    });
  }
  return {
    ...(table.length > 0 && options.baseYear !== undefined ? { baseYear: options.baseYear } : {}),
    source: options.source ?? 'township-table',
    label: options.label ?? '',
    points,
    townships: rows,
  };
}
