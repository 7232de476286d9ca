/** The app's one autosave, and the start-up order: default data, then the saved work on top. */
import { DEFAULT_SERVICE_RADII } from '../domain/radius.ts';
import { Autosave, applySavedWork } from './autosave.ts';
import { useAtlasStore } from './index.ts';

/** The autosave of this tab. */
export const appAutosave = new Autosave(useAtlasStore);

/**
 * Loads the default data set (district, seats and defaults), restores this browser's saved work
 * over it when there is some, clears undo history, then starts saving.
 */
export async function startWithSavedWork(): Promise<void> {
  const state = useAtlasStore.getState();
  await state.loadDefaultData();
  if (useAtlasStore.getState().loadStatus !== 'ready') return;
  const saved = await appAutosave.open();
  if (saved) applySavedWork(useAtlasStore, saved);
  useAtlasStore.temporal.getState().clear();
  appAutosave.start();
}

/** Starts again from the embedded default data: forgets the saved work (undoable as one step). */
export async function resetToDefaultData(): Promise<void> {
  const { loadDefaultDataset } = await import('../io/default-dataset.ts');
  const { readRoster } = await import('../io/read-roster.ts');
  const raw = loadDefaultDataset();
  const roster = readRoster(raw.rosterText, raw.rosterFile);
  useAtlasStore.getState().replaceData({
    schools: roster.accepted.map((row) => row.record),
    townships: raw.townships,
    population: raw.population,
    ruleSet: raw.ruleSet,
    radii: DEFAULT_SERVICE_RADII,
    candidates: [],
    roads: null,
    barriers: raw.barriers,
  });
  useAtlasStore.setState({ restoredFrom: null, selection: null });
}
