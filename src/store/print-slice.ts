/**
 * The print slice: what the user chose on the print screen (paper, resolution, page texts,
 * switches). The sheet and the compiling unit are kept in this browser, so they are there next
 * time; texts left null follow the view. Opening the print screen from 分析 prints its analysis
 * layers, until the user chooses.
 */
import type { StateCreator } from 'zustand';
import {
  DEFAULT_PRINT_CHOICES,
  type KeptPrintChoices,
  keptPrintChoices,
  type PrintChoices,
  readKeptPrintChoices,
} from '../domain/print-choices.ts';
import type { AtlasState, AtlasStore } from './index.ts';

/** The print choices and their actions. */
export interface PrintSlice {
  printChoices: PrintChoices;
  /** Whether the user set `includeAnalysis` (else it follows the screen the print view was opened from). */
  printAnalysisChosen: boolean;
  setPrintChoices(change: Partial<PrintChoices>): void;
  /** Drops the typed title, subtitle, source and unit: back to the defaults from the view. */
  resetPrintTexts(): void;
}

/** Creates the print slice, with the default choices. */
export const createPrintSlice: StateCreator<AtlasState, [], [], PrintSlice> = (set, get) => ({
  printChoices: DEFAULT_PRINT_CHOICES,
  printAnalysisChosen: false,
  setPrintChoices(change) {
    set({
      printChoices: { ...get().printChoices, ...change },
      ...('includeAnalysis' in change ? { printAnalysisChosen: true } : {}),
    });
  },
  resetPrintTexts() {
    set({ printChoices: { ...get().printChoices, title: null, subtitle: null, source: null, unit: null } });
  },
});

const KEY = 'atlas-print-choices';

/**
 * Restores the kept print choices, keeps them on every change, and lets the print screen follow
 * the screen it is opened from; returns the function that stops both.
 */
export function keepPrintChoices(store: AtlasStore, storage: Storage | undefined): () => void {
  try {
    const kept = readKeptPrintChoices(JSON.parse(storage?.getItem(KEY) ?? '{}'));
    store.setState({ printChoices: { ...store.getState().printChoices, ...kept } });
  } catch {
    // Private mode or a corrupt entry: the defaults are the right fallback for choices.
  }
  const stopKeeping = store.subscribe(
    (state) => keptPrintChoices(state.printChoices),
    (kept: KeptPrintChoices) => {
      try {
        storage?.setItem(KEY, JSON.stringify(kept));
      } catch {
        // Storage full or denied: the choices just do not outlive the tab.
      }
    },
    { equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  const stopFollowing = store.subscribe(
    (state) => state.view,
    (view, previous) => {
      const state = store.getState();
      if (view !== 'print' || previous === 'print' || state.printAnalysisChosen) return;
      store.setState({ printChoices: { ...state.printChoices, includeAnalysis: previous === 'analysis' } });
    },
  );
  return () => {
    stopKeeping();
    stopFollowing();
  };
}
