/**
 * The CLI's road network and barriers: the options that name them (`--roads`, `--barriers`,
 * `--mode`, `--crs`), reading them with the app's importers, and their reports on stderr in
 * the app's words. Shared by `travel` and `analyze`.
 */

import { basename } from 'node:path';
import {
  type DistanceModel,
  STRAIGHT_LINE,
  TRAVEL_MODES,
  type TravelMode,
} from '../../src/domain/distance-model.ts';
import { type Message, message } from '../../src/domain/message.ts';
import type { BarrierLayer, RoadNetwork } from '../../src/domain/road-network.ts';
import { NO_FORECAST_ASSUMPTIONS } from '../../src/domain/seats.ts';
import { translate, translateMessage } from '../../src/i18n/index.ts';
import {
  type BarrierLines,
  barrierOfLines,
  YUJIANG_FILE,
  YUJIANG_SOURCE,
} from '../../src/io/barrier-lines.ts';
import { IMPORT_DESCRIPTORS } from '../../src/io/import-flow/descriptors.ts';
import type { ImportContext } from '../../src/io/import-flow/import-kinds.ts';
import { readImportFile } from '../../src/io/import-flow/read-import-file.ts';
import type { LineFileFailure, LineFileProjectionNeeded } from '../../src/io/read-line-features.ts';
import type { RoadImportIssue } from '../../src/io/read-road-network.ts';
import type { CommandStreams } from './command.ts';
import { decodeText, readInput, UnreadableInput, write } from './command-files.ts';
import { type ScannedOptions, UsageError } from './parse-options.ts';

/** The value options naming the roads. */
export const ROAD_OPTION_NAMES = ['roads', 'barriers', 'mode', 'crs'] as const;

/** Their help lines, for a command's usage text. */
export function roadOptionsUsage(): string {
  return translate('zh-CN', 'travelCliRoadOptions', { barrier: `geodata/${YUJIANG_FILE}` });
}

/** What the command line said about roads. */
export interface RoadOptions {
  roads: string | null;
  /** A barrier file, 'none', or null for the default (the 郁江). */
  barriers: string | null;
  mode: TravelMode | null;
  crs: string | null;
}

/**
 * The road options from scanned arguments.
 * @throws UsageError for a mode not in the list, or a mode or barrier file without roads
 */
export function readRoadOptions(scanned: Pick<ScannedOptions, 'values' | 'choose'>): RoadOptions {
  const { values } = scanned;
  const roads = values.get('roads') ?? null;
  const mode = values.has('mode') ? scanned.choose('mode', TRAVEL_MODES, 'walk') : null;
  if (!roads && (mode || values.has('barriers'))) {
    throw new UsageError(translate('zh-CN', 'travelCliNeedsRoads'));
  }
  return { roads, barriers: values.get('barriers') ?? null, mode, crs: values.get('crs') ?? null };
}

/** The roads and barriers read, the distance model they make, and the paths read. */
export interface RoadInputs {
  roads: { network: RoadNetwork; barriers: BarrierLayer[] } | null;
  distance: DistanceModel;
  paths: { roads: string | null; barriers: string[] };
}

const zh = (text: Message) => translateMessage('zh-CN', text);

/** A feature's problem as one line naming the file and the feature. */
function describeIssue(file: string, issue: RoadImportIssue): string {
  const name = issue.name ? message('travelFeatureName', { name: issue.name }) : '';
  return zh(message('travelFeatureIssue', { file, feature: issue.feature, name, reason: issue.reason }));
}

/** Writes why a file could not be read (with the projections to choose from) and stops with exit 1. */
function refuse(
  result: LineFileFailure | LineFileProjectionNeeded,
  path: string,
  stderr: CommandStreams['stderr'],
): never {
  write(stderr, zh(result.reason));
  if (result.status === 'needs-projection') {
    write(
      stderr,
      translate('zh-CN', 'travelCliChooseCrs', {
        candidates: result.candidates.map((candidate) => `${candidate.id}（${candidate.label}）`).join('、'),
      }),
    );
  }
  throw new UnreadableInput(path);
}

/** The data in use as the import flow sees it on the command line: nothing yet. */
const EMPTY_CONTEXT: ImportContext = {
  schools: [],
  townships: null,
  seats: null,
  district: null,
  referenceLayers: [],
  forecast: NO_FORECAST_ASSUMPTIONS,
  roads: null,
  barriers: [],
};

/**
 * Reads the roads (with their report on stderr) and the barriers: the file given, none, or the
 * default 郁江. Without --roads, the straight line and nothing read.
 * @throws UnreadableInput when a file cannot be read at all (the reason is on stderr)
 */
export async function readRoadInputs(
  options: RoadOptions,
  stderr: CommandStreams['stderr'],
): Promise<RoadInputs> {
  if (!options.roads) return { roads: null, distance: STRAIGHT_LINE, paths: { roads: null, barriers: [] } };
  const crs = options.crs ? { projection: options.crs } : {};
  const roadsInput = await readInput(options.roads, '', stderr);
  // Through the import flow, as the app's dialog: read, review, commit.
  const result = await readImportFile({
    kind: 'roads',
    bytes: roadsInput.bytes,
    fileName: roadsInput.name,
    options: crs,
  });
  if (result.kind !== 'roads') throw new Error('the flow read another kind');
  const read = result.read;
  if (read.status !== 'ok') refuse(read, roadsInput.path, stderr);
  const { report } = read;
  for (const issue of [...report.rejected, ...report.warnings])
    write(stderr, describeIssue(report.file, issue));
  write(
    stderr,
    translate('zh-CN', 'travelCliRoadSummary', {
      file: report.file,
      lines: report.lines,
      rejected: report.rejected.length,
      looseEnds: report.looseEndCount,
      parts: report.parts,
      sample: read.network.sample ? translate('zh-CN', 'travelSampleMark') : '',
    }),
  );
  const reviewed = IMPORT_DESCRIPTORS.roads.review(read, {}, EMPTY_CONTEXT);
  const network =
    reviewed && IMPORT_DESCRIPTORS.roads.commit(reviewed, report.file, EMPTY_CONTEXT, {})?.change.roads;
  if (!network) throw new UnreadableInput(roadsInput.path);
  let barriers: BarrierLayer[] = [];
  const barrierPaths: string[] = [];
  if (options.barriers === null) {
    const input = await readInput(null, `geodata/${YUJIANG_FILE}`, stderr);
    barriers = [
      barrierOfLines(JSON.parse(decodeText(input.bytes)) as BarrierLines, YUJIANG_FILE, YUJIANG_SOURCE),
    ];
    barrierPaths.push(input.path);
  } else if (options.barriers !== 'none') {
    const input = await readInput(options.barriers, '', stderr);
    const barrierResult = await readImportFile({
      kind: 'barriers',
      bytes: input.bytes,
      fileName: basename(input.path),
      options: crs,
    });
    if (barrierResult.kind !== 'barriers') throw new Error('the flow read another kind');
    const barrier = barrierResult.read;
    if (barrier.status !== 'ok') refuse(barrier, input.path, stderr);
    for (const issue of barrier.report.rejected) write(stderr, describeIssue(barrier.file, issue));
    const review = IMPORT_DESCRIPTORS.barriers.review(barrier, {}, EMPTY_CONTEXT);
    barriers =
      (review &&
        IMPORT_DESCRIPTORS.barriers.commit(review, barrier.file, EMPTY_CONTEXT, {})?.change.barriers) ??
      [];
    barrierPaths.push(input.path);
  }
  return {
    roads: { network, barriers },
    distance: { model: 'road', mode: options.mode ?? 'walk' },
    paths: { roads: roadsInput.path, barriers: barrierPaths },
  };
}
