/**
 * The seats objective of site suggestion over a seat frame: children newly seated when a set of
 * candidates stands as new schools with seats — the nearest-free-seat-first rule (就近入学) run
 * again with them, the same integers as `countNewlySeated` — and its bound.
 *
 * Why the bound holds: run the allocation with and without the new sites side by side, over the
 * same pairs in the same order. At every step no place has more children waiting with the sites
 * than without, and no old school fewer free seats (a pair gives min(waiting, free): fewer waiting
 * and more free leave fewer waiting and more free after it; a new site's pair only seats). So the
 * old schools end up no fuller, and the children newly seated are at most the seats the new sites
 * fill — each at most its seats and the children within its reach. The k largest of those, and the
 * largest flow with every candidate open less the children seated today, are both upper bounds.
 *
 * A search asks for the value of thousands of sets, so the candidates' pairs are found and put in
 * allocation order once. A set's value is one full run over the schools' pairs merged with its
 * candidates' — or, for a set one candidate beyond the last set run in full (the search's picks
 * plus a trial), a walk of what that candidate changes (`buildSeatedGain`): the same integers.
 */
import { type Message, message } from '../../domain/message.ts';
import { type SeatStage, STAGE_NAME_KEYS } from '../../domain/seats.ts';
import { allocateSeats } from '../seats/allocate-seats.ts';
import { countStageChildren } from '../seats/count-stage-children.ts';
import type { EligiblePairs } from '../seats/find-eligible-pairs.ts';
import { measureMaximumSeated } from '../seats/measure-maximum-seated.ts';
import { findSeatPairs, type SeatFrame } from '../seats/prepare-seat-analysis.ts';
import { rankSchoolCodes } from '../seats/rank-school-codes.ts';
import { sortEligiblePairs } from '../seats/sort-eligible-pairs.ts';
import { buildSeatedGain } from './build-seated-gain.ts';
import type { SeatsObjective } from './objective.ts';

/** Sets whose values are remembered before the memory is cleared (a swap asks for the same sets again). */
const REMEMBERED_SETS = 20_000;

/**
 * The code a candidate takes as a new school in the allocation's tie rule (equal distances: the
 * code that comes first as text). One rule for the search and for `countNewlySeated` checks.
 * @example candidateSeatCode(12) // 'SUGGEST-000012'
 */
export function candidateSeatCode(candidate: number): string {
  return `SUGGEST-${String(candidate).padStart(6, '0')}`;
}

/** The seats objective with the figures the suggestion reports beside it. */
export interface SeatsEvaluation extends SeatsObjective {
  stage: SeatStage;
  /** Children of the stage in the base year, all places. */
  children: number;
  /** Children seated without any new site. */
  seatedBefore: number;
  /** Seats each new site brings. */
  seatsPerSite: number;
  /** Candidates whose radius reaches no child: they can never change the allocation. */
  inert: Uint8Array;
}

/** The objective, or why the stage cannot be allocated. */
export type SeatsObjectiveResult = { ok: true; objective: SeatsEvaluation } | { ok: false; message: Message };

/**
 * Builds the seats objective of one stage over a frame (the scenario's schools and the base year's
 * children), for candidates that each bring `seatsPerSite` seats.
 * @param eligible 0 for candidates never to pick (left out of the bound); all eligible when absent
 * @returns the objective, or the frame's problem (no children figures, too many pairs)
 * @example buildSeatsObjective(frame, 'primary', places, 810).objective.value([3, 17])
 */
export function buildSeatsObjective(
  frame: SeatFrame,
  stage: SeatStage,
  candidates: readonly { lon: number; lat: number }[],
  seatsPerSite: number,
  eligible?: ArrayLike<number>,
): SeatsObjectiveResult {
  const stageFrame = frame.stages[stage];
  const base = stageFrame.pairs;
  if (!base) {
    return {
      ok: false,
      message:
        stageFrame.problem ?? message('seatStageChildrenUnknown', { stage: message(STAGE_NAME_KEYS[stage]) }),
    };
  }
  const children = countStageChildren(frame.base.ages, frame.points.length, frame.settings.stageAges[stage]);
  const seats = stageFrame.seats;
  const baseAllocation = allocateSeats(base, children, seats);
  // Through the frame's reach (the straight line, or road time), as its schools were paired.
  const found = findSeatPairs(frame.costModel, stageFrame.places, {
    count: candidates.length,
    longitudes: Float64Array.from(candidates, (site) => site.lon),
    latitudes: Float64Array.from(candidates, (site) => site.lat),
  });
  if (!found.ok) return { ok: false, message: found.message };
  const schoolCount = seats.length;
  const ranks = rankSchoolCodes([
    ...stageFrame.schools.map((school) => school.code),
    ...candidates.map((_, candidate) => candidateSeatCode(candidate)),
  ]);
  // Candidate c is school schoolCount + c of the joint ranks; the schools' own order stays valid
  // under them (a rank order restricted to the schools is theirs), so the two orders merge.
  const added = sortEligiblePairs(
    { ...found.pairs, school: found.pairs.school.map((site) => site + schoolCount) },
    ranks,
  );
  const siteSeats = Math.max(0, Math.floor(seatsPerSite));
  const perCandidate = pairsByCandidate(added, schoolCount, candidates.length);
  const inert = new Uint8Array(candidates.length);
  // The most a candidate could ever fill: its seats, or all the children within its reach.
  const mostFilled = new Float64Array(candidates.length);
  for (let candidate = 0; candidate < candidates.length; candidate++) {
    let reached = 0;
    const end = perCandidate.start[candidate + 1] ?? 0;
    for (let slot = perCandidate.start[candidate] ?? 0; slot < end; slot++) {
      reached += Math.max(0, children[added.point[perCandidate.positions[slot] ?? 0] ?? 0] ?? 0);
    }
    mostFilled[candidate] = Math.min(siteSeats, reached);
    inert[candidate] = mostFilled[candidate] === 0 ? 1 : 0;
  }
  let childrenTotal = 0;
  for (const count of children) childrenTotal += Math.max(0, count);

  const seated = buildSeatedGain({
    base,
    children,
    seats,
    added,
    perCandidate,
    ranks,
    schoolCount,
    siteSeats,
  });
  const remembered = new Map<string, number>();
  // The set the last full run was for: a set with one more candidate is a walk from it.
  let reference: number[] = [];
  let referenceKey = '';
  let referenceGain = 0;
  const activeOf = (picks: readonly number[]) =>
    [...new Set(picks)].filter((pick) => inert[pick] === 0).sort((a, b) => a - b);
  const runFully = (active: number[], key: string) => {
    reference = active;
    referenceKey = key;
    referenceGain = seated.prepare(active) - baseAllocation.seated;
    return referenceGain;
  };
  /** The one candidate `active` holds beyond the reference, or −1. */
  const oneBeyondReference = (active: readonly number[]) => {
    if (active.length !== reference.length + 1) return -1;
    let extra = -1;
    for (let at = 0, from = 0; at < active.length; at++) {
      if (active[at] === reference[from]) from++;
      else if (extra < 0) extra = active[at] ?? -1;
      else return -1;
    }
    return extra;
  };

  let everyCandidateFlow: number | null = null;
  const objective: SeatsEvaluation = {
    stage,
    children: childrenTotal,
    seatedBefore: baseAllocation.seated,
    seatsPerSite: siteSeats,
    inert,
    value(picks) {
      // Inert candidates change nothing; the same set in another order has the same value.
      const active = activeOf(picks);
      if (active.length === 0) return 0;
      const key = active.join(',');
      if (key === referenceKey) return referenceGain;
      const known = remembered.get(key);
      if (known !== undefined) return known;
      const extra = oneBeyondReference(active);
      const gain = extra >= 0 ? referenceGain + seated.gainOver(extra) : runFully(active, key);
      if (remembered.size >= REMEMBERED_SETS) remembered.clear();
      remembered.set(key, gain);
      return gain;
    },
    prepareAround(picks) {
      const active = activeOf(picks);
      const key = active.join(',');
      if (key !== referenceKey) runFully(active, key);
    },
    // Adding a site newly seats at most what it could fill (the opening comment), whatever the set.
    gainBound: (candidate) => mostFilled[candidate] ?? 0,
    boundWithEveryCandidate(count: number) {
      if (everyCandidateFlow === null) {
        everyCandidateFlow = flowWithEveryCandidate(
          base,
          added,
          candidates.length,
          children,
          seats,
          siteSeats,
          eligible,
          baseAllocation,
        );
      }
      // Adding sites never takes a seat from a child nor fills an old school more (see
      // the file's opening comment), so k sites newly seat at most what the k fullest could fill.
      const filled = Array.from(mostFilled).filter(
        (_, candidate) => eligible === undefined || (eligible[candidate] ?? 1) !== 0,
      );
      filled.sort((first, second) => second - first);
      const seatsAdded = filled.slice(0, Math.max(0, count)).reduce((sum, value) => sum + value, 0);
      return Math.max(0, Math.min(everyCandidateFlow - baseAllocation.seated, seatsAdded));
    },
  };
  return { ok: true, objective };
}

/** Positions (in the candidates' sorted pairs) of each candidate's pairs, ascending: compressed rows. */
function pairsByCandidate(
  added: EligiblePairs,
  schoolCount: number,
  candidates: number,
): { start: Int32Array; positions: Int32Array } {
  const start = new Int32Array(candidates + 1);
  for (let pair = 0; pair < added.count; pair++) {
    const candidate = (added.school[pair] ?? 0) - schoolCount;
    start[candidate + 1] = (start[candidate + 1] ?? 0) + 1;
  }
  for (let candidate = 0; candidate < candidates; candidate++)
    start[candidate + 1] = (start[candidate + 1] ?? 0) + (start[candidate] ?? 0);
  const fill = start.slice(0, candidates);
  const positions = new Int32Array(added.count);
  for (let pair = 0; pair < added.count; pair++) {
    const candidate = (added.school[pair] ?? 0) - schoolCount;
    const slot = fill[candidate] ?? 0;
    positions[slot] = pair;
    fill[candidate] = slot + 1;
  }
  return { start, positions };
}

/** The largest flow with the schools and every eligible candidate open, from the base allocation. */
function flowWithEveryCandidate(
  base: EligiblePairs,
  added: EligiblePairs,
  candidateCount: number,
  children: Int32Array,
  seats: Int32Array,
  siteSeats: number,
  eligible: ArrayLike<number> | undefined,
  start: ReturnType<typeof allocateSeats>,
): number {
  const schoolCount = seats.length;
  const count = base.count + added.count;
  const joint: EligiblePairs = {
    count,
    point: new Int32Array(count),
    school: new Int32Array(count),
    distance: new Float64Array(count),
    reach: Int32Array.from(base.reach, (reach, place) => reach + (added.reach[place] ?? 0)),
  };
  joint.point.set(base.point.subarray(0, base.count));
  joint.point.set(added.point.subarray(0, added.count), base.count);
  joint.school.set(base.school.subarray(0, base.count));
  joint.school.set(added.school.subarray(0, added.count), base.count);
  joint.distance.set(base.distance.subarray(0, base.count));
  joint.distance.set(added.distance.subarray(0, added.count), base.count);
  const jointSeats = new Int32Array(schoolCount + candidateCount);
  jointSeats.set(seats);
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    const open = eligible === undefined || (eligible[candidate] ?? 1) !== 0;
    jointSeats[schoolCount + candidate] = open ? siteSeats : 0;
  }
  // The base allocation is feasible on the joint network (its pairs come first): a warm start.
  return measureMaximumSeated(joint, children, jointSeats, start);
}
