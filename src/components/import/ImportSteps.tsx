/** Steps that every import tab shows the same way: the report (or an introduction) and "done". */
import type { ReactNode } from 'react';
import type { ImportResult } from '../../io/import-flow/index.ts';
import { useTranslation } from '../use-translation.ts';
import { ImportReportView } from './ImportReportView.tsx';

/** The row report once a file is read; before that, what the tab is for. */
export function ReportOrIntro({
  result,
  introTitle,
  intro,
}: {
  result: ImportResult<unknown> | null;
  introTitle: string;
  intro: string;
}) {
  const { t } = useTranslation();
  return result ? (
    <section className="import-step">
      <h3>{t('importStepReport')}</h3>
      <ImportReportView result={result} />
    </section>
  ) : (
    <section className="import-step">
      <h3>{introTitle}</h3>
      <p className="help">{intro}</p>
    </section>
  );
}

/** What a commit did, and the button that closes the dialog. */
export function ImportDone({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="import-step import-done" role="status" data-testid="import-done">
      {children}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} data-testid="import-close">
          {t('importFinish')}
        </button>
      </div>
    </section>
  );
}

/**
 * The review's last row: cancel, and the button that commits what was read (off while
 * `disabled` — nothing to commit, or a changed option still being re-read).
 */
export function CommitActions({
  label,
  disabled,
  onCommit,
  onCancel,
  testId = 'import-commit',
  cancelLabel,
}: {
  label: string;
  disabled: boolean;
  onCommit: () => void;
  onCancel: () => void;
  testId?: string;
  cancelLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <button type="button" className="ghost" onClick={onCancel}>
        {cancelLabel ?? t('settingsCancel')}
      </button>
      <button type="button" className="primary" disabled={disabled} onClick={onCommit} data-testid={testId}>
        {label}
      </button>
    </div>
  );
}
