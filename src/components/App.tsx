/**
 * The app shell: top bar, the screen's left panel (filters, analysis, 选址 or 概览), the one map
 * with its legend, the screen's table, the detail panel and the status line. Presenting hides the
 * bars and leaves the map and the overview's slide.
 */
import { useEffect, useState } from 'react';
import { MapView } from '../map/MapView.tsx';
import { useAtlasStore } from '../store/index.ts';
import { AnalysisPanel } from './AnalysisPanel.tsx';
import { DetailPanel } from './DetailPanel.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { Legend } from './Legend.tsx';
import { MoveConfirmation } from './MoveConfirmation.tsx';
import { OverviewPanel } from './overview/OverviewPanel.tsx';
import { CandidateTable } from './planning/CandidateTable.tsx';
import { PlanningPanel } from './planning/PlanningPanel.tsx';
import { PrintView } from './print/PrintView.tsx';
import { LinkNotice } from './publish/LinkNotice.tsx';
import { SettingsDialog } from './SettingsDialog.tsx';
import { StatusLine } from './StatusLine.tsx';
import { SeatsPanel } from './seats/SeatsPanel.tsx';
import { SeatTable } from './seats/SeatTable.tsx';
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
  const presenting = useAtlasStore((state) => state.presentation !== null);
  const hasCandidates = useAtlasStore((state) => state.candidates.length > 0);
  const viewer = useAtlasStore((state) => state.viewer);
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('appTitle');
  }, [language, t]);

  useEffect(() => {
    // On the root element, so dialogs portalled to the body hide their editing controls too.
    document.documentElement.classList.toggle('viewer', viewer);
  }, [viewer]);

  const withTable = view === 'analysis' || view === 'seats' || (view === 'planning' && hasCandidates);
  const classes = ['app', `view-${view}`];
  if (hasSelection && view !== 'overview') classes.push('with-detail');
  if (withTable) classes.push('with-table');
  if (presenting) classes.push('presenting');
  if (viewer) classes.push('viewer');
  return (
    <div className={classes.join(' ')}>
      {presenting ? null : <TopBar onOpenSettings={() => setSettingsOpen(true)} />}
      {loadStatus === 'ready' ? (
        <>
          {view === 'analysis' ? (
            <AnalysisPanel />
          ) : view === 'seats' ? (
            <SeatsPanel />
          ) : view === 'planning' ? (
            <PlanningPanel />
          ) : view === 'overview' ? (
            <OverviewPanel />
          ) : (
            <FilterPanel />
          )}
          {view === 'print' ? (
            <PrintView />
          ) : (
            <main className="map-panel">
              <MapView />
              <Legend />
              <LinkNotice />
              {editing ? (
                <p className="map-hint" data-testid="edit-hint">
                  {t('editModeHint')}
                </p>
              ) : null}
            </main>
          )}
          {view === 'analysis' ? <TownshipTable /> : null}
          {view === 'seats' ? <SeatTable /> : null}
          {view === 'planning' && hasCandidates ? <CandidateTable /> : null}
          {view === 'overview' ? null : <DetailPanel />}
          {presenting ? null : <StatusLine />}
        </>
      ) : (
        <main className="loading" role={loadStatus === 'error' ? 'alert' : 'status'}>
          {loadStatus === 'error'
            ? t('withReason', { what: t('loadFailed'), reason: loadError ?? '' })
            : t('loading')}
        </main>
      )}
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
      <MoveConfirmation />
    </div>
  );
}
