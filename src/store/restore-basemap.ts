/**
 * What a restored backup's basemap becomes in this browser: the same file, service or Tianditu
 * when it is here, else no basemap and a message saying what is missing and what to do (open the
 * file again, ask for the service, enter the key). The project's data never waits on a basemap.
 */
import type { BasemapChoice, SavedBasemap } from '../domain/basemap.ts';
import { type Message, message } from '../domain/message.ts';

/** What of the store decides it. */
export interface BasemapHere {
  basemapFile: { file: { name: string } } | null;
  basemapServices: readonly { id: string }[];
  tiandituKey: string;
}

/** The basemap settings a restore sets. */
export interface RestoredBasemap {
  basemapChoice: BasemapChoice;
  basemapEnabled: boolean;
  basemapMessages: Message[];
}

/**
 * The basemap settings for a backup's saved basemap.
 * @example basemapAfterRestore({ kind: 'file', name: 'gangnan.pmtiles' }, state)
 */
export function basemapAfterRestore(saved: SavedBasemap, here: BasemapHere): RestoredBasemap {
  const none = { basemapChoice: { kind: 'none' } as const, basemapEnabled: false };
  switch (saved.kind) {
    case 'none':
      return { ...none, basemapMessages: [] };
    case 'tianditu':
      return here.tiandituKey === ''
        ? { ...none, basemapMessages: [message('basemapRestoreTiandituNeedsKey')] }
        : { basemapChoice: { kind: 'none' }, basemapEnabled: true, basemapMessages: [] };
    case 'file':
      return here.basemapFile?.file.name === saved.name
        ? { basemapChoice: { kind: 'file' }, basemapEnabled: false, basemapMessages: [] }
        : { ...none, basemapMessages: [message('basemapRestoreFileMissing', { name: saved.name })] };
    case 'service':
      return here.basemapServices.some((service) => service.id === saved.id)
        ? { basemapChoice: { kind: 'service', id: saved.id }, basemapEnabled: false, basemapMessages: [] }
        : { ...none, basemapMessages: [message('basemapRestoreServiceMissing', { name: saved.name })] };
  }
}
