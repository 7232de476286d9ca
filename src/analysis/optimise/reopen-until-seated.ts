/**
 * The seats condition of consolidation (撤并): with the seats analysis, a set of closures must
 * also leave every child a seat within the radius, the receiving schools' seats counting. That
 * analysis supplies the condition as a yes/no on a set of closed schools; a proposal that fails it
 * reopens schools until it holds. Reopening a school never takes coverage away, so the coverage
 * targets the proposal kept stay kept.
 */
import type { School } from '../../domain/school.ts';

/** Whether every child keeps a seat, as the seats analysis will answer it. */
export interface SeatsCondition {
  /** True when, with these schools (codes) closed, every child has a seat within the radius. */
  holds(closedCodes: readonly string[]): boolean;
}

/**
 * The schools to keep so that the seats condition holds: the closed school with the most pupils
 * reopens first (its children need the most seats elsewhere; unknown enrolment counts as none),
 * ties by order, one at a time until the condition holds or nothing stays closed.
 * @param kept indices into `closable` that the coverage search keeps open
 * @returns the indices kept open, ascending, and those reopened in the order they reopened
 * @example reopenUntilSeated(closable, [0], { holds: (codes) => codes.length <= 1 }).reopened // [2] when 2 has the most pupils of 1 and 2
 */
export function reopenUntilSeated(
  closable: readonly School[],
  kept: readonly number[],
  condition: SeatsCondition,
): { kept: number[]; reopened: number[] } {
  const open = new Set(kept);
  const closed = closable.map((_, index) => index).filter((index) => !open.has(index));
  const order = [...closed].sort(
    (first, second) => (closable[second]?.students ?? 0) - (closable[first]?.students ?? 0) || first - second,
  );
  const reopened: number[] = [];
  const codesClosed = () =>
    closed.filter((index) => !open.has(index)).map((index) => closable[index]?.code ?? '');
  for (const index of order) {
    if (condition.holds(codesClosed())) break;
    open.add(index);
    reopened.push(index);
  }
  return { kept: [...open].sort((first, second) => first - second), reopened };
}
