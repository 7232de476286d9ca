/** Analyses both scenarios and compares them: what the analysis worker runs, callable without a worker too. */

import type { AnalysisPopulation } from '../domain/point-columns.ts';
import { type AnalysisInput, analyzeDistrict, type DistrictAnalysis } from './analyze-district.ts';
import { type AnalysisComparison, compareAnalyses } from './compare-analyses.ts';
import type { AnalysisSession } from './start-analysis-session.ts';

/** The inputs of both scenarios: one data set, cut at one plan year. */
export interface AnalysisPairInput {
  input: Omit<AnalysisInput<AnalysisPopulation>, 'scenario'>;
  /** The plan year both scenarios are cut at, or null for none. */
  year: number | null;
}

/** Both analyses and their comparison. */
export interface AnalysisPair {
  current: DistrictAnalysis;
  planned: DistrictAnalysis;
  comparison: AnalysisComparison;
}

/**
 * 现状 and 规划完成后 for the inputs and year, and what changes between them; with a session, both
 * share its prepared population and each keeps its own searches (see `analyzeDistrict`).
 */
export function runAnalysisPair(request: AnalysisPairInput, session?: AnalysisSession): AnalysisPair {
  const current = analyzeDistrict(
    { ...request.input, scenario: { kind: 'current', year: request.year } },
    session,
  );
  const planned = analyzeDistrict(
    { ...request.input, scenario: { kind: 'planned', year: request.year } },
    session,
  );
  return { current, planned, comparison: compareAnalyses(current, planned) };
}
