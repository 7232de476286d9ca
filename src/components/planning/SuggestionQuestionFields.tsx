/**
 * The question a suggestion answers and how it is searched: the objective (most population
 * covered, fewest sites reaching the coverage target, shortest mean distance, most children newly
 * seated), the method (greedy, swap, exact — exact offered where it should finish in seconds, with
 * the estimate; never for the seats objective, with the reason), the
 * target for the count objective, the plan's own new schools fixed or re-optimised, and the
 * planner's candidates as sites that must be among the picks.
 */
import type { ExactEstimate } from '../../analysis/optimise/estimate-suggestion.ts';
import type { ObjectiveKind, SearchMethod } from '../../analysis/optimise/objective.ts';
import type { Message } from '../../domain/message.ts';
import { NumberInput } from '../NumberInput.tsx';
import { useTranslation } from '../use-translation.ts';
import { TargetPercentField } from './OptionalNumberField.tsx';

/** The fields' values. */
export interface SuggestionQuestion {
  objective: ObjectiveKind;
  method: SearchMethod;
  /** Percent (e.g. 90); null = the rule set's target. */
  targetPercent: number | null;
  targetScope: 'township' | 'district';
  timeLimitSeconds: number;
  reoptimisePlanned: boolean;
  candidatesMustInclude: boolean;
}

/** The defaults: most population covered, by swap. */
export const DEFAULT_QUESTION: SuggestionQuestion = {
  objective: 'coverage',
  method: 'swap',
  targetPercent: null,
  targetScope: 'township',
  timeLimitSeconds: 10,
  reoptimisePlanned: false,
  candidatesMustInclude: false,
};

const OBJECTIVE_LABELS = {
  coverage: 'optimiseObjectiveCoverage',
  count: 'optimiseObjectiveCount',
  distance: 'optimiseObjectiveDistance',
  seats: 'optimiseObjectiveSeats',
} as const;

const METHOD_LABELS = {
  greedy: 'optimiseMethodGreedy',
  swap: 'optimiseMethodSwap',
  exact: 'optimiseMethodExact',
} as const;

export function SuggestionQuestionFields({
  question,
  onChange,
  estimate,
  defaultTargetPercent,
  plannedCount,
  candidateCount,
  byRoad,
}: {
  question: SuggestionQuestion;
  onChange: (question: SuggestionQuestion) => void;
  /** The exact method's estimate for the request as it stands; null while it is worked out. */
  estimate: { value: ExactEstimate | null; error: Message | null } | null;
  defaultTargetPercent: number;
  plannedCount: number;
  candidateCount: number;
  /** Road time is in use: the mean-distance objective, which measures straight-line metres, is not offered. */
  byRoad: boolean;
}) {
  const { t, tm } = useTranslation();
  const set = (change: Partial<SuggestionQuestion>) => onChange({ ...question, ...change });
  const seats = question.objective === 'seats';
  const exactOffered = !seats && (estimate?.value?.offered ?? false);
  const estimateText = seats
    ? t('optimiseSeatsNoExact')
    : estimate?.error
      ? tm(estimate.error)
      : estimate?.value
        ? t(estimate.value.offered ? 'optimiseEstimateOffered' : 'optimiseEstimateTooLong', {
            seconds: Math.max(1, Math.round(estimate.value.seconds)),
          })
        : t('optimiseEstimateWorking');
  return (
    <fieldset className="suggest-question" data-testid="suggest-question">
      <legend>{t('optimiseQuestion')}</legend>
      <label className="field-row">
        <span>{t('optimiseObjective')}</span>
        <select
          value={question.objective}
          onChange={(event) => {
            const objective = event.target.value as SuggestionQuestion['objective'];
            // The seats objective has no exact method: a question asking it falls back to swap.
            set(
              objective === 'seats' && question.method === 'exact'
                ? { objective, method: 'swap' }
                : { objective },
            );
          }}
          data-testid="suggest-objective"
        >
          {(['coverage', 'count', 'distance', 'seats'] as const).map((objective) => (
            <option key={objective} value={objective} disabled={byRoad && objective === 'distance'}>
              {t(OBJECTIVE_LABELS[objective])}
            </option>
          ))}
        </select>
      </label>
      {byRoad ? (
        <p className="hint" data-testid="suggest-objective-road-note">
          {t('travelObjectiveDistanceByRoad', { objective: t(OBJECTIVE_LABELS.distance) })}
        </p>
      ) : null}
      {question.objective === 'count' ? (
        <>
          <TargetPercentField
            value={question.targetPercent}
            defaultPercent={defaultTargetPercent}
            onChange={(targetPercent) => set({ targetPercent })}
            testId="suggest-target"
          />
          <label className="field-row">
            <span>{t('optimiseTargetScope')}</span>
            <select
              value={question.targetScope}
              onChange={(event) =>
                set({ targetScope: event.target.value as SuggestionQuestion['targetScope'] })
              }
              data-testid="suggest-target-scope"
            >
              <option value="township">{t('optimiseTargetEveryTownship')}</option>
              <option value="district">{t('optimiseTargetDistrict')}</option>
            </select>
          </label>
        </>
      ) : null}
      <label className="field-row">
        <span>{t('optimiseMethod')}</span>
        <select
          value={question.method}
          onChange={(event) => set({ method: event.target.value as SearchMethod })}
          data-testid="suggest-method"
        >
          {(['greedy', 'swap', 'exact'] as const).map((method) => (
            <option
              key={method}
              value={method}
              disabled={method === 'exact' && (seats || (!exactOffered && question.method !== 'exact'))}
            >
              {t(METHOD_LABELS[method])}
            </option>
          ))}
        </select>
      </label>
      <p className="hint-line muted" data-testid="suggest-exact-estimate">
        {estimateText}
      </p>
      {question.method === 'exact' ? (
        <div className="field-row">
          <span>{t('optimiseTimeLimit')}</span>
          <NumberInput
            label={t('optimiseTimeLimit')}
            value={question.timeLimitSeconds}
            onCommit={(value) => {
              if (!(value >= 1 && value <= 600)) return t('optimiseTimeLimitInvalid');
              set({ timeLimitSeconds: value });
              return null;
            }}
            testId="suggest-time-limit"
          />
        </div>
      ) : null}
      <label className="check-row">
        <input
          type="checkbox"
          checked={question.reoptimisePlanned}
          onChange={(event) => set({ reoptimisePlanned: event.target.checked })}
          data-testid="suggest-reoptimise"
        />
        <span>{t('optimiseReoptimisePlanned', { count: plannedCount })}</span>
      </label>
      <label className="check-row">
        <input
          type="checkbox"
          checked={question.candidatesMustInclude}
          disabled={candidateCount === 0}
          onChange={(event) => set({ candidatesMustInclude: event.target.checked })}
          data-testid="suggest-must-include"
        />
        <span>{t('optimiseCandidatesMustInclude', { count: candidateCount })}</span>
      </label>
    </fieldset>
  );
}
