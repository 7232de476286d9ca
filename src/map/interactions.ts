/**
 * Map → store: the pointer on the screen's map. Hover marks a school or a township, a click
 * opens what is under it (or places a candidate, or a new school in edit mode), a drag moves a
 * school (edit mode) or a candidate (选址) as one undoable change, and the camera is reported
 * when a move ends. The cursor has one owner: it is worked out from the pointer and the store
 * whenever either changes.
 */
import type { MapLayerMouseEvent, MapMouseEvent, PointLike, Subscription } from 'maplibre-gl';
import type { AtlasStore } from '../store/index.ts';
import type { BridgeMap, DragPreview } from './bridge-map.ts';
import { LAYER_CANDIDATE_POINT, LAYER_SCHOOL_SYMBOL, LAYER_TOWNSHIP_FILL } from './layers/ids.ts';

/** What the cursor depends on. */
export interface PointerSituation {
  /** A school or candidate is being dragged. */
  dragging: boolean;
  /** The pointer is over a candidate point (选址). */
  overCandidate: boolean;
  /** The pointer is over a school symbol. */
  overSchool: boolean;
  /** Edit mode: a click adds a school, a drag moves one. */
  editing: boolean;
  /** A click places a candidate. */
  placing: boolean;
}

/**
 * The map's cursor: grabbing while dragging, grab over what can be dragged, a crosshair where a
 * click adds something, a pointer over a school that a click opens.
 * @example cursorFor({ dragging: false, overCandidate: false, overSchool: true, editing: false, placing: false }) // 'pointer'
 */
export function cursorFor(pointer: PointerSituation): string {
  if (pointer.dragging) return 'grabbing';
  if (pointer.overCandidate) return 'grab';
  if (pointer.placing) return 'crosshair';
  if (pointer.overSchool) return pointer.editing ? 'grab' : 'pointer';
  return pointer.editing ? 'crosshair' : '';
}

/**
 * A point as stored: six decimals (about 0.1 m), as the roster export writes coordinates.
 * @example roundCoordinate(109.61234567) // 109.612346
 */
export function roundCoordinate(value: number): number {
  return Number(value.toFixed(6));
}

/** What is being dragged: a school (by roster index and code) or a candidate (by id). */
type DragTarget = { kind: 'school'; index: number; code: string } | { kind: 'candidate'; id: string };

/** A drag in progress: where the pointer has the target, and whether it has moved at all. */
interface Drag {
  target: DragTarget;
  lon: number;
  lat: number;
  moved: boolean;
}

/** Where a drag draws its target while it lasts. */
export interface DragView {
  showDrag(drag: DragPreview | null): void;
}

/** Turns one map's pointer events into store actions until `stop()`. */
export class MapInteractions {
  private readonly subscriptions: Subscription[] = [];
  private readonly unsubscribes: (() => void)[] = [];
  private drag: Drag | null = null;
  private overCandidate = false;
  /** Set when a drag ends, so the click that ends it does not also act as a click. */
  private suppressClick = false;

  constructor(
    private readonly map: BridgeMap,
    private readonly store: AtlasStore,
    private readonly view: DragView,
  ) {}

  /** Starts listening to the map's pointer and camera events. */
  start(): void {
    const { map, store } = this;
    this.subscriptions.push(
      map.on('mousemove', LAYER_SCHOOL_SYMBOL, (event) => {
        const id = event.features?.[0]?.id;
        store.getState().hoverSchool(typeof id === 'number' ? id : null);
      }),
      map.on('mouseleave', LAYER_SCHOOL_SYMBOL, () => store.getState().hoverSchool(null)),
      map.on('mousemove', LAYER_TOWNSHIP_FILL, (event) => {
        store.getState().hoverTownship(String(event.features?.[0]?.properties?.code ?? '') || null);
      }),
      map.on('mouseleave', LAYER_TOWNSHIP_FILL, () => store.getState().hoverTownship(null)),
      map.on('mouseenter', LAYER_CANDIDATE_POINT, () => this.setOverCandidate(true)),
      map.on('mouseleave', LAYER_CANDIDATE_POINT, () => this.setOverCandidate(false)),
      // Any new press starts afresh: a drag that moved far ends without a click at all, and
      // must not swallow the next one.
      map.on('mousedown', () => {
        this.suppressClick = false;
      }),
      // The candidate first: drawn above the schools, it is what the pointer holds.
      map.on('mousedown', LAYER_CANDIDATE_POINT, (event) => this.pressCandidate(event)),
      map.on('mousedown', LAYER_SCHOOL_SYMBOL, (event) => this.pressSchool(event)),
      map.on('mousemove', (event) => this.moveDrag(event)),
      map.on('mouseup', () => this.dropDrag()),
      map.on('click', (event) => this.click(event)),
      map.on('moveend', () => {
        const centre = map.getCenter();
        store.getState().setCamera({ lon: centre.lng, lat: centre.lat, zoom: map.getZoom() });
      }),
    );
    this.unsubscribes.push(
      store.subscribe(
        (state) => [state.hoveredSchool !== null, state.editing, state.placingCandidate] as const,
        () => this.applyCursor(),
        { equalityFn: (a, b) => a.every((item, index) => item === b[index]) },
      ),
    );
  }

  /** Stops listening to the map and the store. */
  stop(): void {
    for (const subscription of this.subscriptions.splice(0)) subscription.unsubscribe();
    for (const unsubscribe of this.unsubscribes.splice(0)) unsubscribe();
  }

  private applyCursor(): void {
    const state = this.store.getState();
    this.map.getCanvas().style.cursor = cursorFor({
      dragging: this.drag !== null,
      overCandidate: this.overCandidate,
      overSchool: state.hoveredSchool !== null,
      editing: state.editing,
      placing: state.placingCandidate,
    });
  }

  private setOverCandidate(over: boolean): void {
    this.overCandidate = over;
    this.applyCursor();
  }

  private pressCandidate(event: MapLayerMouseEvent): void {
    const state = this.store.getState();
    const id = event.features?.[0]?.properties?.id;
    const candidate = state.candidates.find((item) => item.id === id);
    if (state.view !== 'planning' || !candidate) return;
    this.startDrag(event, { kind: 'candidate', id: candidate.id }, candidate);
  }

  private pressSchool(event: MapLayerMouseEvent): void {
    const state = this.store.getState();
    const id = event.features?.[0]?.id;
    const school = typeof id === 'number' ? state.schools[id] : undefined;
    if (!state.editing || !school || typeof id !== 'number') return;
    this.startDrag(event, { kind: 'school', index: id, code: school.code }, school);
  }

  private startDrag(event: MapLayerMouseEvent, target: DragTarget, at: { lon: number; lat: number }): void {
    // One drag at a time, with the main button only.
    if (this.drag || event.originalEvent.button !== 0) return;
    event.preventDefault();
    this.map.dragPan.disable();
    this.drag = { target, lon: at.lon, lat: at.lat, moved: false };
    this.applyCursor();
  }

  private moveDrag(event: MapMouseEvent): void {
    const drag = this.drag;
    if (!drag) return;
    const { lng: lon, lat } = event.lngLat;
    this.drag = { ...drag, lon, lat, moved: true };
    const { target } = drag;
    if (target.kind === 'school') {
      this.view.showDrag({ kind: 'school', index: target.index, lon, lat });
      return;
    }
    this.view.showDrag({ kind: 'candidate', id: target.id, lon, lat });
    // The what-if follows the pointer (its runner coalesces the moves); the drop commits.
    this.store.getState().setDraggedCandidate({ id: target.id, lon, lat });
  }

  private dropDrag(): void {
    const drag = this.drag;
    if (!drag) return;
    this.drag = null;
    this.map.dragPan.enable();
    const state = this.store.getState();
    const { target } = drag;
    const lon = roundCoordinate(drag.lon);
    const lat = roundCoordinate(drag.lat);
    // One store change for the whole drag: one undo step, one save.
    if (target.kind === 'school') {
      if (drag.moved) state.moveSchool(target.code, lon, lat);
      state.select({ kind: 'school', code: target.code });
    } else {
      if (drag.moved) state.updateCandidate(target.id, { lon, lat });
      state.setDraggedCandidate(null);
      state.selectCandidate(target.id);
    }
    this.suppressClick = drag.moved;
    this.view.showDrag(null);
    this.applyCursor();
  }

  /** Features of a layer under a point; none when the style has no such layer. */
  private featuresAt(point: PointLike, layer: string) {
    return this.map.getLayer(layer) ? this.map.queryRenderedFeatures(point, { layers: [layer] }) : [];
  }

  /**
   * A click opens what is under it, in the order it is drawn: on 选址 a candidate (or, while
   * placing, a new one), then a school; in edit mode an empty spot starts a new school;
   * otherwise the township under it, or nothing.
   */
  private click(event: MapMouseEvent): void {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    const state = this.store.getState();
    const lon = roundCoordinate(event.lngLat.lng);
    const lat = roundCoordinate(event.lngLat.lat);
    if (state.view === 'planning') {
      const [candidate] = this.featuresAt(event.point, LAYER_CANDIDATE_POINT);
      if (candidate) {
        state.selectCandidate(String(candidate.properties?.id ?? '') || null);
        return;
      }
      if (state.placingCandidate) {
        state.placeCandidate(lon, lat);
        return;
      }
    }
    const [school] = this.featuresAt(event.point, LAYER_SCHOOL_SYMBOL);
    if (school && typeof school.id === 'number') {
      const record = state.schools[school.id];
      if (record) state.select({ kind: 'school', code: record.code });
      return;
    }
    if (state.editing) {
      state.select(null);
      state.openDraft({ mode: 'new', lon, lat });
      return;
    }
    const [township] = this.featuresAt(event.point, LAYER_TOWNSHIP_FILL);
    const code = township?.properties?.code;
    state.select(code ? { kind: 'township', code: String(code) } : null);
  }
}
