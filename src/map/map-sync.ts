/**
 * Store → map: the style, each source's data, feature-state (hover, selection, rule results,
 * the selected candidate) and camera requests. It subscribes to the store through narrow
 * selectors and sends only what changed; a dragged school or candidate is drawn where the
 * pointer has it (`showDrag`) until the drop changes the store.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import { shallow } from 'zustand/shallow';
import { buildOutsideMask } from '../analysis/build-outside-mask.ts';
import type { DistrictCollection, TownshipSeatCollection } from '../domain/township.ts';
import type { AtlasStore } from '../store/index.ts';
import { selectSeatGapFeatures, selectSeatSchoolFeatures } from '../store/seat-selectors.ts';
import {
  selectCandidatePlaces,
  selectGapFeatures,
  selectScenarioAnalysis,
  selectSelectedSchoolIndex,
  selectServiceCircles,
  selectVisibleSchools,
} from '../store/selectors.ts';
import { selectDistance, selectHiddenGapFeatures } from '../store/travel-selectors.ts';
import type { BridgeMap, DragPreview } from './bridge-map.ts';
import { candidateCircles, candidatePoints } from './candidate-features.ts';
import { consolidationFeatures } from './consolidation-features.ts';
import { districtLabelOf } from './district-label.ts';
import { flyToFocus } from './fly-to-focus.ts';
import {
  SOURCE_CANDIDATE_CIRCLES,
  SOURCE_CANDIDATES,
  SOURCE_CONSOLIDATION,
  SOURCE_DISTRICT,
  SOURCE_DISTRICT_LABEL,
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
import { referenceSourceId } from './layers/reference-layers.ts';
import { SOURCE_HIDDEN_GAPS, SOURCE_ISOCHRONES, SOURCE_ROADS } from './layers/travel-layers.ts';
import { schoolFeatures } from './school-features.ts';
import { type StyleState, shownFailures, shownFlags, styleForState } from './style-for-state.ts';
import { suggestedSiteFeatures } from './suggested-site-features.ts';
import { townshipLabelsOf } from './township-labels.ts';
import { isochroneFeatures, roadFeatures } from './travel-features.ts';

/** What the sync needs besides the map and the store. */
export interface MapSyncOptions {
  /** The glyph URL template the style names. */
  glyphsUrl: string;
  /** Runs a callback before the next frame (after the layout a selection causes). */
  nextFrame: (callback: () => void) => void;
}

/** An empty collection, one object, so sending it twice is seen as unchanged. */
const NO_FEATURES: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Equal when every item is the same by reference. */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** Sends the store's state to one map until `stop()`. */
export class MapSync {
  private readonly unsubscribes: (() => void)[] = [];
  /** What each source's data was last made from, so unchanged data is never sent again. */
  private readonly sentData = new Map<string, readonly unknown[]>();
  private hoveredSchool: number | null = null;
  private selectedSchool = -1;
  private hoveredTownship: string | null = null;
  private selectedTownship: string | null = null;
  private selectedCandidate: string | null = null;
  private madeDistrictLabel: {
    district: DistrictCollection;
    seats: TownshipSeatCollection | null;
    label: FeatureCollection<Point, { name: string }>;
  } | null = null;
  private drag: DragPreview | null = null;
  /** The first style while `firstStyle` fills its sources; null otherwise. */
  private filling: StyleSpecification | null = null;

  constructor(
    private readonly map: BridgeMap,
    private readonly store: AtlasStore,
    private readonly options: MapSyncOptions,
  ) {}

  /** Subscribes to the store and sends everything once the style has loaded. */
  start(): void {
    const { store } = this;
    this.unsubscribes.push(
      store.subscribe(
        (state): StyleState => ({
          view: state.view,
          analysisLayers: state.analysisLayers,
          basemapEnabled: state.basemapEnabled,
          tiandituKey: state.tiandituKey,
          basemapChoice: state.basemapChoice,
          basemapFile: state.basemapFile,
          basemapServices: state.basemapServices,
          referenceLayers: state.referenceLayers,
          seatLayers: state.seatLayers,
        }),
        () => this.applyStyle(),
        { equalityFn: shallow },
      ),
      store.subscribe(
        (state) =>
          [
            state.view,
            selectScenarioAnalysis(state),
            state.analysisKind,
            state.analysisLayers,
            selectDistance(state),
          ] as const,
        () => this.applyAnalysis(),
        { equalityFn: shallow },
      ),
      store.subscribe(selectServiceCircles, () => this.applyAnalysis()),
      store.subscribe(
        (state) => [state.roads, state.isochrones, selectHiddenGapFeatures(state), state.view] as const,
        () => this.applyTravel(),
        { equalityFn: sameItems },
      ),
      store.subscribe(
        (state) => [state.view, selectSeatSchoolFeatures(state), selectSeatGapFeatures(state)] as const,
        () => this.applySeats(),
        { equalityFn: sameItems },
      ),
      store.subscribe(
        (state) =>
          [state.candidates, selectCandidatePlaces(state), state.view, selectDistance(state)] as const,
        () => this.applyCandidates(),
        { equalityFn: shallow },
      ),
      store.subscribe(
        (state) => state.suggestion.result,
        () => this.applySuggestedSites(),
      ),
      store.subscribe(
        (state) => state.consolidationPlan,
        () => this.applyConsolidation(),
      ),
      store.subscribe(
        (state) => state.selectedCandidate,
        () => this.applyCandidateState(),
      ),
      store.subscribe(shownFailures, () => this.applyTownshipFailures()),
      store.subscribe(
        (state) => [state.district, state.townships, state.seats, state.schools] as const,
        () => this.applyAreas(),
        { equalityFn: sameItems },
      ),
      store.subscribe(
        (state) => [selectVisibleSchools(state), shownFlags(state)] as const,
        () => this.applySchools(),
        { equalityFn: sameItems },
      ),
      store.subscribe(
        (state) => [state.hoveredSchool, selectSelectedSchoolIndex(state)] as const,
        () => this.applySchoolStates(),
        { equalityFn: sameItems },
      ),
      store.subscribe(
        (state) => [state.hoveredTownship, state.selection] as const,
        () => this.applyTownshipStates(),
        { equalityFn: sameItems },
      ),
      store.subscribe(
        (state) => state.focus,
        () => this.applyFocus(),
      ),
      store.subscribe(
        (state) => state.referenceLayers,
        () => this.applyReference(),
      ),
    );
    if (this.map.isStyleLoaded()) this.applyAll();
    else this.map.once('load', () => this.applyAll());
  }

  /** Stops listening to the store; the map itself is removed by its owner. */
  stop(): void {
    for (const unsubscribe of this.unsubscribes.splice(0)) unsubscribe();
  }

  /** Draws a dragged school or candidate at the pointer; null draws the store's points again. */
  showDrag(drag: DragPreview | null): void {
    const kinds = new Set([this.drag?.kind, drag?.kind]);
    this.drag = drag;
    if (kinds.has('school')) this.applySchools();
    if (kinds.has('candidate')) this.applyCandidates();
  }

  private applyAll(): void {
    this.applySourceData();
    this.applyTownshipFailures();
    this.applySchoolStates();
    this.applyTownshipStates();
  }

  /** Every source's data (unchanged since last sent: skipped). */
  private applySourceData(): void {
    this.applyAreas();
    this.applyReference();
    this.applySchools();
    this.applyCandidates();
    this.applySuggestedSites();
    this.applyConsolidation();
    this.applyAnalysis();
    this.applyTravel();
    this.applySeats();
  }

  private applyStyle(): void {
    this.map.setStyle(styleForState(this.store.getState(), this.options.glyphsUrl), { diff: true });
    // A full style swap (when a diff is impossible) empties the sources and their feature-state:
    // send everything again once the new style is there.
    this.sentData.clear();
    this.map.once('styledata', () => this.applyAll());
  }

  /** The first style, every source's data in it and counted as sent: no `setData` after load. */
  firstStyle(): StyleSpecification {
    const style = styleForState(this.store.getState(), this.options.glyphsUrl);
    this.filling = style;
    try {
      this.applySourceData();
    } finally {
      this.filling = null;
    }
    return style;
  }

  /** Makes and sends a source's data unless it would be made from the same `inputs` (by reference). */
  private setData(sourceId: string, inputs: readonly unknown[], make: () => FeatureCollection): void {
    const sent = this.sentData.get(sourceId);
    if (sent && sameItems(sent, inputs)) return;
    if (this.filling) {
      const spec = this.filling.sources[sourceId];
      if (spec?.type !== 'geojson') return;
      this.sentData.set(sourceId, inputs);
      this.filling.sources[sourceId] = { ...spec, data: make() };
      return;
    }
    const source = this.map.getSource<GeoJSONSource>(sourceId);
    if (!source) return;
    this.sentData.set(sourceId, inputs);
    source.setData(make());
  }

  /** The district's name point, made again only for a new outline or new seats. */
  private districtLabel(
    district: DistrictCollection,
    seats: TownshipSeatCollection | null,
  ): FeatureCollection<Point, { name: string }> {
    const made = this.madeDistrictLabel;
    if (made && made.district === district && made.seats === seats) return made.label;
    const label = districtLabelOf(district, seats);
    this.madeDistrictLabel = { district, seats, label };
    return label;
  }

  private applyAreas(): void {
    const { district, townships, seats, schools } = this.store.getState();
    if (district) {
      this.setData(SOURCE_DISTRICT, [district], () => district);
      this.setData(SOURCE_DISTRICT_MASK, [district], () => ({
        type: 'FeatureCollection',
        features: [buildOutsideMask(district)],
      }));
    }
    if (townships) this.setData(SOURCE_TOWNSHIPS, [townships], () => townships);
    const districtLabel = district ? this.districtLabel(district, seats) : null;
    if (district && districtLabel)
      this.setData(SOURCE_DISTRICT_LABEL, [district, seats], () => districtLabel);
    // Names move off the symbols: made again when a school moves, is added or removed.
    if (seats)
      this.setData(SOURCE_TOWNSHIP_LABELS, [seats, townships, schools, district], () =>
        townshipLabelsOf(seats, townships, schools, district, districtLabel),
      );
  }

  /** Each reference layer's features into its own source (sent again only when they change). */
  private applyReference(): void {
    for (const layer of this.store.getState().referenceLayers) {
      this.setData(referenceSourceId(layer.id), [layer.features], () => layer.features);
    }
  }

  private applySchools(): void {
    const state = this.store.getState();
    const visible = selectVisibleSchools(state);
    const flagged = shownFlags(state);
    const drag = this.drag?.kind === 'school' ? this.drag : null;
    const schools = drag
      ? state.schools.map((school, index) =>
          index === drag.index ? { ...school, lon: drag.lon, lat: drag.lat } : school,
        )
      : state.schools;
    // A drag's every move is new data; otherwise the data is made from the store's own arrays.
    this.setData(SOURCE_SCHOOLS, drag ? [{ ...drag }] : [schools, visible, flagged], () =>
      schoolFeatures(schools, visible, flagged),
    );
  }

  /** Circles and gaps of the chosen kind; computed only while the analysis view shows them. */
  private applyAnalysis(): void {
    const state = this.store.getState();
    const shown = state.view === 'analysis' || state.view === 'planning';
    if (shown && state.analysisLayers.circles) {
      // Under road time the circles (metres) would say the wrong thing: the isochrones stand in.
      const circles = selectDistance(state).model === 'road' ? NO_FEATURES : selectServiceCircles(state);
      this.setData(SOURCE_SERVICE_CIRCLES, [circles], () => circles);
    }
    if (shown && state.analysisLayers.gaps) {
      const gaps = selectGapFeatures(state);
      this.setData(SOURCE_GAPS, [gaps], () => gaps);
    }
  }

  /** The roads, the isochrone cells and the hidden gaps (empty while the straight line is used). */
  private applyTravel(): void {
    const state = this.store.getState();
    const { roads, isochrones } = state;
    const hidden = selectHiddenGapFeatures(state);
    // The style's sources start empty: nothing is sent until there is something to draw.
    const send = (
      sourceId: string,
      inputs: readonly unknown[],
      empty: boolean,
      make: () => FeatureCollection,
    ) => {
      if (empty && !this.sentData.has(sourceId)) return;
      this.setData(sourceId, inputs, make);
    };
    send(SOURCE_ROADS, [roads], roads === null, () => roadFeatures(roads));
    send(SOURCE_ISOCHRONES, [isochrones], isochrones === null, () => isochroneFeatures(isochrones));
    send(SOURCE_HIDDEN_GAPS, [hidden], hidden.features.length === 0, () => hidden);
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

  /** The rule results as feature-state, set while the fill shows them (a hidden fill needs none). */
  private applyTownshipFailures(): void {
    const shown = shownFailures(this.store.getState());
    if (!shown || !this.map.getSource(SOURCE_TOWNSHIPS)) return;
    for (const [code, failures] of shown) {
      this.map.setFeatureState({ source: SOURCE_TOWNSHIPS, id: code }, { failures });
    }
  }

  /** Candidate points and circles (a dragged one where the pointer is). */
  private applyCandidates(): void {
    const state = this.store.getState();
    const drag = this.drag?.kind === 'candidate' ? this.drag : null;
    const candidates = drag
      ? state.candidates.map((candidate) =>
          candidate.id === drag.id ? { ...candidate, lon: drag.lon, lat: drag.lat } : candidate,
        )
      : state.candidates;
    const places = selectCandidatePlaces(state);
    const inputs = drag ? [{ ...drag }] : [candidates, places];
    this.setData(SOURCE_CANDIDATES, inputs, () => candidatePoints(candidates));
    // Under road time a circle (metres) would say the wrong thing about a candidate's reach.
    const road = selectDistance(state).model === 'road';
    this.setData(SOURCE_CANDIDATE_CIRCLES, [...inputs, road], () =>
      road
        ? NO_FEATURES
        : candidateCircles(
            candidates,
            (candidate) => candidate.radius ?? places.get(candidate.id)?.radius ?? null,
          ),
    );
    this.applyCandidateState();
  }

  /** The consolidation proposal in force: arrows from closed schools to receiving ones. */
  private applyConsolidation(): void {
    const plan = this.store.getState().consolidationPlan;
    this.setData(SOURCE_CONSOLIDATION, [plan], () => consolidationFeatures(plan?.result.closed ?? []));
  }

  /** The last suggestion's sites, numbered; drawn until the next run. */
  private applySuggestedSites(): void {
    const result = this.store.getState().suggestion.result;
    this.setData(SOURCE_SUGGESTED_SITES, [result], () => suggestedSiteFeatures(result?.picks ?? []));
  }

  private applyCandidateState(): void {
    if (this.filling || !this.map.getSource(SOURCE_CANDIDATES)) return; // no sources yet
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

  private setState(source: string, id: string | number | null, key: 'hover' | 'selected', value: boolean) {
    if (id === null || id === -1 || id === '' || !this.map.getSource(source)) return;
    this.map.setFeatureState({ source, id }, { [key]: value });
  }

  private applySchoolStates(): void {
    const state = this.store.getState();
    this.setState(SOURCE_SCHOOLS, this.hoveredSchool, 'hover', false);
    this.setState(SOURCE_SCHOOLS, this.selectedSchool, 'selected', false);
    this.hoveredSchool = state.hoveredSchool;
    this.selectedSchool = selectSelectedSchoolIndex(state);
    this.setState(SOURCE_SCHOOLS, this.hoveredSchool, 'hover', true);
    this.setState(SOURCE_SCHOOLS, this.selectedSchool, 'selected', true);
  }

  private applyTownshipStates(): void {
    const state = this.store.getState();
    this.setState(SOURCE_TOWNSHIPS, this.hoveredTownship, 'hover', false);
    this.setState(SOURCE_TOWNSHIPS, this.selectedTownship, 'selected', false);
    this.hoveredTownship = state.hoveredTownship;
    this.selectedTownship = state.selection?.kind === 'township' ? state.selection.code : null;
    this.setState(SOURCE_TOWNSHIPS, this.hoveredTownship, 'hover', true);
    this.setState(SOURCE_TOWNSHIPS, this.selectedTownship, 'selected', true);
  }

  private applyFocus(): void {
    const focus = this.store.getState().focus;
    if (!focus) return;
    // Selecting often opens the detail panel, which narrows the map: wait for that layout and
    // resize first, or the flight would aim at the centre of the old, wider canvas.
    this.options.nextFrame(() => {
      if (this.store.getState().focus === focus) flyToFocus(this.map, focus);
    });
  }
}
