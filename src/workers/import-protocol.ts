/** Messages between the import dialog and the import worker. */
import type { Message } from '../domain/message.ts';
import type { ReadRosterOptions, RosterImportResult } from '../io/read-roster-bytes.ts';

/** Read options that can cross to a worker: plain data only (the progress callback stays behind). */
export type WorkerReadOptions = Omit<ReadRosterOptions, 'onProgress'>;

/** A request: read these bytes as a roster file. */
export interface ImportRequest {
  id: number;
  /** The file's bytes; the sender transfers a copy, so its own bytes stay usable. */
  bytes: Uint8Array;
  fileName: string;
  options: WorkerReadOptions;
}

/** The worker's answers to request `id`: progress reports, then one result or one error. */
export type ImportResponse =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'result'; result: RosterImportResult; milliseconds: number }
  | { id: number; kind: 'error'; message: Message };
