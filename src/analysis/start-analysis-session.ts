/**
 * What one analysis keeps for the next, so that an edit costs what it changes: the prepared
 * population (points, townships, the coverage frame) while the population and the boundaries stay
 * the same, and per service kind the nearest-school search, updated for the schools an edit
 * removed or added (`updateNearestSlots`), and the figures last made from it, reused while the
 * kind's schools and radii stay the same. The analysis worker keeps one session; the CLI and a
 * plain `analyzeDistrict(input)` use none. Results are the same with or without a session.
 */
import { type AnalysisPopulation, columnsOf, samePointColumns } from '../domain/point-columns.ts';
import type { PopulationPoint } from '../domain/population.ts';
import type { Rule } from '../domain/rules.ts';
import type { School } from '../domain/school.ts';
import type { TownshipCollection } from '../domain/township.ts';
import {
  canUpdateSummary,
  type KeptSummary,
  startKeptSummary,
  updateKeptRadii,
  updateKeptSummary,
} from './kept-kind-summary.ts';
import { measureKindCoverage } from './measure-kind-coverage.ts';
import { type AnalysisPoints, prepareAnalysisPoints } from './prepare-analysis-points.ts';
import { type SchoolFacts, startSchoolFactsMemo } from './school-facts.ts';
import { type KindCoverageResult, summariseKindCoverage } from './summarise-kind-coverage.ts';
import { startTownshipRecordsMemo, type TownshipRecordsMemo } from './township-records.ts';
import {
  type KeptNearest,
  type PlaceColumns,
  placeColumns,
  samePlaces,
  searchPlaces,
  updateNearestSlots,
} from './update-nearest-slots.ts';

/**
 * Up to this many prepared points (a county: a few thousand), a session's first analysis of a
 * kind searches as an analysis without a session does, in the frame's own buffers, and the kind's
 * own search, which only an edit reads, is made at its first edit (a search of a few thousand
 * points then; a kind the edit did not change is compared by its places, not searched). Above it
 * (a province), the first analysis keeps the search it made, as one made again would cost an edit
 * several times over.
 */
export const FIRST_ANALYSIS_AS_PLAIN_POINTS = 100_000;

/** One stream's kept search and the figures made from it. */
interface KeptKind {
  /** Null when the first analysis searched in the frame (see {@link FIRST_ANALYSIS_AS_PLAIN_POINTS}). */
  nearest: KeptNearest | null;
  /** Then, the places it searched (searched again on the kind's first edit); else null. */
  unsearched: PlaceColumns | null;
  radiusOfArea: Float64Array;
  outsideRadius: number;
  /**
   * The figures and what they were counted from, to be updated for the slots an edit changes:
   * made on the kind's first edit (null before, and when populations are not whole numbers).
   */
  summary: KeptSummary | null;
  /** The figures last made. */
  result: KindCoverageResult;
}

/** The slots an edit of the search changed. */
function changedOf(nearest: KeptNearest): Int32Array {
  return nearest.update.kind === 'edit' ? nearest.update.changed : new Int32Array(0);
}

/** What a session did for the last analysis, for the bench and the tests. */
export interface SessionReport {
  /** The population prepared again (a new population or new boundaries), or kept. */
  points: 'prepared' | 'kept';
  /**
   * Per stream measured on the straight line: every point searched, the search updated for an
   * edit (`updated`: and the figures counted again for the points it changed only; `updated,
   * summarised`: every point counted again), the search kept and the figures made again (new
   * radii), or the figures kept.
   */
  kinds: Record<
    string,
    'searched' | 'updated' | 'updated, summarised' | 'radii updated' | 'summarised' | 'kept'
  >;
}

/** A session: pass it to every `analyzeDistrict` of one scenario's stream of edits. */
export interface AnalysisSession {
  /** The prepared population for these inputs: the kept one when they equal the last ones. */
  prepare(population: AnalysisPopulation, townships: TownshipCollection): AnalysisPoints;
  /**
   * Straight-line coverage of a kind on points `prepare` returned, for these schools and radii
   * (as `measureKindCoverage` gives it). `stream` names what is measured — a kind in a scenario,
   * e.g. `current primary` — so that the two scenarios keep a search each.
   */
  measure(
    points: AnalysisPoints,
    stream: string,
    sites: readonly { lon: number; lat: number }[],
    radiusOfArea: Float64Array,
    outsideRadius: number,
  ): KindCoverageResult;
  /**
   * The findings about each school (township, failed rules, 所属乡镇 check) for these
   * boundaries and rules, kept per school while it, the boundaries and the rules stay the same.
   */
  schoolFacts(
    schools: readonly School[],
    townships: TownshipCollection,
    rules: readonly Rule[],
  ): SchoolFacts[];
  /** The township records last made for a scenario (`stream`: its kind), to make again only those whose inputs changed. */
  townshipMemo(stream: string): TownshipRecordsMemo;
  /** The session's record of the last analysis. */
  readonly report: SessionReport;
  /**
   * What an analysis made from a kind's figures (its gap points), kept as long as the figures
   * are: the same figures give the same list.
   */
  readonly derived: WeakMap<KindCoverageResult, unknown>;
  /** Forgets `derived` (a worker that transferred the gap points' buffers away no longer has them). */
  forgetDerived(): void;
}

function samePoints(first: readonly PopulationPoint[], second: readonly PopulationPoint[]): boolean {
  if (first === second) return true;
  if (first.length !== second.length) return false;
  for (let position = 0; position < first.length; position++) {
    const a = first[position] as PopulationPoint;
    const b = second[position] as PopulationPoint;
    if (a === b) continue;
    if (
      !Object.is(a.lon, b.lon) ||
      !Object.is(a.lat, b.lat) ||
      !Object.is(a.population, b.population) ||
      a.townshipCode !== b.townshipCode ||
      a.name !== b.name
    )
      return false;
  }
  return true;
}

/** Plain data (JSON-like: numbers, strings, booleans, null, arrays, objects) equal member by member. */
function sameData(first: unknown, second: unknown): boolean {
  if (Object.is(first, second)) return true;
  if (typeof first !== 'object' || typeof second !== 'object' || first === null || second === null)
    return false;
  if (Array.isArray(first) !== Array.isArray(second)) return false;
  const firstKeys = Object.keys(first);
  if (firstKeys.length !== Object.keys(second).length) return false;
  for (const key of firstKeys) {
    if (!Object.hasOwn(second, key)) return false;
    if (!sameData((first as Record<string, unknown>)[key], (second as Record<string, unknown>)[key]))
      return false;
  }
  return true;
}

/**
 * The population the analysis reads: the points' place, figure, township and name; the table;
 * the source, label and file its description names. Points as objects or as columns.
 */
function samePopulation(first: AnalysisPopulation, second: AnalysisPopulation): boolean {
  if (first === second) return true;
  return (
    first.source === second.source &&
    first.label === second.label &&
    first.file === second.file &&
    first.baseYear === second.baseYear &&
    sameData(first.townships, second.townships) &&
    (first.points && second.points
      ? samePoints(first.points, second.points)
      : samePointColumns(columnsOf(first), columnsOf(second)))
  );
}

function sameRadiiOf(first: Float64Array, second: Float64Array): boolean {
  if (first.length !== second.length) return false;
  for (let index = 0; index < first.length; index++)
    if (!Object.is(first[index], second[index])) return false;
  return true;
}

/**
 * Starts an empty session. `plainFirstUpTo`: see {@link FIRST_ANALYSIS_AS_PLAIN_POINTS} (the
 * tests take both ways with it).
 * @example const session = startAnalysisSession(); analyzeDistrict(input, session); analyzeDistrict(edited, session)
 */
export function startAnalysisSession({
  plainFirstUpTo = FIRST_ANALYSIS_AS_PLAIN_POINTS,
}: {
  plainFirstUpTo?: number;
} = {}): AnalysisSession {
  let kept: { population: AnalysisPopulation; townships: TownshipCollection; points: AnalysisPoints } | null =
    null;
  let kinds = new Map<string, KeptKind>();
  const report: SessionReport = { points: 'prepared', kinds: {} };
  const facts = startSchoolFactsMemo(sameData);
  let lastTownships: TownshipCollection | null = null;
  let townshipMemos = new Map<string, TownshipRecordsMemo>();
  // `derived` is a plain property, not a getter: an accessor of an object literal gives every
  // session a hidden class of its own that holds the getter, and through its closure everything
  // the session keeps (the prepared population, the searches); that class lives in the old
  // generation, so a session dropped after one analysis (a county's first) was copied and promoted
  // by the young collections until a full one.
  const session: AnalysisSession & { derived: WeakMap<KindCoverageResult, unknown> } = {
    report,
    derived: new WeakMap(),
    townshipMemo(stream) {
      let memo = townshipMemos.get(stream);
      if (!memo) {
        memo = startTownshipRecordsMemo(sameData);
        townshipMemos.set(stream, memo);
      }
      return memo;
    },
    forgetDerived() {
      session.derived = new WeakMap();
    },
    prepare(population, townships) {
      report.kinds = {};
      lastTownships = townships;
      if (kept && samePopulation(kept.population, population) && sameData(kept.townships, townships)) {
        report.points = 'kept';
        return kept.points;
      }
      // Drop the old before preparing the new: a province's frame is a few hundred megabytes.
      kept = null;
      kinds = new Map();
      townshipMemos = new Map();
      const points = prepareAnalysisPoints(population, townships);
      kept = { population, townships, points };
      report.points = 'prepared';
      return points;
    },
    schoolFacts(schools, townships, rules) {
      // The boundaries `prepare` kept when it was just given these: one object from edit to edit.
      return facts.factsOf(schools, kept && lastTownships === townships ? kept.townships : townships, rules);
    },
    measure(points, stream, sites, radiusOfArea, outsideRadius) {
      const { frame } = points;
      // Searches kept for other points than these are of no use.
      const before = kept?.points === points ? kinds.get(stream) : undefined;
      if (!before && frame.prepared.order.length <= plainFirstUpTo) {
        // As an analysis without a session: the search is made again on the kind's first edit.
        report.kinds[stream] = 'searched';
        const result = measureKindCoverage(frame, sites, radiusOfArea, outsideRadius);
        kinds.set(stream, {
          nearest: null,
          unsearched: placeColumns(sites),
          radiusOfArea: Float64Array.from(radiusOfArea),
          outsideRadius,
          summary: null,
          result,
        });
        return result;
      }
      const sameRadii =
        before !== undefined &&
        Object.is(before.outsideRadius, outsideRadius) &&
        sameRadiiOf(before.radiusOfArea, radiusOfArea);
      if (before?.unsearched && sameRadii && samePlaces(before.unsearched, sites)) {
        report.kinds[stream] = 'kept';
        return before.result;
      }
      const keptNearest = before
        ? (before.nearest ?? searchPlaces(frame.prepared, before.unsearched ?? placeColumns([])))
        : null;
      const nearest = updateNearestSlots(frame.prepared, keptNearest, sites);
      if (before && nearest === keptNearest && sameRadii) {
        report.kinds[stream] = 'kept';
        return before.result;
      }
      const edited = nearest !== keptNearest && nearest.update.kind === 'edit';
      report.kinds[stream] =
        nearest === keptNearest
          ? 'summarised'
          : nearest.update.kind === 'full'
            ? 'searched'
            : 'updated, summarised';
      const keep = (summary: KeptSummary | null, result: KindCoverageResult) => {
        kinds.set(stream, {
          nearest,
          unsearched: null,
          radiusOfArea: Float64Array.from(radiusOfArea),
          outsideRadius,
          summary,
          result,
        });
        return result;
      };
      if (before?.summary && !sameRadii && nearest === keptNearest && canUpdateSummary(frame)) {
        report.kinds[stream] = 'radii updated';
        const summary = updateKeptRadii(
          frame,
          before.summary,
          nearest.result,
          sites,
          radiusOfArea,
          outsideRadius,
        );
        return keep(summary, summary.result);
      }
      if (before?.summary && sameRadii && edited && canUpdateSummary(frame)) {
        report.kinds[stream] = 'updated';
        const summary = updateKeptSummary(frame, before.summary, nearest.result, changedOf(nearest), sites);
        return keep(summary, summary.result);
      }
      // A summary of its own is kept once the kind is edited or its radii change (its buffers are
      // tens of megabytes on a province): the first analysis counts in the frame's buffers, as an
      // analysis without a session. A second radius change then counts only the points between
      // the two radii.
      if (before && (before.summary || edited || !sameRadii) && canUpdateSummary(frame)) {
        const summary = startKeptSummary(
          frame,
          nearest.result,
          sites,
          radiusOfArea,
          outsideRadius,
          before.summary ?? undefined,
        );
        return keep(summary, summary.result);
      }
      frame.nearest.distances.set(nearest.result.distances);
      frame.nearest.nearest.set(nearest.result.nearest);
      frame.nearest.exact.set(nearest.result.exact);
      return keep(null, summariseKindCoverage(frame, sites, radiusOfArea, outsideRadius));
    },
  };
  return session;
}
