/**
 * The plan's entered figures (学前教育三年毛入园率 …): the figure against its target, 未填报 while
 * none is entered, and on the overview a field to enter or clear it in place (one undo step each).
 */
import { useState } from 'react';
import type { TargetProgress } from '../../analysis/evaluate-targets.ts';
import { useAtlasStore } from '../../store/index.ts';
import { EstimatedRate } from '../seats/EstimatedRate.tsx';
import { useRuleTitle } from '../travel/use-rule-title.ts';
import { useTranslation } from '../use-translation.ts';
import { type EnteredFigureProblem, MAXIMUM_RATE, parseEnteredFigure } from './entered-figure.ts';
import { type Translate, unitText } from './overview-text.ts';
import { ProgressBar } from './TargetList.tsx';
import { targetBar } from './target-bar.ts';

function problemText(t: Translate, problem: EnteredFigureProblem): string {
  if (problem === 'negative') return t('overviewFigureNegative');
  if (problem === 'rate-too-large') return t('overviewFigureTooLarge', { maximum: MAXIMUM_RATE });
  return t('overviewFigureNotANumber');
}

/** The figure's standing: met, how far below, or 未填报. */
function FigureStanding({ progress }: { progress: TargetProgress }) {
  const { t, language } = useTranslation();
  const value = progress.achieved;
  let text: string;
  let standing: string;
  if (value === null) {
    standing = 'not-entered';
    text = t('overviewStandingNotEntered');
  } else if (progress.met) {
    standing = 'met';
    text = `✓ ${t('overviewStandingMet')}`;
  } else {
    standing = 'short';
    const gap = Math.round((progress.target - value) * 10) / 10;
    const gapText =
      progress.unit === '%'
        ? t('overviewPointsChange', { change: gap })
        : `${gap}${unitText(progress.unit, language)}`;
    text = `✗ ${t('overviewFigureBelow', { gap: gapText })}`;
  }
  return (
    <span className={`target-standing ${standing}`} data-testid="figure-standing" data-standing={standing}>
      {text}
    </span>
  );
}

function FigureField({ progress }: { progress: TargetProgress }) {
  const { t, language } = useTranslation();
  const ruleTitle = useRuleTitle();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<EnteredFigureProblem | null>(null);
  const title = ruleTitle(progress);

  // The field has checked the entry already; an unchanged figure makes no undo step.
  const save = (value: number | null) => useAtlasStore.getState().setEnteredFigure(progress.id, value);
  const commit = () => {
    if (draft === null) return;
    const entry = parseEnteredFigure(draft, progress.unit);
    if (entry.kind === 'invalid') {
      setProblem(entry.problem);
      return;
    }
    save(entry.kind === 'value' ? entry.value : null);
    setProblem(null);
    setDraft(null);
  };
  const errorId = `figure-error-${progress.id}`;
  return (
    <>
      <span className="entered-field">
        <input
          type="text"
          inputMode="decimal"
          className="entered-input"
          aria-label={t('overviewFigureLabel', { title })}
          placeholder={t('overviewFigurePlaceholder')}
          value={draft ?? (progress.achieved === null ? '' : String(progress.achieved))}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') {
              setDraft(null);
              setProblem(null);
            }
          }}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          data-testid={`figure-input-${progress.id}`}
        />
        <span className="entered-unit">{unitText(progress.unit, language)}</span>
        {progress.achieved !== null ? (
          <button
            type="button"
            className="link"
            aria-label={t('overviewFigureClearOf', { title })}
            onClick={() => {
              save(null);
              setDraft(null);
              setProblem(null);
            }}
            data-testid={`figure-clear-${progress.id}`}
          >
            {t('overviewFigureClear')}
          </button>
        ) : null}
      </span>
      {problem ? (
        <span className="field-error" id={errorId} role="alert" data-testid={`figure-error-${progress.id}`}>
          {problemText(t, problem)}
        </span>
      ) : null}
    </>
  );
}

function FigureRow({ progress, editable }: { progress: TargetProgress; editable: boolean }) {
  const { t, language } = useTranslation();
  const ruleTitle = useRuleTitle();
  const bar = targetBar(progress);
  const unit = unitText(progress.unit, language);
  const title = ruleTitle(progress);
  const goal = t('overviewGoal', { goal: `${progress.target}${unit}` });
  if (!editable) {
    // Read out on a slide: laid out as the targets above it, the figure where their counts are.
    return (
      <li className="target-row" data-testid={`figure-${progress.id}`}>
        <div className="target-heading">
          <span className="target-title">{title}</span>
          <span className="target-numbers">
            <b className="entered-value" data-testid="figure-value">
              {progress.achieved === null ? t('empty') : `${progress.achieved}${unit}`}
            </b>
            <span className="entered-goal" data-testid="figure-goal">
              / {goal}
            </span>
            <EstimatedRate targetId={progress.id} />
          </span>
        </div>
        <div className="target-progress">
          <ProgressBar bar={bar} extraClass="entered-bar" />
          <FigureStanding progress={progress} />
        </div>
      </li>
    );
  }
  return (
    <li className="entered-row" data-testid={`figure-${progress.id}`} title={progress.note ?? undefined}>
      <span className="target-title">{title}</span>
      <FigureField progress={progress} />
      <ProgressBar bar={bar} extraClass="entered-bar" />
      <span className="entered-goal-cell">
        <span className="entered-goal" data-testid="figure-goal">
          {goal}
        </span>
        <EstimatedRate targetId={progress.id} />
      </span>
      <FigureStanding progress={progress} />
    </li>
  );
}

/** The entered figures of the rule set; `editable` adds the field to enter or clear each one. */
export function EnteredFigures({
  targets,
  editable,
}: {
  targets: readonly TargetProgress[];
  editable: boolean;
}) {
  return (
    <ul className="entered-list" data-testid="figure-list">
      {targets
        .filter((target) => target.counts === null)
        .map((target) => (
          <FigureRow key={target.id} progress={target} editable={editable} />
        ))}
    </ul>
  );
}
