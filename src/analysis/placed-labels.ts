/**
 * Name points placed ahead of time for known inputs: the embedded data set's, placed when the app
 * is built (`scripts/prepared-data.ts`), so the first map does not spend its start placing them on
 * the main thread before its style can go out. They are used only for the very outline, townships
 * and seats objects they were noted with, and only while every school stands where it stood, of
 * the same type: otherwise the caller places the names itself, as before.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { TownshipLabelProperties } from './place-township-labels.ts';

/** The names placed for one data set, with what the schools were when they were placed. */
export interface PlacedLabels {
  /** `schoolsKey` of the schools they were placed away from. */
  schoolsKey: string;
  districtLabel: FeatureCollection<Point, { name: string }>;
  townshipLabels: FeatureCollection<Point, TownshipLabelProperties>;
}

/** What the placement reads of a school: where it is and its type (the symbol's size). */
interface PlacedSchool {
  type: string;
  lon: number;
  lat: number;
}

interface Noted {
  district: object;
  townships: object | null;
  labels: PlacedLabels;
}

/** Keyed by the seats object the names were placed for. */
const noted = new WeakMap<object, Noted>();

/**
 * The schools as the placement reads them, in order, as one string.
 * @example schoolsKey([{ type: '小学', lon: 109.6, lat: 23.1 }]) // '小学,109.6,23.1'
 */
export function schoolsKey(schools: readonly PlacedSchool[]): string {
  return schools.map((school) => `${school.type},${school.lon},${school.lat}`).join(';');
}

/** Notes `labels` as the names placed for these very objects. */
export function notePlacedLabels(
  district: object,
  townships: object | null,
  seats: object,
  labels: PlacedLabels,
): void {
  noted.set(seats, { district, townships, labels });
}

/** The district's name point noted for these objects, or null. */
export function placedDistrictLabel(
  district: object,
  seats: object | null,
): PlacedLabels['districtLabel'] | null {
  const entry = seats ? noted.get(seats) : undefined;
  return entry && entry.district === district ? entry.labels.districtLabel : null;
}

/** The township name points noted for these objects and these schools, or null. */
export function placedTownshipLabels(
  seats: object,
  townships: object | null,
  schools: readonly PlacedSchool[],
  district: object | null,
): PlacedLabels['townshipLabels'] | null {
  const entry = noted.get(seats);
  if (!entry || entry.district !== district || entry.townships !== townships) return null;
  return schoolsKey(schools) === entry.labels.schoolsKey ? entry.labels.townshipLabels : null;
}
