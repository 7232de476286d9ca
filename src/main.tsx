/** Entry point: restores settings and the view from the URL, loads the data, renders the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import { startAnalysisRunner } from './store/analysis-runner.ts';
import { startWithSavedWork } from './store/app-autosave.ts';
import { startCandidateRunner } from './store/candidate-runner.ts';
import { startCandidateSeatsRunner } from './store/candidate-seats-runner.ts';
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
window.addEventListener('hashchange', () => {
  restoreViewFromUrl(useAtlasStore, window.location.hash);
  // A link pasted into an open tab also moves the map, which only reads the camera at start.
  const { camera, focusOn } = useAtlasStore.getState();
  if (camera) focusOn({ kind: 'point', ...camera });
});
void startWithSavedWork();
startAnalysisRunner(useAtlasStore);
startCandidateRunner(useAtlasStore);
startSeatsRunner(useAtlasStore);
startCandidateSeatsRunner(useAtlasStore);
startIsochroneRunner(useAtlasStore);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
