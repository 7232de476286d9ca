/**
 * The printed legend's rows: from the analysis layers, reference layers and schools drawn on the
 * page, with counts, in the interface language. Pure: plain data in, plain data out.
 */
import { distanceLegend } from '../domain/distance-legend.ts';
import { type DistanceModel, STRAIGHT_LINE } from '../domain/distance-model.ts';
import type { ServiceKind } from '../domain/radius.ts';
import type { ReferenceLayer } from '../domain/reference-layer.ts';
import {
  SCHOOL_STATES,
  SCHOOL_TYPE_CODES,
  SCHOOL_TYPES,
  type School,
  type SchoolState,
  type SchoolType,
  type SchoolTypeCode,
  schoolState,
} from '../domain/school.ts';
import {
  type Language,
  schoolStateLabel,
  schoolTypeLabel,
  serviceKindLabel,
  translateMessage,
} from '../i18n/index.ts';
import { translatorFor } from './translator.ts';

/** Analysis layers drawn on the page. */
export interface PrintedAnalysisLayers {
  circles: boolean;
  gaps: boolean;
  ruleFill: boolean;
  flags: boolean;
  /** Under road time: the isochrone cells, and the road network. */
  isochrones?: boolean;
  roads?: boolean;
}

/** Swatches for the analysis layers, drawn as on the map (`band-n`: the n-th isochrone band). */
export type LegendSwatch =
  | 'circle'
  | 'gap'
  | 'pass'
  | 'fail-one'
  | 'fail-many'
  | 'flag'
  | `band-${number}`
  | 'hidden-gap'
  | 'road'
  | 'suggested-site'
  | 'closed-school'
  | 'merge-arrow';

/** One legend row. */
export type LegendEntry =
  | { kind: 'heading'; label: string }
  | { kind: 'school'; type: SchoolTypeCode; state: SchoolState; label: string; count: number }
  | { kind: 'line'; line: 'district' | 'township' | 'township-approximate'; label: string }
  | {
      kind: 'reference';
      geometry: 'point' | 'line' | 'polygon';
      colour: string;
      width: number;
      dashed: boolean;
      label: string;
    }
  | { kind: 'swatch'; swatch: LegendSwatch; label: string };

/** What the legend is built from. */
export interface LegendInput {
  schools: readonly School[];
  /** Indices (into `schools`) of the schools drawn on the page. */
  indices: readonly number[];
  /** Township lines are approximate (dashed, with a note). */
  approximate: boolean;
  /** Analysis layers on the page, or null for none. */
  analysis: PrintedAnalysisLayers | null;
  /** The service kind whose circles and gaps are drawn. */
  kind: ServiceKind;
  language: Language;
  /** Reference layers on the page (the hidden ones are left out). */
  referenceLayers?: readonly ReferenceLayer[];
  /** How distances were measured; the straight line when absent. */
  distance?: DistanceModel;
  /** The isochrone band edges (minutes), when the isochrones are drawn. */
  bands?: readonly number[];
  /** The site suggestion's and the consolidation's symbols drawn on the page, when any. */
  optimisation?: PrintedOptimisationSymbols;
}

/** Which of the planning symbols a page draws. */
export interface PrintedOptimisationSymbols {
  suggestedSites: boolean;
  closedSchools: boolean;
  mergeArrows: boolean;
}

/**
 * The legend rows for a page: school types and states that the page draws, each with its count
 * (types and states with no school are left out: paper has no room for zeros), the lines, and
 * the analysis layers that are on.
 * @example buildLegendEntries({ schools, indices: [0, 1], approximate: true, analysis: null, kind: 'primary', language: 'zh-CN' })[1] // { kind: 'school', type: 'primary', label: '小学', count: 2, … }
 */
export function buildLegendEntries(input: LegendInput): LegendEntry[] {
  const t = translatorFor(input.language);
  const byType = new Map<SchoolType, number>();
  const byState = new Map<SchoolState, number>();
  for (const index of input.indices) {
    const school = input.schools[index];
    if (!school) continue;
    byType.set(school.type, (byType.get(school.type) ?? 0) + 1);
    const state = schoolState(school);
    byState.set(state, (byState.get(state) ?? 0) + 1);
  }
  const entries: LegendEntry[] = [{ kind: 'heading', label: t('printLegendTypes') }];
  for (const type of SCHOOL_TYPES) {
    const count = byType.get(type) ?? 0;
    if (count === 0) continue;
    const label = schoolTypeLabel(input.language, type);
    entries.push({ kind: 'school', type: SCHOOL_TYPE_CODES[type], state: 'existing', label, count });
  }
  entries.push({ kind: 'heading', label: t('printLegendStates') });
  for (const state of SCHOOL_STATES) {
    const count = byState.get(state) ?? 0;
    if (count === 0) continue;
    entries.push({
      kind: 'school',
      type: 'primary',
      state,
      label: schoolStateLabel(input.language, state),
      count,
    });
  }
  entries.push(
    { kind: 'heading', label: t('printLegendLines') },
    { kind: 'line', line: 'district', label: t('legendDistrict') },
    input.approximate
      ? { kind: 'line', line: 'township-approximate', label: t('legendTownshipApproximate') }
      : { kind: 'line', line: 'township', label: t('legendTownshipOfficial') },
  );
  const shown = (input.referenceLayers ?? []).filter((layer) => layer.visible);
  if (shown.length > 0) {
    entries.push({ kind: 'heading', label: t('printLegendReference') });
    for (const layer of shown) {
      entries.push({
        kind: 'reference',
        geometry: mainGeometry(layer),
        colour: layer.colour,
        width: layer.width,
        dashed: layer.kind === 'red-line',
        label: layer.name,
      });
    }
  }
  const analysis = input.analysis;
  if (analysis && (analysis.circles || analysis.gaps || analysis.ruleFill || analysis.flags)) {
    const kind = serviceKindLabel(input.language, input.kind);
    const distance = input.distance ?? STRAIGHT_LINE;
    const road = distance.model === 'road';
    const legend = translateMessage(input.language, distanceLegend(distance));
    // Every export says how distances were measured: 分析图层（按步行道路时间）.
    entries.push({
      kind: 'heading',
      label: t('travelPrintAnalysisHeading', { heading: t('printLegendAnalysis'), legend }),
    });
    if (analysis.circles)
      entries.push({ kind: 'swatch', swatch: 'circle', label: t('printCirclesOf', { kind }) });
    if (analysis.isochrones) {
      (input.bands ?? []).forEach((minutes, band) => {
        entries.push({ kind: 'swatch', swatch: `band-${band}`, label: t('travelLegendBand', { minutes }) });
      });
    }
    if (analysis.gaps)
      entries.push({
        kind: 'swatch',
        swatch: 'gap',
        label: road ? t('travelPrintGapsOf', { kind }) : t('printGapsOf', { kind }),
      });
    if (analysis.gaps && road)
      entries.push({ kind: 'swatch', swatch: 'hidden-gap', label: t('travelLegendHiddenGap') });
    if (analysis.roads) entries.push({ kind: 'swatch', swatch: 'road', label: t('travelLayerRoads') });
    if (analysis.ruleFill) {
      entries.push(
        { kind: 'swatch', swatch: 'pass', label: t('legendRulePass') },
        { kind: 'swatch', swatch: 'fail-one', label: t('legendRuleFailOne') },
        { kind: 'swatch', swatch: 'fail-many', label: t('legendRuleFailMany') },
      );
    }
    if (analysis.flags) entries.push({ kind: 'swatch', swatch: 'flag', label: t('legendSchoolFlag') });
  }
  const planning = input.optimisation;
  if (planning && (planning.suggestedSites || planning.closedSchools || planning.mergeArrows)) {
    // A reader of the printed sheet meets the purple numbered dots and the arrows without the
    // app beside them: the legend says what they are.
    entries.push({ kind: 'heading', label: t('optimiseLegendHeading') });
    if (planning.suggestedSites)
      entries.push({ kind: 'swatch', swatch: 'suggested-site', label: t('optimiseLegendSuggestedSite') });
    if (planning.closedSchools)
      entries.push({ kind: 'swatch', swatch: 'closed-school', label: t('optimiseLegendClosedSchool') });
    if (planning.mergeArrows)
      entries.push({ kind: 'swatch', swatch: 'merge-arrow', label: t('optimiseLegendMergeArrow') });
  }
  return entries;
}

/** The geometry most of a layer's features have: its legend sample. */
function mainGeometry(layer: ReferenceLayer): 'point' | 'line' | 'polygon' {
  const counts = { point: 0, line: 0, polygon: 0 };
  for (const feature of layer.features.features) {
    const type = feature.geometry.type;
    if (type.endsWith('Point')) counts.point += 1;
    else if (type.endsWith('LineString')) counts.line += 1;
    else counts.polygon += 1;
  }
  return counts.line >= counts.point && counts.line >= counts.polygon
    ? 'line'
    : counts.point >= counts.polygon
      ? 'point'
      : 'polygon';
}
