/**
 * One scenario's analysis as what changed since the last answer: the township records that differ,
 * the school flags and 所属乡镇 disagreements as list changes, the gap points of the kinds whose
 * gaps are new. The worker makes the patch against what it last sent; the app applies it to the
 * analysis it last received. Unchanged records stay the very same objects on the app's side, so
 * panels and the comparison see new objects only where something changed.
 */
import type { DistrictAnalysis, TownshipAnalysis } from '../analysis/analyze-district.ts';
import type { SchoolFlags } from '../analysis/evaluate-school-rules.ts';
import type { TownshipMismatch } from '../analysis/find-township-mismatches.ts';
import { type GapPoints, gapBuffers } from '../analysis/gap-points.ts';
import { SERVICE_KINDS, type ServiceKind } from '../domain/radius.ts';
import { applySplices, diffList, type ListSplice } from './list-changes.ts';

/** The fields of an analysis a patch carries as changes. */
type PatchedField = 'townships' | 'schoolFlags' | 'gaps' | 'membership';

/** An analysis as changes since answer `base` (null: in full, against nothing). */
export interface AnalysisPatch {
  version: number;
  base: number | null;
  /**
   * Every field of the analysis as it is but those below, which are null here (in their place,
   * so that the analysis made of the patch lists its fields in the order the analysis did).
   */
  head: Omit<DistrictAnalysis, PatchedField> & Record<PatchedField, null>;
  /** How many townships, and the records that differ from the base's at the same place. */
  townshipCount: number;
  changedTownships: number[];
  townships: TownshipAnalysis[];
  schoolFlags: ListSplice<SchoolFlags>[];
  boundariesApproximate: boolean;
  mismatches: ListSplice<TownshipMismatch>[];
  /** The gap points of the kinds whose gaps are not the base's. */
  gaps: Partial<Record<ServiceKind, GapPoints>>;
}

/** Plain data equal member by member (numbers by `Object.is`). */
function samePlain(first: unknown, second: unknown): boolean {
  if (Object.is(first, second)) return true;
  if (typeof first !== 'object' || typeof second !== 'object' || first === null || second === null)
    return false;
  if (Array.isArray(first)) {
    if (!Array.isArray(second) || first.length !== second.length) return false;
    for (let index = 0; index < first.length; index++)
      if (!samePlain(first[index], second[index])) return false;
    return true;
  }
  if (Array.isArray(second)) return false;
  let keys = 0;
  for (const key in first) {
    keys++;
    if (!Object.hasOwn(second, key)) return false;
    if (!samePlain((first as Record<string, unknown>)[key], (second as Record<string, unknown>)[key]))
      return false;
  }
  for (const _ in second) keys--;
  return keys === 0;
}

/**
 * The patch that turns `base` (the analysis the app last received, as the worker sent it; null:
 * none) into `analysis`. Gap points are compared by identity (the worker's session keeps the same
 * columns while a kind's figures stay the same), school flags and disagreements too (kept per
 * school), township records by value.
 * @example const patch = makeAnalysisPatch(last?.analysis ?? null, last?.version ?? null, analysis, 7)
 */
export function makeAnalysisPatch(
  base: DistrictAnalysis | null,
  baseVersion: number | null,
  analysis: DistrictAnalysis,
  version: number,
): AnalysisPatch {
  const { townships, schoolFlags, gaps, membership } = analysis;
  const head = { ...analysis, townships: null, schoolFlags: null, gaps: null, membership: null };
  const sameShape = base !== null && base.townships.length === townships.length;
  const changedTownships: number[] = [];
  townships.forEach((township, index) => {
    if (!sameShape || !samePlain(base.townships[index], township)) changedTownships.push(index);
  });
  const changedGaps: Partial<Record<ServiceKind, GapPoints>> = {};
  for (const kind of SERVICE_KINDS) if (base?.gaps[kind] !== gaps[kind]) changedGaps[kind] = gaps[kind];
  return {
    version,
    base: base ? baseVersion : null,
    head,
    townshipCount: townships.length,
    changedTownships,
    townships: changedTownships.map((index) => townships[index] as TownshipAnalysis),
    schoolFlags: diffList(base?.schoolFlags ?? [], schoolFlags),
    boundariesApproximate: membership.boundariesApproximate,
    mismatches: diffList(base?.membership.mismatches ?? [], membership.mismatches),
    gaps: changedGaps,
  };
}

/**
 * The analysis a patch describes, from the analysis of its base (null when it is in full). Parts
 * that did not change are `base`'s own objects.
 * @example const analysis = applyAnalysisPatch(last, patch)
 */
export function applyAnalysisPatch(base: DistrictAnalysis | null, patch: AnalysisPatch): DistrictAnalysis {
  if (patch.base !== null && !base) throw new RangeError('a patch arrived without the analysis it changes');
  const before = patch.base === null ? null : base;
  const townships = before ? before.townships.slice() : new Array<TownshipAnalysis>(patch.townshipCount);
  if (townships.length !== patch.townshipCount)
    throw new RangeError('a patch arrived for another number of townships');
  patch.changedTownships.forEach((index, position) => {
    townships[index] = patch.townships[position] as TownshipAnalysis;
  });
  const schoolFlags = applySplices(before?.schoolFlags ?? [], patch.schoolFlags);
  const mismatches = applySplices(before?.membership.mismatches ?? [], patch.mismatches);
  const sameMembership =
    before !== null &&
    patch.mismatches.length === 0 &&
    before.membership.boundariesApproximate === patch.boundariesApproximate;
  const gaps = { ...before?.gaps, ...patch.gaps } as Record<ServiceKind, GapPoints>;
  for (const kind of SERVICE_KINDS)
    if (!gaps[kind]) throw new RangeError('a patch arrived without the gap points of a kind');
  return {
    ...patch.head,
    townships: before && patch.changedTownships.length === 0 ? before.townships : townships,
    schoolFlags: before && patch.schoolFlags.length === 0 ? before.schoolFlags : schoolFlags,
    gaps: before && Object.keys(patch.gaps).length === 0 ? before.gaps : gaps,
    membership:
      before && sameMembership
        ? before.membership
        : { boundariesApproximate: patch.boundariesApproximate, mismatches },
  };
}

/**
 * The buffers of a patch to transfer rather than copy: with road time, those of the hidden gaps,
 * made afresh for every answer. The gap points themselves are copied: the worker keeps them for
 * the next answer (a kind's figures kept from an earlier answer bring back their gap points, and
 * an edit patches the last ones), so they must not leave it detached.
 * @example scope.postMessage(response, { transfer: patchBuffers(patch) })
 */
export function patchBuffers(patch: AnalysisPatch): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const detour of Object.values(patch.head.detour ?? {}))
    for (const buffer of gapBuffers(detour.hiddenGaps)) buffers.add(buffer);
  return [...buffers];
}
