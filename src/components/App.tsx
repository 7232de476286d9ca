/**
 * The app shell: top bar, the screen's left panel (filters, analysis, 选址 or 概览), the one map
 * with its legend, the screen's table, the detail panel and the status line. Presenting hides the
 * bars and leaves the map and the overview's slide.
 */
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { MapView } from '../map/MapView.tsx';
import { useAtlasStore } from '../store/index.ts';
// The seat figures' styles stay in the start stylesheet, where the detail panel (loaded on
// demand) used to bring them: the overview, the slides and the township detail use them too.
import './seats/seats.css';
import './seats/seats-elsewhere.css';
import { FilterPanel } from './FilterPanel.tsx';
import { Legend } from './Legend.tsx';
import { Loading } from './Loading.tsx';
import { lazyScreen } from './lazy-screen.ts';
import { type PartArea, PartBoundary } from './PartBoundary.tsx';
import { LinkNotice } from './publish/LinkNotice.tsx';
import { StatusLine } from './StatusLine.tsx';
import { TopBar } from './TopBar.tsx';
import { useTranslation } from './use-translation.ts';

// Views a screen does not show at start load on first use: the first map draws without them.
const AnalysisPanel = lazyScreen(() => import('./AnalysisPanel.tsx').then((module) => module.AnalysisPanel));
const TownshipTable = lazyScreen(() => import('./TownshipTable.tsx').then((module) => module.TownshipTable));
const SeatsPanel = lazyScreen(() => import('./seats/SeatsPanel.tsx').then((module) => module.SeatsPanel));
const SeatTable = lazyScreen(() => import('./seats/SeatTable.tsx').then((module) => module.SeatTable));
const PlanningPanel = lazyScreen(() =>
  import('./planning/PlanningPanel.tsx').then((module) => module.PlanningPanel),
);
const CandidateTable = lazyScreen(() =>
  import('./planning/CandidateTable.tsx').then((module) => module.CandidateTable),
);
const OverviewPanel = lazyScreen(() =>
  import('./overview/OverviewPanel.tsx').then((module) => module.OverviewPanel),
);
const PrintView = lazyScreen(() => import('./print/PrintView.tsx').then((module) => module.PrintView));
// Shown once something is selected, a school is being added or edit mode is on (whose form it
// fetches ahead): not on the first screen unless a link selects something.
const DetailPanel = lazyScreen(() => import('./DetailPanel.tsx').then((module) => module.DetailPanel));
// Asked only in edit mode, when a school is dragged outside the district.
const MoveConfirmation = lazyScreen(() =>
  import('./MoveConfirmation.tsx').then((module) => module.MoveConfirmation),
);
// Behind a click: loaded when first opened, then kept (closing it is the dialog's own).
const SettingsDialog = lazyScreen(() =>
  import('./SettingsDialog.tsx').then((module) => module.SettingsDialog),
);

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
  const [settingsOpened, setSettingsOpened] = useState(false);

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
      {presenting ? null : (
        <TopBar
          onOpenSettings={() => {
            setSettingsOpened(true);
            setSettingsOpen(true);
          }}
        />
      )}
      {loadStatus === 'ready' ? (
        <>
          {/* Keyed by the screen: a part that failed to draw does not stay failed on another screen. */}
          <Loading key={`panel-${view}`} area="left">
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
          </Loading>
          {view === 'print' ? (
            <Loading area="map">
              <PrintView />
            </Loading>
          ) : (
            <main className="map-panel">
              <PartBoundary>
                <MapView />
                <Legend />
                <LinkNotice />
                {editing ? (
                  <p className="map-hint" data-testid="edit-hint">
                    {t('editModeHint')}
                  </p>
                ) : null}
              </PartBoundary>
            </main>
          )}
          <Loading key={`table-${view}`} area="table">
            {view === 'analysis' ? <TownshipTable /> : null}
            {view === 'seats' ? <SeatTable /> : null}
            {view === 'planning' && hasCandidates ? <CandidateTable /> : null}
          </Loading>
          {view === 'overview' ? null : <DetailWhenNeeded />}
          {presenting ? null : <StatusLine />}
        </>
      ) : (
        <main className="loading" role={loadStatus === 'error' ? 'alert' : 'status'}>
          {loadStatus === 'error'
            ? t('withReason', { what: t('loadFailed'), reason: loadError ?? '' })
            : t('loading')}
        </main>
      )}
      {settingsOpened ? (
        <PartBoundary area="floating">
          <Suspense fallback={null}>
            <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
          </Suspense>
        </PartBoundary>
      ) : null}
      <MoveConfirmationWhenNeeded />
    </div>
  );
}

/** The detail panel, loaded when it has something to show (it shows nothing otherwise). */
function DetailWhenNeeded() {
  const needed = useAtlasStore((state) => state.selection !== null || state.draft !== null || state.editing);
  return <LoadedWhen needed={needed} view={<DetailPanel />} area="right" />;
}

/** The question before a move outside the district, loaded in edit mode (only a drag there asks it). */
function MoveConfirmationWhenNeeded() {
  const needed = useAtlasStore((state) => state.editing || state.pendingMove !== null);
  return <LoadedWhen needed={needed} view={<MoveConfirmation />} area="floating" />;
}

/** A view loaded on demand, mounted (and so loaded) only while it is needed. */
function LoadedWhen({ needed, view, area }: { needed: boolean; view: ReactNode; area: PartArea }) {
  return needed ? (
    <PartBoundary area={area}>
      <Suspense fallback={null}>{view}</Suspense>
    </PartBoundary>
  ) : null;
}
