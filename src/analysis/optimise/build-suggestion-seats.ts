/**
 * The seats objective of a site suggestion (选址建议, objective 学位): the seat analysis of the
 * suggestion's scenario for the kind's stage, with the radii in use, and every candidate a new
 * school of the rule set's default size for the stage.
 */
import { type Message, message } from '../../domain/message.ts';
import { isSeatStage, newSiteSeats, seatSettingsOf } from '../../domain/seats.ts';
import { prepareSeatAnalysis } from '../seats/prepare-seat-analysis.ts';
import type { SeatsCheckInput } from './build-seats-condition.ts';
import { buildSeatsObjective, type SeatsEvaluation } from './build-seats-objective.ts';
import { kindMessage } from './kind-message.ts';
import { siteReachOf } from './prepare-suggestion.ts';
import { UnmetRequestError } from './unmet-request-error.ts';

/**
 * What the seats objective of a suggestion is built from: the context a consolidation's seats check
 * takes (with the radii in use: the request's single radius already applied), the candidates and
 * which of them are eligible.
 */
export interface SuggestionSeatsInput extends SeatsCheckInput {
  candidates: readonly { lon: number; lat: number }[];
  eligible: ArrayLike<number>;
}

/**
 * The seats objective and the note that says what it counts (which year's children, how many seats
 * a new site brings).
 * @throws UnmetRequestError for a kind without seats (特殊教育) or a stage the population cannot
 *   allocate (no children figures, too many pairs)
 * @example buildSuggestionSeats({ ...context, radii, scenario, kind: 'primary', candidates, eligible }).objective.seatsPerSite // 810
 */
export function buildSuggestionSeats(input: SuggestionSeatsInput): {
  objective: SeatsEvaluation;
  basis: Message;
  baseYear: number;
} {
  const { kind } = input;
  if (!isSeatStage(kind)) {
    throw new UnmetRequestError(message('optimiseSeatsNoStage', { kind: kindMessage(kind) }));
  }
  const settings = seatSettingsOf(input.ruleSet.settings);
  const frame = prepareSeatAnalysis({
    schools: input.schools,
    townships: input.townships,
    population: input.population,
    settings,
    radii: input.radii,
    scenario: input.scenario,
    ...siteReachOf(input),
  });
  const built = buildSeatsObjective(
    frame,
    kind,
    input.candidates,
    newSiteSeats(settings, kind),
    input.eligible,
  );
  if (!built.ok) throw new UnmetRequestError(built.message);
  return {
    objective: built.objective,
    baseYear: frame.baseYear,
    basis: message('optimiseSeatsBasis', {
      year: frame.baseYear,
      stage: kindMessage(kind),
      seats: built.objective.seatsPerSite,
      classes: settings.newSiteClasses[kind],
      // Grouped as the interface shows counts (56,495), in both languages.
      children: built.objective.children.toLocaleString('en-US'),
      without: (built.objective.children - built.objective.seatedBefore).toLocaleString('en-US'),
    }),
  };
}
