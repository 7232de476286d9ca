/** The map: creates one MapLibre map, connects it to the store through the bridge, and cleans up. */
import type maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { boundsOf } from '../analysis/bounds-of.ts';
import { translate } from '../i18n/index.ts';
import { useAtlasStore } from '../store/index.ts';
import { MapBridge } from './bridge.ts';
import { holdFirstDraw } from './hold-first-draw.ts';
import { installMapInspector } from './inspect.ts';
import { loadMapLibre, type MapLibre } from './load-maplibre.ts';
import { addSchoolIconsOf } from './school-icons.ts';
import { DEFAULT_THEME, LOCAL_IDEOGRAPH_FONT_FAMILY } from './theme.ts';

/** Performance mark set when the map has first drawn everything. */
export const FIRST_MAP_IDLE_MARK = 'atlas:first-map-idle';

/** Room around the district at start, leaving the legend (bottom left) clear on wide screens. */
function districtPadding(element: HTMLElement) {
  const side = element.clientWidth > 900 ? 250 : 24;
  return { top: 24, bottom: 24, left: side, right: 24 };
}

/** Says why the map could not be made, in the map's place. */
function showFailure(target: HTMLElement | null, error: unknown): void {
  if (!target) return;
  target.textContent = translate(useAtlasStore.getState().language, 'mapFailed', {
    reason: error instanceof Error ? error.message : String(error),
  });
}

/** Makes the map in `element` and connects it to the store; returns how to take it down. */
function createMap(
  library: MapLibre,
  element: HTMLElement,
  failure: HTMLElement | null,
): (() => void) | null {
  const state = useAtlasStore.getState();
  const district = state.district;
  const camera = state.camera;
  let map: maplibregl.Map;
  try {
    // No style yet: the bridge gives the first one, with the first data in it.
    map = new library.Map({
      container: element,
      localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
      attributionControl: { compact: true },
      ...(camera
        ? { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom }
        : district
          ? { bounds: boundsOf(district), fitBoundsOptions: { padding: districtPadding(element) } }
          : {}),
      maxZoom: 18,
      minZoom: 6,
      dragRotate: false,
      pitchWithRotate: false,
    });
  } catch (error) {
    showFailure(failure, error);
    return null;
  }
  map.touchZoomRotate.disableRotation();
  map.addControl(new library.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new library.ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-right');
  // One frame for the first view, drawn once it is complete (see hold-first-draw.ts); until
  // then the map's background colour stands in for it.
  const releaseFirstDraw = holdFirstDraw(map);
  element.style.backgroundColor = DEFAULT_THEME.background;
  // The benchmark reads this mark: time from navigation to the first fully drawn map.
  map.once('idle', () => {
    releaseFirstDraw();
    performance.mark(FIRST_MAP_IDLE_MARK);
  });
  const bridge = new MapBridge(map, useAtlasStore);
  const style = bridge.firstStyle();
  map.setStyle(style);
  // The school icons of the first style's schools, there before the worker asks for them: each
  // icon added later, mid-load, restarts the style's 300 ms transition, which the held first frame
  // then waits out. Added once the style has sent its sources to the worker, while it indexes them.
  map.once('style.load', () => addSchoolIconsOf(map, style, map.getPixelRatio()));
  bridge.start();
  const uninstall = installMapInspector(map);
  return () => {
    releaseFirstDraw();
    uninstall();
    bridge.stop();
    map.remove();
  };
}

/** The map of the district; rendered once the data is loaded. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const failure = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // MapLibre is a chunk of its own, asked for at start (main.tsx): usually here by now.
    let stop: (() => void) | null = null;
    let unmounted = false;
    loadMapLibre().then(
      (library) => {
        if (!unmounted) stop = createMap(library, element, failure.current);
      },
      (error: unknown) => showFailure(failure.current, error),
    );
    return () => {
      unmounted = true;
      stop?.();
    };
  }, []);

  return (
    <div className="map-area">
      <div ref={container} className="map-canvas" data-testid="map" />
      <div ref={failure} className="map-failure" role="alert" />
    </div>
  );
}
