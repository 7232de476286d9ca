/**
 * The "obvious offset" hint: when most points fall outside the district as read but inside it
 * once treated as GCJ-02 or BD-09, the file was probably exported from AMap/Tencent or Baidu.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { type Message, type MessageKey, message } from '../domain/message.ts';
import {
  COORDINATE_SYSTEMS,
  type CoordinateSystem,
  convertToWgs84,
  type LonLat,
} from './convert-coordinates.ts';

/** Share of points inside the district under each reading of the file's coordinates. */
export interface CoordinateSystemHint {
  /** The system the file probably uses when it is not the chosen one; null when no clear sign. */
  suggested: CoordinateSystem | null;
  /** For each system, the share (0–1) of points inside the district if the file used it. */
  insideShare: Record<CoordinateSystem, number>;
}

/** Fewer points than this say nothing. */
const MINIMUM_POINTS = 3;

/**
 * Compares how many of the raw positions (as written in the file) land in the district under
 * each coordinate system. Suggests another system only when under half land inside as chosen
 * and at least 80 % land inside under the other (and clearly more than as chosen).
 * @param chosen the system the user picked for the import
 */
export function guessCoordinateSystem(
  positions: readonly LonLat[],
  district: Feature<Polygon | MultiPolygon>,
  chosen: CoordinateSystem = 'wgs84',
): CoordinateSystemHint {
  const insideShare = Object.fromEntries(
    COORDINATE_SYSTEMS.map((system) => {
      const inside = positions.filter((position) =>
        booleanPointInPolygon(convertToWgs84(position, system), district),
      ).length;
      return [system, positions.length === 0 ? 0 : inside / positions.length];
    }),
  ) as Record<CoordinateSystem, number>;
  if (positions.length < MINIMUM_POINTS || insideShare[chosen] >= 0.5)
    return { suggested: null, insideShare };
  const best = COORDINATE_SYSTEMS.filter((system) => system !== chosen).sort(
    (a, b) => insideShare[b] - insideShare[a],
  )[0];
  const suggested =
    best && insideShare[best] >= 0.8 && insideShare[best] - insideShare[chosen] >= 0.3 ? best : null;
  return { suggested, insideShare };
}

/** Short names of the systems, for the hint. */
const SYSTEM_NAMES: Record<CoordinateSystem, MessageKey> = {
  wgs84: 'coordinateSystemShortWgs84',
  gcj02: 'coordinateSystemShortGcj02',
  bd09: 'coordinateSystemShortBd09',
};

/** The hint as a sentence for the import dialog and the CLI, or null when there is nothing to say. */
export function describeCoordinateSystemHint(hint: CoordinateSystemHint): Message | null {
  if (!hint.suggested) return null;
  return message('coordinateSystemHint', {
    system: message(SYSTEM_NAMES[hint.suggested]),
    share: `${Math.round(hint.insideShare[hint.suggested] * 100)}%`,
  });
}
