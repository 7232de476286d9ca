/**
 * Where each township's name goes at the zooms a district is looked at whole. A township seat
 * is where the schools crowd (八塘街道, 桥圩镇): a name at its seat covers symbols whichever side it
 * takes. So, for each band of zooms, the name's box at the band's design zoom is moved to the spot
 * inside the township, nearest the seat, where it covers no school symbol and no other name;
 * where no spot is free, the one covering fewest. Names then stay clear from the design zoom to
 * the band's end, because a box shrinks on the ground as the zoom grows.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** A name's box on screen at a zoom, CSS pixels. */
export interface LabelSize {
  width: number;
  height: number;
}

/**
 * A band of zooms with one point per name. The map filters a GeoJSON source's features at each
 * tile's whole zoom, so a band runs from one whole zoom to another; its names are placed for
 * boxes at `design` (from there up to `to` they are clear, below it they may touch a symbol).
 */
export interface LabelBand {
  from: number;
  to: number;
  design: number;
}

/** What the placement needs to know of the screen and the map's symbols. */
export interface TownshipLabelOptions {
  /** The bands, ascending; from the last band's end up the name stands at its seat. */
  bands: readonly LabelBand[];
  /** The box a township's name needs at a zoom (text, halo and padding). */
  measure(name: string, zoom: number): LabelSize;
  /** Half the side (plus any clearance) at a zoom of a school symbol `side` pixels at scale 1. */
  symbolRadius(zoom: number, side: number): number;
  /** Names placed before the townships' and kept where they are (the district's). */
  fixed?: readonly { point: Position; size(zoom: number): LabelSize }[];
}

/** One township name at one band of zooms. */
export interface TownshipLabelProperties {
  code: string;
  name: string;
  /** Shown from this zoom … */
  minZoom: number;
  /** … up to (not including) this one. */
  maxZoom: number;
  /** Symbols and names the box covers at the band's design zoom (0: clear). */
  covered: number;
  /** True for the point at the seat (close zooms), false for a point chosen away from the symbols. */
  atSeat: boolean;
}

/** A school's position. */
/** A school's position and the side of its symbol at scale 1, CSS pixels. */
export interface SchoolSpot {
  lon: number;
  lat: number;
  side: number;
}

/** A school's position and its symbol's half-side in degrees at the zoom being placed. */
interface Spot {
  lon: number;
  lat: number;
  halfWidth: number;
  halfHeight: number;
}

/** An axis-aligned box in degrees: west, south, east, north. */
type Box = [number, number, number, number];

/** Web Mercator's sphere, as the map draws. */
const MERCATOR_RADIUS_METRES = 6_378_137;
/** Pixels round the world at zoom 0 (MapLibre's 512-pixel tiles). */
const WORLD_PIXELS = 512;
/** Most candidate spots per axis of a township's bounds: a label needs no finer search. */
const MOST_STEPS = 32;
/** The highest zoom the map goes to. */
const TOP_ZOOM = 24;

/** Degrees of longitude and latitude per CSS pixel at a zoom and latitude. */
function degreesPerPixel(zoom: number, latitude: number): { x: number; y: number } {
  const metres =
    (2 * Math.PI * MERCATOR_RADIUS_METRES * Math.cos((latitude * Math.PI) / 180)) /
    (WORLD_PIXELS * 2 ** zoom);
  const perDegree = (MERCATOR_RADIUS_METRES * Math.PI) / 180;
  return { x: metres / (perDegree * Math.cos((latitude * Math.PI) / 180)), y: metres / perDegree };
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

function boxAround(point: Position, halfWidth: number, halfHeight: number): Box {
  const [x = 0, y = 0] = point;
  return [x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight];
}

/** The township of a seat: by code, else the polygon holding the seat. */
function townshipOf(
  seat: Feature<Point, { code?: unknown; name?: unknown }>,
  townships: FeatureCollection<Polygon | MultiPolygon, { code?: unknown }> | null,
): Feature<Polygon | MultiPolygon> | null {
  const features = townships?.features ?? [];
  const code = seat.properties?.code;
  return (
    features.find((feature) => code !== undefined && feature.properties?.code === code) ??
    features.find((feature) => booleanPointInPolygon(seat.geometry.coordinates, feature)) ??
    null
  );
}

/** The outer box of a polygon, or of a point with no polygon. */
function outerBox(township: Feature<Polygon | MultiPolygon> | null, seat: Position): Box {
  const box: Box = [seat[0] ?? 0, seat[1] ?? 0, seat[0] ?? 0, seat[1] ?? 0];
  const rings = !township
    ? []
    : township.geometry.type === 'Polygon'
      ? township.geometry.coordinates
      : township.geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

/**
 * Symbols entering a box, found through the schools sorted by longitude (`reach`: the largest
 * half-side), counted up to `enough` (more than that does not change the choice).
 */
function countInside(
  schools: readonly Spot[],
  longitudes: Float64Array,
  box: Box,
  reach: number,
  enough: number,
): number {
  let low = 0;
  let high = longitudes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((longitudes[middle] ?? 0) <= box[0] - reach) low = middle + 1;
    else high = middle;
  }
  let count = 0;
  for (let index = low; index < longitudes.length && (longitudes[index] ?? 0) < box[2] + reach; index++) {
    const school = schools[index];
    if (
      school &&
      school.lon + school.halfWidth > box[0] &&
      school.lon - school.halfWidth < box[2] &&
      school.lat + school.halfHeight > box[1] &&
      school.lat - school.halfHeight < box[3] &&
      ++count > enough
    )
      break;
  }
  return count;
}

/** A township's grid of candidate spots: which nodes lie inside, and the spots in trying order. */
interface SpotGrid {
  bounds: Box;
  /** Node `row * (MOST_STEPS + 1) + column` inside the township. */
  inside: Uint8Array;
  /** The seat first, then the nodes inside, nearest the seat first (on the ground). */
  spots: Position[];
}

/** The grid over a township's bounds; without a township, the seat alone. */
function spotGrid(seat: Position, bounds: Box, township: Feature<Polygon | MultiPolygon> | null): SpotGrid {
  const [seatX = 0, seatY = 0] = seat;
  const cosine = Math.cos((seatY * Math.PI) / 180);
  const side = MOST_STEPS + 1;
  const inside = new Uint8Array(side * side);
  const spots: { spot: Position; distance: number }[] = [];
  for (let row = 0; township && row < side; row++) {
    for (let column = 0; column < side; column++) {
      const spot: Position = [
        bounds[0] + ((bounds[2] - bounds[0]) * column) / MOST_STEPS,
        bounds[1] + ((bounds[3] - bounds[1]) * row) / MOST_STEPS,
      ];
      if (!booleanPointInPolygon(spot, township)) continue;
      inside[row * side + column] = 1;
      const dx = ((spot[0] ?? 0) - seatX) * cosine;
      const dy = (spot[1] ?? 0) - seatY;
      spots.push({ spot, distance: dx * dx + dy * dy });
    }
  }
  spots.sort((a, b) => a.distance - b.distance);
  return { bounds, inside, spots: [seat, ...spots.map((item) => item.spot)] };
}

/** Whether a point is inside the township, by the grid node nearest it (outside its bounds: no). */
function insideByGrid(grid: SpotGrid, x: number, y: number): boolean {
  const [west, south, east, north] = grid.bounds;
  if (x < west || x > east || y < south || y > north) return false;
  const column = Math.round(((x - west) / Math.max(east - west, 1e-12)) * MOST_STEPS);
  const row = Math.round(((y - south) / Math.max(north - south, 1e-12)) * MOST_STEPS);
  return grid.inside[row * (MOST_STEPS + 1) + column] === 1;
}

/**
 * Township name points, one per township and band of zooms (filtered by zoom in the style).
 * `seats` are the townships' label points (code and name); `schools` every school drawn.
 * @example placeTownshipLabels(seats, townships, schools, { bands: [{ from: 9, to: 10, design: 9.5 }], … })
 */
export function placeTownshipLabels(
  seats: FeatureCollection<Point, { code?: unknown; name?: unknown }>,
  townships: FeatureCollection<Polygon | MultiPolygon, { code?: unknown }> | null,
  schools: readonly SchoolSpot[],
  options: TownshipLabelOptions,
): FeatureCollection<Point, TownshipLabelProperties> {
  const ordered = [...schools].sort((a, b) => a.lon - b.lon);
  const longitudes = Float64Array.from(ordered, (school) => school.lon);
  const features: Feature<Point, TownshipLabelProperties>[] = [];
  const places = seats.features.map((seat) => {
    const township = townshipOf(seat, townships);
    return {
      seat,
      township,
      grid: spotGrid(seat.geometry.coordinates, outerBox(township, seat.geometry.coordinates), township),
      code: String(seat.properties?.code ?? ''),
      name: String(seat.properties?.name ?? ''),
    };
  });
  for (const band of options.bands) {
    const zoom = band.design;
    // The district is small enough for one scale at its middle latitude.
    const middle = degreesPerPixel(zoom, ordered[Math.floor(ordered.length / 2)]?.lat ?? 0);
    let reach = 0;
    const sorted: Spot[] = ordered.map((school) => {
      const radius = options.symbolRadius(zoom, school.side);
      reach = Math.max(reach, radius * middle.x);
      return {
        lon: school.lon,
        lat: school.lat,
        halfWidth: radius * middle.x,
        halfHeight: radius * middle.y,
      };
    });
    const placed: Box[] = [];
    for (const fixed of options.fixed ?? []) {
      const size = fixed.size(zoom);
      const scale = degreesPerPixel(zoom, fixed.point[1] ?? 0);
      placed.push(boxAround(fixed.point, (size.width / 2) * scale.x, (size.height / 2) * scale.y));
    }
    for (const place of places) {
      const seat = place.seat.geometry.coordinates;
      const scale = degreesPerPixel(zoom, seat[1] ?? 0);
      const size = options.measure(place.name, zoom);
      const textHalfWidth = (size.width / 2) * scale.x;
      const textHalfHeight = (size.height / 2) * scale.y;
      // The spots come nearest the seat first: the first free one inside is the answer.
      let best: { spot: Position; covered: number; outside: number } | null = null;
      for (const spot of place.grid.spots) {
        if (best && best.covered === 0 && best.outside === 0) break;
        const textBox = boxAround(spot, textHalfWidth, textHalfHeight);
        const enough: number = best ? best.covered : Number.POSITIVE_INFINITY;
        const covered: number =
          placed.filter((other) => overlaps(other, textBox)).length +
          countInside(sorted, longitudes, textBox, reach, enough);
        if (best && covered > best.covered) continue;
        // A name reaching over its boundary reads as the neighbour's: corners outside count next.
        const outside = place.township
          ? [
              [textBox[0], textBox[1]],
              [textBox[0], textBox[3]],
              [textBox[2], textBox[1]],
              [textBox[2], textBox[3]],
            ].filter(([x = 0, y = 0]) => !insideByGrid(place.grid, x, y)).length
          : 0;
        if (best && covered === best.covered && outside >= best.outside) continue;
        best = { spot, covered, outside };
      }
      const spot = best?.spot ?? seat;
      placed.push(boxAround(spot, textHalfWidth, textHalfHeight));
      features.push({
        type: 'Feature',
        properties: {
          code: place.code,
          name: place.name,
          minZoom: band.from,
          maxZoom: band.to,
          covered: best?.covered ?? 0,
          atSeat: false,
        },
        geometry: { type: 'Point', coordinates: [spot[0] ?? 0, spot[1] ?? 0] },
      });
    }
  }
  for (const place of places) {
    features.push({
      type: 'Feature',
      properties: {
        code: place.code,
        name: place.name,
        minZoom: options.bands.at(-1)?.to ?? 0,
        maxZoom: TOP_ZOOM,
        covered: 0,
        atSeat: true,
      },
      geometry: { type: 'Point', coordinates: [...place.seat.geometry.coordinates] },
    });
  }
  return { type: 'FeatureCollection', features };
}
