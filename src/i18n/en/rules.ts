/** English texts of the rule-set file and of rule-set edits. */
import type { rulesZh } from '../zh-CN/rules.ts';

export const rulesEn: Record<keyof typeof rulesZh, string> = {
  ruleSetNotLoaded: 'The rule set is not loaded yet',
  ruleUnknown: 'The rule set has no rule “{id}”',
  targetUnknown: 'The rule set has no target “{id}”',
  ruleCoverageOutOfRange: 'A coverage target lies between 0 and 1, not {value}',
  ruleThresholdRequired: 'Rule “{id}” needs a threshold',
  ruleThresholdNegative: 'The threshold of rule “{id}” should be a non-negative number, not {value}',
  rulePopulousNegative: 'The populous-town threshold should be a non-negative number, not {value}',
  targetGoalNegative: 'The goal of target “{id}” should be a non-negative number, not {value}',
  targetFigureNegative: 'The entered figure of target “{id}” should be a non-negative number, not {value}',
  targetNotEntered: 'Target “{id}” is counted from the school roster and cannot be entered',
};
