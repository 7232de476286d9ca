/** Entry point: restores settings and the view from the URL, loads the data, renders the app. */
// MapLibre first, before the other modules are evaluated: its chunk downloads and compiles while
// the data set loads and the shell renders.
import './map/start-maplibre.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import { PartBoundary } from './components/PartBoundary.tsx';
import { loadCatalogue, loadCataloguePart } from './i18n/load-catalogue.ts';
import { keepBasemapArchives } from './map/basemap-archives.ts';
import { FIRST_MAP_IDLE_MARK } from './map/MapView.tsx';
import { afterFirstMap } from './store/after-first-map.ts';
import { startAnalysisRunner } from './store/analysis-runner.ts';
import { startWithSavedWork } from './store/app-autosave.ts';
import { loadAtlasConfig } from './store/basemap-loading.ts';
import { watchPolicyRefusals } from './store/basemap-policy.ts';
import { keepBasemapChoice, restoreBasemapFile, storedBasemapChoice } from './store/basemap-storage.ts';
import { startCandidateRunner } from './store/candidate-runner.ts';
import { startCandidateSeatsRunner } from './store/candidate-seats-runner.ts';
import { keepCatalogueLoaded } from './store/catalogue-loading.ts';
import { useAtlasStore } from './store/index.ts';
import { startIsochroneRunner } from './store/isochrone-runner.ts';
import { keepPrintChoices } from './store/print-slice.ts';
import { startSeatsRunner } from './store/seats-runner.ts';
import { keepSettings, restoreSettings } from './store/settings-storage.ts';
import { keepViewInUrl, restoreViewFromUrl } from './store/url-sync.ts';
import './styles.css';

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const storage = browserStorage();
restoreSettings(useAtlasStore, storage);
restoreViewFromUrl(useAtlasStore, window.location.hash);
keepSettings(useAtlasStore, storage);
keepPrintChoices(useAtlasStore, storage);
keepViewInUrl(useAtlasStore, window.location, window.history);
// Basemaps: the protocol before any map, the user's choice and kept file, the deployment's services.
keepBasemapArchives(useAtlasStore);
const basemapChoice = storedBasemapChoice(storage);
if (basemapChoice) useAtlasStore.setState({ basemapChoice });
keepBasemapChoice(useAtlasStore, storage);
void restoreBasemapFile(useAtlasStore);
void loadAtlasConfig(useAtlasStore, basemapChoice === null);
watchPolicyRefusals(useAtlasStore);
window.addEventListener('hashchange', () => {
  restoreViewFromUrl(useAtlasStore, window.location.hash);
  // A link pasted into an open tab also moves the map, which only reads the camera at start.
  const { camera, focusOn } = useAtlasStore.getState();
  if (camera) focusOn({ kind: 'point', ...camera });
});
void startWithSavedWork();
// The analysis and the seats: the plain map (the first screen) draws neither, so they wait for
// its first drawing there; any other screen starts them at once.
void afterFirstMap(useAtlasStore, FIRST_MAP_IDLE_MARK).then(() => {
  startAnalysisRunner(useAtlasStore);
  startSeatsRunner(useAtlasStore);
});
startCandidateRunner(useAtlasStore);
startCandidateSeatsRunner(useAtlasStore);
startIsochroneRunner(useAtlasStore);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
// English and the texts of the screens loaded on demand ahead of their use: fetched once the
// first map is drawn, so the first screen never waits for them and the switch or the first such
// screen (which would otherwise fetch them then) finds them at hand.
const englishAhead = new PerformanceObserver((list) => {
  if (list.getEntriesByName(FIRST_MAP_IDLE_MARK).length === 0) return;
  englishAhead.disconnect();
  void loadCatalogue('en').catch(() => undefined);
  void loadCataloguePart('onDemand').catch(() => undefined);
});
englishAhead.observe({ type: 'mark', buffered: true });

// Opened in English (the saved setting, a link): the first screen waits for the English
// catalogue, a chunk of its own, rather than showing Chinese for a moment.
void loadCatalogue(useAtlasStore.getState().language)
  .catch(() => undefined)
  .finally(() => {
    keepCatalogueLoaded(useAtlasStore);
    createRoot(root).render(
      <StrictMode>
        <PartBoundary>
          <App />
        </PartBoundary>
      </StrictMode>,
    );
  });
