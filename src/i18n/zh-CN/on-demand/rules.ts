/**
 * Simplified Chinese texts of the rule-set file and of rule-set edits.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const rulesOnDemandZh = {
  ruleFileRejected: '{file} 未能载入，规则集未改动：',
} as const;
