/**
 * The read step of the import flow, for every kind of file: what the import worker runs, what
 * the main thread runs when there is no worker, and what the CLI runs. Never throws.
 */
import { readBarrierFile } from '../read-barrier-file.ts';
import { readBoundaryFile } from '../read-boundary-file.ts';
import { readRoadNetwork } from '../read-road-network.ts';
import { readRosterBytes } from '../read-roster-bytes.ts';
import { readSourceTable } from '../read-source-table.ts';
import type { ImportKind, ImportReadOptions, ImportReads } from './import-kinds.ts';

/** A read of one kind of file, as sent to the import worker. */
export type ImportReadRequest = {
  [K in ImportKind]: { kind: K; bytes: Uint8Array; fileName: string; options: ImportReadOptions[K] };
}[ImportKind];

/** What a read gives, tagged with its kind. */
export type ImportReadResult = { [K in ImportKind]: { kind: K; read: ImportReads[K] } }[ImportKind];

/**
 * Reads a file as the kind asked for.
 * @param onProgress rows checked and rows in all (rosters only; others read in one go)
 * @example const { read } = await readImportFile({ kind: 'boundaries', bytes, fileName: '乡镇界.zip', options: {} });
 */
export async function readImportFile(
  request: ImportReadRequest,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportReadResult> {
  switch (request.kind) {
    case 'roster':
      return {
        kind: 'roster',
        read: await readRosterBytes(request.bytes, request.fileName, {
          ...request.options,
          ...(onProgress ? { onProgress } : {}),
        }),
      };
    case 'boundaries':
      return {
        kind: 'boundaries',
        read: await readBoundaryFile(request.bytes, request.fileName, request.options),
      };
    case 'population':
      return {
        kind: 'population',
        read: await readSourceTable(request.bytes, request.fileName, request.options),
      };
    case 'births':
      return {
        kind: 'births',
        read: await readSourceTable(request.bytes, request.fileName, request.options),
      };
    case 'roads':
      return { kind: 'roads', read: await readRoadNetwork(request.bytes, request.fileName, request.options) };
    case 'barriers':
      return {
        kind: 'barriers',
        read: await readBarrierFile(request.bytes, request.fileName, request.options),
      };
  }
}
