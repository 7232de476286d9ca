/** Turns candidate sites into the GeoJSON the candidate layers draw: points and service circles. */
import { circle } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { CandidateSite } from '../domain/candidate.ts';

/** Properties of a drawn candidate point or circle. */
export interface CandidateFeatureProperties {
  id: string;
  name: string;
  /** Radius in metres (circles only; 0 for points). */
  radius: number;
}

/**
 * GeoJSON points of the candidates, with the candidate id as the feature id (for feature-state).
 * @example candidatePoints(candidates).features[0].properties.name // 候选点 1
 */
export function candidatePoints(
  candidates: readonly CandidateSite[],
): FeatureCollection<Point, CandidateFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: candidates.map(
      (candidate): Feature<Point, CandidateFeatureProperties> => ({
        type: 'Feature',
        id: candidate.id,
        properties: { id: candidate.id, name: candidate.name, radius: 0 },
        geometry: { type: 'Point', coordinates: [candidate.lon, candidate.lat] },
      }),
    ),
  };
}

/**
 * Service circles of the candidates, each with its radius (null: not drawn — a district-wide
 * kind without a radius of its own). Pictures only; the figures come from the what-if analysis.
 * @example candidateCircles(candidates, (candidate) => candidate.radius ?? 2500)
 */
export function candidateCircles(
  candidates: readonly CandidateSite[],
  radiusOf: (candidate: CandidateSite) => number | null,
): FeatureCollection<Polygon, CandidateFeatureProperties> {
  const features: Feature<Polygon, CandidateFeatureProperties>[] = [];
  for (const candidate of candidates) {
    const radius = radiusOf(candidate);
    if (radius === null || !(radius > 0)) continue;
    features.push(
      circle<CandidateFeatureProperties>([candidate.lon, candidate.lat], radius / 1000, {
        steps: 64,
        units: 'kilometers',
        properties: { id: candidate.id, name: candidate.name, radius },
      }),
    );
  }
  return { type: 'FeatureCollection', features };
}
