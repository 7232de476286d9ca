/**
 * The closures of a consolidation explained one by one, so each can be argued in a meeting: in
 * the order that costs least first, what each costs in coverage, the rules it breaks, where its
 * pupils go and how much farther, whether they then need boarding, and the school that could
 * close instead.
 */
import { type ServiceKind, type ServiceRadii, serviceRadius } from '../../domain/radius.ts';
import type { School, SchoolType } from '../../domain/school.ts';
import type { DistrictAnalysis } from '../analyze-district.ts';
import { buildGridIndex } from '../build-grid-index.ts';
import { findNearest } from '../find-nearest.ts';
import { brokenRules, type FixedRule } from './assess-suggestion.ts';
import { surplusOf } from './count-state.ts';
import { CoverageState, type CoveringProblem } from './coverage-state.ts';
import type { CoverageTargets } from './coverage-targets.ts';
import type { PreparedPopulation } from './prepare-suggestion.ts';
import { keepsTargets } from './search-coverage-sites.ts';

/** One school proposed to close. */
export interface ClosedSchool {
  /** 1-based, the closure costing least first. */
  rank: number;
  code: string;
  name: string;
  type: SchoolType;
  lon: number;
  lat: number;
  townshipCode: string;
  townshipName: string;
  /** 在校生数: the pupils who move; null when the roster does not say. */
  pupils: number | null;
  /** The nearest school of the kind that stays, where the pupils go; null when none stays. */
  receiving: { code: string; name: string; lon: number; lat: number; boarding: boolean } | null;
  /** Metres from the closed school to the receiving one: the extra way for a pupil living beside it. */
  extraMetres: number | null;
  /** Population-weighted extra metres for the people whose nearest school it was. */
  meanExtraMetres: number | null;
  /** The receiving school lies beyond the walking radius of the closed one: its pupils need boarding or transport. */
  boardingNeeded: boolean;
  /** Population that leaves the radius when this school closes, after the closures before it. */
  populationLosingCoverage: number;
  /** Township rules that go from ✓ to ✗ when this school closes, after the closures before it. */
  rulesBroken: FixedRule[];
  /** The school that could close instead, and the population losing coverage then; null when none may. */
  runnerUp: { code: string; name: string; populationLosingCoverage: number } | null;
}

/** What the explanation needs. */
export interface ClosureFacts {
  problem: CoveringProblem;
  targets: CoverageTargets;
  /** The schools that may close (the problem's candidates). */
  closable: readonly School[];
  /** Indices of the closable schools kept. */
  kept: readonly number[];
  /** Schools of the kind that stay anyway. */
  staying: readonly School[];
  /** Township code of each closable school. */
  townshipCodes: readonly string[];
  population: PreparedPopulation;
  radii: ServiceRadii;
  kind: ServiceKind;
  analysisOf: (schools: readonly School[]) => DistrictAnalysis;
  before: DistrictAnalysis;
  allSchools: readonly School[];
}

/** Closed schools, costing least first: each one's cost given the closures before it. */
function closureOrder(
  problem: CoveringProblem,
  closed: readonly number[],
): { school: number; cost: number }[] {
  const state = new CoverageState(problem);
  for (let school = 0; school < problem.lists.sites; school++) state.add(school);
  const left = [...closed].sort((a, b) => a - b);
  const order: { school: number; cost: number }[] = [];
  while (left.length > 0) {
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    left.forEach((school, position) => {
      const cost = state.lossOf(school);
      if (cost < bestCost) {
        bestCost = cost;
        best = position;
      }
    });
    const [school] = left.splice(best, 1);
    if (school === undefined) break;
    state.remove(school);
    order.push({ school, cost: bestCost });
  }
  return order;
}

/**
 * Each closed school explained (see the file's description).
 * @example explainClosures(facts)[0].receiving?.name
 */
export function explainClosures(facts: ClosureFacts): ClosedSchool[] {
  const { problem, closable, kept, staying, population, radii, kind } = facts;
  const keptSet = new Set(kept);
  const closedIndices = closable.map((_, index) => index).filter((index) => !keptSet.has(index));
  const remaining = [...staying, ...kept.map((index) => closable[index] as School)];
  const beforeSchools = [...staying, ...closable];
  const remainingIndex = remaining.length > 0 ? buildGridIndex(remaining, 2000) : null;
  const beforeIndex = buildGridIndex(beforeSchools, 2000);

  // Extra way for the people whose nearest school closes: nearest before and after, per point.
  const extraSum = new Map<number, number>();
  const extraWeight = new Map<number, number>();
  population.points.forEach((point, position) => {
    const weight = population.weights[position] ?? 0;
    if (!(weight > 0)) return;
    const nearest = findNearest(beforeIndex, point.lon, point.lat);
    const school = nearest ? nearest.id - staying.length : -1;
    if (!nearest || school < 0 || keptSet.has(school)) return;
    const now = remainingIndex ? findNearest(remainingIndex, point.lon, point.lat) : null;
    if (!now) return;
    extraSum.set(school, (extraSum.get(school) ?? 0) + weight * (now.distance - nearest.distance));
    extraWeight.set(school, (extraWeight.get(school) ?? 0) + weight);
  });

  // The school that could close instead: a kept one whose exchange keeps the targets and costs least.
  const finalState = new CoverageState(problem);
  for (const index of kept) finalState.add(index);
  const surplus = surplusOf(problem, facts.targets, finalState.covers);
  const runnerUpOf = (school: number): ClosedSchool['runnerUp'] => {
    let best: ClosedSchool['runnerUp'] = null;
    let bestCovered = Number.NEGATIVE_INFINITY;
    for (const other of kept) {
      if (!keepsTargets(problem, facts.targets, finalState.covers, surplus, other, school)) continue;
      finalState.add(school);
      finalState.remove(other);
      const covered = finalState.recount();
      finalState.add(other);
      finalState.remove(school);
      if (covered > bestCovered) {
        bestCovered = covered;
        const instead = closable[other] as School;
        best = { code: instead.code, name: instead.name, populationLosingCoverage: 0 };
      }
    }
    if (best) {
      const all = new CoverageState(problem);
      for (let index = 0; index < closable.length; index++) all.add(index);
      best.populationLosingCoverage = all.recount() - bestCovered;
    }
    finalState.recount();
    return best;
  };

  let previous = facts.before;
  const closedSoFar = new Set<School>();
  return closureOrder(problem, closedIndices).map(({ school: index, cost }, position) => {
    const school = closable[index] as School;
    closedSoFar.add(school);
    const next = facts.analysisOf(facts.allSchools.filter((entry) => !closedSoFar.has(entry)));
    const rulesBroken = brokenRules(previous, next);
    previous = next;
    const townshipCode = facts.townshipCodes[index] ?? '';
    const area = population.areaByCode.get(townshipCode);
    const township = area === undefined ? undefined : population.areas[area];
    const receivingAt = remainingIndex ? findNearest(remainingIndex, school.lon, school.lat) : null;
    const receiving = receivingAt ? (remaining[receivingAt.id] as School) : null;
    const walking = serviceRadius(radii, kind, township?.urban ?? false) ?? Number.POSITIVE_INFINITY;
    const weight = extraWeight.get(index) ?? 0;
    return {
      rank: position + 1,
      code: school.code,
      name: school.name,
      type: school.type,
      lon: school.lon,
      lat: school.lat,
      townshipCode,
      townshipName: township?.name ?? '',
      pupils: school.students,
      receiving: receiving
        ? {
            code: receiving.code,
            name: receiving.name,
            lon: receiving.lon,
            lat: receiving.lat,
            boarding: receiving.boarding,
          }
        : null,
      extraMetres: receivingAt ? receivingAt.distance : null,
      meanExtraMetres: weight > 0 ? (extraSum.get(index) ?? 0) / weight : null,
      boardingNeeded: receivingAt !== null && receivingAt.distance > walking,
      populationLosingCoverage: cost,
      rulesBroken,
      runnerUp: runnerUpOf(index),
    };
  });
}
