/**
 * Self-crossing boundary polygons: a bowtie or a loop left by digitising is split into simple
 * polygons, anything whose intended shape would be a guess is left out with a warning.
 */
import { booleanPointInPolygon, unkinkPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { type Message, message } from '../domain/message.ts';
import { findPolygonCrossings, type RingCrossing } from './find-polygon-crossings.ts';

function describeCrossing(crossing: RingCrossing): Message {
  const ringName = (ring: number) =>
    ring === 0 ? message('boundaryOuterRing') : message('boundaryInnerRing', { number: ring });
  const where = `${crossing.position[0].toFixed(6)}, ${crossing.position[1].toFixed(6)}`;
  return crossing.ring === crossing.otherRing
    ? message('boundaryRingCrossesItself', { ring: ringName(crossing.ring), where })
    : message('boundaryRingsCross', {
        ring: ringName(crossing.ring),
        other: ringName(crossing.otherRing),
        where,
      });
}

/** A ring without consecutive repeated vertices (the splitter refuses them). */
function withoutRepeats(ring: readonly Position[]): Position[] {
  return ring.filter(
    (position, index) =>
      index === 0 || position[0] !== ring[index - 1]?.[0] || position[1] !== ring[index - 1]?.[1],
  );
}

/** Crossings looked at when deciding whether a polygon can be split safely. */
const CROSSINGS_CONSIDERED = 50;

/**
 * The polygon split at its crossings into simple polygons, or null when that is not safe.
 * Only the outer ring is split (a bowtie or a loop left by digitising): each region it winds
 * around becomes a polygon, and each hole goes back into the part that holds it. A hole that
 * crosses a ring is refused: whether its overlap was meant as land or as a hole is a guess.
 */
function splitAtCrossings(rings: readonly Position[][]): Position[][][] | null {
  const [outer, ...holes] = rings;
  if (!outer) return null;
  const crossings = findPolygonCrossings(rings, CROSSINGS_CONSIDERED);
  if (crossings.some((crossing) => crossing.ring !== 0 || crossing.otherRing !== 0)) return null;
  try {
    const parts = unkinkPolygon({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [withoutRepeats(outer)] },
    }).features.map((part) => part.geometry.coordinates);
    for (const hole of holes) {
      const first = hole[0];
      const home = first
        ? parts.find((part) => booleanPointInPolygon(first, { type: 'Polygon', coordinates: part }))
        : undefined;
      if (!home) return null;
      home.push(hole);
    }
    const simple = parts.length > 0 && parts.every((part) => findPolygonCrossings(part).length === 0);
    return simple ? parts : null;
  } catch {
    // The splitter refuses some shapes (e.g. a ring touching itself at a vertex).
    return null;
  }
}

/**
 * The geometry with every self-crossing polygon split at its crossings (turf unkinkPolygon:
 * a bowtie becomes its two triangles), with a warning naming the feature, ring and point; or
 * null, with a warning, when a polygon cannot be split into simple parts and the feature is
 * left out. Crossing rings would make "which township is this school in" give wrong answers.
 */
export function repairCrossings(
  geometry: Polygon | MultiPolygon,
  label: Message,
  warnings: Message[],
): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const repaired: Position[][][] = [];
  let changed = false;
  for (const [partIndex, rings] of polygons.entries()) {
    const [crossing] = findPolygonCrossings(rings);
    if (!crossing) {
      repaired.push(rings);
      continue;
    }
    const where =
      polygons.length > 1
        ? message('boundaryPartCrossing', { part: partIndex + 1, crossing: describeCrossing(crossing) })
        : describeCrossing(crossing);
    const parts = splitAtCrossings(rings);
    if (!parts) {
      warnings.push(message('boundarySelfCrossingSkipped', { feature: label, where }));
      return null;
    }
    warnings.push(message('boundarySelfCrossingSplit', { feature: label, where, parts: parts.length }));
    repaired.push(...parts);
    changed = true;
  }
  if (!changed) return geometry;
  return repaired.length === 1 && repaired[0]
    ? { type: 'Polygon', coordinates: repaired[0] }
    : { type: 'MultiPolygon', coordinates: repaired };
}
