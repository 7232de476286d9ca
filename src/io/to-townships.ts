/**
 * Turns boundary features read from an official file into the app's township collection:
 * each feature matched to a known township by its code or its name (with or without the
 * 镇/乡/街道 suffix), with what could not be matched reported both ways.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { TownshipCollection, TownshipFeature } from '../domain/township.ts';
import type { BoundaryFeature } from './read-boundary-file.ts';

/** A township the app already knows (from the default data set or the current boundaries). */
export interface KnownTownship {
  code: string;
  name: string;
  /** Whether it is urban; taken from the name (街道) when absent. */
  urban?: boolean;
}

/** Which attribute fields hold the township's name and code. */
export interface TownshipFieldChoice {
  nameField?: string | null;
  codeField?: string | null;
  knownTownships: readonly KnownTownship[];
}

/** The townships built and what did not fit. */
export interface TownshipMatch {
  /** Official boundaries (approximate: false), one feature per township, in known order. */
  townships: TownshipCollection;
  /** Features that matched no known township, with what they said. */
  unmatchedFeatures: { index: number; name: string; code: string }[];
  /** Known townships that no feature matched: they keep no boundary. */
  townshipsWithoutBoundary: KnownTownship[];
  /** Townships drawn from several features, merged into one MultiPolygon. */
  mergedTownships: string[];
}

const SUFFIX = /(街道办事处|街道|办事处|镇|乡|民族乡)$/;

function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** Township codes as files write them: 9 digits, or the 12-digit statistical code ending 000. */
export function normaliseCode(value: string): string {
  const digits = value.normalize('NFKC').trim().replace(/\.0+$/, '');
  return /^\d{12}$/.test(digits) && digits.endsWith('000') ? digits.slice(0, 9) : digits;
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** The known townships of a collection (e.g. the default approximate boundaries). */
export function knownTownshipsOf(collection: TownshipCollection | null): KnownTownship[] {
  return (collection?.features ?? []).map(({ properties }) => ({
    code: properties.code,
    name: properties.name,
    urban: properties.urban,
  }));
}

function matcher(known: readonly KnownTownship[]) {
  const byCode = new Map(known.map((township) => [township.code, township]));
  const byName = new Map<string, KnownTownship>();
  for (const township of known) {
    const name = normaliseName(township.name);
    byName.set(name, township);
    byName.set(name.replace(SUFFIX, ''), township);
  }
  return {
    code: (value: string) => (value === '' ? undefined : byCode.get(normaliseCode(value))),
    name: (value: string) => {
      const name = normaliseName(value);
      return name === '' ? undefined : (byName.get(name) ?? byName.get(name.replace(SUFFIX, '')));
    },
  };
}

const NAME_FIELD_PATTERN = /xzqmc|名称|name|乡镇|街道|^mc$/i;
const CODE_FIELD_PATTERN = /xzqdm|代码|编码|code|^dm$/i;

/**
 * Guesses which fields hold the township name and code: the field whose values match most
 * known townships, or failing that a field named like XZQMC/名称/name and XZQDM/代码/code.
 */
export function guessTownshipFields(
  features: readonly BoundaryFeature[],
  fields: readonly string[],
  knownTownships: readonly KnownTownship[],
): { nameField: string | null; codeField: string | null } {
  const match = matcher(knownTownships);
  const best = (find: (value: string) => KnownTownship | undefined, pattern: RegExp) => {
    let bestField: string | null = null;
    let bestCount = 0;
    for (const field of fields) {
      const count = features.filter((feature) => find(text(feature.properties[field])) !== undefined).length;
      if (count > bestCount) {
        bestField = field;
        bestCount = count;
      }
    }
    return bestField ?? fields.find((field) => pattern.test(field)) ?? null;
  };
  return { nameField: best(match.name, NAME_FIELD_PATTERN), codeField: best(match.code, CODE_FIELD_PATTERN) };
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Builds official township boundaries. With known townships, each feature is matched by code
 * first, then by name; several features of one township are merged. Without known townships
 * (a district the app has no list for), every feature becomes a township with its own name and
 * code.
 */
export function toTownships(
  features: readonly BoundaryFeature[],
  choice: TownshipFieldChoice,
): TownshipMatch {
  const { nameField, codeField, knownTownships } = choice;
  const match = matcher(knownTownships);
  const polygonsByCode = new Map<string, Position[][][]>();
  const featureCount = new Map<string, number>();
  const ownTownships = new Map<string, KnownTownship>();
  const unmatchedFeatures: TownshipMatch['unmatchedFeatures'] = [];
  features.forEach((feature, index) => {
    const name = nameField ? text(feature.properties[nameField]) : '';
    const code = codeField ? text(feature.properties[codeField]) : '';
    let township = match.code(code) ?? match.name(name);
    if (!township && knownTownships.length === 0 && (name !== '' || code !== '')) {
      const ownCode = code === '' ? name : normaliseCode(code);
      township = ownTownships.get(ownCode) ?? { code: ownCode, name: name === '' ? code : name };
      ownTownships.set(ownCode, township);
    }
    if (!township) {
      unmatchedFeatures.push({ index, name, code });
      return;
    }
    polygonsByCode.set(township.code, [
      ...(polygonsByCode.get(township.code) ?? []),
      ...polygonsOf(feature.geometry),
    ]);
    featureCount.set(township.code, (featureCount.get(township.code) ?? 0) + 1);
  });
  const order = knownTownships.length > 0 ? knownTownships : [...ownTownships.values()];
  const townshipFeatures: TownshipFeature[] = [];
  const townshipsWithoutBoundary: KnownTownship[] = [];
  for (const township of order) {
    const polygons = polygonsByCode.get(township.code);
    if (!polygons) {
      townshipsWithoutBoundary.push(township);
      continue;
    }
    const [only] = polygons;
    townshipFeatures.push({
      type: 'Feature',
      properties: {
        code: township.code,
        name: township.name,
        urban: township.urban ?? township.name.endsWith('街道'),
        approximate: false,
      },
      geometry:
        polygons.length === 1 && only
          ? { type: 'Polygon', coordinates: only }
          : { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  const mergedTownships = [...featureCount].filter(([, count]) => count > 1).map(([code]) => code);
  return {
    townships: { type: 'FeatureCollection', features: townshipFeatures },
    unmatchedFeatures,
    townshipsWithoutBoundary,
    mergedTownships,
  };
}
