/** The sites of a site suggestion as map features, numbered by rank: the screen's and the print's. */
import type { FeatureCollection } from 'geojson';

/**
 * One point per pick with its `rank` and `name`.
 * @example suggestedSiteFeatures(result.picks).features[0].properties.rank // 1
 */
export function suggestedSiteFeatures(
  picks: readonly { rank: number; name: string; lon: number; lat: number }[],
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: picks.map((pick) => ({
      type: 'Feature',
      properties: { rank: pick.rank, name: pick.name },
      geometry: { type: 'Point', coordinates: [pick.lon, pick.lat] },
    })),
  };
}
