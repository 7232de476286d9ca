/**
 * Reading a road network or a barrier file in its worker, for the import dialog; on the main
 * thread where there is no `Worker` (tests in Node) or it fails to start. The same readers the
 * command line uses, so both give the same result.
 */
import { type BarrierFileResult, readBarrierFile } from '../io/read-barrier-file.ts';
import { type ReadRoadOptions, type RoadNetworkResult, readRoadNetwork } from '../io/read-road-network.ts';
import type { ReadLinesRequest, ReadLinesResponse } from './read-lines-protocol.ts';

/** Runs a request here, on this thread. */
export function readLinesOnThisThread(
  request: ReadLinesRequest,
): Promise<RoadNetworkResult | BarrierFileResult> {
  return request.kind === 'roads'
    ? readRoadNetwork(request.bytes, request.fileName, request.options)
    : readBarrierFile(request.bytes, request.fileName, request.options);
}

let nextId = 1;

function run<Result>(request: Omit<ReadLinesRequest, 'id'>): Promise<Result> {
  const id = nextId++;
  const full = { ...request, id } as ReadLinesRequest;
  let worker: Worker | null = null;
  try {
    worker =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('./read-lines.worker.ts', import.meta.url), {
            type: 'module',
            name: 'read-lines',
          });
  } catch {
    worker = null;
  }
  if (!worker) return readLinesOnThisThread(full) as Promise<Result>;
  const running = worker;
  return new Promise<Result>((resolve, reject) => {
    running.onmessage = (event: MessageEvent<ReadLinesResponse>) => {
      if (event.data.id !== id) return;
      running.terminate();
      if (event.data.ok) resolve(event.data.result as Result);
      else reject(new Error(event.data.error));
    };
    running.onerror = (event) => {
      // The worker could not start (or crashed): the main thread can still do the work.
      event.preventDefault();
      running.terminate();
      (readLinesOnThisThread(full) as Promise<Result>).then(resolve, reject);
    };
    // A copy is transferred, so the caller keeps its bytes (to read again with another projection).
    const copy = full.bytes.slice();
    running.postMessage({ ...full, bytes: copy }, [copy.buffer]);
  });
}

/**
 * Reads a road network off the main thread.
 * @example const read = await readRoadNetworkInWorker(bytes, '道路.zip', { projection: 'EPSG:4525' });
 */
export function readRoadNetworkInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: ReadRoadOptions = {},
): Promise<RoadNetworkResult> {
  return run<RoadNetworkResult>({ kind: 'roads', bytes, fileName, options });
}

/** Reads a barrier file off the main thread. */
export function readBarrierFileInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: Pick<ReadRoadOptions, 'projection' | 'encoding' | 'nearLongitude'> = {},
): Promise<BarrierFileResult> {
  return run<BarrierFileResult>({ kind: 'barriers', bytes, fileName, options });
}
