/** Messages between the app and the isochrone worker. */

import type { MultiPolygon, Polygon } from 'geojson';
import type { IsochroneCells } from '../analysis/travel/measure-isochrone-cells.ts';
import type { TravelMode } from '../domain/distance-model.ts';
import type { BarrierLayer, RoadNetwork } from '../domain/road-network.ts';
import type { TravelSettings } from '../domain/travel-settings.ts';

/** A request: band the district's cells by minutes to the nearest of `sites` in one mode. */
export interface IsochroneRequest {
  id: number;
  roads: RoadNetwork;
  barriers: BarrierLayer[];
  travel: TravelSettings;
  mode: TravelMode;
  sites: { lon: number; lat: number }[];
  area: Polygon | MultiPolygon;
  cellMetres: number;
}

export type { IsochroneCells };
