/**
 * What a site suggestion is asked (the 选址 form, `atlas suggest`), in a file of its own so that
 * the request's readers and the suggestion that runs it both import it without importing each other.
 */
import type { ObjectiveKind, SearchMethod } from './objective.ts';
import type { PreparationRequest } from './prepare-suggestion.ts';

/** What to suggest. */
export interface SuggestionRequest
  extends Omit<PreparationRequest, 'mustInclude' | 'excludeSites' | 'plannedSites'> {
  /** How many sites (coverage, distance), or at most how many (count), k ≥ 1. */
  count: number;
  /**
   * Id of an enabled township rule: at least one pick in each township that fails it in the
   * scenario (among the townships searched).
   */
  requireRuleId: string | null;
  /** The question (default coverage). */
  objective?: ObjectiveKind;
  /** How to search (default swap). */
  method?: SearchMethod;
  /** Greedy's evaluation, 'lazy' (default) or 'plain'; the same picks either way. */
  evaluation?: 'lazy' | 'plain';
  /** Count objective: the coverage share to reach (0–1); null or absent = the rule set's target for the kind. */
  target?: number | null;
  /** Count objective: the target per township (default) or for the district. */
  targetScope?: 'township' | 'district';
  /** Seconds the exact method may take (default 10). */
  timeLimitSeconds?: number;
  /** Sites that must be among the picks (the planner's own choices). */
  mustInclude?: { lon: number; lat: number; name: string }[];
  /** Candidates within a metre of these never become picks. */
  excludeSites?: { lon: number; lat: number }[];
  /**
   * The plan's new schools of the kind: 'fixed' (default: they stand or not as the scenario says),
   * or 're-optimise' (the base is 现状 of the same year, and their sites join the candidates).
   */
  plannedSchools?: 'fixed' | 'reoptimise';
}
