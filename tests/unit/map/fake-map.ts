/**
 * A small stand-in for MapLibre's map, for the bridge's tests: it holds a style, records the
 * calls the bridge makes (setStyle, setData, setFeatureState, camera moves, images, the cursor)
 * and fires the events a user's pointer would. No WebGL, no DOM.
 */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { BridgeMap } from '../../../src/map/bridge-map.ts';

type Listener = (event: never) => void;

interface Registration {
  type: string;
  layer: string | null;
  listener: Listener;
  once: boolean;
}

/** A rendered feature as `queryRenderedFeatures` returns it (only what the bridge reads). */
export interface FakeFeature {
  id?: number | string;
  properties: Record<string, unknown>;
}

/** What a pointer event carries (only what the bridge reads). */
export interface FakePointer {
  lon: number;
  lat: number;
  /** Features under the pointer, for a layer's event. */
  features?: FakeFeature[];
  button?: number;
}

/** The recorded calls. */
export interface FakeMapCalls {
  setStyle: StyleSpecification[];
  setData: { source: string; data: FeatureCollection }[];
  setFeatureState: { source: string; id: string | number; state: Record<string, unknown> }[];
  flyTo: unknown[];
  fitBounds: unknown[];
  resize: number;
  addImage: string[];
}

/** The fake map. */
export class FakeMap {
  readonly calls: FakeMapCalls = {
    setStyle: [],
    setData: [],
    setFeatureState: [],
    flyTo: [],
    fitBounds: [],
    resize: 0,
    addImage: [],
  };
  /** The canvas element's style, where the cursor is set. */
  readonly canvas = { style: { cursor: '' } };
  dragPanEnabled = true;
  readonly dragPan = {
    enable: () => {
      this.dragPanEnabled = true;
    },
    disable: () => {
      this.dragPanEnabled = false;
    },
  };
  /** Features `queryRenderedFeatures` finds, by layer id. */
  rendered: Record<string, FakeFeature[]> = {};
  /** Whether the style counts as loaded when the bridge starts. */
  styleLoaded = true;
  centre = { lng: 109.6, lat: 23.1 };
  zoom = 10;
  private style: StyleSpecification;
  private readonly registrations: Registration[] = [];
  private readonly images = new Set<string>();
  private readonly featureStates = new Map<string, Record<string, unknown>>();

  constructor(style: StyleSpecification) {
    this.style = style;
  }

  /** This fake where the bridge wants a map. */
  asMap(): BridgeMap {
    return this as unknown as BridgeMap;
  }

  /** Number of listeners registered now (0 once the bridge has stopped). */
  listenerCount(): number {
    return this.registrations.length;
  }

  on(type: string, layerOrListener: string | Listener, maybeListener?: Listener) {
    const registration: Registration =
      typeof layerOrListener === 'string'
        ? { type, layer: layerOrListener, listener: maybeListener as Listener, once: false }
        : { type, layer: null, listener: layerOrListener, once: false };
    this.registrations.push(registration);
    return {
      unsubscribe: () => {
        const index = this.registrations.indexOf(registration);
        if (index >= 0) this.registrations.splice(index, 1);
      },
    };
  }

  once(type: string, listener: Listener) {
    this.registrations.push({ type, layer: null, listener, once: true });
    return this;
  }

  off(type: string, listener: Listener) {
    const index = this.registrations.findIndex((item) => item.type === type && item.listener === listener);
    if (index >= 0) this.registrations.splice(index, 1);
    return this;
  }

  /** Fires a map event (no layer) with the given event object. */
  fire(type: string, event: Record<string, unknown> = {}): void {
    this.dispatch(type, null, event);
  }

  /**
   * Fires a pointer event as MapLibre would: the map's own listeners, and a layer's listeners
   * when `layer` names the layer under the pointer (with `features`).
   */
  pointer(type: string, pointer: FakePointer, layer: string | null = null): { defaultPrevented: boolean } {
    const outcome = { defaultPrevented: false };
    const event = {
      lngLat: { lng: pointer.lon, lat: pointer.lat },
      point: { x: 0, y: 0 },
      features: pointer.features,
      originalEvent: { button: pointer.button ?? 0 },
      preventDefault: () => {
        outcome.defaultPrevented = true;
      },
    };
    this.dispatch(type, null, event);
    if (layer) this.dispatch(type, layer, event);
    return outcome;
  }

  private dispatch(type: string, layer: string | null, event: Record<string, unknown>): void {
    for (const registration of [...this.registrations]) {
      if (registration.type !== type || registration.layer !== layer) continue;
      if (registration.once) this.registrations.splice(this.registrations.indexOf(registration), 1);
      (registration.listener as (event: Record<string, unknown>) => void)(event);
    }
  }

  setStyle(style: StyleSpecification, _options?: unknown) {
    this.style = style;
    this.calls.setStyle.push(style);
    return this;
  }

  isStyleLoaded() {
    return this.styleLoaded;
  }

  getSource(id: string) {
    if (!this.style.sources[id]) return undefined;
    return {
      setData: (data: FeatureCollection) => {
        this.calls.setData.push({ source: id, data });
      },
    };
  }

  getLayer(id: string) {
    return this.style.layers.find((layer) => layer.id === id);
  }

  /** The last data sent to a source, or undefined. */
  lastData(source: string): FeatureCollection | undefined {
    return this.calls.setData.filter((call) => call.source === source).at(-1)?.data;
  }

  /** Sources sent data since `from` (an index into `calls.setData`). */
  sourcesSentSince(from: number): string[] {
    return this.calls.setData.slice(from).map((call) => call.source);
  }

  setFeatureState(target: { source: string; id?: string | number }, state: Record<string, unknown>) {
    const id = target.id ?? '';
    this.calls.setFeatureState.push({ source: target.source, id, state });
    const key = `${target.source}/${id}`;
    this.featureStates.set(key, { ...this.featureStates.get(key), ...state });
  }

  /** The feature-state a feature has now. */
  featureState(source: string, id: string | number): Record<string, unknown> {
    return this.featureStates.get(`${source}/${id}`) ?? {};
  }

  queryRenderedFeatures(_point: unknown, options: { layers: string[] }) {
    return options.layers.flatMap((layer) => this.rendered[layer] ?? []);
  }

  getCanvas() {
    return this.canvas;
  }

  getCenter() {
    return this.centre;
  }

  getZoom() {
    return this.zoom;
  }

  getPixelRatio() {
    return 1;
  }

  hasImage(name: string) {
    return this.images.has(name);
  }

  addImage(name: string) {
    this.images.add(name);
    this.calls.addImage.push(name);
  }

  listImages() {
    return [...this.images];
  }

  removeImage(name: string) {
    this.images.delete(name);
  }

  resize() {
    this.calls.resize++;
    return this;
  }

  flyTo(options: unknown) {
    this.calls.flyTo.push(options);
    return this;
  }

  fitBounds(bounds: unknown, options: unknown) {
    this.calls.fitBounds.push({ bounds, options });
    return this;
  }
}
