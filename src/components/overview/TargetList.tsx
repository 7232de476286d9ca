/**
 * The plan's district targets counted from the roster, each as a stacked bar (已有 · 竣工 · 在建 ·
 * 规划 against the goal) with its numbers written out and where it stands. On the overview the
 * goal is a field: a plan may give two figures for one target (新建初中 1 in its 总体目标, 2 in its
 * measures), and the bureau chooses which one it tracks — an undoable edit of the rule set.
 */
import type { TargetProgress } from '../../analysis/evaluate-targets.ts';
import { useAtlasStore } from '../../store/index.ts';
import { NumberInput } from '../NumberInput.tsx';
import { useRuleTitle } from '../travel/use-rule-title.ts';
import { useTranslation } from '../use-translation.ts';
import { unitText } from './overview-text.ts';
import { type TargetBar, type TargetStanding, targetBar } from './target-bar.ts';

/** The words for where a target stands. */
export function StandingBadge({ standing, shortfall }: { standing: TargetStanding; shortfall: number }) {
  const { t } = useTranslation();
  const text: Record<TargetStanding, string> = {
    met: `✓ ${t('overviewStandingMet')}`,
    'met-after-plan': `✗→✓ ${t('overviewStandingAfterPlan')}`,
    short: `✗ ${t('overviewStandingShort', { count: shortfall })}`,
    'not-entered': t('overviewStandingNotEntered'),
  };
  return (
    <span className={`target-standing ${standing}`} data-testid="target-standing" data-standing={standing}>
      {text[standing]}
    </span>
  );
}

/**
 * The drawn bar: its parts side by side and the goal as a marker. Decorative: the numbers beside
 * it say the same in words.
 */
export function ProgressBar({ bar, extraClass = '' }: { bar: TargetBar; extraClass?: string }) {
  return (
    <span className={`target-bar ${extraClass}`} aria-hidden="true">
      {bar.segments.map((segment) => (
        <span
          key={segment.part}
          className={`target-segment ${segment.part}`}
          style={{ left: `${segment.start * 100}%`, width: `${segment.width * 100}%` }}
        />
      ))}
      <span className="target-goal" style={{ left: `${bar.goalPosition * 100}%` }} />
    </span>
  );
}

/** The goal as a field: commits on Enter or leaving it; a refusal shows under it and changes nothing. */
function GoalField({ progress, title }: { progress: TargetProgress; title: string }) {
  const { t, tm } = useTranslation();
  return (
    <NumberInput
      label={t('overviewGoalLabel', { title })}
      value={progress.target}
      onCommit={(goal) => {
        const refusal = useAtlasStore.getState().setTargetGoal(progress.id, goal);
        return refusal ? tm(refusal) : null;
      }}
      testId={`target-goal-${progress.id}`}
    />
  );
}

function TargetRow({ progress, editable }: { progress: TargetProgress; editable: boolean }) {
  const { t, language } = useTranslation();
  const ruleTitle = useRuleTitle();
  const bar = targetBar(progress);
  const unit = unitText(progress.unit, language);
  const title = ruleTitle(progress);
  return (
    <li className="target-row" data-testid={`target-${progress.id}`} title={progress.note ?? undefined}>
      <div className="target-heading">
        <span className="target-title">{title}</span>
        <span className="target-numbers" data-testid="target-numbers">
          {bar.segments.map((segment) => (
            <span key={segment.part} className="target-count" data-part={segment.part}>
              <i className={`overview-swatch ${segment.part}`} aria-hidden="true" />
              {t(`targetPart_${segment.part}`)} <b>{segment.count}</b>
            </span>
          ))}
          <span className="target-count goal" data-part="goal">
            {editable ? (
              <>
                / {t('overviewGoalPrefix')}
                <GoalField progress={progress} title={title} />
                {unit}
              </>
            ) : (
              <>/ {t('overviewGoal', { goal: `${progress.target}${unit}` })}</>
            )}
          </span>
        </span>
      </div>
      <div className="target-progress">
        <ProgressBar bar={bar} />
        <StandingBadge standing={bar.standing} shortfall={bar.shortfall} />
      </div>
    </li>
  );
}

/**
 * The roster-counted targets of the rule set (entered figures are listed apart); `editable` makes
 * each goal a field (the overview), without it the goal is read out (the presentation).
 */
export function TargetList({ targets, editable }: { targets: readonly TargetProgress[]; editable: boolean }) {
  return (
    <ul className="target-list" data-testid="target-list">
      {targets
        .filter((target) => target.counts !== null)
        .map((target) => (
          <TargetRow key={target.id} progress={target} editable={editable} />
        ))}
    </ul>
  );
}
