/** What the analysis worker computes for a request: the pair, or the one scenario asked for. */
import { analyzeDistrict, type DistrictAnalysis } from '../analysis/analyze-district.ts';
import { gapBuffers } from '../analysis/gap-points.ts';
import { type AnalysisPair, runAnalysisPair } from '../analysis/run-analysis-pair.ts';
import { type AnalysisSession, startAnalysisSession } from '../analysis/start-analysis-session.ts';
import { MessageError, message } from '../domain/message.ts';
import { type PackedPopulation, packPopulation } from '../domain/point-columns.ts';
import type { TownshipCollection } from '../domain/township.ts';
import type { AnalysisRequest } from './analysis-protocol.ts';

/**
 * What a worker keeps between requests: its session, and the population and boundaries last sent;
 * the population's points packed into columns, so that a province's million points are not a
 * million objects for every collection of the worker's heap to mark.
 */
export interface WorkerKeeps {
  current: AnalysisSession | null;
  population?: PackedPopulation;
  townships?: TownshipCollection;
}

/**
 * The analysis worker's answer to a request (also run in tests through a stand-in worker). The
 * worker passes what it keeps, so an edit costs what it changes: the population and boundaries
 * of a request that leaves them out are the last ones sent. A request that fails leaves the
 * session emptied rather than half updated.
 * @example const keeps = { current: null }; analyseRequest({ id: 1, input, year: null, scenario: 'planned' }, keeps)
 */
export function analyseRequest(
  request: AnalysisRequest,
  session?: WorkerKeeps,
): AnalysisPair | DistrictAnalysis {
  if (session && !session.current) session.current = startAnalysisSession();
  if (session && request.input.population) session.population = packPopulation(request.input.population);
  if (session && request.input.townships) session.townships = request.input.townships;
  const population = session?.population ?? request.input.population;
  const townships = request.input.townships ?? session?.townships;
  if (!population || !townships) throw new MessageError(message('workerFailed'));
  const input = { ...request.input, population, townships };
  const kept = session?.current ?? undefined;
  try {
    return request.scenario
      ? analyzeDistrict({ ...input, scenario: { kind: request.scenario, year: request.year } }, kept)
      : runAnalysisPair({ input, year: request.year }, kept);
  } catch (error) {
    if (session) session.current = null;
    throw error;
  }
}

/**
 * The buffers of an answer's gap points, to transfer rather than copy (each once).
 * @example scope.postMessage(response, analysisBuffers(result))
 */
export function analysisBuffers(result: AnalysisPair | DistrictAnalysis): ArrayBuffer[] {
  const analyses = 'comparison' in result ? [result.current, result.planned] : [result];
  const buffers = new Set<ArrayBuffer>();
  for (const analysis of analyses) {
    for (const gaps of Object.values(analysis.gaps))
      for (const buffer of gapBuffers(gaps)) buffers.add(buffer);
    for (const detour of Object.values(analysis.detour ?? {}))
      for (const buffer of gapBuffers(detour.hiddenGaps)) buffers.add(buffer);
  }
  return [...buffers];
}
