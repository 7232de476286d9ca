/**
 * The one place that answers "how far is this point from that school": the straight line
 * (haversine metres) or road travel time in one mode (minutes). Coverage, gaps, township
 * coverage rules, candidate what-ifs, suggestion and seat allocation build a cost model once for
 * their population points and ask it; the user's choice (直线距离 / 道路时间) changes only which
 * model is built here.
 */
import { type CostUnit, type DistanceModel, STRAIGHT_LINE } from '../domain/distance-model.ts';
import { EARTH_RADIUS_METRES, type ServiceKind, type ServiceRadii, serviceRadius } from '../domain/radius.ts';
import type { BarrierLayer, RoadNetwork } from '../domain/road-network.ts';
import { type TravelSettings, travelThreshold } from '../domain/travel-settings.ts';
import { findNearestSites } from './find-nearest-sites.ts';
import { haversineDistance } from './haversine-distance.ts';
import { preparePoints } from './prepare-points.ts';
import { findTravelTimes, TravelWorkspace } from './travel/find-travel-times.ts';
import { measurePlaceTimes } from './travel/measure-place-times.ts';
import {
  listPlacesByEdge,
  measureReachedPlaceTimes,
  type PlacesByEdge,
} from './travel/measure-reached-place-times.ts';
import { prepareTravelNetwork, type TravelNetwork } from './travel/prepare-travel-network.ts';
import { type PlaceSnaps, snapPlaces } from './travel/snap-places.ts';
import { minutesPerMetre, weighEdges } from './travel/weigh-edges.ts';

/** A point on the map, WGS84 degrees. */
export interface Place {
  lon: number;
  lat: number;
}

/** The nearest site of every point of the model. */
export interface NearestCosts {
  /** Cost to the nearest site in the model's unit; Infinity when none is reachable. */
  costs: Float64Array;
  /** The site's position in the list given; −1 when none. */
  nearest: Int32Array;
}

/** The points one site reaches within a limit. */
export interface ReachedPoints {
  /** Positions of the points, ascending. */
  positions: Int32Array;
  /** Cost from the site to each, same order, in the model's unit. */
  costs: Float64Array;
}

/** A cost model for a fixed list of points (the population points of an analysis). */
export interface CostModel {
  readonly distance: DistanceModel;
  /** metres for the straight line, minutes for road time. */
  readonly unit: CostUnit;
  /** How many points the model was built for. */
  readonly pointCount: number;
  /**
   * The threshold of a kind in an urban or rural township, in the model's unit: the service
   * radius (metres) or the travel-time threshold of the mode (minutes); null = district-wide.
   */
  threshold(kind: ServiceKind, urban: boolean): number | null;
  /** For every point, the cost to its nearest site (ties: the site listed first). */
  nearest(sites: readonly Place[]): NearestCosts;
  /** The points within `limit` of one site (a candidate, a school with seats), with their costs. */
  reach(site: Place, limit: number): ReachedPoints;
}

/** What a model is built from. */
export interface CostModelOptions {
  distance: DistanceModel;
  /** Service radii per kind (the straight line's thresholds). */
  radii: ServiceRadii;
  /** Speeds and time thresholds (the rule set's `travel`). */
  travel: TravelSettings;
  /** The road network and barriers; needed for road time. */
  roads: { network: RoadNetwork; barriers: readonly BarrierLayer[] } | null;
}

function straightModel(points: readonly Place[], radii: ServiceRadii): CostModel {
  return {
    distance: STRAIGHT_LINE,
    unit: 'metres',
    pointCount: points.length,
    threshold: (kind, urban) => serviceRadius(radii, kind, urban),
    nearest(sites) {
      const { distances, nearest, exact } = findNearestSites(preparePoints(points), sites);
      // The search's chord distance is within millimetres of haversine; the costs are haversine,
      // as the road model's straight legs and every other distance in the atlas.
      for (let position = 0; position < points.length; position++) {
        if (exact[position] === 1) continue;
        const point = points[position] as Place;
        const site = sites[nearest[position] ?? 0] as { lon: number; lat: number };
        distances[position] = haversineDistance([point.lon, point.lat], [site.lon, site.lat]);
      }
      return { costs: distances, nearest };
    },
    reach(site, limit) {
      const positions: number[] = [];
      const costs: number[] = [];
      // A box around the site first: most points are far outside it.
      const latitudeReach = (limit / EARTH_RADIUS_METRES) * (180 / Math.PI) * 1.001 + 1e-9;
      const longitudeReach =
        latitudeReach / Math.max(0.01, Math.cos(((Math.abs(site.lat) + latitudeReach) * Math.PI) / 180));
      points.forEach((point, position) => {
        if (Math.abs(point.lat - site.lat) > latitudeReach || Math.abs(point.lon - site.lon) > longitudeReach)
          return;
        const metres = haversineDistance([site.lon, site.lat], [point.lon, point.lat]);
        if (metres <= limit) {
          positions.push(position);
          costs.push(metres);
        }
      });
      return { positions: Int32Array.from(positions), costs: Float64Array.from(costs) };
    },
  };
}

function roadModel(
  points: readonly Place[],
  distance: Extract<DistanceModel, { model: 'road' }>,
  travel: TravelSettings,
  network: TravelNetwork,
): CostModel {
  const { graph } = network;
  const edgeMinutes = weighEdges(graph, distance.mode, travel);
  const offRoad = minutesPerMetre(travel.offRoadSpeed);
  const pointSnaps: PlaceSnaps = snapPlaces(network, points);
  let workspace: TravelWorkspace | null = null;
  let placesByEdge: PlacesByEdge | null = null;
  return {
    distance,
    unit: 'minutes',
    pointCount: points.length,
    threshold: (kind, urban) => travelThreshold(travel, distance.mode, kind, urban),
    nearest(sites) {
      const siteSnaps = snapPlaces(network, sites);
      const times = findTravelTimes(graph, edgeMinutes, siteSnaps, offRoad);
      const { minutes, nearest } = measurePlaceTimes(
        graph,
        edgeMinutes,
        times,
        siteSnaps,
        pointSnaps,
        offRoad,
      );
      return { costs: minutes, nearest };
    },
    reach(site, limit) {
      workspace ??= new TravelWorkspace(graph.nodeCount);
      const siteSnaps = snapPlaces(network, [site]);
      const times = findTravelTimes(graph, edgeMinutes, siteSnaps, offRoad, { limit, workspace });
      placesByEdge ??= listPlacesByEdge(graph, pointSnaps);
      return measureReachedPlaceTimes(
        graph,
        edgeMinutes,
        times,
        workspace,
        siteSnaps,
        pointSnaps,
        placesByEdge,
        offRoad,
        limit,
      );
    },
  };
}

/**
 * Builds the cost model the user chose, for a list of points. Road time snaps the points to
 * the network once (`snapPlaces`); every `nearest` is then one multi-source search from the sites
 * (`findTravelTimes`), every `reach` one search bounded at the limit.
 * @throws RangeError when road time is asked for without a road network (the app and the CLI
 * offer it only with one)
 * @example
 * const model = prepareCostModel(population.points, { distance: { model: 'road', mode: 'walk' }, radii, travel, roads });
 * const { costs } = model.nearest(primarySchools); // minutes
 * const covered = costs[0] <= model.threshold('primary', false);
 */
export function prepareCostModel(points: readonly Place[], options: CostModelOptions): CostModel {
  const { distance } = options;
  if (distance.model === 'straight') return straightModel(points, options.radii);
  if (!options.roads) throw new RangeError('road travel time needs a road network');
  const network = prepareTravelNetwork(options.roads.network, options.roads.barriers);
  return roadModel(points, distance, options.travel, network);
}
