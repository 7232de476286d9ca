/** Source and layer ids shared by the style builder, the bridge and the tests. */

export const SOURCE_DISTRICT = 'district';
export const SOURCE_DISTRICT_MASK = 'district-mask';
export const SOURCE_TOWNSHIPS = 'townships';
export const SOURCE_TOWNSHIP_LABELS = 'township-labels';
export const SOURCE_SCHOOLS = 'schools';
export const SOURCE_SERVICE_CIRCLES = 'service-circles';
export const SOURCE_GAPS = 'coverage-gaps';
export const SOURCE_CANDIDATES = 'candidates';
export const SOURCE_CANDIDATE_CIRCLES = 'candidate-circles';
export const SOURCE_SUGGESTED_SITES = 'suggested-sites';
export const SOURCE_CONSOLIDATION = 'consolidation';
export const SOURCE_SEAT_SCHOOLS = 'seat-schools';
export const SOURCE_SEAT_GAPS = 'seat-gaps';
export const SOURCE_TIANDITU_VECTOR = 'tianditu-vector';
export const SOURCE_TIANDITU_LABELS = 'tianditu-labels';
export const SOURCE_DISTRICT_LABEL = 'district-label';
/** The basemap's source(s): a PMTiles archive, or each layer of a configured service. */
export const SOURCE_BASEMAP = 'basemap';
/** Prefix of a reference layer's source and layers; the layer's id follows. */
export const REFERENCE_PREFIX = 'reference-';

export const LAYER_BACKGROUND = 'background';
export const LAYER_TIANDITU_VECTOR = 'tianditu-vector';
export const LAYER_TIANDITU_LABELS = 'tianditu-labels';
export const LAYER_DISTRICT_MASK = 'district-mask';
export const LAYER_DISTRICT_FILL = 'district-fill';
export const LAYER_TOWNSHIP_RULE_FILL = 'township-rule-fill';
export const LAYER_TOWNSHIP_FILL = 'township-fill';
export const LAYER_SERVICE_CIRCLE_FILL = 'service-circle-fill';
export const LAYER_SERVICE_CIRCLE_LINE = 'service-circle-line';
export const LAYER_GAPS = 'coverage-gaps';
export const LAYER_TOWNSHIP_LINE = 'township-line';
export const LAYER_DISTRICT_LINE = 'district-line';
export const LAYER_TOWNSHIP_LABEL = 'township-label';
export const LAYER_DISTRICT_LABEL = 'district-label';
/** Invisible copies of the school symbols, placed first so the labels keep clear of them. */
export const LAYER_SCHOOL_CLEARANCE = 'school-clearance';
/** Prefix of every layer of the basemap. */
export const BASEMAP_PREFIX = 'basemap-';
export const LAYER_SCHOOL_HALO = 'school-halo';
export const LAYER_SCHOOL_SYMBOL = 'school-symbol';
export const LAYER_SCHOOL_FLAG = 'school-flag';
export const LAYER_SCHOOL_LABEL = 'school-label';
export const LAYER_CANDIDATE_CIRCLE_FILL = 'candidate-circle-fill';
export const LAYER_CANDIDATE_CIRCLE_LINE = 'candidate-circle-line';
export const LAYER_CANDIDATE_POINT = 'candidate-point';
export const LAYER_CANDIDATE_LABEL = 'candidate-label';
export const LAYER_SUGGESTED_SITE = 'suggested-site';
export const LAYER_SUGGESTED_SITE_RANK = 'suggested-site-rank';
export const LAYER_CONSOLIDATION_ARROW = 'consolidation-arrow';
export const LAYER_CONSOLIDATION_HEAD = 'consolidation-head';
export const LAYER_CONSOLIDATION_CLOSED = 'consolidation-closed';
export const LAYER_CONSOLIDATION_CROSS = 'consolidation-cross';
export const LAYER_SEAT_GAPS = 'seat-gaps';
export const LAYER_SEAT_UTILISATION = 'seat-utilisation';
