/**
 * The context slice: what the map shows around the schools. Reference layers are the bureau's
 * data (undoable, saved with the project: each edit or removal is one step, an import is the
 * import flow's commit); the basemap
 * is this browser's choice (the opened file, the deployment's services, their messages).
 */
import type { StateCreator } from 'zustand';
import type { BasemapChoice, BasemapFile, BasemapService } from '../domain/basemap.ts';
import type { Message } from '../domain/message.ts';
import type { ReferenceLayer } from '../domain/reference-layer.ts';
import type { AtlasConfig } from '../io/atlas-config.ts';
import type { AtlasState } from './index.ts';

/** What a reference layer's settings may change. */
export type ReferenceLayerChange = Partial<
  Pick<ReferenceLayer, 'name' | 'kind' | 'colour' | 'width' | 'labelField' | 'visible' | 'source'>
>;

/** The opened basemap file: what it says about itself, its bytes, and whether this browser keeps it. */
export interface OpenedBasemap {
  file: BasemapFile;
  blob: Blob;
  /** Kept in this browser for the next visit (null while being saved). */
  kept: boolean | null;
}

export interface ContextSlice {
  /** The reference layers, drawn bottom to top in this order. */
  referenceLayers: ReferenceLayer[];
  /** Changes a layer's name, look, label or visibility. */
  updateReferenceLayer(id: string, change: ReferenceLayerChange): void;
  removeReferenceLayer(id: string): void;
  /** Moves a layer one place up (drawn later, over the others) or down. */
  moveReferenceLayer(id: string, direction: 'up' | 'down'): void;
  basemapChoice: BasemapChoice;
  basemapFile: OpenedBasemap | null;
  /** The basemaps of the deployment's configuration. */
  basemapServices: BasemapService[];
  /** What the configuration and the basemap file had to say (bad entries, a file not kept). */
  basemapMessages: Message[];
  /**
   * The deployment's `atlas.config.json` as read, and the address it was read against (a
   * publication carries it on); null until it has been read.
   */
  deploymentConfig: { config: AtlasConfig; base: string } | null;
  setBasemapChoice(choice: BasemapChoice): void;
  setBasemapFile(opened: OpenedBasemap | null): void;
  setBasemapServices(services: BasemapService[], messages: Message[]): void;
  setBasemapMessages(messages: Message[]): void;
}

export const createContextSlice: StateCreator<AtlasState, [], [], ContextSlice> = (set, get) => ({
  referenceLayers: [],
  updateReferenceLayer(id, change) {
    set({
      referenceLayers: get().referenceLayers.map((layer) =>
        layer.id === id ? { ...layer, ...change } : layer,
      ),
    });
  },
  removeReferenceLayer(id) {
    set({ referenceLayers: get().referenceLayers.filter((layer) => layer.id !== id) });
  },
  moveReferenceLayer(id, direction) {
    const layers = [...get().referenceLayers];
    const from = layers.findIndex((layer) => layer.id === id);
    const to = direction === 'up' ? from + 1 : from - 1;
    const moved = layers[from];
    if (from < 0 || to < 0 || to >= layers.length || !moved) return;
    layers.splice(from, 1);
    layers.splice(to, 0, moved);
    set({ referenceLayers: layers });
  },
  basemapChoice: { kind: 'none' },
  basemapFile: null,
  basemapServices: [],
  basemapMessages: [],
  deploymentConfig: null,
  setBasemapChoice(basemapChoice) {
    // One basemap at a time: choosing a file or a service turns the online one off.
    set({ basemapChoice, ...(basemapChoice.kind === 'none' ? {} : { basemapEnabled: false }) });
  },
  setBasemapFile(basemapFile) {
    set({
      basemapFile,
      ...(basemapFile === null && get().basemapChoice.kind === 'file'
        ? { basemapChoice: { kind: 'none' } }
        : {}),
    });
  },
  setBasemapServices(basemapServices, messages) {
    set({ basemapServices, basemapMessages: messages });
  },
  setBasemapMessages(basemapMessages) {
    set({ basemapMessages });
  },
});
