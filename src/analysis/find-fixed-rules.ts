/** The township rules that one analysis fails and another passes (✗ → ✓). */
import type { DistrictAnalysis } from './analyze-district.ts';

/** A township rule that goes from failing to passing. */
export interface FixedRule {
  ruleId: string;
  title: string;
  /** The rule's English title, when the rule set gives one. */
  titleEnglish: string | null;
  townshipCode: string;
  townshipName: string;
}

/**
 * Rules failing in `before` and passing in `after`, township by township, in the townships' and
 * rules' order. Both analyses must come from the same townships and rule set.
 * @example findFixedRules(analyzeDistrict(base), analyzeDistrict(withCandidate)).map((rule) => rule.title)
 */
export function findFixedRules(before: DistrictAnalysis, after: DistrictAnalysis): FixedRule[] {
  const fixed: FixedRule[] = [];
  const afterByCode = new Map(after.townships.map((township) => [township.code, township]));
  for (const township of before.townships) {
    const later = afterByCode.get(township.code);
    if (!later) continue;
    const laterById = new Map(later.rules.map((rule) => [rule.id, rule]));
    for (const rule of township.rules) {
      if (rule.pass !== false || laterById.get(rule.id)?.pass !== true) continue;
      fixed.push({
        ruleId: rule.id,
        title: rule.title,
        titleEnglish: rule.titleEnglish,
        townshipCode: township.code,
        townshipName: township.name,
      });
    }
  }
  return fixed;
}
