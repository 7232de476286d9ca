/** Reads road and barrier files off the main thread: a province's network can take seconds. */
import { readLinesOnThisThread } from './read-lines-in-worker.ts';
import type { ReadLinesRequest, ReadLinesResponse } from './read-lines-protocol.ts';

self.onmessage = async (event: MessageEvent<ReadLinesRequest>) => {
  const request = event.data;
  let response: ReadLinesResponse;
  try {
    response = { id: request.id, ok: true, result: await readLinesOnThisThread(request) };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
