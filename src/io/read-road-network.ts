/**
 * Reads a road network: lines from GeoJSON or a zipped Shapefile (`readLineFeatures`), a class
 * for each from the attribute that names it (detected, or chosen by the user), an optional own
 * speed and a name; and a report like every import's — the file, each feature left out and why,
 * warnings, the lines per class, and the line ends that stop within 5 m of another line without
 * joining it (lines join only at identical vertices). Never throws.
 */
import { findLooseEnds } from '../analysis/travel/find-loose-ends.ts';
import { prepareTravelNetwork } from '../analysis/travel/prepare-travel-network.ts';
import { type Message, message } from '../domain/message.ts';
import {
  type LonLat,
  ROAD_CLASSES,
  type RoadClass,
  type RoadLine,
  type RoadNetwork,
} from '../domain/road-network.ts';
import type { AttributeField } from './read-boundary-file.ts';
import type { AttributeValue } from './read-dbf.ts';
import {
  type LineFeature,
  type LineFileFailure,
  type LineFileProjectionNeeded,
  type LineFileRead,
  type ReadLineOptions,
  readLineFeatures,
} from './read-line-features.ts';
import { roadClassOf } from './road-class-of.ts';

/** Most vertices a road file may have: a province's network (about 10⁶ segments) fits. */
export const MAX_ROAD_VERTICES = 3_000_000;

/** Line ends this close to another line, without a shared vertex, are listed (metres). */
export const LOOSE_END_METRES = 5;

/** Loose ends listed one by one in the report; the rest are counted. */
const LOOSE_ENDS_LISTED = 200;

/** Options: where the attributes are (undefined: detect; null: none) and the reading options. */
export interface ReadRoadOptions extends Omit<ReadLineOptions, 'accept' | 'maximumVertices'> {
  /** Most vertices taken; {@link MAX_ROAD_VERTICES} unless given. */
  maximumVertices?: number;
  classField?: string | null;
  speedField?: string | null;
  nameField?: string | null;
}

/** A feature left out, or read with a warning. */
export interface RoadImportIssue {
  /** Position of the feature in the file, from 1. */
  feature: number;
  /** The feature's name when it has one, else ''. */
  name: string;
  reason: Message;
}

/** A line end within {@link LOOSE_END_METRES} of another line it does not join. */
export interface LooseRoadEnd {
  lon: number;
  lat: number;
  /** The features of the two lines, from 1. */
  feature: number;
  otherFeature: number;
  metres: number;
}

/** The import report. */
export interface RoadNetworkReport {
  file: string;
  /** Features in the file. */
  features: number;
  /** Lines read (a multi-line feature gives one per part). */
  lines: number;
  rejected: RoadImportIssue[];
  warnings: RoadImportIssue[];
  /** Lines and kilometres per class. */
  classes: Record<RoadClass, { lines: number; kilometres: number }>;
  /** The attributes used; null where none was found. */
  fields: { roadClass: string | null; speed: string | null; name: string | null };
  /** Values of the class attribute that name no class (read as 其他), with how many lines had each. */
  unknownClassValues: { value: string; count: number }[];
  /** Loose ends, nearest first (at most 200 listed), and how many there are in all. */
  looseEnds: LooseRoadEnd[];
  looseEndCount: number;
  /** Graph size, and how many separate parts the network falls into (lines that join nothing are parts too). */
  nodes: number;
  segments: number;
  parts: number;
  /** Share (0–1) of the network's length in its largest part. */
  largestPartShare: number;
}

/** The network read. */
export interface RoadNetworkRead {
  status: 'ok';
  file: string;
  network: RoadNetwork;
  report: RoadNetworkReport;
  fields: AttributeField[];
  projection: LineFileRead['projection'];
  attributeEncoding: LineFileRead['attributeEncoding'];
  notes: Message[];
}

/** What reading a road file gave. */
export type RoadNetworkResult = RoadNetworkRead | LineFileProjectionNeeded | LineFileFailure;

const CLASS_FIELD_NAMES =
  /^(道路等级|行政等级|公路等级|技术等级|等级|road_?class|class|fclass|highway|kind|type|grade|dldj|xzdj|gldj)$/i;
const ROUTE_FIELD_NAMES = /^(路线编号|道路编号|编号|ref|lxbm|lxbh|code)$/i;
const NAME_FIELD_NAMES = /^(道路名称|路线名称|名称|路名|name|lxmc|dlmc|mc)$/i;
const SPEED_FIELD_NAMES = /^(限速|设计速度|速度|时速|maxspeed|speed|max_?speed|sjsd|xs)$/i;
const SOURCE_FIELD_NAMES = /^(数据来源|来源|source)$/i;

/** The field whose values most often read as a road class (at least half of its non-empty values). */
function detectClassField(
  features: readonly LineFeature[],
  fields: readonly AttributeField[],
): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const field of fields) {
    if (!CLASS_FIELD_NAMES.test(field.name) && !ROUTE_FIELD_NAMES.test(field.name)) continue;
    let filled = 0;
    let known = 0;
    for (const feature of features) {
      const value = feature.properties[field.name];
      if (value === null || value === undefined || String(value).trim() === '') continue;
      filled++;
      if (roadClassOf(value) !== null) known++;
    }
    // A class field beats a route-number field that reads as well.
    const score = filled === 0 ? 0 : known / filled + (CLASS_FIELD_NAMES.test(field.name) ? 0.01 : 0);
    if (score >= 0.5 && score > bestScore) {
      best = field.name;
      bestScore = score;
    }
  }
  return best;
}

function firstField(fields: readonly AttributeField[], pattern: RegExp): string | null {
  return fields.find((field) => pattern.test(field.name))?.name ?? null;
}

/** A speed in km/h from a value such as 40, "60", "60 km/h", "30 mph", "40;30"; null when none. */
function speedOf(value: AttributeValue): number | null | 'invalid' {
  if (value === null || value === '') return null;
  const text = String(value).trim();
  const match = /^(\d+(?:\.\d+)?)\s*(km\/h|kmh|公里\/小时|千米\/小时|mph)?/i.exec(text);
  if (!match) return 'invalid';
  const number = Number(match[1]) * (match[2]?.toLowerCase() === 'mph' ? 1.609344 : 1);
  return number > 0 && number <= 200 ? number : 'invalid';
}

/** The parts of a feature without repeated consecutive vertices. */
function cleanParts(parts: readonly LonLat[][]): LonLat[][] {
  return parts.map((part) =>
    part.filter((position, index) => {
      const previous = part[index - 1];
      return !previous || previous[0] !== position[0] || previous[1] !== position[1];
    }),
  );
}

/** Number of separate parts of the graph, and the share of length in the largest (union–find). */
function measureParts(network: ReturnType<typeof prepareTravelNetwork>): {
  parts: number;
  largestShare: number;
} {
  const { graph } = network;
  const parent = Int32Array.from({ length: graph.nodeCount }, (_, node) => node);
  const root = (node: number): number => {
    let at = node;
    while (parent[at] !== at) {
      const next = parent[at] ?? at;
      parent[at] = parent[next] ?? next;
      at = next;
    }
    return at;
  };
  for (let edge = 0; edge < graph.edgeCount; edge++) {
    const a = root(graph.edgeFrom[edge] ?? 0);
    const b = root(graph.edgeTo[edge] ?? 0);
    if (a !== b) parent[a] = b;
  }
  const lengths = new Map<number, number>();
  let total = 0;
  for (let edge = 0; edge < graph.edgeCount; edge++) {
    const part = root(graph.edgeFrom[edge] ?? 0);
    const metres = graph.edgeMetres[edge] ?? 0;
    lengths.set(part, (lengths.get(part) ?? 0) + metres);
    total += metres;
  }
  const largest = Math.max(0, ...lengths.values());
  return { parts: lengths.size, largestShare: total > 0 ? largest / total : 0 };
}

/** Builds the network and its report from the features read. */
function toRoadNetwork(read: LineFileRead, options: ReadRoadOptions): RoadNetworkRead {
  const fieldNames = read.fields;
  const classField =
    options.classField === undefined ? detectClassField(read.features, fieldNames) : options.classField;
  const speedField =
    options.speedField === undefined ? firstField(fieldNames, SPEED_FIELD_NAMES) : options.speedField;
  const nameField =
    options.nameField === undefined ? firstField(fieldNames, NAME_FIELD_NAMES) : options.nameField;
  const sourceField = firstField(fieldNames, SOURCE_FIELD_NAMES);
  const rejected: RoadImportIssue[] = read.skipped.map((skipped) => ({
    feature: skipped.index + 1,
    name: '',
    reason: skipped.reason,
  }));
  const warnings: RoadImportIssue[] = [];
  const classes = Object.fromEntries(
    ROAD_CLASSES.map((roadClass) => [roadClass, { lines: 0, kilometres: 0 }]),
  ) as RoadNetworkReport['classes'];
  const unknown = new Map<string, number>();
  const lines: RoadLine[] = [];
  const featureOfLine: number[] = [];
  let sample = false;
  for (const feature of read.features) {
    const nameValue = nameField ? feature.properties[nameField] : null;
    const name = nameValue === null || nameValue === undefined ? '' : String(nameValue).trim().slice(0, 60);
    const issue = (reason: Message): RoadImportIssue => ({ feature: feature.index + 1, name, reason });
    if (sourceField && String(feature.properties[sourceField] ?? '').includes('示例')) sample = true;
    let roadClass: RoadClass = '其他';
    if (classField) {
      const value = feature.properties[classField];
      const reading = roadClassOf(value);
      if (reading === 'left-out') {
        rejected.push(issue(message('roadLeftOut', { field: classField, value: String(value) })));
        continue;
      }
      if (reading === null) {
        const text = value === null || value === undefined ? '' : String(value).trim();
        unknown.set(text, (unknown.get(text) ?? 0) + 1);
      } else roadClass = reading;
    }
    let speed: number | null = null;
    if (speedField) {
      const reading = speedOf(feature.properties[speedField] ?? null);
      if (reading === 'invalid') {
        warnings.push(
          issue(
            message('roadSpeedIgnored', { field: speedField, value: String(feature.properties[speedField]) }),
          ),
        );
      } else speed = reading;
    }
    const parts = cleanParts(feature.parts);
    const usable = parts.filter((part) => part.length >= 2);
    if (usable.length === 0) {
      rejected.push(issue(message('roadTooShort')));
      continue;
    }
    if (usable.length < parts.length)
      warnings.push(issue(message('roadPartsDropped', { count: parts.length - usable.length })));
    for (const coordinates of usable) {
      lines.push({ coordinates, roadClass, speed, name });
      featureOfLine.push(feature.index + 1);
    }
  }
  const network: RoadNetwork = { file: read.file, sample, lines };
  const prepared = prepareTravelNetwork(network, []);
  const { graph } = prepared;
  for (let edge = 0; edge < graph.edgeCount; edge++) {
    const figures = classes[ROAD_CLASSES[graph.edgeClass[edge] ?? 0] ?? '其他'];
    figures.kilometres += (graph.edgeMetres[edge] ?? 0) / 1000;
  }
  for (const line of lines) classes[line.roadClass].lines += 1;
  const loose = findLooseEnds(graph, prepared.roadIndex, LOOSE_END_METRES);
  const { parts, largestShare } = measureParts(prepared);
  return {
    status: 'ok',
    file: read.file,
    network,
    fields: read.fields,
    projection: read.projection,
    attributeEncoding: read.attributeEncoding,
    notes: read.notes,
    report: {
      file: read.file,
      features: read.featureCount,
      lines: lines.length,
      rejected: rejected.sort((a, b) => a.feature - b.feature),
      warnings,
      classes,
      fields: { roadClass: classField, speed: speedField, name: nameField },
      unknownClassValues: [...unknown]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count),
      looseEnds: loose.slice(0, LOOSE_ENDS_LISTED).map((end) => ({
        lon: end.lon,
        lat: end.lat,
        feature: featureOfLine[end.line] ?? 0,
        otherFeature: featureOfLine[end.otherLine] ?? 0,
        metres: end.metres,
      })),
      looseEndCount: loose.length,
      nodes: graph.nodeCount,
      segments: graph.edgeCount,
      parts,
      largestPartShare: largestShare,
    },
  };
}

/**
 * Reads a road file. A projection question or a failure comes back as `readLineFeatures` gives it.
 * @example
 * const read = await readRoadNetwork(bytes, '港南区道路.geojson');
 * if (read.status === 'ok') console.log(read.report.lines, read.report.looseEndCount);
 */
export async function readRoadNetwork(
  bytes: Uint8Array,
  file: string,
  options: ReadRoadOptions = {},
): Promise<RoadNetworkResult> {
  const { classField, speedField, nameField, maximumVertices, ...readOptions } = options;
  const read = await readLineFeatures(bytes, file, {
    ...readOptions,
    accept: ['line'],
    maximumVertices: maximumVertices ?? MAX_ROAD_VERTICES,
  });
  if (read.status !== 'ok') return read;
  const result = toRoadNetwork(read, options);
  if (result.network.lines.length === 0) {
    return {
      status: 'error',
      file,
      reason: message('roadNoLines', { file, skipped: result.report.rejected.length }),
    };
  }
  return result;
}
