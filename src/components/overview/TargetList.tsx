/**
 * The plan's district targets counted from the roster, each as a stacked bar (已有 · 竣工 · 在建 ·
 * 规划 against the goal) with its numbers written out and where it stands.
 */
import type { TargetProgress } from '../../analysis/evaluate-targets.ts';
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

function TargetRow({ progress }: { progress: TargetProgress }) {
  const { t, language } = useTranslation();
  const bar = targetBar(progress);
  const unit = unitText(progress.unit, language);
  const title = language === 'en' && progress.titleEnglish ? progress.titleEnglish : progress.title;
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
            / {t('overviewGoal', { goal: `${progress.target}${unit}` })}
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

/** The roster-counted targets of the rule set (entered figures are listed apart). */
export function TargetList({ targets }: { targets: readonly TargetProgress[] }) {
  return (
    <ul className="target-list" data-testid="target-list">
      {targets
        .filter((target) => target.counts !== null)
        .map((target) => (
          <TargetRow key={target.id} progress={target} />
        ))}
    </ul>
  );
}
