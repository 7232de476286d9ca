/**
 * The stacked progress bar of one district target (新建公办幼儿园 竣工 9 · 在建 4 · 规划 3 / 目标 16):
 * where each part starts and how wide it is, as shares of the bar, and where the goal stands.
 * Pure: the overview and the presentation draw it the same way.
 */
import type { TargetCounts, TargetProgress } from '../../analysis/evaluate-targets.ts';

/** A part of the bar, in the order drawn: what stands, then 竣工, 在建, 规划. */
export type TargetPart = keyof TargetCounts;

/** The parts in drawing order. */
export const TARGET_PARTS: readonly TargetPart[] = ['existing', 'completed', 'construction', 'planned'];

/** One drawn part. */
export interface TargetSegment {
  part: TargetPart;
  count: number;
  /** Left edge, 0–1 of the bar. */
  start: number;
  /** Width, 0–1 of the bar. */
  width: number;
}

/**
 * Where a target stands: met now; met once the roster's projects are finished; short even then;
 * or (entered figures) not entered yet.
 */
export type TargetStanding = 'met' | 'met-after-plan' | 'short' | 'not-entered';

/** The bar of one target. */
export interface TargetBar {
  /** Parts with a count, in drawing order. */
  segments: TargetSegment[];
  /** Where the goal's marker stands, 0–1 of the bar. */
  goalPosition: number;
  /** The count the full bar stands for: the goal, or more when the roster holds more. */
  scale: number;
  standing: TargetStanding;
  /** How many are still missing after the plan (0 when the plan reaches the goal). */
  shortfall: number;
}

/** Where a target stands, from its progress. */
export function targetStanding(progress: TargetProgress): TargetStanding {
  if (progress.met === null) return 'not-entered';
  if (progress.met) return 'met';
  return progress.metAfterPlan ? 'met-after-plan' : 'short';
}

/**
 * The bar of a target counted from the roster. The bar spans the goal, or the roster's total when
 * it holds more, so a surplus shows beyond the goal's marker instead of being cut off. Entered
 * figures have no counts: their bar is the figure as one part, a rate on a 0–100 % scale.
 * @example targetBar({ target: 16, counts: { existing: 0, completed: 9, construction: 4, planned: 3 }, … }).segments[1] // { part: 'construction', count: 4, start: 0.5625, width: 0.25 }
 */
export function targetBar(progress: TargetProgress): TargetBar {
  const standing = targetStanding(progress);
  if (progress.counts === null) {
    const value = progress.achieved ?? 0;
    // A rate reads against the whole 0–100 %, not against its goal, or 88 of 90 looks all but done.
    const scale = Math.max(progress.unit === '%' ? 100 : progress.target, value, 1);
    return {
      segments: value > 0 ? [{ part: 'existing', count: value, start: 0, width: value / scale }] : [],
      goalPosition: progress.target / scale,
      scale,
      standing,
      shortfall: Math.max(0, progress.target - value),
    };
  }
  const counts = progress.counts;
  const total = TARGET_PARTS.reduce((sum, part) => sum + counts[part], 0);
  // An empty bar with a goal of 0 still needs a scale to divide by.
  const scale = Math.max(progress.target, total, 1);
  const segments: TargetSegment[] = [];
  let start = 0;
  for (const part of TARGET_PARTS) {
    const count = counts[part];
    if (count === 0) continue;
    segments.push({ part, count, start: start / scale, width: count / scale });
    start += count;
  }
  return {
    segments,
    goalPosition: progress.target / scale,
    scale,
    standing,
    shortfall: Math.max(0, progress.target - (progress.afterPlan ?? 0)),
  };
}
