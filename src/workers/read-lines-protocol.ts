/** Messages between the import dialog and the worker that reads road and barrier files. */
import type { BarrierFileResult } from '../io/read-barrier-file.ts';
import type { ReadRoadOptions, RoadNetworkResult } from '../io/read-road-network.ts';

/** A request: read a road network or a barrier file. */
export type ReadLinesRequest =
  | { id: number; kind: 'roads'; bytes: Uint8Array; fileName: string; options: ReadRoadOptions }
  | {
      id: number;
      kind: 'barriers';
      bytes: Uint8Array;
      fileName: string;
      options: Pick<ReadRoadOptions, 'projection' | 'encoding' | 'nearLongitude'>;
    };

/** The answer: the reader's own result (which is never an exception). */
export type ReadLinesResponse =
  | { id: number; ok: true; result: RoadNetworkResult | BarrierFileResult }
  | { id: number; ok: false; error: string };
