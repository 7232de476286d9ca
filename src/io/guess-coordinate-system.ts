/**
 * The "obvious offset" hint: when most points fall outside the district as read but inside it
 * once treated as GCJ-02 or BD-09, the file was probably exported from AMap/Tencent or Baidu.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
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

/** The hint as a sentence for the import dialog, or null when there is nothing to say. */
export function describeCoordinateSystemHint(hint: CoordinateSystemHint): string | null {
  if (!hint.suggested) return null;
  const names: Record<CoordinateSystem, string> = {
    wgs84: 'WGS84/CGCS2000',
    gcj02: 'GCJ-02（高德/腾讯）',
    bd09: 'BD-09（百度）',
  };
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  return `多数点落在区界外；若按 ${names[hint.suggested]} 坐标换算，${percent(hint.insideShare[hint.suggested])} 的点在区内，文件很可能使用 ${names[hint.suggested]} 坐标`;
}
