/**
 * The rules of a suggestion request read against the data: numbers that cannot be used, the rule
 * that names required townships, the share the count objective aims at, and the notes on an
 * answer that stopped short.
 */

import { reachMessage, STRAIGHT_LINE } from '../../domain/distance-model.ts';
import { type Message, message } from '../../domain/message.ts';
import type { ServiceKind } from '../../domain/radius.ts';
import { effectiveThreshold, type RuleSet, type TownshipRule } from '../../domain/rules.ts';
import { type Scenario, scenarioName } from '../../domain/scenario.ts';
import type { DistrictAnalysis } from '../analyze-district.ts';
import { joinNames } from './join-names.ts';
import { kindMessage } from './kind-message.ts';
import type { PreparedSuggestion } from './prepare-suggestion.ts';
import type { SiteSearchAnswer } from './site-search.ts';
import type { SuggestionRequest } from './suggestion-request.ts';
import { UnmetRequestError } from './unmet-request-error.ts';

/**
 * Refuses a request whose numbers cannot be used.
 * @throws UnmetRequestError naming the number
 */
export function checkSuggestionRequest(request: SuggestionRequest): void {
  if (!Number.isInteger(request.count) || request.count < 1) {
    throw new UnmetRequestError(message('optimiseCountInvalid', { count: request.count }));
  }
  if (request.radius !== null && !(request.radius > 0 && Number.isFinite(request.radius))) {
    throw new UnmetRequestError(message('optimiseRadiusInvalid', { radius: request.radius }));
  }
  if (!(request.minDistance >= 0 && Number.isFinite(request.minDistance))) {
    throw new UnmetRequestError(message('optimiseMinDistanceInvalid', { distance: request.minDistance }));
  }
  const target = request.target ?? null;
  if (target !== null && !(target > 0 && target <= 1)) {
    throw new UnmetRequestError(message('optimiseTargetInvalid', { target }));
  }
}

/**
 * The enabled township rule a request requires.
 * @throws UnmetRequestError for an unknown or disabled rule
 */
export function requiredRule(ruleSet: RuleSet, ruleId: string): TownshipRule {
  const rule = ruleSet.rules.find((candidate) => candidate.id === ruleId);
  if (rule?.level !== 'township')
    throw new UnmetRequestError(message('optimiseRuleUnknown', { rule: ruleId }));
  if (!rule.enabled)
    throw new UnmetRequestError(message('optimiseRuleDisabled', { rule: rule.title, id: ruleId }));
  return rule;
}

/**
 * The share the count objective aims at: the request's, or the kind's coverage rule threshold.
 * @example targetShare(ruleSet, 'primary', null) // 0.9
 */
export function targetShare(ruleSet: RuleSet, kind: ServiceKind, target: number | null | undefined): number {
  if (target !== null && target !== undefined) return target;
  const rule = ruleSet.rules.find(
    (entry) =>
      entry.level === 'township' &&
      entry.enabled &&
      entry.measure === 'population-coverage' &&
      entry.serviceKind === kind,
  );
  return rule ? effectiveThreshold(rule, ruleSet.settings) : ruleSet.settings.coverageTarget;
}

/**
 * Townships that must get a pick: failing the rule in the base and searched; notes for the rest.
 * @throws UnmetRequestError when more townships than picks, or one without a candidate
 */
export function requiredTownships(
  rule: TownshipRule,
  base: DistrictAnalysis,
  prepared: PreparedSuggestion,
  request: SuggestionRequest,
  scenario: Scenario,
): { code: string; name: string }[] {
  const { count } = request;
  const failing = base.townships.filter(
    (township) => township.rules.find((entry) => entry.id === rule.id)?.pass === false,
  );
  const required: { code: string; name: string }[] = [];
  const outside: string[] = [];
  for (const township of failing) {
    if (required.some((entry) => entry.code === township.code)) continue;
    if (prepared.searched(township.code)) required.push({ code: township.code, name: township.name });
    else outside.push(township.name);
  }
  const names = joinNames(required.map((township) => township.name));
  if (failing.length === 0) {
    prepared.messages.push(
      message('optimiseRulePassesEverywhere', { rule: rule.title, scenario: scenarioName(scenario) }),
    );
  }
  if (outside.length > 0) {
    prepared.messages.push(
      message('optimiseFailingOutsideSearch', { rule: rule.title, townships: joinNames(outside) }),
    );
  }
  if (required.length > count) {
    throw new UnmetRequestError(
      message('optimiseRequiredMoreThanCount', {
        rule: rule.title,
        failing: required.length,
        townships: names,
        count,
      }),
    );
  }
  if (required.length > 0)
    prepared.messages.push(message('optimiseRequiredTownships', { rule: rule.title, townships: names }));
  for (const township of required) {
    if (!prepared.places.some((place) => place.townshipCode === township.code)) {
      throw new UnmetRequestError(
        message('optimiseRequiredWithoutCandidates', {
          township: township.name,
          rule: rule.title,
          kind: kindMessage(request.kind),
          distance: request.minDistance,
        }),
      );
    }
  }
  return required;
}

/**
 * Notes on why an answer stopped short, or which targets it could not reach and why; `reach`
 * words how far a school reaches (the service radius, or the mode's time on roads).
 * @example noteSearchStop(answer, 3, request, areaNames, messages, reachMessage(distance))
 */
export function noteSearchStop(
  answer: SiteSearchAnswer,
  picks: number,
  request: SuggestionRequest,
  areaNames: readonly string[],
  messages: Message[],
  reach: Message = reachMessage(STRAIGHT_LINE),
): void {
  const kind = kindMessage(request.kind);
  if (answer.stopped === 'cancelled') messages.push(message('optimiseCancelledKept', { count: picks }));
  if (answer.stopped === 'no-gain' && (request.objective ?? 'coverage') !== 'count') {
    messages.push(
      picks === 0
        ? message('optimiseNoGainAtAll', { kind, reach })
        : message('optimiseFewerPicks', { count: picks, asked: request.count, kind, reach }),
    );
  }
  if (answer.stopped === 'targets-missed')
    messages.push(message('optimiseTargetsMissed', { count: picks, cap: request.count }));
  for (const target of answer.targets ?? []) {
    if (!target.unreachable) continue;
    messages.push(
      message('optimiseTargetUnreachable', {
        township:
          request.targetScope === 'district' ? message('optimiseDistrict') : (areaNames[target.area] ?? ''),
        share: Math.round(((target.coveredBefore + target.reachable) / target.population) * 1000) / 10,
        beyond: Math.round(target.beyondEveryCandidate),
        reach,
      }),
    );
  }
}
