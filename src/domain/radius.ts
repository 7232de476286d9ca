/**
 * Service kinds (幼儿园 / 小学 / 初中 / 高中 / 特殊教育 service), which school types serve them,
 * and the service radius (服务半径) of each kind in urban and rural townships.
 * Pure types, constants and small immutable helpers; nothing here imports the app.
 */
import { MessageError, message } from './message.ts';
import type { SchoolType } from './school.ts';

/** What a school offers to the people around it, as the coverage analysis counts it. */
export type ServiceKind = 'kindergarten' | 'primary' | 'middle' | 'high' | 'special';

/** Every service kind, in the order tables and panels show them. */
export const SERVICE_KINDS: readonly ServiceKind[] = ['kindergarten', 'primary', 'middle', 'high', 'special'];

/** Chinese name of each service kind, for tables, CSV headers and messages. */
export const SERVICE_KIND_NAMES: Record<ServiceKind, string> = {
  kindergarten: '幼儿园',
  primary: '小学',
  middle: '初中',
  high: '高中',
  special: '特殊教育',
};

/**
 * The service kinds each school type offers. A 九年一贯制 school serves both primary and middle
 * pupils and a 完全中学 both middle and high, so each appears under two kinds; a 教学点 is a small
 * primary outpost and serves primary.
 */
export const SERVICE_KINDS_BY_SCHOOL_TYPE: Record<SchoolType, readonly ServiceKind[]> = {
  幼儿园: ['kindergarten'],
  小学: ['primary'],
  教学点: ['primary'],
  初中: ['middle'],
  九年一贯制: ['primary', 'middle'],
  高中: ['high'],
  完全中学: ['middle', 'high'],
  特殊教育学校: ['special'],
};

/**
 * Whether a school of this type serves this kind.
 * @example servesKind('九年一贯制', 'middle') // true
 */
export function servesKind(type: SchoolType, kind: ServiceKind): boolean {
  return SERVICE_KINDS_BY_SCHOOL_TYPE[type].includes(kind);
}

/** Whether a radius applies to an urban (城区) or a rural (乡村) township. */
export type RadiusArea = 'urban' | 'rural';

/**
 * The service radius of one kind, in metres, for urban and rural townships. `null` means
 * district-wide: distances are reported, but nobody counts as uncovered and no rule passes or
 * fails on it (high schools and special education serve the whole district).
 */
export interface KindRadius {
  urban: number | null;
  rural: number | null;
}

/** Service radius of every kind. */
export type ServiceRadii = Record<ServiceKind, KindRadius>;

/**
 * Default radii, straight line. Urban: GB 50180 (城市居住区规划设计标准) walking distances of the
 * residential-area levels — 300 m for a kindergarten, 500 m for a primary school, 1,000 m for a
 * middle school. Rural: common planning practice, not a national standard (label it so):
 * 1.5 km, 2.5 km, 5 km. High school and special education: district-wide.
 */
export const DEFAULT_SERVICE_RADII: ServiceRadii = {
  kindergarten: { urban: 300, rural: 1500 },
  primary: { urban: 500, rural: 2500 },
  middle: { urban: 1000, rural: 5000 },
  high: { urban: null, rural: null },
  special: { urban: null, rural: null },
};

/**
 * The radius in metres for a kind in an urban or rural township; null when district-wide.
 * @example serviceRadius(DEFAULT_SERVICE_RADII, 'primary', true) // 500
 */
export function serviceRadius(radii: ServiceRadii, kind: ServiceKind, urban: boolean): number | null {
  return urban ? radii[kind].urban : radii[kind].rural;
}

/**
 * {@link serviceRadius} on radii read once into a table of one shape (NaN for district-wide):
 * for loops that ask it thousands of times. Radii made by {@link withServiceRadius} are objects
 * of other shapes than the defaults; code compiled for the shapes it saw was thrown away at each
 * new set of radii.
 * @example radiusOf(DEFAULT_SERVICE_RADII)('primary', true) // 500
 */
export function radiusOf(radii: ServiceRadii): (kind: ServiceKind, urban: boolean) => number | null {
  const table = new Float64Array(SERVICE_KINDS.length * 2);
  SERVICE_KINDS.forEach((kind, index) => {
    table[index * 2] = radii[kind].rural ?? Number.NaN;
    table[index * 2 + 1] = radii[kind].urban ?? Number.NaN;
  });
  return (kind, urban) => {
    const metres = table[KIND_INDEX[kind] * 2 + (urban ? 1 : 0)] ?? Number.NaN;
    return Number.isNaN(metres) ? null : metres;
  };
}

const KIND_INDEX: Record<ServiceKind, number> = {
  kindergarten: 0,
  primary: 1,
  middle: 2,
  high: 3,
  special: 4,
};

/**
 * The largest finite radius of a kind (urban or rural), or null when both are district-wide.
 * The coverage index sizes its cells from it.
 */
export function largestServiceRadius(radii: ServiceRadii, kind: ServiceKind): number | null {
  const values = [radii[kind].urban, radii[kind].rural].filter((value): value is number => value !== null);
  return values.length > 0 ? Math.max(...values) : null;
}

/**
 * A copy of the radii with one value changed (the settings panel edits one field at a time).
 * @param metres the new radius, or null for district-wide
 * @throws MessageError when the radius is negative or not a finite number
 * @example withServiceRadius(DEFAULT_SERVICE_RADII, 'primary', 'rural', 3000).primary.rural // 3000
 */
export function withServiceRadius(
  radii: ServiceRadii,
  kind: ServiceKind,
  area: RadiusArea,
  metres: number | null,
): ServiceRadii {
  if (metres !== null && (!Number.isFinite(metres) || metres < 0)) {
    throw new MessageError(message('radiusNegative', { value: metres }));
  }
  return { ...radii, [kind]: { ...radii[kind], [area]: metres } };
}

/** Mean radius of the Earth (IUGG), metres; the same value Turf uses, so distances agree with it. */
export const EARTH_RADIUS_METRES = 6_371_008.8;
