/** The boundaries' part of the import flow: the townships known, the fields guessed, the match. */
import { findTownshipMismatches, type TownshipMismatch } from '../../analysis/find-township-mismatches.ts';
import type { TownshipCollection, TownshipSeatCollection } from '../../domain/township.ts';
import type { BoundaryFileRead } from '../read-boundary-file.ts';
import {
  guessTownshipFields,
  type KnownTownship,
  knownTownshipsOf,
  type TownshipMatch,
  toTownships,
} from '../to-townships.ts';
import type { ImportChoices } from './import-kinds.ts';

/**
 * The townships to match against: the ones in use, plus any township of the district's seat list
 * that an earlier import left without a boundary, so it can get one again.
 */
export function knownTownshipsFor(
  townships: TownshipCollection | null,
  seats: TownshipSeatCollection | null,
): KnownTownship[] {
  const known = knownTownshipsOf(townships);
  const codes = new Set(known.map((township) => township.code));
  for (const seat of seats?.features ?? []) {
    if (!codes.has(seat.properties.code))
      known.push({ code: seat.properties.code, name: seat.properties.name });
  }
  return known;
}

/** The name and code fields guessed for a read, against the known townships. */
export function guessBoundaryChoices(
  read: BoundaryFileRead,
  known: readonly KnownTownship[],
): ImportChoices['boundaries'] {
  return guessTownshipFields(
    read.features,
    read.fields.map((field) => field.name),
    known,
  );
}

/** The townships a boundary read gives with the chosen fields; pure. */
export function reviewBoundaryImport(
  read: BoundaryFileRead,
  choices: ImportChoices['boundaries'],
  known: readonly KnownTownship[],
): TownshipMatch {
  return toTownships(read.features, { ...choices, knownTownships: known });
}

/** After a commit: the schools whose points fall outside their stated 所属乡镇. */
export function boundaryMismatches(
  schools: Parameters<typeof findTownshipMismatches>[0],
  townships: TownshipCollection,
): TownshipMismatch[] {
  return findTownshipMismatches(schools, townships);
}
