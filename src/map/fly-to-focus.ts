/** The camera side of the sync: the map moved to a focus the store asks for. */
import type { FocusRequest } from '../store/view-slice.ts';
import type { BridgeMap } from './bridge-map.ts';

/**
 * Moves the map to `focus` (a point flown to at its zoom, bounds fitted with room around), after
 * fitting the canvas to its container, which a panel opening may have just narrowed.
 */
export function flyToFocus(
  map: Pick<BridgeMap, 'resize' | 'flyTo' | 'fitBounds'>,
  focus: FocusRequest,
): void {
  map.resize();
  if (focus.kind === 'point') {
    map.flyTo({ center: [focus.lon, focus.lat], zoom: focus.zoom, duration: 800, essential: true });
    return;
  }
  const [west, south, east, north] = focus.bounds;
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding: 40, duration: 600 },
  );
}
