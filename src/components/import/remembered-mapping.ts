/**
 * Column mappings the user has used, kept in this browser per header set, so the next file
 * with the same columns (in any order, case or width) opens with the same choices.
 */
import { mappingKey } from '../../io/guess-column-mapping.ts';

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
