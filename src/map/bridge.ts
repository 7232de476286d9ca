/**
 * The only code that calls the MapLibre API. It subscribes to the store and applies style, data,
 * feature-state and camera changes to the map, and turns map events into store actions.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { shallow } from 'zustand/shallow';
import { buildOutsideMask } from '../analysis/build-outside-mask.ts';
import { SCHOOL_STATES, type SchoolState, type SchoolTypeCode } from '../domain/school.ts';
import type { AtlasState, AtlasStore } from '../store/index.ts';
import { selectSeatGapFeatures, selectSeatSchoolFeatures } from '../store/seat-selectors.ts';
import {
  selectCandidatePlaces,
  selectFlaggedCodes,
  selectGapFeatures,
  selectScenarioAnalysis,
  selectSelectedSchoolIndex,
  selectServiceCircles,
  selectTownshipFailures,
  selectVisibleSchools,
} from '../store/selectors.ts';
import { buildStyle } from './build-style.ts';
import { candidateCircles, candidatePoints } from './candidate-features.ts';
import {
  LAYER_CANDIDATE_POINT,
  LAYER_SCHOOL_SYMBOL,
  LAYER_TOWNSHIP_FILL,
  SOURCE_CANDIDATE_CIRCLES,
  SOURCE_CANDIDATES,
  SOURCE_DISTRICT,
  SOURCE_DISTRICT_MASK,
  SOURCE_GAPS,
  SOURCE_SCHOOLS,
  SOURCE_SEAT_GAPS,
  SOURCE_SEAT_SCHOOLS,
  SOURCE_SERVICE_CIRCLES,
  SOURCE_SUGGESTED_SITES,
  SOURCE_TOWNSHIP_LABELS,
  SOURCE_TOWNSHIPS,
} from './layers/ids.ts';
import { schoolFeatures } from './school-features.ts';
import { renderSchoolSymbol } from './symbols.ts';
import { DEFAULT_THEME } from './theme.ts';

/** The glyph URL template of the app's own glyphs, absolute as the map's workers need. */
export function appGlyphsUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}glyphs/{fontstack}/{range}.pbf`, window.location.href)
    .toString()
    .replace('%7Bfontstack%7D', '{fontstack}')
    .replace('%7Brange%7D', '{range}');
}

/** The style for the store's current state. */
export function styleForState(state: AtlasState) {
  // 分析 and 选址 draw the analysis layers the user chose; 概览 colours the townships by result.
  const analysisView = state.view === 'analysis' || state.view === 'planning';
  return buildStyle({
    glyphsUrl: appGlyphsUrl(),
    tiandituKey: state.basemapEnabled ? state.tiandituKey : null,
    analysis: {
      ruleFill: (analysisView && state.analysisLayers.ruleFill) || state.view === 'overview',
      circles: analysisView && state.analysisLayers.circles,
      gaps: analysisView && state.analysisLayers.gaps,
      flags: analysisView,
    },
    candidates: state.view === 'planning',
    seats: {
      utilisation: state.view === 'seats' && state.seatLayers.utilisation,
      withoutSeat: state.view === 'seats' && state.seatLayers.withoutSeat,
    },
  });
}

const SCHOOL_ICON = /^school-([a-z-]+)-(existing|planned|construction|completed|renovation)$/;

/** Connects one map to the store until `stop()` is called. */
export class MapBridge {
  private readonly unsubscribes: (() => void)[] = [];
  /** What each source's data was last made from, so unchanged data is never sent again. */
  private readonly sentData = new Map<string, readonly unknown[]>();
  private hoveredSchool: number | null = null;
  private selectedSchool = -1;
  private hoveredTownship: string | null = null;
  /** A candidate being dragged on the 选址 screen, drawn at the pointer until it is dropped. */
  private candidateDrag: { id: string; lon: number; lat: number; moved: boolean } | null = null;
  private selectedCandidate: string | null = null;
  /** A school being dragged in edit mode, drawn at the pointer until it is dropped. */
  private drag: { index: number; code: string; lon: number; lat: number; moved: boolean } | null = null;
  private selectedTownship: string | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly store: AtlasStore,
  ) {}

  /** Starts listening to the store and the map. */
  start(): void {
    const { map, store } = this;
    map.on('styleimagemissing', (event) => this.addSchoolIcon(event.id));
    map.on('mousemove', LAYER_SCHOOL_SYMBOL, (event) => this.onSchoolHover(event));
    map.on('mouseleave', LAYER_SCHOOL_SYMBOL, () => store.getState().hoverSchool(null));
    map.on('mousemove', LAYER_TOWNSHIP_FILL, (event) => {
      store.getState().hoverTownship(String(event.features?.[0]?.properties?.code ?? '') || null);
    });
    map.on('mouseleave', LAYER_TOWNSHIP_FILL, () => store.getState().hoverTownship(null));
    // A click that ends a drag is swallowed; any new press starts afresh (a drag that moved far
    // ends without a click at all, and must not swallow the next one).
    map.on('mousedown', () => {
      this.suppressClick = false;
    });
    map.on('click', (event) => this.onClick(event));
    map.on('mousedown', LAYER_SCHOOL_SYMBOL, (event) => this.onDragStart(event));
    map.on('mousedown', LAYER_CANDIDATE_POINT, (event) => this.onCandidateDragStart(event));
    map.on('mouseenter', LAYER_CANDIDATE_POINT, () => {
      if (!this.candidateDrag) map.getCanvas().style.cursor = 'grab';
    });
    map.on('mouseleave', LAYER_CANDIDATE_POINT, () => {
      if (!this.candidateDrag)
        map.getCanvas().style.cursor = this.store.getState().placingCandidate ? 'crosshair' : '';
    });
    map.on('mousemove', (event) => this.onDragMove(event));
    map.on('mouseup', () => this.onDragEnd());
    map.on('moveend', () => {
      const centre = map.getCenter();
      store.getState().setCamera({ lon: centre.lng, lat: centre.lat, zoom: map.getZoom() });
    });

    this.unsubscribes.push(
      store.subscribe(
        (state) =>
          [
            state.basemapEnabled,
            state.tiandituKey,
            state.view,
            state.analysisLayers,
            state.seatLayers,
          ] as const,
        () => this.applyStyle(),
        { equalityFn: shallow },
      ),
      store.subscribe(
        (state) =>
          [state.view, selectScenarioAnalysis(state), state.analysisKind, state.analysisLayers] as const,
        () => this.applyAnalysis(),
        { equalityFn: shallow },
      ),
      store.subscribe(selectServiceCircles, () => this.applyAnalysis()),
      store.subscribe(
        (state) => [state.view, selectSeatSchoolFeatures(state), selectSeatGapFeatures(state)] as const,
        () => this.applySeats(),
        { equalityFn: shallow },
      ),
      store.subscribe(
        (state) => [state.candidates, selectCandidatePlaces(state), state.view] as const,
        () => this.applyCandidates(),
        { equalityFn: shallow },
      ),
      store.subscribe(
        (state) => state.suggestion.result,
        () => this.applySuggestedSites(),
      ),
      store.subscribe(
        (state) => state.selectedCandidate,
        () => this.applyCandidateState(),
      ),
      store.subscribe(
        (state) => state.placingCandidate,
        (placing) => {
          this.map.getCanvas().style.cursor = placing ? 'crosshair' : '';
        },
      ),
      store.subscribe(selectTownshipFailures, () => this.applyTownshipFailures()),
      store.subscribe(selectFlaggedCodes, () => this.applySchools()),
      store.subscribe(
        (state) => [state.district, state.townships, state.seats] as const,
        () => this.applyAreas(),
        { equalityFn: (a, b) => a.every((item, index) => item === b[index]) },
      ),
      store.subscribe(selectVisibleSchools, () => this.applySchools()),
      store.subscribe(
        (state) => state.hoveredSchool,
        () => this.applySchoolStates(),
      ),
      store.subscribe(selectSelectedSchoolIndex, () => this.applySchoolStates()),
      store.subscribe(
        (state) => state.hoveredTownship,
        () => this.applyTownshipStates(),
      ),
      store.subscribe(
        (state) => state.selection,
        () => this.applyTownshipStates(),
      ),
      store.subscribe(
        (state) => state.focus,
        () => this.applyFocus(),
      ),
    );
    const whenStyleReady = () => {
      this.applyAreas();
      this.applySchools();
      this.applyCandidates();
      this.applySuggestedSites();
      this.applyAnalysis();
      this.applySeats();
      this.applyTownshipFailures();
      this.applySchoolStates();
      this.applyTownshipStates();
    };
    if (map.isStyleLoaded()) whenStyleReady();
    else map.once('load', whenStyleReady);
  }

  /** Stops listening; the map itself is removed by its owner. */
  stop(): void {
    for (const unsubscribe of this.unsubscribes.splice(0)) unsubscribe();
  }

  private applyStyle(): void {
    this.map.setStyle(styleForState(this.store.getState()), { diff: true });
    // A full style swap (diff impossible) empties the sources: send all data again once loaded.
    this.sentData.clear();
    this.map.once('styledata', () => {
      this.applyAreas();
      this.applySchools();
      this.applyCandidates();
      this.applySuggestedSites();
      this.applyAnalysis();
      this.applySeats();
      this.applyTownshipFailures();
    });
  }

  /** Makes and sends a source's data unless it would be made from the same `inputs` (by reference). */
  private setData(sourceId: string, inputs: readonly unknown[], make: () => FeatureCollection): void {
    const source = this.map.getSource<GeoJSONSource>(sourceId);
    const sent = this.sentData.get(sourceId);
    if (
      !source ||
      (sent && sent.length === inputs.length && sent.every((item, index) => item === inputs[index]))
    )
      return;
    this.sentData.set(sourceId, inputs);
    source.setData(make());
  }

  private applyAreas(): void {
    const { district, townships, seats } = this.store.getState();
    if (district) {
      this.setData(SOURCE_DISTRICT, [district], () => district);
      this.setData(SOURCE_DISTRICT_MASK, [district], () => ({
        type: 'FeatureCollection',
        features: [buildOutsideMask(district)],
      }));
    }
    if (townships) this.setData(SOURCE_TOWNSHIPS, [townships], () => townships);
    if (seats) this.setData(SOURCE_TOWNSHIP_LABELS, [seats], () => seats);
  }

  private applySchools(): void {
    const state = this.store.getState();
    const visible = selectVisibleSchools(state);
    const { drag } = this;
    const schools = drag
      ? state.schools.map((school, index) =>
          index === drag.index ? { ...school, lon: drag.lon, lat: drag.lat } : school,
        )
      : state.schools;
    const flagged = selectFlaggedCodes(state);
    this.setData(SOURCE_SCHOOLS, drag ? [{ ...drag }] : [schools, visible, flagged], () =>
      schoolFeatures(schools, visible, flagged),
    );
  }

  /** Circles and gaps of the chosen kind; computed only while the analysis view shows them. */
  private applyAnalysis(): void {
    const state = this.store.getState();
    const shown = state.view === 'analysis' || state.view === 'planning';
    if (shown && state.analysisLayers.circles) {
      const circles = selectServiceCircles(state);
      this.setData(SOURCE_SERVICE_CIRCLES, [circles], () => circles);
    }
    if (shown && state.analysisLayers.gaps) {
      const gaps = selectGapFeatures(state);
      this.setData(SOURCE_GAPS, [gaps], () => gaps);
    }
  }

  /** The 学位 layers of the chosen stage and year; sent only while the 学位 screen shows them. */
  private applySeats(): void {
    const state = this.store.getState();
    if (state.view !== 'seats') return;
    const schools = selectSeatSchoolFeatures(state);
    const gaps = selectSeatGapFeatures(state);
    this.setData(SOURCE_SEAT_SCHOOLS, [schools], () => schools);
    this.setData(SOURCE_SEAT_GAPS, [gaps], () => gaps);
  }

  private applyTownshipFailures(): void {
    if (!this.map.getSource(SOURCE_TOWNSHIPS)) return;
    for (const [code, failures] of selectTownshipFailures(this.store.getState())) {
      this.map.setFeatureState({ source: SOURCE_TOWNSHIPS, id: code }, { failures });
    }
  }

  private onDragStart(event: MapLayerMouseEvent): void {
    const state = this.store.getState();
    const id = event.features?.[0]?.id;
    const school = typeof id === 'number' ? state.schools[id] : undefined;
    if (!state.editing || !school || typeof id !== 'number' || event.originalEvent.button !== 0) return;
    event.preventDefault();
    this.map.dragPan.disable();
    this.drag = { index: id, code: school.code, lon: school.lon, lat: school.lat, moved: false };
    this.map.getCanvas().style.cursor = 'grabbing';
  }

  /** Candidate points and circles (the dragged one where the pointer is). */
  private applyCandidates(): void {
    const state = this.store.getState();
    const { candidateDrag } = this;
    const candidates = candidateDrag
      ? state.candidates.map((candidate) =>
          candidate.id === candidateDrag.id
            ? { ...candidate, lon: candidateDrag.lon, lat: candidateDrag.lat }
            : candidate,
        )
      : state.candidates;
    const places = selectCandidatePlaces(state);
    const inputs = candidateDrag ? [{ ...candidateDrag }] : [candidates, places];
    this.setData(SOURCE_CANDIDATES, inputs, () => candidatePoints(candidates));
    this.setData(SOURCE_CANDIDATE_CIRCLES, inputs, () =>
      candidateCircles(
        candidates,
        (candidate) => candidate.radius ?? places.get(candidate.id)?.radius ?? null,
      ),
    );
    this.applyCandidateState();
  }

  /** The last suggestion's sites, numbered; drawn until the next run. */
  private applySuggestedSites(): void {
    const result = this.store.getState().suggestion.result;
    this.setData(SOURCE_SUGGESTED_SITES, [result], () => ({
      type: 'FeatureCollection',
      features: (result?.picks ?? []).map((pick) => ({
        type: 'Feature',
        properties: { rank: pick.rank, name: pick.name },
        geometry: { type: 'Point', coordinates: [pick.lon, pick.lat] },
      })),
    }));
  }

  private applyCandidateState(): void {
    if (!this.map.getSource(SOURCE_CANDIDATES)) return;
    const selected = this.store.getState().selectedCandidate;
    if (this.selectedCandidate && this.selectedCandidate !== selected) {
      this.map.setFeatureState(
        { source: SOURCE_CANDIDATES, id: this.selectedCandidate },
        { selected: false },
      );
    }
    this.selectedCandidate = selected;
    if (selected) this.map.setFeatureState({ source: SOURCE_CANDIDATES, id: selected }, { selected: true });
  }

  private onCandidateDragStart(event: MapLayerMouseEvent): void {
    const state = this.store.getState();
    const id = event.features?.[0]?.properties?.id;
    const candidate = state.candidates.find((item) => item.id === id);
    if (state.view !== 'planning' || !candidate || event.originalEvent.button !== 0) return;
    event.preventDefault();
    this.map.dragPan.disable();
    this.candidateDrag = { id: candidate.id, lon: candidate.lon, lat: candidate.lat, moved: false };
    this.map.getCanvas().style.cursor = 'grabbing';
  }

  private onDragMove(event: MapMouseEvent): void {
    if (this.candidateDrag) {
      const { id } = this.candidateDrag;
      const { lng, lat } = event.lngLat;
      this.candidateDrag = { id, lon: lng, lat, moved: true };
      this.applyCandidates();
      // The what-if follows the pointer (the runner coalesces the moves); the drop commits.
      this.store.getState().setDraggedCandidate({ id, lon: lng, lat });
      return;
    }
    if (!this.drag) return;
    this.drag = { ...this.drag, lon: event.lngLat.lng, lat: event.lngLat.lat, moved: true };
    this.applySchools();
  }

  private onDragEnd(): void {
    const { candidateDrag } = this;
    if (candidateDrag) {
      this.candidateDrag = null;
      this.map.dragPan.enable();
      this.map.getCanvas().style.cursor = '';
      const state = this.store.getState();
      if (candidateDrag.moved) {
        // One store change for the whole drag: one undo step.
        state.updateCandidate(candidateDrag.id, {
          lon: Number(candidateDrag.lon.toFixed(6)),
          lat: Number(candidateDrag.lat.toFixed(6)),
        });
        this.suppressClick = true;
      }
      state.setDraggedCandidate(null);
      state.selectCandidate(candidateDrag.id);
      this.applyCandidates();
      return;
    }
    const { drag } = this;
    if (!drag) return;
    this.drag = null;
    this.map.dragPan.enable();
    this.map.getCanvas().style.cursor = '';
    const state = this.store.getState();
    if (drag.moved) {
      // One store change for the whole drag: one undo step, one save.
      state.moveSchool(drag.code, Number(drag.lon.toFixed(6)), Number(drag.lat.toFixed(6)));
      this.suppressClick = true;
    }
    state.select({ kind: 'school', code: drag.code });
    this.applySchools();
  }

  private setSchoolState(index: number | null, key: 'hover' | 'selected', value: boolean): void {
    if (index === null || index < 0 || !this.map.getSource(SOURCE_SCHOOLS)) return;
    this.map.setFeatureState({ source: SOURCE_SCHOOLS, id: index }, { [key]: value });
  }

  private applySchoolStates(): void {
    const state = this.store.getState();
    this.setSchoolState(this.hoveredSchool, 'hover', false);
    this.setSchoolState(this.selectedSchool, 'selected', false);
    this.hoveredSchool = state.hoveredSchool;
    this.selectedSchool = selectSelectedSchoolIndex(state);
    this.setSchoolState(this.hoveredSchool, 'hover', true);
    this.setSchoolState(this.selectedSchool, 'selected', true);
    this.map.getCanvas().style.cursor =
      state.hoveredSchool !== null ? (state.editing ? 'grab' : 'pointer') : state.editing ? 'crosshair' : '';
  }

  private setTownshipState(code: string | null, key: 'hover' | 'selected', value: boolean): void {
    if (!code || !this.map.getSource(SOURCE_TOWNSHIPS)) return;
    this.map.setFeatureState({ source: SOURCE_TOWNSHIPS, id: code }, { [key]: value });
  }

  private applyTownshipStates(): void {
    const state = this.store.getState();
    this.setTownshipState(this.hoveredTownship, 'hover', false);
    this.setTownshipState(this.selectedTownship, 'selected', false);
    this.hoveredTownship = state.hoveredTownship;
    this.selectedTownship = state.selection?.kind === 'township' ? state.selection.code : null;
    this.setTownshipState(this.hoveredTownship, 'hover', true);
    this.setTownshipState(this.selectedTownship, 'selected', true);
  }

  private applyFocus(): void {
    const focus = this.store.getState().focus;
    if (!focus) return;
    // Selecting often opens the detail panel, which narrows the map: wait for that layout and
    // resize first, or the flight would aim at the centre of the old, wider canvas.
    requestAnimationFrame(() => {
      if (this.store.getState().focus !== focus) return;
      this.map.resize();
      if (focus.kind === 'point') {
        this.map.flyTo({ center: [focus.lon, focus.lat], zoom: focus.zoom, duration: 800, essential: true });
        return;
      }
      const [west, south, east, north] = focus.bounds;
      this.map.fitBounds(
        [
          [west, south],
          [east, north],
        ],
        { padding: 40, duration: 600 },
      );
    });
  }

  private onSchoolHover(event: MapLayerMouseEvent): void {
    const id = event.features?.[0]?.id;
    this.store.getState().hoverSchool(typeof id === 'number' ? id : null);
  }

  /** Set after a drag so the click that ends it does not also act as a click. */
  private suppressClick = false;

  private onClick(event: MapMouseEvent): void {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    const state = this.store.getState();
    if (state.view === 'planning') {
      const [candidate] = this.map.getLayer(LAYER_CANDIDATE_POINT)
        ? this.map.queryRenderedFeatures(event.point, { layers: [LAYER_CANDIDATE_POINT] })
        : [];
      if (candidate) {
        state.selectCandidate(String(candidate.properties?.id ?? '') || null);
        return;
      }
      if (state.placingCandidate) {
        const { lng, lat } = event.lngLat;
        state.placeCandidate(Number(lng.toFixed(6)), Number(lat.toFixed(6)));
        return;
      }
    }
    const [school] = this.map.queryRenderedFeatures(event.point, { layers: [LAYER_SCHOOL_SYMBOL] });
    if (school && typeof school.id === 'number') {
      const record = state.schools[school.id];
      if (record) state.select({ kind: 'school', code: record.code });
      return;
    }
    if (state.editing) {
      const { lng, lat } = event.lngLat;
      state.select(null);
      state.openDraft({ mode: 'new', lon: Number(lng.toFixed(6)), lat: Number(lat.toFixed(6)) });
      return;
    }
    const [township] = this.map.queryRenderedFeatures(event.point, { layers: [LAYER_TOWNSHIP_FILL] });
    const code = township?.properties?.code;
    state.select(code ? { kind: 'township', code: String(code) } : null);
  }

  /** Draws a school icon the style asks for, at the map's pixel ratio. */
  private addSchoolIcon(name: string): void {
    const match = SCHOOL_ICON.exec(name);
    if (!match || this.map.hasImage(name)) return;
    const type = match[1] as SchoolTypeCode;
    const state = match[2] as SchoolState;
    const style = DEFAULT_THEME.schoolTypes[type];
    if (!style || !SCHOOL_STATES.includes(state)) return;
    const pixelRatio = Math.max(1, Math.ceil(this.map.getPixelRatio()));
    this.map.addImage(name, renderSchoolSymbol(style, state, pixelRatio), { pixelRatio });
  }
}
