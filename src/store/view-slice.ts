/** The view slice: filters, selection, hover, camera, language and basemap settings. */
import type { StateCreator } from 'zustand';
import { type DistanceModel, STRAIGHT_LINE } from '../domain/distance-model.ts';
import { NO_FILTERS, type SchoolFilters } from '../domain/filters.ts';
import type { ServiceKind } from '../domain/radius.ts';
import { PLANNED_SCENARIO, type Scenario } from '../domain/scenario.ts';
import type { Camera, Selection } from '../domain/view.ts';
import type { Language } from '../i18n/index.ts';
import type { AtlasState } from './index.ts';

/** Where the user asked the map to go. */
export type FocusTarget =
  | { kind: 'point'; lon: number; lat: number; zoom: number }
  | { kind: 'bounds'; bounds: [number, number, number, number] };

/** A camera move waiting for the bridge; `sequence` makes a repeated target a new request. */
export type FocusRequest = FocusTarget & { sequence: number };

/** The screens that share the one map. */
export type AppView = 'map' | 'analysis' | 'seats' | 'planning' | 'overview' | 'print';

/** The two panels of the 选址 screen. */
export type PlanningTab = 'candidates' | 'suggest' | 'consolidate';

/** What a presentation shows: the district, or one township by code. */
export type PresentationSlide = { kind: 'district' } | { kind: 'township'; code: string };

/** Which analysis layers are drawn. */
export interface AnalysisLayers {
  /** Service-radius circles of the schools serving the chosen kind. */
  circles: boolean;
  /** Population beyond every school's radius for the chosen kind. */
  gaps: boolean;
  /** Townships coloured by rule result. */
  ruleFill: boolean;
  /** With road time: the cells banded by minutes to the nearest school of the chosen kind. */
  isochrones: boolean;
  /** The imported road network. */
  roads: boolean;
}

/** A school being entered or edited in the form. */
export type SchoolDraft = { mode: 'new'; lon: number; lat: number } | { mode: 'edit'; code: string };

export interface ViewSlice {
  view: AppView;
  /** The open panel of the 选址 screen. */
  planningTab: PlanningTab;
  /** The slide on screen while presenting (full screen, large type); null when not presenting. */
  presentation: PresentationSlide | null;
  /** The service kind whose circles and gaps are drawn. */
  analysisKind: ServiceKind;
  /**
   * 直线距离 or 道路时间 in a mode: how every distance is measured (part of the view and the
   * link). Road time needs a road network; without one the analysis uses the straight line.
   */
  distance: DistanceModel;
  analysisLayers: AnalysisLayers;
  /** The township rule the township fill shows; null = the number of failed rules. */
  fillRule: string | null;
  /** 现状 or 规划完成后 (optionally as of a plan year): which schools stand, on the map and in every table. */
  scenario: Scenario;
  /** Edit mode: clicking the map adds a school, dragging a school moves it. */
  editing: boolean;
  /** The school form, when open. */
  draft: SchoolDraft | null;
  filters: SchoolFilters;
  selection: Selection;
  /** Index of the school under the pointer. */
  hoveredSchool: number | null;
  /** Code of the township under the pointer. */
  hoveredTownship: string | null;
  /** Where the map is, as last reported by the map. */
  camera: Camera | null;
  focus: FocusRequest | null;
  language: Language;
  /** The user's Tianditu key; kept in this browser only. */
  tiandituKey: string;
  /** Whether the online basemap is shown (only possible with a key). */
  basemapEnabled: boolean;
  setScenario(scenario: Scenario): void;
  setView(view: AppView): void;
  setPlanningTab(tab: PlanningTab): void;
  /** Starts, moves or (with null) ends the presentation. */
  present(slide: PresentationSlide | null): void;
  setAnalysisKind(kind: ServiceKind): void;
  setDistance(distance: DistanceModel): void;
  setAnalysisLayers(change: Partial<AnalysisLayers>): void;
  setFillRule(ruleId: string | null): void;
  setEditing(editing: boolean): void;
  openDraft(draft: SchoolDraft | null): void;
  setFilters(change: Partial<SchoolFilters>): void;
  resetFilters(): void;
  select(selection: Selection): void;
  hoverSchool(index: number | null): void;
  hoverTownship(code: string | null): void;
  setCamera(camera: Camera): void;
  focusOn(target: FocusTarget): void;
  setLanguage(language: Language): void;
  setBasemap(key: string, enabled: boolean): void;
}

export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set, get) => ({
  scenario: PLANNED_SCENARIO,
  view: 'map',
  planningTab: 'candidates',
  presentation: null,
  analysisKind: 'primary',
  distance: STRAIGHT_LINE,
  analysisLayers: { circles: true, gaps: true, ruleFill: true, isochrones: true, roads: true },
  fillRule: null,
  editing: false,
  draft: null,
  filters: NO_FILTERS,
  selection: null,
  hoveredSchool: null,
  hoveredTownship: null,
  camera: null,
  focus: null,
  language: 'zh-CN',
  tiandituKey: '',
  basemapEnabled: false,
  setScenario(scenario) {
    set({ scenario });
  },
  setView(view) {
    set({ view, ...(view === 'overview' ? {} : { presentation: null }) });
  },
  setPlanningTab(planningTab) {
    set({ planningTab });
  },
  present(presentation) {
    set({ presentation, ...(presentation ? { view: 'overview' as const } : {}) });
  },
  setAnalysisKind(analysisKind) {
    set({ analysisKind });
  },
  setDistance(distance) {
    set({ distance });
  },
  setAnalysisLayers(change) {
    set({ analysisLayers: { ...get().analysisLayers, ...change } });
  },
  setFillRule(fillRule) {
    set({ fillRule });
  },
  setEditing(editing) {
    // A published atlas is read only: edit mode does not open (the button is hidden too).
    if (editing && get().viewer) return;
    set({ editing, ...(editing ? {} : { draft: null }) });
  },
  openDraft(draft) {
    set({ draft });
  },
  setFilters(change) {
    set({ filters: { ...get().filters, ...change } });
  },
  resetFilters() {
    set({ filters: NO_FILTERS });
  },
  select(selection) {
    // Choosing something else closes the form; its unsaved entries are given up, as in a list.
    set({ selection, draft: null });
  },
  hoverSchool(index) {
    if (get().hoveredSchool !== index) set({ hoveredSchool: index });
  },
  hoverTownship(code) {
    if (get().hoveredTownship !== code) set({ hoveredTownship: code });
  },
  setCamera(camera) {
    set({ camera });
  },
  focusOn(target) {
    set({ focus: { ...target, sequence: (get().focus?.sequence ?? 0) + 1 } });
  },
  setLanguage(language) {
    set({ language });
  },
  setBasemap(key, enabled) {
    const trimmed = key.trim();
    set({ tiandituKey: trimmed, basemapEnabled: enabled && trimmed !== '' });
  },
});
