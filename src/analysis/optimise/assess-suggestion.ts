/**
 * Each pick of a suggestion assessed with the district analysis: the pick as a school record, the
 * township rules it turns from ✗ to ✓, and the coverage of the kind side by side with the base and
 * the plan.
 */
import { CANDIDATE_TYPE_OF_KIND, type CandidateSite, candidateAsSchool } from '../../domain/candidate.ts';
import { type Message, type MessageValue, message } from '../../domain/message.ts';
import type { ServiceKind } from '../../domain/radius.ts';
import type { RuleSet, TownshipRule } from '../../domain/rules.ts';
import type { Ownership, School } from '../../domain/school.ts';
import type { DistrictAnalysis } from '../analyze-district.ts';

/** A township rule a pick turns from ✗ to ✓. */
export interface FixedRule {
  ruleId: string;
  title: string;
  townshipCode: string;
  townshipName: string;
}

/** Coverage of the kind in one state of the district, for the side-by-side table. */
export interface CoverageFigures {
  label: Message;
  /** Schools serving the kind that stand (picks included). */
  schools: number;
  /** Population within the radius of a school serving the kind. */
  covered: number;
  /** covered ÷ population, 0–1; null without population. */
  share: number | null;
  /** Townships passing the kind's coverage rule (0 when the rule set has none). */
  townshipsPassing: number;
  /** Township × rule results that fail, all enabled township rules counted. */
  rulesFailing: number;
}

/**
 * A pick as a school record. Boarding, central and ownership follow the required rule when it
 * counts schools with them (a pick for 每个乡镇至少1所寄宿制小学 is a boarding school), else a
 * plain public school: the simplest reading that lets a pick fix the rule it was placed for.
 * @example pickAsSchool({ lon: 109.6, lat: 23.1 }, '', 1, 'primary', null, null, '木格镇').code // 'SUGGEST-1'
 */
export function pickAsSchool(
  place: { lon: number; lat: number },
  name: string,
  rank: number,
  kind: ServiceKind,
  rule: TownshipRule | null,
  radius: number | null,
  townshipName: string,
): School {
  const where = rule?.measure === 'school-count' ? rule.where : {};
  const ownership: Ownership = where.ownership ?? '公办';
  const code = `SUGGEST-${rank}`;
  const candidate: CandidateSite = {
    id: code,
    name: name || code,
    lon: place.lon,
    lat: place.lat,
    type: CANDIDATE_TYPE_OF_KIND[kind],
    ownership,
    boarding: where.boarding === true,
    central: where.central === true,
    radius,
    origin: 'suggestion',
    note: '',
  };
  return candidateAsSchool(candidate, code, townshipName, '竣工');
}

/**
 * The township × rule results that fail before and pass after.
 * @example fixedRules(before, after) // [{ ruleId: 'coverage-primary', townshipName: '木梓镇', … }]
 */
export function fixedRules(before: DistrictAnalysis, after: DistrictAnalysis): FixedRule[] {
  return flippedRules(before, after, false, true);
}

/**
 * The township × rule results that pass before and fail after (what a closure breaks).
 * @example brokenRules(before, after)
 */
export function brokenRules(before: DistrictAnalysis, after: DistrictAnalysis): FixedRule[] {
  return flippedRules(before, after, true, false);
}

function flippedRules(
  before: DistrictAnalysis,
  after: DistrictAnalysis,
  from: boolean,
  to: boolean,
): FixedRule[] {
  const flipped: FixedRule[] = [];
  for (const township of after.townships) {
    const earlier = before.townships.find((entry) => entry.code === township.code);
    for (const result of township.rules) {
      const was = earlier?.rules.find((entry) => entry.id === result.id);
      if (was?.pass === from && result.pass === to) {
        flipped.push({
          ruleId: result.id,
          title: result.title,
          townshipCode: township.code,
          townshipName: township.name,
        });
      }
    }
  }
  return flipped;
}

/** Townships × rules failing in an analysis. */
function failingResults(analysis: DistrictAnalysis): number {
  return analysis.townships.reduce(
    (sum, township) => sum + township.rules.filter((rule) => rule.pass === false).length,
    0,
  );
}

/**
 * The kind's coverage figures of one analysed state.
 * @example coverageFigures(message('optimiseStateBase', { scenario: '现状' }), analysis, 120, 'primary', ruleSet)
 */
export function coverageFigures(
  label: Message,
  analysis: DistrictAnalysis,
  schools: number,
  kind: ServiceKind,
  ruleSet: RuleSet,
): CoverageFigures {
  const coverage = analysis.district.coverage[kind];
  const coverageRule = ruleSet.rules.find(
    (rule) =>
      rule.level === 'township' &&
      rule.enabled &&
      rule.measure === 'population-coverage' &&
      rule.serviceKind === kind,
  );
  const townshipsPassing = coverageRule
    ? analysis.townships.filter(
        (township) => township.rules.find((result) => result.id === coverageRule.id)?.pass === true,
      ).length
    : 0;
  return {
    label,
    schools,
    covered: coverage.covered ?? 0,
    share: coverage.share,
    townshipsPassing,
    rulesFailing: failingResults(analysis),
  };
}

/** A label message naming a scenario (the domain's title) as a plain value. */
export function scenarioLabel(title: MessageValue): Message {
  return message('optimiseStateScenario', { scenario: title });
}
