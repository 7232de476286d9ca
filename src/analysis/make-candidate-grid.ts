/** Candidate sites on a square grid over the townships, for the site-suggestion search. */

import { bbox } from '@turf/turf';
import { MessageError, message } from '../domain/message.ts';
import type { TownshipCollection } from '../domain/township.ts';
import { assignPopulationTownships } from './assign-population-townships.ts';
import { METRES_PER_DEGREE } from './build-grid-index.ts';

/** Most grid candidates a search takes; a finer grid would only slow it without a better answer. */
export const MAXIMUM_GRID_CANDIDATES = 250_000;

/** A grid candidate and the township it lies in. */
export interface GridCandidate {
  lon: number;
  lat: number;
  townshipCode: string;
}

function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * The centres of a square grid of `spacing` metres over the townships' bounding box (longitude
 * steps widened by 1/cos of the middle latitude, so the cells are square on the ground), keeping
 * the centres that lie inside a township boundary, each with its township code. Rows go from
 * south to north and, within a row, from west to east; coordinates are rounded to 10⁻⁶°.
 * @throws MessageError when the spacing is not a positive number or would give more than
 *   {@link MAXIMUM_GRID_CANDIDATES} grid points
 * @example makeCandidateGrid(townships, 500).length // ≈ 4,400 for 港南区
 */
export function makeCandidateGrid(townships: TownshipCollection, spacing: number): GridCandidate[] {
  if (!(spacing > 0) || !Number.isFinite(spacing)) {
    throw new MessageError(message('gridSpacingNotPositive', { spacing }));
  }
  if (townships.features.length === 0) return [];
  const [west, south, east, north] = bbox(townships);
  const stepLatitude = spacing / METRES_PER_DEGREE;
  const stepLongitude = stepLatitude / Math.cos((((south + north) / 2) * Math.PI) / 180);
  const columns = Math.max(1, Math.ceil((east - west) / stepLongitude));
  const rows = Math.max(1, Math.ceil((north - south) / stepLatitude));
  if (columns * rows > MAXIMUM_GRID_CANDIDATES * 4) {
    throw new MessageError(
      message('gridSpacingTooSmall', { spacing, count: (columns * rows).toLocaleString('en-US') }),
    );
  }
  const centres: { lon: number; lat: number; townshipCode: string }[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      centres.push({
        lon: roundCoordinate(west + (column + 0.5) * stepLongitude),
        lat: roundCoordinate(south + (row + 0.5) * stepLatitude),
        townshipCode: '',
      });
    }
  }
  const codes = assignPopulationTownships(centres, townships);
  const inside: GridCandidate[] = [];
  centres.forEach((centre, position) => {
    const code = codes[position] ?? '';
    if (code !== '') inside.push({ lon: centre.lon, lat: centre.lat, townshipCode: code });
  });
  if (inside.length > MAXIMUM_GRID_CANDIDATES) {
    throw new MessageError(
      message('gridSpacingOverLimit', {
        spacing,
        count: inside.length.toLocaleString('en-US'),
        limit: MAXIMUM_GRID_CANDIDATES.toLocaleString('en-US'),
      }),
    );
  }
  return inside;
}
