/** Analyses both scenarios and compares them: what the worker runs, callable without a worker too. */
import { analyzeDistrict } from '../analysis/analyze-district.ts';
import { compareAnalyses } from '../analysis/compare-analyses.ts';
import type { AnalysisPair, AnalysisRequest } from './analysis-protocol.ts';

/** 现状 and 规划完成后 for the request's inputs and year, and what changes between them. */
export function runAnalysisPair(request: Pick<AnalysisRequest, 'input' | 'year'>): AnalysisPair {
  const current = analyzeDistrict({ ...request.input, scenario: { kind: 'current', year: request.year } });
  const planned = analyzeDistrict({ ...request.input, scenario: { kind: 'planned', year: request.year } });
  return { current, planned, comparison: compareAnalyses(current, planned) };
}
