/** The analysis slice: the latest results for 现状 and 规划完成后, as the worker returned them. */
import type { StateCreator } from 'zustand';
import type { AnalysisPair } from '../analysis/run-analysis-pair.ts';
import type { Message } from '../domain/message.ts';
import type { AtlasState } from './index.ts';

export interface AnalysisSlice {
  analysisStatus: 'idle' | 'running' | 'ready' | 'error';
  analysisError: Message | null;
  /** Both scenarios and their comparison; kept while a newer run is under way. */
  analysis: AnalysisPair | null;
  /** How long the last run took in the worker, for the status line. */
  analysisMilliseconds: number | null;
}

export const createAnalysisSlice: StateCreator<AtlasState, [], [], AnalysisSlice> = () => ({
  analysisStatus: 'idle',
  analysisError: null,
  analysis: null,
  analysisMilliseconds: null,
});
