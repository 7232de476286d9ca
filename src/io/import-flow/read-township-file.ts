/**
 * Township boundaries from a file with no district to match against (the CLI's --townships):
 * the app's boundary reader (GeoJSON or zipped Shapefile, its projection, its checks of every
 * ring), its field guess and its `toTownships`, with each feature's own township. A code must be
 * text or a number; `urban` (or 城区) true/是 marks urban townships and `approximate` is kept.
 */
import { type Message, message } from '../../domain/message.ts';
import type { TownshipCollection } from '../../domain/township.ts';
import type { BoundaryFeature } from '../read-boundary-file.ts';
import type { AttributeValue } from '../read-dbf.ts';
import { guessTownshipFields, type KnownTownship, normaliseCode, toTownships } from '../to-townships.ts';
import { readImportFile } from './read-import-file.ts';

/** What reading a township file gave: the townships, or null with the reasons on `problems`. */
export interface TownshipFileRead {
  townships: TownshipCollection | null;
  /** Why the file gave no townships. */
  problems: Message[];
  /** Features left out and other notes. */
  warnings: Message[];
}

/** A code as files write it: letters, digits, dots, dashes (never an object's JSON text). */
const PLAIN_CODE = /^[\p{L}\p{N}_.-]+$/u;

function isYes(value: AttributeValue | undefined): boolean {
  return value === true || value === 1 || value === '是' || value === 'true' || value === '城区';
}

function text(value: AttributeValue | undefined): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * Reads township boundaries as the import dialog does, each feature its own township.
 * @param projection the user's projection when the file does not say (EPSG code, proj4 or WKT)
 * @example const { townships, problems } = await readTownshipFile(bytes, '乡镇界.geojson');
 */
export async function readTownshipFile(
  bytes: Uint8Array,
  fileName: string,
  projection?: string,
): Promise<TownshipFileRead> {
  const result = await readImportFile({
    kind: 'boundaries',
    bytes,
    fileName,
    options: projection ? { projection } : {},
  });
  if (result.kind !== 'boundaries') return { townships: null, problems: [], warnings: [] };
  const { read } = result;
  if (read.status === 'error') return { townships: null, problems: [read.message], warnings: [] };
  if (read.status === 'needs-projection') {
    const candidates = read.candidates.slice(0, 3).map((candidate) => candidate.id);
    return {
      townships: null,
      problems: [read.message, message('cliTownshipsNeedProjection', { file: fileName, candidates })],
      warnings: [],
    };
  }
  const warnings: Message[] = [...read.warnings];
  const fields = read.fields.map((field) => field.name);
  const { nameField, codeField } = guessTownshipFields(read.features, fields, []);
  const known = new Map<string, KnownTownship & { approximate: boolean }>();
  const usable: BoundaryFeature[] = [];
  let withoutUrban = 0;
  read.features.forEach((feature, index) => {
    const properties = feature.properties;
    const code = codeField ? normaliseCode(text(properties[codeField])) : '';
    const name = nameField ? text(properties[nameField]) : '';
    const skip = (problem: Message) =>
      warnings.push(
        message('cliTownshipFeatureSkipped', {
          file: fileName,
          number: (typeof feature.id === 'number' ? feature.id : index) + 1,
          problem,
        }),
      );
    if (code === '') {
      skip(message('projectTownshipNoCode'));
      return;
    }
    if (!PLAIN_CODE.test(code)) {
      skip(message('cliTownshipCodeNotPlain', { value: code }));
      return;
    }
    usable.push(feature);
    if (known.has(code)) return;
    const urban = properties.urban ?? properties.城区;
    if (urban === undefined) withoutUrban += 1;
    known.set(code, {
      code,
      name: name || code,
      urban: isYes(urban),
      approximate: properties.approximate === true,
    });
  });
  if (known.size === 0) {
    return { townships: null, problems: [message('cliTownshipsNone', { file: fileName })], warnings };
  }
  if (withoutUrban > 0)
    warnings.push(message('cliTownshipsWithoutUrban', { file: fileName, count: withoutUrban }));
  const match = toTownships(usable, { nameField: null, codeField, knownTownships: [...known.values()] });
  const townships: TownshipCollection = {
    type: 'FeatureCollection',
    features: match.townships.features.map((feature) => ({
      ...feature,
      properties: {
        ...feature.properties,
        approximate: known.get(feature.properties.code)?.approximate ?? false,
      },
    })),
  };
  return { townships, problems: [], warnings };
}
