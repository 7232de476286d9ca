/**
 * A part of the page that fails to draw — an error while it renders, or its code that would not
 * load (a dropped connection, a deployment updated under an open tab) — shows why in its place,
 * with a way to try again or reload; the rest of the page, the map and the data in the store go
 * on. Without it React unmounts the whole page on any such error and leaves it blank.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorMessage } from '../domain/message.ts';
import { useTranslation } from './use-translation.ts';

/**
 * Where in the page's grid the part stands, so that its failure shows there: the left panel, the
 * map's place, the table under the map, the right panel, or floating over the page (a dialog). Absent: in its
 * parent's flow.
 */
export type PartArea = 'left' | 'map' | 'table' | 'right' | 'floating';

interface BoundaryProps {
  children: ReactNode;
  area?: PartArea;
}

interface BoundaryState {
  /** What the part threw while drawing; absent while it draws. */
  failure?: { error: unknown };
}

/**
 * Draws `children`, or, once they have thrown, what went wrong (`data-testid="part-failed"`).
 * "Try again" draws them anew (a view whose code failed to load keeps failing until the page is
 * reloaded, which the second button does).
 * @example <PartBoundary><SeatsPanel /></PartBoundary>
 */
export class PartBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = {};

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { failure: { error } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever reads the console: the component that threw.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    return (
      <PartFailed
        error={failure.error}
        area={this.props.area}
        onRetry={() => this.setState({ failure: undefined })}
      />
    );
  }
}

function PartFailed({ error, area, onRetry }: { error: unknown; area?: PartArea; onRetry: () => void }) {
  const { t, tm } = useTranslation();
  return (
    <div
      className={area ? `part-failed part-failed-${area}` : 'part-failed'}
      role="alert"
      data-testid="part-failed"
    >
      <p>{t('partFailed')}</p>
      <p className="part-failed-reason" data-testid="part-failed-reason">
        {t('partFailedReason', { reason: tm(errorMessage(error)) })}
      </p>
      <p className="part-failed-actions">
        <button type="button" onClick={onRetry} data-testid="part-retry">
          {t('partRetry')}
        </button>
        <button type="button" onClick={() => window.location.reload()} data-testid="part-reload">
          {t('partReload')}
        </button>
      </p>
    </div>
  );
}
