/**
 * The road class of an attribute value, as Chinese road data and OpenStreetMap write it: the
 * class in words (县道, 乡村道路 …), a route number (G209, X123, Y005: the letter is the class),
 * an OpenStreetMap `highway` tag, or English words. Expressways (高速公路, motorway, and
 * national or provincial expressway numbers such as G72 or S21) are no road for walking, cycling
 * or a school bus here: they are left out, and said so.
 */
import { OSM_HIGHWAY_CLASSES, OSM_HIGHWAYS_LEFT_OUT, type RoadClass } from '../domain/road-network.ts';

/** A class; 'left-out' for a road the travel modes do not use; null when the value says nothing known. */
export type RoadClassReading = RoadClass | 'left-out' | null;

const WORDS: readonly [RegExp, RoadClassReading][] = [
  [/高速/, 'left-out'],
  [/国道/, '国道'],
  [/省道/, '省道'],
  [/县道/, '县道'],
  [/乡道/, '乡道'],
  [/村道|村级|乡村道路|农村公路/, '村道'],
  [/专用|其他|其它|未定级|等外/, '其他'],
];

const ENGLISH: Readonly<Record<string, RoadClass>> = {
  national: '国道',
  provincial: '省道',
  county: '县道',
  township: '乡道',
  village: '村道',
  other: '其他',
};

const ROUTE_LETTERS: Readonly<Record<string, RoadClass>> = {
  G: '国道',
  S: '省道',
  X: '县道',
  Y: '乡道',
  C: '村道',
  Z: '其他',
};

/**
 * Reads a road class.
 * @example roadClassOf('X123') // '县道'
 * @example roadClassOf('trunk') // '国道'
 * @example roadClassOf('G72') // 'left-out' (an expressway)
 */
export function roadClassOf(value: unknown): RoadClassReading {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (text === '') return null;
  for (const [pattern, roadClass] of WORDS) if (pattern.test(text)) return roadClass;
  const lower = text.toLowerCase();
  if (OSM_HIGHWAYS_LEFT_OUT.includes(lower)) return 'left-out';
  const osm = OSM_HIGHWAY_CLASSES[lower];
  if (osm) return osm;
  const english = ENGLISH[lower];
  if (english) return english;
  // Route numbers: G209 (national road) and S304 (provincial) have three digits; G72, G1501 and
  // S21 (one, two or four digits) are expressways.
  const route = /^([GSXYCZ])(\d+)/i.exec(text);
  if (route) {
    const letter = (route[1] ?? '').toUpperCase();
    const digits = (route[2] ?? '').length;
    if ((letter === 'G' || letter === 'S') && digits !== 3) return 'left-out';
    return ROUTE_LETTERS[letter] ?? null;
  }
  return null;
}
