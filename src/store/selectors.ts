/** Derived values, memoised on the inputs they depend on so components and the bridge share them. */
import type { FeatureCollection } from 'geojson';
import type { DistrictAnalysis } from '../analysis/analyze-district.ts';
import { assignTownships } from '../analysis/assign-townships.ts';
import { countSchools, type SchoolCounts } from '../analysis/count-schools.ts';
import { filterSchools } from '../analysis/filter-schools.ts';
import { findTownshipAtPoint } from '../analysis/find-township-at-point.ts';
import { gapFeatures } from '../analysis/gap-points.ts';
import { serviceCircles } from '../analysis/service-circles.ts';
import { NO_FILTERS } from '../domain/filters.ts';
import { SERVICE_KINDS_BY_SCHOOL_TYPE, serviceRadius } from '../domain/radius.ts';
import { schoolsInScenario } from '../domain/scenario.ts';
import type { AtlasState } from './index.ts';

/**
 * Wraps a derivation so it recomputes only when one of its inputs changes (by reference). The
 * derivation may read the state it is given, as long as `inputsOf` names everything it reads.
 * @example const selectTotal = memoize((state) => [state.schools] as const, ([schools]) => schools.length);
 */
export function memoize<Inputs extends readonly unknown[], Result>(
  inputsOf: (state: AtlasState) => Inputs,
  derive: (inputs: Inputs, state: AtlasState) => Result,
): (state: AtlasState) => Result {
  let lastInputs: Inputs | null = null;
  let lastResult: Result;
  return (state) => {
    const inputs = inputsOf(state);
    if (
      lastInputs &&
      inputs.length === lastInputs.length &&
      inputs.every((input, index) => input === lastInputs?.[index])
    ) {
      return lastResult;
    }
    lastInputs = inputs;
    lastResult = derive(inputs, state);
    return lastResult;
  };
}

/** Township code of each school (same order as `schools`), '' when unknown. */
export const selectSchoolTownships: (state: AtlasState) => string[] = memoize(
  (state) => [state.schools, state.townships] as const,
  ([schools, townships]) => (townships ? assignTownships(schools, townships) : schools.map(() => '')),
);

/** Indices of the schools that pass the current filters (same array while inputs are unchanged). */
export const selectVisibleSchools: (state: AtlasState) => number[] = memoize(
  (state) => [state.schools, selectSchoolTownships(state), state.filters, state.scenario] as const,
  ([schools, townshipCodes, filters, scenario]) => filterSchools(schools, townshipCodes, filters, scenario),
);

/** What the legend counts: the schools the map draws (filters and scenario), by type and state. */
export const selectVisibleSchoolCounts: (state: AtlasState) => SchoolCounts = memoize(
  (state) => [state.schools, selectVisibleSchools(state)] as const,
  ([schools, visible]) => countSchools(schools, visible),
);

/**
 * What a township's panel counts, by township code: the schools standing in the scenario on
 * screen, whatever the other filters — the legend's counting with only that township ticked.
 * A township without schools in the scenario is absent.
 */
export const selectTownshipSchoolCounts: (state: AtlasState) => ReadonlyMap<string, SchoolCounts> = memoize(
  (state) => [state.schools, selectSchoolTownships(state), state.scenario] as const,
  ([schools, townshipCodes, scenario]) => {
    const positionsByTownship = new Map<string, number[]>();
    for (const position of filterSchools(schools, townshipCodes, NO_FILTERS, scenario)) {
      const code = townshipCodes[position] ?? '';
      const positions = positionsByTownship.get(code);
      if (positions) positions.push(position);
      else positionsByTownship.set(code, [position]);
    }
    return new Map(
      [...positionsByTownship].map(([code, positions]) => [code, countSchools(schools, positions)]),
    );
  },
);

/** The selected school's index, or -1. */
export function selectSelectedSchoolIndex(state: AtlasState): number {
  const { selection } = state;
  if (selection?.kind !== 'school') return -1;
  return state.schools.findIndex((school) => school.code === selection.code);
}

/** The analysis of the scenario on screen (现状 or 规划完成后), or null before the first run. */
export function selectScenarioAnalysis(state: AtlasState): DistrictAnalysis | null {
  return state.analysis?.[state.scenario.kind] ?? null;
}

/** Codes of the schools failing a school rule in the scenario on screen. */
export const selectFlaggedCodes: (state: AtlasState) => ReadonlySet<string> = memoize(
  (state) => [selectScenarioAnalysis(state)] as const,
  ([analysis]) => new Set(analysis?.schoolFlags.map((flags) => flags.code) ?? []),
);

/** Service circles of the chosen kind for the schools standing in the scenario (for drawing only). */
export const selectServiceCircles: (state: AtlasState) => FeatureCollection = memoize(
  (state) => [state.schools, state.townships, state.scenario, state.analysisKind, state.radii] as const,
  ([schools, townships, scenario, kind, radii]) => {
    const standing = schoolsInScenario(schools, scenario);
    const townshipCodes = townships ? assignTownships(standing, townships) : [];
    const urban = new Set(
      townships?.features.filter((f) => f.properties.urban).map((f) => f.properties.code),
    );
    return serviceCircles(standing, kind, (_school, position) =>
      serviceRadius(radii, kind, urban.has(townshipCodes[position] ?? '')),
    );
  },
);

/** Uncovered population points of the chosen kind, as GeoJSON for the gap layer. */
export const selectGapFeatures: (state: AtlasState) => FeatureCollection = memoize(
  (state) => [selectScenarioAnalysis(state), state.analysisKind] as const,
  ([analysis, kind]) => gapFeatures(analysis?.gaps[kind], 'distance'),
);

/**
 * What the township fill shows per township code: -1 nothing to show, 0 passes, n > 0 fails
 * (with no rule chosen: the number of enabled township rules it fails).
 */
export const selectTownshipFailures: (state: AtlasState) => Map<string, number> = memoize(
  (state) => [selectScenarioAnalysis(state), state.fillRule, state.view === 'overview'] as const,
  ([analysis, fillRule, overview]) => {
    const result = new Map<string, number>();
    for (const township of analysis?.townships ?? []) {
      if (fillRule === null) {
        // The overview colours by the plan's own rules; coverage against the tool's target is
        // shown apart there, so a leader never reads "fails" where the plan is met.
        const applicable = township.rules.filter(
          (rule) => rule.pass !== null && !(overview && rule.measure === 'population-coverage'),
        );
        result.set(
          township.code,
          applicable.length === 0 ? -1 : applicable.filter((rule) => !rule.pass).length,
        );
      } else {
        const rule = township.rules.find((item) => item.id === fillRule);
        result.set(township.code, rule?.pass === true ? 0 : rule?.pass === false ? 1 : -1);
      }
    }
    return result;
  },
);

/** Where a candidate lies and the radius its circle is drawn with. */
export interface CandidatePlace {
  townshipCode: string;
  townshipName: string;
  /** Its own radius, else its first kind's radius in its township; null = district-wide. */
  radius: number | null;
}

/** The township and drawn radius of every candidate, by id. */
export const selectCandidatePlaces: (state: AtlasState) => ReadonlyMap<string, CandidatePlace> = memoize(
  (state) => [state.candidates, state.townships, state.radii] as const,
  ([candidates, townships, radii]) =>
    new Map(
      candidates.map((candidate) => {
        const township = townships ? findTownshipAtPoint(candidate.lon, candidate.lat, townships) : undefined;
        const kind = SERVICE_KINDS_BY_SCHOOL_TYPE[candidate.type][0];
        const radius =
          candidate.radius ?? (kind ? serviceRadius(radii, kind, township?.properties.urban ?? false) : null);
        return [
          candidate.id,
          {
            townshipCode: township?.properties.code ?? '',
            townshipName: township?.properties.name ?? '',
            radius,
          },
        ];
      }),
    ),
);

/** The candidate sites where they stand, the one being dragged at the pointer's point. */
export function selectPlacedCandidates(state: AtlasState): AtlasState['candidates'] {
  const { candidates, draggedCandidate: dragged } = state;
  return dragged
    ? candidates.map((candidate) =>
        candidate.id === dragged.id ? { ...candidate, lon: dragged.lon, lat: dragged.lat } : candidate,
      )
    : candidates;
}
