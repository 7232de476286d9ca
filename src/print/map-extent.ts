/**
 * Where a print map looks, and putting a map there: the preview's camera carried to a map of
 * another size (the same ground width), or bounds fitted with room around them. The export
 * map and the preview map both place their camera with this.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Where the map looks. */
export type MapExtent =
  /** A camera chosen on a map `cssWidth` CSS pixels wide (the preview): the same ground width is kept. */
  | { kind: 'camera'; centre: [number, number]; zoom: number; cssWidth: number }
  /** Bounds [west, south, east, north] fitted with `padding` (a share of the smaller side) around them. */
  | { kind: 'bounds'; bounds: [number, number, number, number]; padding: number };

/**
 * Moves a map of `cssWidth` × `cssHeight` CSS pixels to an extent, north up, without animation.
 * Returns false when the bounds cannot be fitted (the map is left where it was).
 */
export function jumpToExtent(
  map: Pick<MapLibreMap, 'jumpTo' | 'cameraForBounds'>,
  extent: MapExtent,
  cssWidth: number,
  cssHeight: number,
): boolean {
  if (extent.kind === 'camera') {
    map.jumpTo({
      center: extent.centre,
      zoom: extent.zoom + Math.log2(cssWidth / extent.cssWidth),
      bearing: 0,
      pitch: 0,
    });
    return true;
  }
  const padding = Math.round(Math.min(cssWidth, cssHeight) * extent.padding);
  const [west, south, east, north] = extent.bounds;
  const camera = map.cameraForBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding },
  );
  if (!camera?.center || camera.zoom === undefined) return false;
  map.jumpTo({ center: camera.center, zoom: camera.zoom, bearing: 0, pitch: 0 });
  return true;
}
