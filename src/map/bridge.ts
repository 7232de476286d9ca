/**
 * The only code that calls the screen's MapLibre map: it connects one map to the store. Two
 * halves do the work — `MapSync` sends style, data, feature-state and camera requests from the
 * store to the map; `MapInteractions` turns pointer events into store actions (and owns the
 * cursor and the drags) — and the school icons are drawn when the style asks for them.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { AtlasStore } from '../store/index.ts';
import type { BridgeMap } from './bridge-map.ts';
import { MapInteractions } from './interactions.ts';
import { MapSync, type MapSyncOptions } from './map-sync.ts';
import { registerSchoolIcons } from './school-icons.ts';
import { appGlyphsUrl } from './style-for-state.ts';

/** Connects one map to the store until `stop()` is called. */
export class MapBridge {
  private readonly sync: MapSync;
  private readonly interactions: MapInteractions;
  private unregisterIcons: (() => void) | null = null;

  /**
   * @param options the glyph URL and the frame scheduler; the browser's by default (tests pass
   * their own, as they run without a window)
   */
  constructor(
    private readonly map: BridgeMap,
    store: AtlasStore,
    options: Partial<MapSyncOptions> = {},
  ) {
    this.sync = new MapSync(map, store, {
      glyphsUrl: options.glyphsUrl ?? appGlyphsUrl(),
      nextFrame: options.nextFrame ?? ((callback) => requestAnimationFrame(callback)),
    });
    this.interactions = new MapInteractions(map, store, this.sync);
  }

  /** The first style, with the data the map draws at start in it (see `MapSync.firstStyle`). */
  firstStyle(): StyleSpecification {
    return this.sync.firstStyle();
  }

  /** Starts listening to the store and the map. */
  start(): void {
    const { map } = this;
    this.unregisterIcons = registerSchoolIcons(map, () => map.getPixelRatio());
    this.interactions.start();
    this.sync.start();
  }

  /** Stops listening; the map itself is removed by its owner. */
  stop(): void {
    this.unregisterIcons?.();
    this.unregisterIcons = null;
    this.interactions.stop();
    this.sync.stop();
  }
}
