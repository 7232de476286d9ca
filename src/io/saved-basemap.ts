/**
 * The basemap part of a project backup: made from the app's choice, and read back strictly (a
 * malformed part refuses the backup, as every other part does).
 */
import type { BasemapChoice, SavedBasemap } from '../domain/basemap.ts';

/** What of the app's basemap state the backup needs. */
export interface BasemapSource {
  basemapChoice: BasemapChoice;
  basemapFile: { file: { name: string } } | null;
  basemapServices: readonly { id: string; name: string }[];
  /** Whether the online Tianditu is shown (its key is never saved). */
  basemapEnabled: boolean;
}

/**
 * The basemap in use, as a backup keeps it.
 * @example savedBasemapOf(state) // { kind: 'file', name: 'gangnan.pmtiles' }
 */
export function savedBasemapOf(state: BasemapSource): SavedBasemap {
  if (state.basemapEnabled) return { kind: 'tianditu' };
  const choice = state.basemapChoice;
  if (choice.kind === 'file' && state.basemapFile) return { kind: 'file', name: state.basemapFile.file.name };
  if (choice.kind === 'service') {
    const service = state.basemapServices.find((item) => item.id === choice.id);
    if (service) return { kind: 'service', id: service.id, name: service.name };
  }
  return { kind: 'none' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= 500;
}

/**
 * A backup's basemap part read back, or null when it is malformed (an unknown kind, a missing or
 * empty name, extra nonsense is ignored).
 */
export function readSavedBasemap(value: unknown): SavedBasemap | null {
  if (!isRecord(value)) return null;
  switch (value.kind) {
    case 'none':
      return { kind: 'none' };
    case 'tianditu':
      return { kind: 'tianditu' };
    case 'file':
      return isName(value.name) ? { kind: 'file', name: value.name } : null;
    case 'service':
      return isName(value.id) && isName(value.name)
        ? { kind: 'service', id: value.id, name: value.name }
        : null;
    default:
      return null;
  }
}
