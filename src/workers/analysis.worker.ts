/** The analysis worker: heavy coverage and rule work off the main thread, so the UI never freezes. */
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol.ts';
import { runAnalysisPair } from './run-analysis-pair.ts';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id } = event.data;
  const started = performance.now();
  let response: AnalysisResponse;
  try {
    response = {
      id,
      ok: true,
      result: runAnalysisPair(event.data),
      milliseconds: performance.now() - started,
    };
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
