/**
 * Column mappings the user has used, kept in this browser per header set, so the next file
 * with the same columns (in any order, case or width) opens with the same choices.
 */
import { mappingKey } from '../io/header-key.ts';

const PREFIX = 'school-layout-atlas:mapping:';

/** Which table the mapping belongs to: the same headers may mean different things in each. */
export type MappingTableKind = 'roster' | 'township-population' | 'settlement-population';

function storageKey(kind: MappingTableKind, headers: readonly string[]): string {
  // The roster uses the bare mappingKey (as documented); the other tables are told apart by a prefix.
  return kind === 'roster' ? `${PREFIX}${mappingKey(headers)}` : `${PREFIX}${kind}:${mappingKey(headers)}`;
}

/**
 * The mapping remembered for these headers, or null. A stored value that is not a mapping
 * (another app's key, a hand edit) is ignored rather than trusted.
 */
export function rememberedMapping(
  kind: MappingTableKind,
  headers: readonly string[],
): Record<string, string | null> | null {
  if (headers.length === 0) return null;
  try {
    const text = localStorage.getItem(storageKey(kind, headers));
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const entries = Object.entries(value).filter(
      (entry): entry is [string, string | null] => typeof entry[1] === 'string' || entry[1] === null,
    );
    return Object.fromEntries(entries);
  } catch {
    // Storage may be off (private mode); remembering is a convenience, so go without it.
    return null;
  }
}

/** Remembers the mapping used for these headers. */
export function rememberMapping(
  kind: MappingTableKind,
  headers: readonly string[],
  mapping: Readonly<Record<string, string | null>>,
): void {
  if (headers.length === 0) return;
  try {
    localStorage.setItem(storageKey(kind, headers), JSON.stringify(mapping));
  } catch {
    // A full or disabled storage only loses the convenience; the import itself is done.
  }
}

/** What the import flow does with a roster read's headers: the mapping to read again with, if any. */
export function rememberedRosterMapping(
  previous: { headers: string[] } | null,
  read: { headers: string[] },
  current: Readonly<Record<string, string | null | undefined>> | undefined,
): { remembered: boolean | null; reread: Record<string, string | null> | null } {
  const sameHeaders = previous !== null && previous.headers.join('\u0000') === read.headers.join('\u0000');
  if (read.headers.length === 0 || sameHeaders) return { remembered: null, reread: null };
  // A new header set (a new file, sheet or encoding) gets the mapping remembered for it.
  const saved = rememberedMapping('roster', read.headers);
  const hasOverride = current !== undefined && Object.keys(current).length > 0;
  // Only a real change re-reads: a new file with no remembered mapping starts from the guess.
  const next = saved ?? (hasOverride ? {} : null);
  const changed = next !== null && JSON.stringify(next) !== JSON.stringify(current ?? {});
  return { remembered: saved !== null, reread: changed ? next : null };
}

/** The population choices with the mapping remembered for the table the read was guessed to be. */
export function rememberedImportChoices<
  Choices extends { table: 'township' | 'settlement'; mapping: Record<string, string | null> },
>(read: { ok: true; table: { headers: string[] } } | { ok: false }, choices: Choices): Choices {
  if (!read.ok) return choices;
  return {
    ...choices,
    mapping: rememberedMapping(POPULATION_TABLES[choices.table], read.table.headers) ?? {},
  };
}

const POPULATION_TABLES = { township: 'township-population', settlement: 'settlement-population' } as const;

/** The mapping a population table of this kind had last time, for a change of table kind. */
export function rememberedPopulationMapping(
  table: 'township' | 'settlement',
  headers: readonly string[],
): Record<string, string | null> {
  return rememberedMapping(POPULATION_TABLES[table], headers) ?? {};
}

/** After a commit: remembers the mapping the file was read with, for its headers. */
export function rememberImportMapping(
  kind: string,
  read: unknown,
  review: unknown,
  table: 'township' | 'settlement',
): void {
  const roster = read as { headers?: string[]; mapping?: Record<string, string | null> } | null;
  if (kind === 'roster' && roster?.headers && roster.mapping)
    rememberMapping('roster', roster.headers, roster.mapping);
  const population = read as { ok?: boolean; table?: { headers: string[] } } | null;
  const checked = review as { mapping?: Record<string, string | null> } | null;
  if (kind === 'population' && population?.ok && population.table && checked?.mapping) {
    rememberMapping(POPULATION_TABLES[table], population.table.headers, checked.mapping);
  }
}
