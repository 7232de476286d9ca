/**
 * The top bar: district and product name, the sample-data badge, search, import and export, and,
 * pinned at the right end where nothing can push them off, language and settings. The bar gives up
 * spacing, then the product name, then more, as far as its width needs (`useFitLevel`).
 */
import { useRef } from 'react';
import { isSampleRoster } from '../domain/school.ts';
import { useAtlasStore } from '../store/index.ts';
import { ExportButton } from './export/ExportButton.tsx';
import { ImportButton } from './import/ImportButton.tsx';
import { PublicationLine } from './publish/PublicationLine.tsx';
import { ScenarioSwitch } from './ScenarioSwitch.tsx';
import { SearchBoxOnUse } from './SearchBoxOnUse.tsx';
import { UndoButtons } from './UndoButtons.tsx';
import { useFitLevel } from './use-fit-level.ts';
import { useTranslation } from './use-translation.ts';
import { ViewTabs } from './ViewTabs.tsx';

/** How many compact levels the stylesheet defines for the top bar (`.top-bar[data-fit]`). */
const TOP_BAR_LEVELS = 4;

export function TopBar({ onOpenSettings }: { onOpenSettings: () => void }) {
  const { t, language } = useTranslation();
  const dataset = useAtlasStore((state) => state.dataset);
  const isSample = useAtlasStore((state) => isSampleRoster(state.schools));
  const setLanguage = useAtlasStore((state) => state.setLanguage);
  const editing = useAtlasStore((state) => state.editing);
  const setEditing = useAtlasStore((state) => state.setEditing);
  // A published atlas is for viewing: no importing, undo or edit mode (the store refuses them too).
  const viewer = useAtlasStore((state) => state.viewer);
  const bar = useRef<HTMLElement>(null);
  const row = useRef<HTMLDivElement>(null);
  useFitLevel(bar, row, TOP_BAR_LEVELS, `${language} ${dataset?.districtName ?? ''} ${isSample} ${viewer}`);
  return (
    <header className="top-bar" ref={bar} data-testid="top-bar">
      <div className="top-main" ref={row}>
        <div className="brand">
          <span className="brand-district">{dataset?.districtName ?? ''}</span>
          <h1>{t('appTitle')}</h1>
          {isSample ? (
            <span className="sample-badge" title={t('sampleBadgeTitle')} data-testid="sample-badge">
              {t('sampleBadge')}
            </span>
          ) : null}
          <PublicationLine />
        </div>
        <ViewTabs />
        <ScenarioSwitch />
        <SearchBoxOnUse />
        <div className="top-actions">
          {viewer ? null : <ImportButton />}
          <ExportButton />
          {viewer ? null : <UndoButtons />}
          <button
            hidden={viewer}
            type="button"
            className={`ghost${editing ? ' on' : ''}`}
            aria-pressed={editing}
            onClick={() => setEditing(!editing)}
            data-testid="edit-mode"
          >
            {t('editMode')}
          </button>
        </div>
      </div>
      <div className="top-pinned">
        <button
          type="button"
          className="ghost"
          onClick={() => setLanguage(language === 'en' ? 'zh-CN' : 'en')}
          aria-label={t('languageSwitchLabel')}
          data-testid="language-switch"
        >
          {/* The other language's name, in that language, for the reader who needs it. */}
          <span lang={language === 'en' ? 'zh-CN' : 'en'}>{t('languageSwitchTarget')}</span>
        </button>
        <button type="button" className="ghost" onClick={onOpenSettings} data-testid="open-settings">
          {t('settingsOpen')}
        </button>
      </div>
    </header>
  );
}
