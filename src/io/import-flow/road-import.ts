/**
 * The road network's and the barriers' part of the import flow. A road file is read whole in
 * the import worker (lines, classes, the graph's parts and the loose ends within 5 m); its review
 * is that read's report, listing every rejected feature with its reason; a commit replaces the
 * network. A barrier file's commit adds its lines to the barriers in use (the 郁江 stays).
 */
import { type Message, message } from '../../domain/message.ts';
import type { BarrierFileRead } from '../read-barrier-file.ts';
import type { RoadNetworkRead } from '../read-road-network.ts';
import { districtMiddleLongitude } from './district-outline.ts';
import type { ImportChange, ImportContext, ImportReadOptions } from './import-kinds.ts';

/** The review of a road file: the read, and the network it replaces (its file), if any. */
export interface RoadReview {
  read: RoadNetworkRead;
  replaces: string | null;
}

/** The review of a barrier file: the read, and the barrier layers already in use. */
export interface BarrierReview {
  read: BarrierFileRead;
  layersInUse: number;
}

/** Read options with the district's longitude, unless the user's own are there. */
export function withNearLongitude<T extends ImportReadOptions['roads'] | ImportReadOptions['barriers']>(
  options: T,
  context: ImportContext,
): T {
  if (options.nearLongitude !== undefined) return options;
  const nearLongitude = districtMiddleLongitude(context);
  return nearLongitude === undefined ? options : { ...options, nearLongitude };
}

/** What committing a road review changes and says. */
export function commitRoadReview(review: RoadReview): { change: ImportChange; done: Message } | null {
  const lines = review.read.network.lines.length;
  if (lines === 0) return null;
  return { change: { roads: review.read.network }, done: message('roadDone', { lines }) };
}

/** What committing a barrier review changes and says: the layer is added to those in use. */
export function commitBarrierReview(
  review: BarrierReview,
  context: ImportContext,
): { change: ImportChange; done: Message } | null {
  const { barrier, report } = review.read;
  if (barrier.lines.length === 0) return null;
  return {
    change: { barriers: [...context.barriers, barrier] },
    done: message('barrierDone', { file: review.read.file, lines: report.lines }),
  };
}
