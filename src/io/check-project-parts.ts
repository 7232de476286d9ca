/**
 * The strict checks of a project backup's parts, as strict as the importers are with files:
 * township rings closed with at least four points of real longitude and latitude, codes and
 * names as text; population counts finite and never negative. Each check returns every problem
 * it finds (an empty list: the part is sound), so a bad backup is refused whole, saying why.
 */
import { type Message, message } from '../domain/message.ts';
import type { PopulationData } from '../domain/population.ts';
import type { TownshipCollection } from '../domain/township.ts';

/** The saved fields named in the planner's words. */
const FIELD_KEYS = {
  population: 'projectFieldPopulation',
  schoolAgePopulation: 'projectFieldSchoolAgePopulation',
  urban: 'projectFieldUrban',
  approximate: 'projectFieldApproximate',
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLongitude(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= -180 && value <= 180;
}

function isLatitude(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= -90 && value <= 90;
}

function isPosition(value: unknown): boolean {
  return Array.isArray(value) && value.length >= 2 && isLongitude(value[0]) && isLatitude(value[1]);
}

/** A closed ring of at least four positions. */
function isRing(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 4 || !value.every(isPosition)) return false;
  const first = value[0] as number[];
  const last = value[value.length - 1] as number[];
  return first[0] === last[0] && first[1] === last[1];
}

/** The rings of a polygon geometry, or null when it is not one. */
function ringsOf(geometry: unknown): unknown[] | null {
  if (!isRecord(geometry) || !Array.isArray(geometry.coordinates)) return null;
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') {
    const rings: unknown[] = [];
    for (const polygon of geometry.coordinates) {
      if (!Array.isArray(polygon) || polygon.length === 0) return null;
      for (const ring of polygon) rings.push(ring);
    }
    return rings;
  }
  return null;
}

/** Every problem of saved township boundaries. */
export function checkTownshipParts(value: unknown): Message[] {
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return [message('projectTownshipNotCollection')];
  }
  const problems: Message[] = [];
  value.features.forEach((feature: unknown, index: number) => {
    const number = index + 1;
    const say = (problem: Message) => problems.push(message('projectTownshipInvalid', { number, problem }));
    if (!isRecord(feature) || !isRecord(feature.properties)) {
      say(message('projectTownshipNoCode'));
      return;
    }
    const { code, name, urban, approximate } = feature.properties;
    if (typeof code !== 'string' || code === '' || typeof name !== 'string')
      say(message('projectTownshipNoCode'));
    if (typeof urban !== 'boolean')
      say(message('projectTownshipBadFlag', { field: message(FIELD_KEYS.urban) }));
    if (approximate !== undefined && typeof approximate !== 'boolean') {
      say(message('projectTownshipBadFlag', { field: message(FIELD_KEYS.approximate) }));
    }
    const rings = ringsOf(feature.geometry);
    if (rings === null || rings.length === 0) {
      say(message('projectTownshipNotPolygon'));
      return;
    }
    const broken = rings.findIndex((ring) => !isRing(ring));
    if (broken >= 0) say(message('projectTownshipBadRing', { ring: broken + 1 }));
  });
  return problems;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function countProblem(
  record: Record<string, unknown>,
  field: 'population' | 'schoolAgePopulation',
): Message | null {
  const value = record[field];
  // Only the school-age count may be absent (null: not known).
  if ((value === undefined || value === null) && field !== 'population') return null;
  return isCount(value)
    ? null
    : message('projectPopulationNotCount', { field: message(FIELD_KEYS[field]), value: String(value) });
}

/** Every problem of a saved population. */
export function checkPopulationParts(value: unknown): Message[] {
  const sources = ['model', 'township-table', 'settlement-points'];
  if (
    !isRecord(value) ||
    typeof value.source !== 'string' ||
    !sources.includes(value.source) ||
    typeof value.label !== 'string' ||
    !Array.isArray(value.points) ||
    !Array.isArray(value.townships)
  ) {
    return [message('projectPopulationInvalid')];
  }
  const problems: Message[] = [];
  value.points.forEach((point: unknown, index: number) => {
    const say = (problem: Message) =>
      problems.push(message('projectPopulationPointInvalid', { number: index + 1, problem }));
    if (!isRecord(point)) {
      say(message('projectPopulationInvalid'));
      return;
    }
    if (!isLongitude(point.lon) || !isLatitude(point.lat)) say(message('projectPositionInvalid'));
    for (const field of ['population', 'schoolAgePopulation'] as const) {
      const problem = countProblem(point, field);
      if (problem) say(problem);
    }
  });
  value.townships.forEach((township: unknown, index: number) => {
    const say = (problem: Message) =>
      problems.push(message('projectPopulationTownshipInvalid', { number: index + 1, problem }));
    if (!isRecord(township) || typeof township.code !== 'string') {
      say(message('projectTownshipNoCode'));
      return;
    }
    for (const field of ['population', 'schoolAgePopulation'] as const) {
      const problem = countProblem(township, field);
      if (problem) say(problem);
    }
  });
  return problems;
}

/** Narrows checked parts to their types (call only when the check found nothing). */
export function asTownships(value: unknown): TownshipCollection {
  return value as TownshipCollection;
}

/** Narrows a checked population to its type (call only when the check found nothing). */
export function asPopulation(value: unknown): PopulationData {
  return value as PopulationData;
}

/** Every problem of the saved seat forecast assumptions (`settings.seatForecast`). */
export { checkSeatForecast as checkSeatForecastParts } from './seat-forecast-fields.ts';
