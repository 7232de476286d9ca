/** What changes between two analyses (现状 → 规划完成后), so the panels can highlight it. */
import { SERVICE_KINDS, type ServiceKind } from '../domain/radius.ts';
import type { DistrictAnalysis, TownshipAnalysis } from './analyze-district.ts';

/**
 * How a rule's outcome moved: fixed ✗→✓, broken ✓→✗, still-passing ✓→✓, still-failing ✗→✗,
 * applicability-changed (applies in one analysis only), not-applicable (in neither).
 */
export type RuleChange =
  | 'fixed'
  | 'broken'
  | 'still-passing'
  | 'still-failing'
  | 'applicability-changed'
  | 'not-applicable';

/** One rule in one township, before and after. */
export interface RuleComparison {
  ruleId: string;
  title: string;
  before: boolean | null;
  after: boolean | null;
  actualBefore: number | null;
  actualAfter: number | null;
  change: RuleChange;
  /** True when the outcome or the measured value differs. */
  changed: boolean;
}

/** Covered share of one kind before and after. */
export interface CoverageComparison {
  before: number | null;
  after: number | null;
  /** after − before; null when either is unmeasured. */
  difference: number | null;
}

/** One township, before and after. */
export interface TownshipComparison {
  code: string;
  name: string;
  rules: RuleComparison[];
  coverage: Record<ServiceKind, CoverageComparison>;
}

/** The comparison, with the headline lists. */
export interface AnalysisComparison {
  townships: TownshipComparison[];
  /** Township × rule pairs that go from ✗ to ✓. */
  fixed: { code: string; name: string; ruleId: string }[];
  /** Township × rule pairs that go from ✓ to ✗. */
  broken: { code: string; name: string; ruleId: string }[];
}

function classify(before: boolean | null, after: boolean | null): RuleChange {
  if (before === null && after === null) return 'not-applicable';
  if (before === null || after === null) return 'applicability-changed';
  if (before === after) return before ? 'still-passing' : 'still-failing';
  return after ? 'fixed' : 'broken';
}

/** Comparisons kept from one call to the next, by the 现状 record, with the 规划完成后 record they were made with. */
export type KeptComparisons = WeakMap<
  TownshipAnalysis,
  { after: TownshipAnalysis; comparison: TownshipComparison }
>;

/**
 * Compares two analyses township by township (matched by code) and rule by rule (matched by id);
 * townships or rules present in only one of them are left out. With `kept`, a township whose two
 * records are the very objects of an earlier call keeps that call's comparison (records are plain
 * data, never changed in place: a new figure comes in a new record).
 * @example compareAnalyses(analyzeDistrict(current), analyzeDistrict(planned)).fixed // [{ code: '450803103', name: '湛江镇', ruleId: 'boarding-primary' }, …]
 */
export function compareAnalyses(
  current: DistrictAnalysis,
  planned: DistrictAnalysis,
  kept?: KeptComparisons,
): AnalysisComparison {
  const fixed: AnalysisComparison['fixed'] = [];
  const broken: AnalysisComparison['broken'] = [];
  const townships: TownshipComparison[] = [];
  // The first township of each code, as a search from the start finds it.
  const plannedByCode = new Map<string, TownshipAnalysis>();
  for (const township of planned.townships)
    if (!plannedByCode.has(township.code)) plannedByCode.set(township.code, township);
  for (const before of current.townships) {
    const after = plannedByCode.get(before.code);
    if (!after) continue;
    const known = kept?.get(before);
    const comparison = known?.after === after ? known.comparison : compareTownship(before, after);
    if (kept && known?.comparison !== comparison) kept.set(before, { after, comparison });
    for (const rule of comparison.rules) {
      if (rule.change === 'fixed') fixed.push({ code: before.code, name: before.name, ruleId: rule.ruleId });
      if (rule.change === 'broken')
        broken.push({ code: before.code, name: before.name, ruleId: rule.ruleId });
    }
    townships.push(comparison);
  }
  return { townships, fixed, broken };
}

/** One township before and after. */
function compareTownship(before: TownshipAnalysis, after: TownshipAnalysis): TownshipComparison {
  const rules: RuleComparison[] = [];
  for (const ruleBefore of before.rules) {
    const ruleAfter = after.rules.find((rule) => rule.id === ruleBefore.id);
    if (!ruleAfter) continue;
    rules.push({
      ruleId: ruleBefore.id,
      title: ruleBefore.title,
      before: ruleBefore.pass,
      after: ruleAfter.pass,
      actualBefore: ruleBefore.actual,
      actualAfter: ruleAfter.actual,
      change: classify(ruleBefore.pass, ruleAfter.pass),
      changed: ruleBefore.pass !== ruleAfter.pass || ruleBefore.actual !== ruleAfter.actual,
    });
  }
  const coverage = Object.fromEntries(
    SERVICE_KINDS.map((kind) => {
      const shareBefore = before.coverage[kind].share;
      const shareAfter = after.coverage[kind].share;
      const difference = shareBefore === null || shareAfter === null ? null : shareAfter - shareBefore;
      return [kind, { before: shareBefore, after: shareAfter, difference }];
    }),
  ) as Record<ServiceKind, CoverageComparison>;
  return { code: before.code, name: before.name, rules, coverage };
}
