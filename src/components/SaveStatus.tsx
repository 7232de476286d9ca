/**
 * The autosave's state in the status line, the choice when another tab changed the data, and why
 * saving is paused when the browser holds work of a newer version.
 */
import { formatDateTime } from '../i18n/format-time.ts';
import { appAutosave, resetToDefaultData } from '../store/app-autosave.ts';
import { useAtlasStore } from '../store/index.ts';
import { AUTOSAVE_SCHEMA_VERSION } from '../store/saved-work.ts';
import { useTranslation } from './use-translation.ts';

export function SaveStatus() {
  const { t, tm, language } = useTranslation();
  const status = useAtlasStore((state) => state.saveStatus);
  const restoredFrom = useAtlasStore((state) => state.restoredFrom);
  const persistent = useAtlasStore((state) => state.storagePersistent);
  return (
    <span className="save-status" data-testid="save-status">
      {restoredFrom ? (
        <span>
          {t('restoredFrom', { time: formatDateTime(restoredFrom, language) })}{' '}
          <button
            type="button"
            className="link"
            onClick={() => void resetToDefaultData()}
            data-testid="reset-data"
          >
            {t('resetToDefault')}
          </button>
        </span>
      ) : null}
      {status.kind === 'saved' ? (
        <span title={persistent === false ? t('storageNotPersistent') : ''}>
          {t('savedAt', { time: formatDateTime(status.at, language) })}
          {persistent === false ? ` · ${t('storageNotPersistentShort')}` : ''}
        </span>
      ) : null}
      {status.kind === 'error' ? (
        <span className="warn" role="alert">
          {tm(status.message)}
        </span>
      ) : null}
      {status.kind === 'foreign-record' ? (
        <span className="conflict" role="alert" data-testid="save-foreign-record">
          {status.version !== null && status.version > AUTOSAVE_SCHEMA_VERSION
            ? t('saveForeignNewer', { version: status.version, supported: AUTOSAVE_SCHEMA_VERSION })
            : t('saveForeignUnreadable')}
          {status.savedAt ? t('saveForeignSavedAt', { time: formatDateTime(status.savedAt, language) }) : ''}{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              if (window.confirm(t('saveForeignDiscardConfirm'))) void appAutosave.discardForeignRecord();
            }}
            data-testid="save-foreign-discard"
          >
            {t('saveForeignDiscard')}
          </button>
        </span>
      ) : null}
      {status.kind === 'conflict' ? (
        <span className="conflict" role="alert" data-testid="save-conflict">
          {t('otherTabChanged', { time: formatDateTime(status.otherSavedAt, language) })}{' '}
          <button type="button" className="link" onClick={() => void appAutosave.takeOtherTab()}>
            {t('takeOtherTab')}
          </button>{' '}
          <button type="button" className="link" onClick={() => void appAutosave.keepThisTab()}>
            {t('keepThisTab')}
          </button>
        </span>
      ) : null}
    </span>
  );
}
