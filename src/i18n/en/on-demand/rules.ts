import type { rulesOnDemandZh } from '../../zh-CN/on-demand/rules.ts';

/**
 * English texts of the rule-set file and of rule-set edits.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const rulesOnDemandEn: Record<keyof typeof rulesOnDemandZh, string> = {
  ruleFileRejected: '{file} was not loaded; the rule set is unchanged:',
  ruleSetValueMissing: '(missing)',
  ruleSetFieldProblem: '{place}, field {field}: {problem}',
  ruleSetPlaceSet: 'Rule set',
  ruleSetPlaceSettings: 'Rule-set settings',
  ruleSetPlaceRule: 'Rule {number}',
  ruleSetPlaceRuleWithId: 'Rule “{id}” (no. {number})',
  ruleSetPlaceTarget: 'Target {number}',
  ruleSetPlaceTargetWithId: 'Target “{id}” (no. {number})',
  ruleSetEntryNotObject: '{place} should be an object, found {value}',
  ruleSetUnknownField: 'unknown field (allowed: {allowed})',
  ruleSetNotText: 'should be non-empty text, found {value}',
  ruleSetNotFlag: 'should be true or false, found {value}',
  ruleSetNotNumber: 'should be a non-negative number, found {value}',
  ruleSetNotNumberOrNull: 'should be a non-negative number (or null), found {value}',
  ruleSetNotNumberAtMost: 'should be a non-negative number no larger than {maximum}, found {value}',
  ruleSetNotNumberAtMostOrNull:
    'should be a non-negative number no larger than {maximum} (or null), found {value}',
  ruleSetNotOneOf: 'should be one of {allowed}, found {value}',
  ruleSetNotList: 'should be a list, found {value}',
  ruleSetItemNotText: '{value} is not a {what}: it should be text',
  ruleSetItemNotOneOf: '{value} is not a {what}: it should be one of {allowed}',
  ruleSetWhatSchoolType: 'school type',
  ruleSetWhatDemonstrationLevel: 'demonstration level',
  ruleSetWhatStandardisation: 'standardisation value',
  ruleSetWhatProjectType: 'project type',
  ruleSetWhatProjectStatus: 'project status',
  ruleSetNotPredicate: 'should be a condition object (e.g. {example}), found {value}',
  ruleSetNotAnyOf: 'should be a non-empty list of conditions, found {value}',
  ruleSetNotCondition: 'should be a township condition (e.g. {example}), found {value}',
  ruleSetDuplicateRule: 'Rule id “{id}” appears twice: every rule needs its own id',
  ruleSetDuplicateTarget: 'Target id “{id}” appears twice: every target needs its own id',
  ruleSetNotObject: 'A rule set should be a JSON object, found {value}',
  ruleSetWrongFormat: 'The rule set’s field format should be "{format}", found {value}',
  ruleSetWrongVersion: 'Rule-set version {value} is not supported: this program reads version {version}',
  ruleSetSettingsNotObject: 'The rule set’s field settings should be an object, found {value}',
  ruleSetRulesNotList: 'The rule set’s field rules should be a list of rules, found {value}',
  ruleSetTargetsNotList: 'The rule set’s field targets should be a list of targets, found {value}',
  ruleSetDefaultBroken: 'The default rule set has mistakes: {problems}',
};
