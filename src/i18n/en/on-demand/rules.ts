import type { rulesOnDemandZh } from '../../zh-CN/on-demand/rules.ts';

/**
 * English texts of the rule-set file and of rule-set edits.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const rulesOnDemandEn: Record<keyof typeof rulesOnDemandZh, string> = {
  ruleFileRejected: '{file} was not loaded; the rule set is unchanged:',
};
