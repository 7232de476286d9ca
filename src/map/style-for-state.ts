/**
 * The style side of the store: which style the screen's map shows for a state (the analysis
 * layers on 分析 and 选址, the township fill on 概览, the candidates on 选址, the online basemap
 * when the user turned it on), and where the app's own glyphs are. Both feed the pure
 * `buildStyle`; the print maps use `appGlyphsUrl` with their own inline-data style.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { activeBasemap, type BasemapState } from '../store/context-selectors.ts';
import type { AtlasState } from '../store/index.ts';
import { selectFlaggedCodes, selectTownshipFailures } from '../store/selectors.ts';
import { buildStyle, type StyleInput } from './build-style.ts';

/** The glyph URL template of the app's own glyphs, absolute as the map's workers need. */
export function appGlyphsUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}glyphs/{fontstack}/{range}.pbf`, window.location.href)
    .toString()
    .replace('%7Bfontstack%7D', '{fontstack}')
    .replace('%7Brange%7D', '{range}');
}

/** The parts of the state the screen's style depends on. */
export type StyleState = Pick<AtlasState, 'view' | 'analysisLayers' | 'referenceLayers' | 'seatLayers'> &
  BasemapState;

/** Whether the screen draws the school rule flags (分析 and 选址). */
export function showsSchoolFlags(state: Pick<StyleState, 'view'>): boolean {
  return state.view === 'analysis' || state.view === 'planning';
}

/** Whether the screen colours the townships by their rule results (概览, or the 分析/选址 layer). */
export function showsRuleFill(state: Pick<StyleState, 'view' | 'analysisLayers'>): boolean {
  return (showsSchoolFlags(state) && state.analysisLayers.ruleFill) || state.view === 'overview';
}

/** No school flagged, one object: the schools' data while the screen draws no flags. */
const NO_FLAGS: ReadonlySet<string> = new Set();

/**
 * The flagged schools the screen draws: none where the flags are hidden, so an analysis answer
 * (the first one comes after the first map is drawn) sends the schools again only where it shows.
 */
export function shownFlags(state: AtlasState): ReadonlySet<string> {
  return showsSchoolFlags(state) ? selectFlaggedCodes(state) : NO_FLAGS;
}

/** The township rule results the screen colours by; none where the fill is hidden. */
export function shownFailures(state: AtlasState): ReadonlyMap<string, number> | null {
  return showsRuleFill(state) ? selectTownshipFailures(state) : null;
}

/**
 * The style input for a state: 分析 and 选址 draw the analysis layers the user chose, 概览
 * colours the townships by result, 选址 draws the candidates.
 * @example styleInputForState({ ...state, view: 'overview' }, url).analysis?.ruleFill // true
 */
export function styleInputForState(state: StyleState, glyphsUrl: string): StyleInput {
  const analysisView = showsSchoolFlags(state);
  return {
    glyphsUrl,
    basemap: activeBasemap(state),
    referenceLayers: state.referenceLayers,
    analysis: {
      ruleFill: showsRuleFill(state),
      circles: analysisView && state.analysisLayers.circles,
      gaps: analysisView && state.analysisLayers.gaps,
      flags: showsSchoolFlags(state),
      isochrones: analysisView && state.analysisLayers.isochrones,
      roads: analysisView && state.analysisLayers.roads,
    },
    candidates: state.view === 'planning',
    // 学位 draws the seat layers the user chose.
    seats: {
      utilisation: state.view === 'seats' && state.seatLayers.utilisation,
      withoutSeat: state.view === 'seats' && state.seatLayers.withoutSeat,
    },
  };
}

/** The screen map's style for a state; the glyphs are the app's own unless given. */
export function styleForState(state: StyleState, glyphsUrl: string = appGlyphsUrl()): StyleSpecification {
  return buildStyle(styleInputForState(state, glyphsUrl));
}
