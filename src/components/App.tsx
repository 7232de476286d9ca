/** The app shell: top bar, filter panel, map with legend, detail panel and status line. */
import { useEffect, useState } from 'react';
import { MapView } from '../map/MapView.tsx';
import { useAtlasStore } from '../store/index.ts';
import { AnalysisPanel } from './AnalysisPanel.tsx';
import { DetailPanel } from './DetailPanel.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { Legend } from './Legend.tsx';
import { PrintView } from './print/PrintView.tsx';
import { SettingsDialog } from './SettingsDialog.tsx';
import { StatusLine } from './StatusLine.tsx';
import { TopBar } from './TopBar.tsx';
import { TownshipTable } from './TownshipTable.tsx';
import { useTranslation } from './use-translation.ts';

export function App() {
  const { t, language } = useTranslation();
  const loadStatus = useAtlasStore((state) => state.loadStatus);
  const loadError = useAtlasStore((state) => state.loadError);
  const hasSelection = useAtlasStore((state) => state.selection !== null || state.draft !== null);
  const editing = useAtlasStore((state) => state.editing);
  const view = useAtlasStore((state) => state.view);
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('appTitle');
  }, [language, t]);

  return (
    <div className={`app${hasSelection ? ' with-detail' : ''}${view === 'analysis' ? ' with-table' : ''}`}>
      <TopBar onOpenSettings={() => setSettingsOpen(true)} />
      {loadStatus === 'ready' ? (
        <>
          {view === 'analysis' ? <AnalysisPanel /> : <FilterPanel />}
          {view === 'print' ? (
            <PrintView />
          ) : (
            <main className="map-panel">
              <MapView />
              <Legend />
              {editing ? (
                <p className="map-hint" data-testid="edit-hint">
                  {t('editModeHint')}
                </p>
              ) : null}
            </main>
          )}
          {view === 'analysis' ? <TownshipTable /> : null}
          <DetailPanel />
          <StatusLine />
        </>
      ) : (
        <main className="loading" role={loadStatus === 'error' ? 'alert' : 'status'}>
          {loadStatus === 'error' ? `${t('loadFailed')}：${loadError ?? ''}` : t('loading')}
        </main>
      )}
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </div>
  );
}
