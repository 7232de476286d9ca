/**
 * Reads barriers — river centrelines and banks, reservoir outlines — from GeoJSON or a zipped
 * Shapefile (lines or polygons; a polygon's rings become closed lines). Only a road crosses a
 * barrier. Never throws.
 */
import { type Message, message } from '../domain/message.ts';
import type { BarrierLayer, LonLat } from '../domain/road-network.ts';
import {
  type LineFileFailure,
  type LineFileProjectionNeeded,
  type LineFileRead,
  type ReadLineOptions,
  readLineFeatures,
} from './read-line-features.ts';
import type { RoadImportIssue } from './read-road-network.ts';

/** Most vertices a barrier file may have. */
export const MAX_BARRIER_VERTICES = 1_000_000;

/** Barriers read. */
export interface BarrierFileRead {
  status: 'ok';
  file: string;
  barrier: BarrierLayer;
  report: {
    file: string;
    features: number;
    /** Lines kept (parts and rings). */
    lines: number;
    rejected: RoadImportIssue[];
  };
  projection: LineFileRead['projection'];
  notes: Message[];
}

/** What reading a barrier file gave. */
export type BarrierFileResult = BarrierFileRead | LineFileProjectionNeeded | LineFileFailure;

/** Options of a barrier read: the user's projection and encoding, the district's longitude. */
export type ReadBarrierOptions = Omit<ReadLineOptions, 'accept' | 'maximumVertices'>;

/**
 * Reads a barrier file.
 * @example const read = await readBarrierFile(bytes, '水系.zip'); if (read.status === 'ok') use(read.barrier);
 */
export async function readBarrierFile(
  bytes: Uint8Array,
  file: string,
  options: ReadBarrierOptions = {},
): Promise<BarrierFileResult> {
  const read = await readLineFeatures(bytes, file, {
    ...options,
    accept: ['line', 'polygon'],
    maximumVertices: MAX_BARRIER_VERTICES,
  });
  if (read.status !== 'ok') return read;
  const lines: LonLat[][] = [];
  const rejected: RoadImportIssue[] = read.skipped.map((skipped) => ({
    feature: skipped.index + 1,
    name: '',
    reason: skipped.reason,
  }));
  let source = '';
  for (const feature of read.features) {
    const kept = feature.parts.filter((part) => part.length >= 2);
    if (kept.length === 0) {
      rejected.push({ feature: feature.index + 1, name: '', reason: message('barrierTooShort') });
      continue;
    }
    lines.push(...kept);
    const stated = feature.properties.数据来源 ?? feature.properties.source;
    if (!source && typeof stated === 'string') source = stated;
  }
  if (lines.length === 0) {
    return { status: 'error', file, reason: message('barrierNoLines', { file, skipped: rejected.length }) };
  }
  return {
    status: 'ok',
    file,
    barrier: { file, source: source || file, lines },
    report: { file, features: read.featureCount, lines: lines.length, rejected },
    projection: read.projection,
    notes: read.notes,
  };
}
