/**
 * Builds the whole MapLibre style from plain state. Pure: the same input gives the same style,
 * so the bridge can apply it with `setStyle(style, { diff: true })` and print can reuse it.
 */
import type { FeatureCollection } from 'geojson';
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { ActiveBasemap } from '../domain/basemap.ts';
import {
  type AnalysisLayerVisibility,
  coverageLayers,
  townshipRuleFillLayer,
} from './layers/analysis-layers.ts';
import { baseLayers, districtLineLayer } from './layers/base-layers.ts';
import { basemapLayers, basemapSources } from './layers/basemap-layers.ts';
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
import { districtLabelLayer, schoolClearanceLayer, townshipLabelLayer } from './layers/label-layers.ts';
import {
  type ReferenceLayerLook,
  referenceGeometryLayers,
  referenceLabelLayers,
  referenceSources,
} from './layers/reference-layers.ts';
import { schoolLayers } from './layers/school-layers.ts';
import { type SeatLayerVisibility, seatLayers } from './layers/seat-layers.ts';
import { townshipAreaLayers } from './layers/township-layers.ts';
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
  /** The district's name at its label point. */
  districtLabel?: FeatureCollection;
  schools?: FeatureCollection;
  serviceCircles?: FeatureCollection;
  gaps?: FeatureCollection;
  /** Each reference layer's features, by layer id. */
  reference?: Readonly<Record<string, FeatureCollection>>;
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
  /** The basemap under the map (see selectActiveBasemap); null or absent keeps the plain map. */
  basemap?: ActiveBasemap | null;
  /** The Tianditu key, when `basemap` is not given: the online basemap with that key. */
  tiandituKey?: string | null;
  /** The reference layers, bottom to top. */
  referenceLayers?: readonly ReferenceLayerLook[];
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
 * const style = buildStyle({ glyphsUrl: `${location.origin}/glyphs/{fontstack}/{range}.pbf` });
 */
export function buildStyle(input: StyleInput): StyleSpecification {
  const theme = input.theme ?? DEFAULT_THEME;
  const key = input.tiandituKey?.trim() ?? '';
  const basemap = input.basemap ?? (key !== '' ? { kind: 'tianditu' as const, key } : null);
  const withBasemap = basemap !== null;
  const data = input.data ?? {};
  const reference = input.referenceLayers ?? [];
  const sources: Record<string, SourceSpecification> = {
    [SOURCE_DISTRICT]: geojsonSource(data.district),
    [SOURCE_DISTRICT_MASK]: geojsonSource(data.districtMask),
    [SOURCE_TOWNSHIPS]: geojsonSource(data.townships, 'code'),
    [SOURCE_TOWNSHIP_LABELS]: geojsonSource(data.townshipLabels),
    [SOURCE_DISTRICT_LABEL]: geojsonSource(data.districtLabel),
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
    ...referenceSources(reference, data.reference),
    ...(basemap ? basemapSources(basemap) : {}),
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
      ...(basemap ? basemapLayers(basemap, GLYPH_FONT_STACK) : []),
      ...belowDistrict,
      townshipRuleFillLayer(theme, analysis.ruleFill),
      isochroneLayer(TRAVEL_THEME, analysis.isochrones ?? false),
      ...townshipAreaLayers(theme),
      ...referenceGeometryLayers(reference),
      roadLayer(TRAVEL_THEME, analysis.roads ?? false),
      ...coverageLayers(theme, analysis),
      hiddenGapLayer(TRAVEL_THEME, analysis.gaps),
      ...candidateCircleLayers(theme, input.candidates ?? false),
      ...seatLayers(theme, input.seats ?? { utilisation: false, withoutSeat: false }),
      districtLineLayer(theme),
      ...schoolLayers(theme, GLYPH_FONT_STACK, analysis.flags),
      // Names above the symbols; placed top first: the clearance, the district and townships,
      // then reference names, then school names (the school label layer is in schoolLayers,
      // below these, so it is placed after them).
      ...referenceLabelLayers(reference, theme, GLYPH_FONT_STACK),
      townshipLabelLayer(theme, GLYPH_FONT_STACK),
      districtLabelLayer(theme, GLYPH_FONT_STACK),
      ...consolidationLayers(theme, GLYPH_FONT_STACK, input.candidates ?? false),
      ...suggestedSiteLayers(theme, GLYPH_FONT_STACK, input.candidates ?? false),
      ...candidatePointLayers(theme, GLYPH_FONT_STACK, input.candidates ?? false),
      schoolClearanceLayer(),
    ],
  };
}
