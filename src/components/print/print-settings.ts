/**
 * The print view's choices (paper, resolution, texts, switches), kept in this browser so the
 * compiling unit and the paper are there next time. Texts left null follow the current view.
 */
import { create } from 'zustand';
import { PAPER_NAMES, PRINT_DPIS } from '../../print/paper.ts';
import { DEFAULT_PRINT_CHOICES, type PrintChoices } from '../../print/print-choices.ts';
import { useAtlasStore } from '../../store/index.ts';

const STORAGE_KEY = 'atlas-print-choices';

/** The choices and their setter. */
export interface PrintChoicesState extends PrintChoices {
  /** Whether the user set `includeAnalysis` (else it follows the screen the print view was opened from). */
  analysisChosen: boolean;
  setChoices(change: Partial<PrintChoices>): void;
  /** Drops the typed texts, back to the defaults from the view. */
  resetTexts(): void;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Reads the kept choices, keeping only well-formed values. */
function restored(): Partial<PrintChoices> {
  try {
    const value = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
    const result: Partial<PrintChoices> = {};
    if (PAPER_NAMES.includes(value.paper as never)) result.paper = value.paper as PrintChoices['paper'];
    if (value.orientation === 'landscape' || value.orientation === 'portrait')
      result.orientation = value.orientation;
    if (PRINT_DPIS.includes(value.dpi as never)) result.dpi = value.dpi as number;
    if (typeof value.unit === 'string') result.unit = value.unit;
    if (typeof value.confidential === 'boolean') result.confidential = value.confidential;
    return result;
  } catch {
    return {};
  }
}

/** The print view's choices. */
export const usePrintChoices = create<PrintChoicesState>()((set) => ({
  ...DEFAULT_PRINT_CHOICES,
  ...restored(),
  analysisChosen: false,
  setChoices(change) {
    set({ ...change, ...('includeAnalysis' in change ? { analysisChosen: true } : {}) });
  },
  resetTexts() {
    set({ title: null, subtitle: null, source: null });
  },
}));

usePrintChoices.subscribe((state) => {
  const { paper, orientation, dpi, unit, confidential } = state;
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ paper, orientation, dpi, unit, confidential }));
  } catch {
    // Storage full or denied: the choices just do not outlive the tab.
  }
});

// Opening the print view from the analysis screen prints its layers, unless the user chose.
useAtlasStore.subscribe(
  (state) => state.view,
  (view, previous) => {
    if (view !== 'print' || previous === 'print' || usePrintChoices.getState().analysisChosen) return;
    usePrintChoices.setState({ includeAnalysis: previous === 'analysis' });
  },
);

/** The plain choices of the state. */
export function choicesOf(state: PrintChoicesState): PrintChoices {
  const { paper, orientation, dpi, title, subtitle, unit, source, confidential, includeAnalysis } = state;
  return { paper, orientation, dpi, title, subtitle, unit, source, confidential, includeAnalysis };
}
