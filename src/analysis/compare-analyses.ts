/** What changes between two analyses (现状 → 规划完成后), so the panels can highlight it. */
import { SERVICE_KINDS, type ServiceKind } from '../domain/radius.ts';
import type { DistrictAnalysis } from './analyze-district.ts';

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

/**
 * Compares two analyses township by township (matched by code) and rule by rule (matched by id);
 * townships or rules present in only one of them are left out.
 * @example compareAnalyses(analyzeDistrict(current), analyzeDistrict(planned)).fixed // [{ code: '450803103', name: '湛江镇', ruleId: 'boarding-primary' }, …]
 */
export function compareAnalyses(current: DistrictAnalysis, planned: DistrictAnalysis): AnalysisComparison {
  const fixed: AnalysisComparison['fixed'] = [];
  const broken: AnalysisComparison['broken'] = [];
  const townships: TownshipComparison[] = [];
  for (const before of current.townships) {
    const after = planned.townships.find((township) => township.code === before.code);
    if (!after) continue;
    const rules: RuleComparison[] = [];
    for (const ruleBefore of before.rules) {
      const ruleAfter = after.rules.find((rule) => rule.id === ruleBefore.id);
      if (!ruleAfter) continue;
      const change = classify(ruleBefore.pass, ruleAfter.pass);
      rules.push({
        ruleId: ruleBefore.id,
        title: ruleBefore.title,
        before: ruleBefore.pass,
        after: ruleAfter.pass,
        actualBefore: ruleBefore.actual,
        actualAfter: ruleAfter.actual,
        change,
        changed: ruleBefore.pass !== ruleAfter.pass || ruleBefore.actual !== ruleAfter.actual,
      });
      if (change === 'fixed') fixed.push({ code: before.code, name: before.name, ruleId: ruleBefore.id });
      if (change === 'broken') broken.push({ code: before.code, name: before.name, ruleId: ruleBefore.id });
    }
    const coverage = Object.fromEntries(
      SERVICE_KINDS.map((kind) => {
        const shareBefore = before.coverage[kind].share;
        const shareAfter = after.coverage[kind].share;
        const difference = shareBefore === null || shareAfter === null ? null : shareAfter - shareBefore;
        return [kind, { before: shareBefore, after: shareAfter, difference }];
      }),
    ) as Record<ServiceKind, CoverageComparison>;
    townships.push({ code: before.code, name: before.name, rules, coverage });
  }
  return { townships, fixed, broken };
}
