/** Messages between the import flow and the import worker. */
import type { Message } from '../domain/message.ts';
import type { ImportReadRequest, ImportReadResult } from '../io/import-flow/read-import-file.ts';
import type { ReadRosterOptions } from '../io/read-roster-bytes.ts';

/** Roster read options that can cross to a worker: plain data only (the progress callback stays behind). */
export type WorkerReadOptions = Omit<ReadRosterOptions, 'onProgress'>;

/**
 * A request: read these bytes as the kind of file named. The sender transfers a copy of the
 * bytes, so its own stay usable.
 */
export type ImportRequest = ImportReadRequest & { id: number };

/** The worker's answers to request `id`: progress reports (rosters), then one result or one error. */
export type ImportResponse =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'result'; result: ImportReadResult; milliseconds: number }
  | { id: number; kind: 'error'; message: Message };
