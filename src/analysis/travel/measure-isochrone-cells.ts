/**
 * Isochrones without polygon unions: a grid of square cells over an area, each cell's centre
 * taken to the nearest school by road like any place (its leg, then the network), and the cells
 * within each band (10, 20, 30 minutes …) returned as runs along the rows — rectangles the map
 * draws as they are.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { TravelMode } from '../../domain/distance-model.ts';
import type { TravelSettings } from '../../domain/travel-settings.ts';
import { METRES_PER_DEGREE } from '../build-grid-index.ts';
import { findTravelTimes } from './find-travel-times.ts';
import { measurePlaceTimes } from './measure-place-times.ts';
import type { TravelNetwork } from './prepare-travel-network.ts';
import { snapPlaces } from './snap-places.ts';
import { minutesPerMetre, weighEdges } from './weigh-edges.ts';

/** The banded cells, as plain data. */
export interface IsochroneCells {
  /** South-west corner of cell (0, 0) and the cell size, degrees. */
  west: number;
  south: number;
  cellLongitude: number;
  cellLatitude: number;
  /** The band edges used, minutes. */
  bands: number[];
  /**
   * Runs of cells in the same band along a row, four numbers each: row, first column, last
   * column, band (0: within bands[0] minutes, 1: within bands[1] …). Cells beyond the last band
   * or unreachable are not listed.
   */
  runs: number[];
}

/** Most cells a field may have; the cell size grows to keep within it. */
const MOST_CELLS = 250_000;

/**
 * Bands the cells of an area by minutes to the nearest site in one mode.
 * @param area the district (cells whose centre lies outside are left out)
 * @param cellMetres the wished cell size; enlarged if the area would need more than 250,000 cells
 * @example measureIsochroneCells(network, settings, 'walk', primarySchools, district.geometry, 250).runs.length / 4
 */
export function measureIsochroneCells(
  network: TravelNetwork,
  settings: TravelSettings,
  mode: TravelMode,
  sites: readonly { lon: number; lat: number }[],
  area: Polygon | MultiPolygon,
  cellMetres: number,
): IsochroneCells {
  const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const ring of rings) {
    for (const [lon = 0, lat = 0] of ring) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  const bands = settings.bands;
  if (!Number.isFinite(west))
    return { west: 0, south: 0, cellLongitude: 0, cellLatitude: 0, bands, runs: [] };
  const middle = (south + north) / 2;
  let size = cellMetres;
  const dimensions = () => {
    const cellLatitude = size / METRES_PER_DEGREE;
    const cellLongitude = size / (METRES_PER_DEGREE * Math.cos((middle * Math.PI) / 180));
    return {
      cellLatitude,
      cellLongitude,
      columns: Math.ceil((east - west) / cellLongitude),
      rows: Math.ceil((north - south) / cellLatitude),
    };
  };
  let { cellLatitude, cellLongitude, columns, rows } = dimensions();
  while (columns * rows > MOST_CELLS) {
    size *= 1.25;
    ({ cellLatitude, cellLongitude, columns, rows } = dimensions());
  }
  // The cells whose centres lie in the area.
  const centres: { lon: number; lat: number }[] = [];
  const cellOf: number[] = [];
  const polygon = { type: 'Feature' as const, properties: {}, geometry: area };
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const centre = { lon: west + (column + 0.5) * cellLongitude, lat: south + (row + 0.5) * cellLatitude };
      if (!booleanPointInPolygon([centre.lon, centre.lat], polygon)) continue;
      centres.push(centre);
      cellOf.push(row * columns + column);
    }
  }
  const { graph } = network;
  const edgeMinutes = weighEdges(graph, mode, settings);
  const offRoad = minutesPerMetre(settings.offRoadSpeed);
  const sources = snapPlaces(network, sites);
  const times = findTravelTimes(graph, edgeMinutes, sources, offRoad, { limit: bands.at(-1) ?? 0 });
  const { minutes } = measurePlaceTimes(
    graph,
    edgeMinutes,
    times,
    sources,
    snapPlaces(network, centres),
    offRoad,
  );
  const bandOfCell = new Int8Array(columns * rows).fill(-1);
  minutes.forEach((value, index) => {
    const band = bands.findIndex((edge) => value <= edge);
    if (band >= 0) bandOfCell[cellOf[index] ?? 0] = band;
  });
  const runs: number[] = [];
  for (let row = 0; row < rows; row++) {
    let column = 0;
    while (column < columns) {
      const band = bandOfCell[row * columns + column] ?? -1;
      if (band < 0) {
        column++;
        continue;
      }
      let last = column;
      while (last + 1 < columns && bandOfCell[row * columns + last + 1] === band) last++;
      runs.push(row, column, last, band);
      column = last + 1;
    }
  }
  return { west, south, cellLongitude, cellLatitude, bands, runs };
}
