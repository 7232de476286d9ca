/** The analysis slice: the latest results for 现状 and 规划完成后, as the worker returned them. */
import type { StateCreator } from 'zustand';
import type { AnalysisPair } from '../analysis/run-analysis-pair.ts';
import type { IsochroneCells } from '../analysis/travel/measure-isochrone-cells.ts';
import type { Message } from '../domain/message.ts';
import type { AtlasState } from './index.ts';

export interface AnalysisSlice {
  analysisStatus: 'idle' | 'running' | 'ready' | 'error';
  analysisError: Message | null;
  /** Both scenarios and their comparison; kept while a newer run is under way. */
  analysis: AnalysisPair | null;
  /** How long the last run took in the worker, for the status line. */
  analysisMilliseconds: number | null;
  /** With road time shown: the chosen kind's cells banded by minutes (10/20/30), scenario on screen. */
  isochrones: IsochroneCells | null;
}

export const createAnalysisSlice: StateCreator<AtlasState, [], [], AnalysisSlice> = () => ({
  analysisStatus: 'idle',
  analysisError: null,
  analysis: null,
  analysisMilliseconds: null,
  isochrones: null,
});
