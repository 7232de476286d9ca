/**
 * The one app store, built from typed slices, with undo/redo over the editable data.
 * The map instance is never kept here.
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { shallow } from 'zustand/shallow';
import { type AnalysisSlice, createAnalysisSlice } from './analysis-slice.ts';
import { createDataSlice, type DataSlice, type EditableData } from './data-slice.ts';
import { createImportSlice, type ImportSlice } from './import-slice.ts';
import { createPlanningSlice, type PlanningSlice } from './planning-slice.ts';
import { createPrintSlice, type PrintSlice } from './print-slice.ts';
import { createPublicationSlice, type PublicationSlice } from './publication-slice.ts';
import { createRulesSlice, type RulesSlice } from './rules-slice.ts';
import { createSeatsSlice, type SeatsSlice } from './seats-slice.ts';
import { createSessionSlice, type SessionSlice } from './session-slice.ts';
import { createViewSlice, type ViewSlice } from './view-slice.ts';

/** The whole app state. */
export type AtlasState = DataSlice &
  ViewSlice &
  SessionSlice &
  AnalysisSlice &
  PlanningSlice &
  PrintSlice &
  RulesSlice &
  PublicationSlice &
  SeatsSlice &
  ImportSlice;

/** How many steps undo keeps. */
const UNDO_LIMIT = 100;

/** The part of the state that undo/redo restores. */
export function undoableData(state: AtlasState): EditableData {
  return {
    schools: state.schools,
    townships: state.townships,
    population: state.population,
    ruleSet: state.ruleSet,
    radii: state.radii,
    candidates: state.candidates,
    seatForecast: state.seatForecast,
    roads: state.roads,
    barriers: state.barriers,
    consolidationPlan: state.consolidationPlan,
  };
}

/** Creates a store; the app uses {@link useAtlasStore}, tests make their own. */
export function createAtlasStore() {
  return create<AtlasState>()(
    subscribeWithSelector(
      temporal(
        (...args) => ({
          ...createDataSlice(...args),
          ...createViewSlice(...args),
          ...createSessionSlice(...args),
          ...createAnalysisSlice(...args),
          ...createPlanningSlice(...args),
          ...createPrintSlice(...args),
          ...createRulesSlice(...args),
          ...createPublicationSlice(...args),
          ...createSeatsSlice(...args),
          ...createImportSlice(...args),
        }),
        // Only changes to the data make undo steps; hover, filters and the camera do not.
        { partialize: undoableData, equality: shallow, limit: UNDO_LIMIT },
      ),
    ),
  );
}

/** The app's store. */
export const useAtlasStore = createAtlasStore();

/** The store's type, for code that receives it (the map bridge). */
export type AtlasStore = typeof useAtlasStore;
