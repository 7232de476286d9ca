/**
 * A still copy of what a print needs from the store: the data, the schools the filters show, the
 * scenario's analysis and the analysis layers as the analysis screen draws them. Taken once per
 * export, so a long atlas is made from one consistent state even if the user keeps working.
 */
import type { FeatureCollection } from 'geojson';
import type { DistrictAnalysis } from '../analysis/analyze-district.ts';
import type { SeatForecast } from '../analysis/seats/forecast-seat-balance.ts';
import type { ActiveBasemap } from '../domain/basemap.ts';
import { type DistanceModel, STRAIGHT_LINE } from '../domain/distance-model.ts';
import type { MessageValue } from '../domain/message.ts';
import { describePopulation } from '../domain/population.ts';
import type { ServiceKind } from '../domain/radius.ts';
import type { ReferenceLayer } from '../domain/reference-layer.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { Scenario } from '../domain/scenario.ts';
import { isSampleRoster, type School } from '../domain/school.ts';
import type { DistrictCollection, TownshipCollection, TownshipSeatCollection } from '../domain/township.ts';
import type { Language } from '../i18n/index.ts';
import { isochroneFeatures, roadFeatures } from '../map/travel-features.ts';
import { selectActiveBasemap } from '../store/context-selectors.ts';
import type { AtlasState } from '../store/index.ts';
import {
  memoize,
  selectFlaggedCodes,
  selectGapFeatures,
  selectScenarioAnalysis,
  selectSchoolTownships,
  selectServiceCircles,
  selectTownshipFailures,
  selectVisibleSchools,
} from '../store/selectors.ts';
import { selectHiddenGapFeatures } from '../store/travel-selectors.ts';
import type { PrintedAnalysisLayers } from './page-content.ts';
import { type PrintedOptimisation, printedOptimisation } from './printed-optimisation.ts';

/** What a print is made from. */
export interface PrintSnapshot {
  language: Language;
  scenario: Scenario;
  /** The service kind whose circles and gaps are drawn. */
  kind: ServiceKind;
  schools: readonly School[];
  /** Indices of the schools the filters show (what the map draws). */
  visible: readonly number[];
  /** Township code per school, '' when unknown. */
  schoolTownships: readonly string[];
  district: DistrictCollection | null;
  townships: TownshipCollection | null;
  seats: TownshipSeatCollection | null;
  /** The scenario's analysis, or null before the first run. */
  analysis: DistrictAnalysis | null;
  /** The scenario's seat forecast (学位供需), or null before the first run. */
  seatForecast: SeatForecast | null;
  ruleSet: RuleSet | null;
  /** Analysis layers on the page; null for the plain map. */
  analysisLayers: PrintedAnalysisLayers | null;
  flagged: ReadonlySet<string>;
  serviceCircles: FeatureCollection | null;
  gaps: FeatureCollection | null;
  /** Township fill values (see selectTownshipFailures). */
  failures: ReadonlyMap<string, number>;
  /** How the analysis measured distances (its legends say 按步行道路时间 under road time); absent = the straight line. */
  distance?: DistanceModel;
  /** With the analysis layers: the roads, and under road time the isochrone cells and hidden gaps drawn. */
  roads?: FeatureCollection | null;
  isochrones?: FeatureCollection | null;
  hiddenGaps?: FeatureCollection | null;
  districtName: string;
  rosterFile: string;
  sample: boolean;
  /** What the population in use is, briefly (the model's name, or the imported file), for the source line. */
  population: MessageValue | null;
  /** Township lines are approximate (built from seat points). */
  approximate: boolean;
  tiandituKey: string | null;
  /** The basemap drawn under the page's map (credited on the page), or null. */
  basemap: ActiveBasemap | null;
  /** The reference layers, bottom to top (the hidden ones are left out of the legend). */
  referenceLayers: readonly ReferenceLayer[];
  /** The site suggestion and consolidation proposal in hand (sites, arrows, quality lines), or null. */
  optimisation: PrintedOptimisation | null;
}

/**
 * The snapshot of the current state; with `includeAnalysis` the analysis layers are drawn as
 * the analysis screen draws them (its circles, gaps and rule-fill switches, and the flags).
 */
export function takePrintSnapshot(state: AtlasState, includeAnalysis: boolean): PrintSnapshot {
  const analysis = selectScenarioAnalysis(state);
  const distance = analysis?.distance ?? STRAIGHT_LINE;
  const road = distance.model === 'road';
  const layers: PrintedAnalysisLayers | null = includeAnalysis
    ? {
        // As on screen: under road time the isochrones stand in for the circles.
        circles: state.analysisLayers.circles && !road,
        gaps: state.analysisLayers.gaps,
        ruleFill: state.analysisLayers.ruleFill,
        flags: true,
        isochrones: road && state.analysisLayers.isochrones && state.isochrones !== null,
        roads: state.analysisLayers.roads && state.roads !== null,
      }
    : null;
  return {
    language: state.language,
    scenario: state.scenario,
    kind: state.analysisKind,
    schools: state.schools,
    visible: selectVisibleSchools(state),
    schoolTownships: selectSchoolTownships(state),
    district: state.district,
    townships: state.townships,
    seats: state.seats,
    analysis,
    seatForecast: state.seatAnalysis?.[state.scenario.kind] ?? null,
    ruleSet: state.ruleSet,
    analysisLayers: layers,
    flagged: layers?.flags ? selectFlaggedCodes(state) : new Set(),
    serviceCircles: layers?.circles ? selectServiceCircles(state) : null,
    gaps: layers?.gaps ? selectGapFeatures(state) : null,
    failures: layers?.ruleFill ? selectTownshipFailures(state) : new Map(),
    distance,
    roads: layers?.roads ? roadFeatures(state.roads) : null,
    isochrones: layers?.isochrones ? isochroneFeatures(state.isochrones) : null,
    hiddenGaps: road && layers?.gaps ? selectHiddenGapFeatures(state) : null,
    districtName: state.dataset?.districtName ?? '',
    rosterFile: state.dataset?.rosterFile ?? '',
    sample: isSampleRoster(state.schools),
    population: state.population ? describePopulation(state.population, true) : null,
    approximate: state.townships?.features.some((feature) => feature.properties.approximate) ?? false,
    tiandituKey: state.basemapEnabled && state.tiandituKey.trim() !== '' ? state.tiandituKey : null,
    basemap: selectActiveBasemap(state),
    referenceLayers: state.referenceLayers,
    optimisation: printedOptimisation(state),
  };
}

/**
 * The snapshot the print screen previews: `takePrintSnapshot` with the print choices' analysis
 * switch, the same object while nothing it reads has changed (so the preview redraws only when
 * the page would change).
 */
export const selectPrintSnapshot: (state: AtlasState) => PrintSnapshot = memoize(
  (state) =>
    [
      state.printChoices.includeAnalysis,
      state.language,
      state.scenario,
      state.analysisKind,
      state.schools,
      selectVisibleSchools(state),
      selectSchoolTownships(state),
      state.district,
      state.townships,
      state.seats,
      selectScenarioAnalysis(state),
      state.seatAnalysis,
      state.ruleSet,
      state.analysisLayers,
      state.fillRule,
      // The township fill counts the plan's rules alone on the overview (selectTownshipFailures).
      state.view,
      state.radii,
      state.dataset,
      state.population,
      state.basemapEnabled,
      state.tiandituKey,
      selectActiveBasemap(state),
      state.referenceLayers,
      state.suggestion,
      state.consolidationPlan,
      state.roads,
      state.isochrones,
    ] as const,
  ([includeAnalysis], state) => takePrintSnapshot(state, includeAnalysis),
);
