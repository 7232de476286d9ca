/**
 * The print preview's live map: the page's map at 96 DPI, drawn from the same style and
 * feature-state as the export, that the user pans and zooms to choose the printed extent. The
 * print screen holds one for its life and asks it for its camera when exporting.
 */
import maplibregl, { type Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { registerPmtilesProtocol } from '../map/basemap-archives.ts';
import { installMapInspector } from '../map/inspect.ts';
import { registerSchoolIcons } from '../map/school-icons.ts';
import { appGlyphsUrl } from '../map/style-for-state.ts';
import { LOCAL_IDEOGRAPH_FONT_FAMILY } from '../map/theme.ts';
import { applyFeatureStates } from './feature-states.ts';
import { jumpToExtent, type MapExtent } from './map-extent.ts';
import type { PrintSnapshot } from './print-snapshot.ts';
import { PRINT_STATE_SOURCES, printFeatureStates, printStyle } from './print-style.ts';
import { metresPerPixel } from './scale-bar.ts';

/** The preview map in a container. */
export class PreviewMap {
  private readonly map: MapLibreMap;
  private readonly unregisterIcons: () => void;
  private readonly uninstallInspector: () => void;
  private loaded = false;
  private readonly glyphsUrl = appGlyphsUrl();

  /**
   * Creates the map in `container` showing `snapshot`, at `extent` when given.
   * @param onLoad called once, when the map has loaded its style
   */
  constructor(
    private readonly container: HTMLElement,
    snapshot: PrintSnapshot,
    extent: MapExtent | null,
    onLoad: () => void,
  ) {
    // A print screen opened from a link may come before the entry's `loadMapLibre` has run.
    registerPmtilesProtocol(maplibregl);
    this.map = new maplibregl.Map({
      container,
      style: printStyle(snapshot, this.glyphsUrl),
      localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 18,
      minZoom: 5,
    });
    this.map.touchZoomRotate.disableRotation();
    if (extent) this.fit(extent);
    // Symbols at the screen's pixel ratio, as the user sees them.
    this.unregisterIcons = registerSchoolIcons(this.map, () => window.devicePixelRatio || 1);
    this.uninstallInspector = installMapInspector(this.map, 'atlasPreviewMap');
    this.map.once('load', () => {
      this.loaded = true;
      onLoad();
    });
  }

  /** Shows a snapshot (the same style as the export, data inline) with a township highlighted. */
  show(snapshot: PrintSnapshot, highlightTownship: string | null): void {
    const { map } = this;
    map.setStyle(printStyle(snapshot, this.glyphsUrl), { diff: true });
    const apply = () =>
      applyFeatureStates(map, PRINT_STATE_SOURCES, printFeatureStates(snapshot, highlightTownship));
    if (PRINT_STATE_SOURCES.every((source) => map.getSource(source))) apply();
    else map.once('style.load', apply);
  }

  /** Moves to an extent at the container's current size. */
  fit(extent: MapExtent): void {
    jumpToExtent(this.map, extent, this.container.clientWidth, this.container.clientHeight);
  }

  /** Follows a new container size (another paper or orientation). */
  resize(): void {
    this.map.resize();
  }

  /** The camera as an extent the export can carry to its own size; null until loaded. */
  extent(): MapExtent | null {
    if (!this.loaded) return null;
    const centre = this.map.getCenter();
    return {
      kind: 'camera',
      centre: [centre.lng, centre.lat],
      zoom: this.map.getZoom(),
      cssWidth: this.container.clientWidth,
    };
  }

  /** Ground metres per CSS pixel at the centre; null until loaded. */
  metresPerPixel(): number | null {
    return this.loaded ? metresPerPixel(this.map.getZoom(), this.map.getCenter().lat, 1) : null;
  }

  /** Calls `listener` whenever the camera moves; returns the function that stops it. */
  onMove(listener: () => void): () => void {
    const subscription = this.map.on('move', listener);
    return () => subscription.unsubscribe();
  }

  /** Removes the map and frees its WebGL context. */
  remove(): void {
    this.unregisterIcons();
    this.uninstallInspector();
    this.map.remove();
  }
}
