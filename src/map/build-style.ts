/**
 * Builds the whole MapLibre style from plain state. Pure: the same input gives the same style,
 * so the bridge can apply it with `setStyle(style, { diff: true })` and print can reuse it.
 */
import type { FeatureCollection } from 'geojson';
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import {
  type AnalysisLayerVisibility,
  coverageLayers,
  townshipRuleFillLayer,
} from './layers/analysis-layers.ts';
import { baseLayers, districtLineLayer } from './layers/base-layers.ts';
import { tiandituLayers, tiandituSources } from './layers/basemap-layers.ts';
import {
  candidateCircleLayers,
  candidatePointLayers,
  suggestedSiteLayers,
} from './layers/candidate-layers.ts';
import { consolidationLayers } from './layers/consolidation-layers.ts';
import {
  SOURCE_CANDIDATE_CIRCLES,
  SOURCE_CANDIDATES,
  SOURCE_CONSOLIDATION,
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
import { schoolLayers } from './layers/school-layers.ts';
import { type SeatLayerVisibility, seatLayers } from './layers/seat-layers.ts';
import { townshipAreaLayers, townshipLabelLayer } from './layers/township-layers.ts';
import {
  hiddenGapLayer,
  isochroneLayer,
  roadLayer,
  SOURCE_HIDDEN_GAPS,
  SOURCE_ISOCHRONES,
  SOURCE_ROADS,
  TRAVEL_THEME,
} from './layers/travel-layers.ts';
import { DEFAULT_THEME, GLYPH_FONT_STACK, type Theme } from './theme.ts';

/** GeoJSON for the style's sources; omitted ones start empty and are filled through `setData`. */
export interface StyleData {
  district?: FeatureCollection;
  districtMask?: FeatureCollection;
  townships?: FeatureCollection;
  townshipLabels?: FeatureCollection;
  schools?: FeatureCollection;
  serviceCircles?: FeatureCollection;
  gaps?: FeatureCollection;
  /** A site suggestion's picks and a consolidation's arrows (the print draws them when in hand). */
  suggestedSites?: FeatureCollection;
  consolidation?: FeatureCollection;
  roads?: FeatureCollection;
  isochrones?: FeatureCollection;
  hiddenGaps?: FeatureCollection;
}

/** Everything the style depends on. */
export interface StyleInput {
  /** Absolute URL template of the app's own glyphs, with `{fontstack}` and `{range}`. */
  glyphsUrl: string;
  /** The Tianditu key when the user turned the online basemap on; null keeps the map offline. */
  tiandituKey: string | null;
  theme?: Theme;
  data?: StyleData;
  /** Analysis layers to show; all hidden when omitted (the plain map). */
  analysis?: AnalysisLayerVisibility & { flags: boolean; isochrones?: boolean; roads?: boolean };
  /** Whether the candidate sites are drawn (the 选址 screen). */
  candidates?: boolean;
  /** Seat layers to show (the 学位 screen); hidden when omitted. */
  seats?: SeatLayerVisibility;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function geojsonSource(data: FeatureCollection | undefined, promoteId?: string): SourceSpecification {
  return {
    type: 'geojson',
    data: data ?? EMPTY,
    ...(promoteId ? { promoteId } : {}),
  };
}

/**
 * The style for the given state.
 * @example
 * const style = buildStyle({ glyphsUrl: `${location.origin}/glyphs/{fontstack}/{range}.pbf`, tiandituKey: null });
 */
export function buildStyle(input: StyleInput): StyleSpecification {
  const theme = input.theme ?? DEFAULT_THEME;
  const withBasemap = input.tiandituKey !== null && input.tiandituKey.trim() !== '';
  const data = input.data ?? {};
  const sources: Record<string, SourceSpecification> = {
    [SOURCE_DISTRICT]: geojsonSource(data.district),
    [SOURCE_DISTRICT_MASK]: geojsonSource(data.districtMask),
    [SOURCE_TOWNSHIPS]: geojsonSource(data.townships, 'code'),
    [SOURCE_TOWNSHIP_LABELS]: geojsonSource(data.townshipLabels),
    [SOURCE_SCHOOLS]: geojsonSource(data.schools),
    [SOURCE_SERVICE_CIRCLES]: geojsonSource(data.serviceCircles),
    [SOURCE_GAPS]: geojsonSource(data.gaps),
    [SOURCE_CANDIDATES]: geojsonSource(undefined, 'id'),
    [SOURCE_CANDIDATE_CIRCLES]: geojsonSource(undefined),
    [SOURCE_SUGGESTED_SITES]: geojsonSource(data.suggestedSites),
    [SOURCE_ROADS]: geojsonSource(data.roads),
    [SOURCE_ISOCHRONES]: geojsonSource(data.isochrones),
    [SOURCE_HIDDEN_GAPS]: geojsonSource(data.hiddenGaps),
    [SOURCE_CONSOLIDATION]: geojsonSource(data.consolidation),
    [SOURCE_SEAT_GAPS]: geojsonSource(undefined),
    [SOURCE_SEAT_SCHOOLS]: geojsonSource(undefined),
    ...(withBasemap && input.tiandituKey ? tiandituSources(input.tiandituKey) : {}),
  };
  const [background, ...belowDistrict] = baseLayers(theme, withBasemap);
  const analysis = input.analysis ?? { ruleFill: false, circles: false, gaps: false, flags: false };
  return {
    version: 8,
    // An identifier, never shown: the map's texts come from the catalogues.
    name: 'school-layout-atlas',
    glyphs: input.glyphsUrl,
    sources,
    layers: [
      ...(background ? [background] : []),
      ...(withBasemap ? tiandituLayers() : []),
      ...belowDistrict,
      townshipRuleFillLayer(theme, analysis.ruleFill),
      isochroneLayer(TRAVEL_THEME, analysis.isochrones ?? false),
      ...townshipAreaLayers(theme),
      roadLayer(TRAVEL_THEME, analysis.roads ?? false),
      ...coverageLayers(theme, analysis),
      hiddenGapLayer(TRAVEL_THEME, analysis.gaps),
      ...candidateCircleLayers(theme, input.candidates ?? false),
      ...seatLayers(theme, input.seats ?? { utilisation: false, withoutSeat: false }),
      districtLineLayer(theme),
      townshipLabelLayer(theme, GLYPH_FONT_STACK),
      ...schoolLayers(theme, GLYPH_FONT_STACK, analysis.flags),
      ...consolidationLayers(theme, GLYPH_FONT_STACK, input.candidates ?? false),
      ...suggestedSiteLayers(theme, GLYPH_FONT_STACK, input.candidates ?? false),
      ...candidatePointLayers(theme, GLYPH_FONT_STACK, input.candidates ?? false),
    ],
  };
}
