/** Settings: interface language and the optional online basemap (Tianditu key). */
import { useEffect, useRef, useState } from 'react';
import type { Language } from '../i18n/index.ts';
import { useAtlasStore } from '../store/index.ts';
import { useTranslation } from './use-translation.ts';

export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const language = useAtlasStore((state) => state.language);
  const storedKey = useAtlasStore((state) => state.tiandituKey);
  const storedEnabled = useAtlasStore((state) => state.basemapEnabled);
  const setLanguage = useAtlasStore((state) => state.setLanguage);
  const setBasemap = useAtlasStore((state) => state.setBasemap);
  const [key, setKey] = useState(storedKey);
  const [enabled, setEnabled] = useState(storedEnabled);
  const [chosenLanguage, setChosenLanguage] = useState<Language>(language);
  const [error, setError] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setKey(storedKey);
      setEnabled(storedEnabled);
      setChosenLanguage(language);
      setError('');
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, storedKey, storedEnabled, language]);

  const save = () => {
    if (enabled && key.trim() === '') {
      setError(t('settingsKeyRequired'));
      return;
    }
    setLanguage(chosenLanguage);
    setBasemap(key, enabled);
    onClose();
  };

  return (
    <dialog ref={dialog} className="settings-dialog" onClose={onClose} data-testid="settings-dialog">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <h2>{t('settingsTitle')}</h2>
        <label className="field">
          <span>{t('settingsLanguage')}</span>
          <select
            value={chosenLanguage}
            onChange={(event) => setChosenLanguage(event.target.value as Language)}
          >
            {/* Each language named in itself, so either reader finds their own. */}
            <option value="zh-CN" lang="zh-CN">
              {t('languageNameChinese')}
            </option>
            <option value="en" lang="en">
              {t('languageNameEnglish')}
            </option>
          </select>
        </label>
        <h3>{t('settingsBasemap')}</h3>
        <p className="help">{t('settingsBasemapHelp')}</p>
        <label className="field">
          <span>{t('settingsTiandituKey')}</span>
          <input
            type="text"
            value={key}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setKey(event.target.value)}
            data-testid="tianditu-key"
          />
        </label>
        <label className="check-row">
          <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          <span>{t('settingsBasemapOn')}</span>
        </label>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={onClose}>
            {t('settingsCancel')}
          </button>
          <button type="submit" className="primary">
            {t('settingsSave')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
