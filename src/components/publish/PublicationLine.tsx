/**
 * The top bar's line for a published atlas — "发布版 · 数据更新于 …（单位）" and 在此基础上编辑 — or,
 * on a local copy of one, "本地副本 · 基于 … 发布版" and the way back to the publication.
 */
import { useState } from 'react';
import { formatDateTime } from '../../i18n/format-time.ts';
import { appAutosave } from '../../store/app-autosave.ts';
import { useAtlasStore } from '../../store/index.ts';
import { publicationDay } from '../../store/publication-slice.ts';
import { continueLocalCopy, editLocalCopy } from '../../store/publication-start.ts';
import { useTranslation } from '../use-translation.ts';

/** Reopens the page on the publication: the link's data set says which, the reload shows it. */
function backToPublication(id: string): void {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  params.set('data', id);
  window.location.hash = params.toString();
  window.location.reload();
}

/** The published line and its buttons, or the copy's line; nothing for this browser's own data. */
export function PublicationLine() {
  const { t, language } = useTranslation();
  const viewer = useAtlasStore((state) => state.viewer);
  const publication = useAtlasStore((state) => state.publication);
  const copyOf = useAtlasStore((state) => state.dataset?.copyOf ?? null);
  const savedWork = useAtlasStore((state) => state.savedWork);
  const [confirming, setConfirming] = useState(false);

  if (viewer && publication) {
    const makeCopy = () => {
      // Saved work in this browser would be replaced: say so first.
      if (savedWork && !confirming) setConfirming(true);
      else {
        setConfirming(false);
        void editLocalCopy(useAtlasStore, appAutosave);
      }
    };
    return (
      <span className="publication">
        <span
          className="publication-line"
          title={t('publishedLineTitle', { title: publication.title, unit: publication.unit })}
          data-testid="publication-line"
        >
          {t('publishedLine', { date: publicationDay(publication.updatedOn), unit: publication.unit })}
        </span>
        <button
          type="button"
          className="ghost"
          title={t('publishEditCopyTitle')}
          onClick={makeCopy}
          data-testid="edit-copy"
        >
          {t('publishEditCopy')}
        </button>
        {savedWork?.copyOf ? (
          <button
            type="button"
            className="ghost"
            title={t('publishContinueCopyTitle', { savedAt: formatDateTime(savedWork.savedAt, language) })}
            onClick={() => void continueLocalCopy(useAtlasStore, appAutosave)}
            data-testid="continue-copy"
          >
            {t('publishContinueCopy')}
          </button>
        ) : null}
        {confirming && savedWork ? (
          <span className="publication-confirm" role="alertdialog" data-testid="replace-saved">
            <span>{t('publishReplaceSaved', { savedAt: formatDateTime(savedWork.savedAt, language) })}</span>
            <button type="button" className="ghost" onClick={() => setConfirming(false)}>
              {t('publishReplaceCancel')}
            </button>
            <button type="button" className="primary" onClick={makeCopy} data-testid="replace-saved-confirm">
              {t('publishReplaceConfirm')}
            </button>
          </span>
        ) : null}
      </span>
    );
  }
  if (copyOf) {
    return (
      <span className="publication">
        <span className="publication-line copy" title={t('copyLineTitle')} data-testid="copy-line">
          {t('copyLine', { date: publicationDay(copyOf.updatedOn), unit: copyOf.unit })}
        </span>
        {publication ? (
          <button
            type="button"
            className="ghost"
            onClick={() => backToPublication(publication.id)}
            data-testid="back-to-publication"
          >
            {t('publishBackToPublished')}
          </button>
        ) : null}
      </span>
    );
  }
  return null;
}
