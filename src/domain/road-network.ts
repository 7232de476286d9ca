/**
 * Road networks and barriers, as the travel-time model reads them: lines in WGS84 longitude and
 * latitude with a road class and an optional speed; barriers (rivers, reservoirs) as lines that
 * only a road may cross. Pure types and constants.
 */

/** A position: [longitude, latitude] in degrees, WGS84/CGCS2000. */
export type LonLat = [number, number];

/**
 * The administrative class of a road (公路行政等级). The names are the data's own words, as the
 * bureau's files and the rule set write them; 其他 takes everything without a class.
 */
export type RoadClass = '国道' | '省道' | '县道' | '乡道' | '村道' | '其他';

/** Every road class, from the highest. */
export const ROAD_CLASSES: readonly RoadClass[] = ['国道', '省道', '县道', '乡道', '村道', '其他'];

/** One road line as imported. */
export interface RoadLine {
  /** At least two positions; lines join only where they share an identical vertex. */
  coordinates: LonLat[];
  roadClass: RoadClass;
  /** The line's own speed in km/h (e.g. a signed limit), or null: the class's speed applies. */
  speed: number | null;
  /** The road's name or number as the file gives it ('' when none). */
  name: string;
}

/** A road network as imported from one file. */
export interface RoadNetwork {
  /** The file it was read from. */
  file: string;
  /** True when the network is invented (示例): every screen and export that uses it says so. */
  sample: boolean;
  lines: RoadLine[];
}

/** Lines that nobody crosses off the road: river centrelines, reservoir and river-bank outlines. */
export interface BarrierLayer {
  /** The file (or the default data set's file) it was read from. */
  file: string;
  /** Where the lines come from, as the file or the data set says. */
  source: string;
  /** Lines; a polygon's rings are kept as closed lines. */
  lines: LonLat[][];
}

/**
 * The road class of an OpenStreetMap `highway` tag, as Chinese extracts use them: trunk roads are
 * mostly 国道, primary 省道, secondary 县道, tertiary 乡道, unclassified and residential roads
 * 村道; tracks and service roads are 其他. Motorways (高速公路: no walking, no school bus) and
 * footpaths (no bus; a mode-specific network is beyond this model) are left out by the reader,
 * which counts them in its report.
 */
export const OSM_HIGHWAY_CLASSES: Readonly<Record<string, RoadClass>> = {
  trunk: '国道',
  trunk_link: '国道',
  primary: '省道',
  primary_link: '省道',
  secondary: '县道',
  secondary_link: '县道',
  tertiary: '乡道',
  tertiary_link: '乡道',
  unclassified: '村道',
  residential: '村道',
  living_street: '村道',
  track: '其他',
  service: '其他',
  road: '其他',
};

/** OpenStreetMap highway values that are not roads for these modes (skipped, and counted, on import). */
export const OSM_HIGHWAYS_LEFT_OUT: readonly string[] = [
  'motorway',
  'motorway_link',
  'construction',
  'proposed',
  'abandoned',
  'platform',
  'raceway',
  'bus_guideway',
  'corridor',
  'elevator',
  'bridleway',
  'path',
  'footway',
  'cycleway',
  'pedestrian',
  'steps',
];
