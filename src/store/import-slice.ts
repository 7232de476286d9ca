/**
 * The import slice: the session of the import flow for each kind of file — the file, its read
 * options (a change re-reads it in the import worker), the read, the user's choices, progress —
 * and the commit, one `set` of the data and so one undo step. The dialog is a view of this: it
 * shows the session and the descriptor's review, and calls these actions.
 */

import type { StateCreator } from 'zustand';
import { errorMessage, type Message, message } from '../domain/message.ts';
import { withOnDemandTexts } from '../i18n/load-catalogue.ts';
import type { ImportDone } from '../io/import-flow/descriptors.ts';
import {
  IMPORT_KINDS,
  type ImportChoices,
  type ImportContext,
  type ImportKind,
  type ImportReadOptions,
  type ImportReads,
  INITIAL_IMPORT_CHOICES,
  INITIAL_IMPORT_OPTIONS,
  type PickedFile,
} from '../io/import-flow/import-kinds.ts';
import type { ImportReadResult } from '../io/import-flow/read-import-file.ts';
import type { BackupOpened, RestorePlan } from '../io/project-backup.ts';
import type { AtlasState } from './index.ts';
import { refuseInViewer } from './publication-slice.ts';
import {
  rememberedImportChoices,
  rememberedPopulationMapping,
  rememberedRosterMapping,
  rememberImportMapping,
} from './remembered-mapping.ts';
import { basemapAfterRestore } from './restore-basemap.ts';

/** One kind's import session. */
export interface ImportSession<K extends ImportKind> {
  file: PickedFile | null;
  /** Counts files given to this session, so a view can start afresh on a new one. */
  sequence: number;
  options: ImportReadOptions[K];
  choices: ImportChoices[K];
  /** The last read of the file with `options`; null before the first read ends. */
  read: ImportReads[K] | null;
  /** While a read runs: rows checked of rows in all (0 of 0 until the rows are counted). */
  progress: { done: number; total: number } | null;
  /** The file could not be read at all (too large, the worker failed). */
  failure: Message | null;
  /** The last commit's report, until another file is given. */
  done: ImportDone | null;
  /** The mapping in use came from this browser's memory of the file's headers. */
  rememberedMapping: boolean;
}

/** Every kind's session. */
export type ImportSessions = { [K in ImportKind]: ImportSession<K> };

export interface ImportSlice {
  imports: ImportSessions;
  /** The kind of import in view. */
  importKind: ImportKind;
  /** Shows one kind's import. */
  showImport(kind: ImportKind): void;
  /** Whether the one import dialog is open (the top bar, the 学位 view and the layers open it). */
  importDialogOpen: boolean;
  /** Opens the one import dialog, at a kind's tab when one is given. */
  openImportDialog(kind?: ImportKind): void;
  /** Closes the import dialog (its sessions end with it: `closeImports`). */
  closeImportDialog(): void;
  /** Gives a file to an import (the one asked for) and reads it. */
  giveImportFile(kind: ImportKind, file: PickedFile): void;
  /** Changes read options of an import; the file is read again with them. */
  setImportOptions<K extends ImportKind>(kind: K, change: Partial<ImportReadOptions[K]>): void;
  /** Changes the user's choices of an import (no new read). */
  setImportChoices<K extends ImportKind>(kind: K, change: Partial<ImportChoices[K]>): void;
  /**
   * Commits an import's review to the data as one undo step.
   * @returns what the commit did, or null when there was nothing to commit
   */
  commitImport(kind: ImportKind): Promise<ImportDone | null>;
  /** Drops every session (the dialog closed); a running read is stopped. */
  closeImports(): void;
  /**
   * Restores a checked backup (`openProjectBackup` of src/io/project-backup.ts): its data, where
   * it came from, its language and scenario, in one `set` — one undo step; nothing is selected
   * or being edited afterwards.
   */
  restoreProject(plan: RestorePlan): void;
  /**
   * Opens and checks a backup file's text for restoring (nothing changes): the defaults that a
   * backup's nulls stand for load with their own chunk, only now.
   */
  openBackup(text: string, file: string): Promise<BackupOpened>;
}

/**
 * The descriptors, loaded with the import dialog's chunk rather than with the app: the readers
 * and reviews they bring are only needed once a file is given.
 */
function loadDescriptors() {
  return loadReaders().then(([module]) => module.IMPORT_DESCRIPTORS);
}

/**
 * The descriptors and the import worker's client, with the on-demand texts: the readers' messages
 * (a row's problem, a boundary file's) are among them, so a read's answer can always be shown.
 */
function loadReaders() {
  return withOnDemandTexts(() =>
    Promise.all([import('../io/import-flow/descriptors.ts'), import('../workers/import-in-worker.ts')]),
  );
}

function emptySession<K extends ImportKind>(kind: K): ImportSession<K> {
  return {
    file: null,
    sequence: 0,
    options: INITIAL_IMPORT_OPTIONS[kind],
    choices: INITIAL_IMPORT_CHOICES[kind],
    read: null,
    progress: null,
    failure: null,
    done: null,
    rememberedMapping: false,
  } as ImportSession<K>;
}

function emptySessions(): ImportSessions {
  return {
    roster: emptySession('roster'),
    boundaries: emptySession('boundaries'),
    population: emptySession('population'),
    reference: emptySession('reference'),
    births: emptySession('births'),
    roads: emptySession('roads'),
    barriers: emptySession('barriers'),
  };
}

/** The data in use that the flow reviews against. */
export function importContextOf(
  state: Pick<
    AtlasState,
    'schools' | 'townships' | 'seats' | 'district' | 'seatForecast' | 'roads' | 'barriers' | 'referenceLayers'
  >,
): ImportContext {
  return {
    schools: state.schools,
    townships: state.townships,
    seats: state.seats,
    district: state.district,
    referenceLayers: state.referenceLayers,
    forecast: state.seatForecast,
    roads: state.roads,
    barriers: state.barriers,
  };
}

/** The descriptors' type, for the steps that take them once loaded. */
type Descriptors = Awaited<ReturnType<typeof loadDescriptors>>;

/** The running read of each kind: kept outside the state (an AbortController is not data). */
const running = new Map<ImportKind, AbortController>();

export const createImportSlice: StateCreator<AtlasState, [], [], ImportSlice> = (set, get) => {
  const patch = <K extends ImportKind>(kind: K, change: Partial<ImportSession<K>>) =>
    set((state) => ({ imports: { ...state.imports, [kind]: { ...state.imports[kind], ...change } } }));

  /** Reads the session's file with its options, replacing any read of that kind still running. */
  const read = async (kind: ImportKind) => {
    running.get(kind)?.abort();
    const session = get().imports[kind];
    const file = session.file;
    if (!file) return;
    if (file.problem) {
      patch(kind, { progress: null, failure: file.problem, read: null });
      return;
    }
    const controller = new AbortController();
    running.set(kind, controller);
    patch(kind, { progress: { done: 0, total: 0 }, failure: null });
    const [{ IMPORT_DESCRIPTORS: descriptors }, { readImportInWorker }] = await loadReaders();
    if (controller.signal.aborted) return;
    const options = (descriptors[kind].readOptions as (o: unknown, c: ImportContext) => unknown)(
      session.options,
      importContextOf(get()),
    );
    await readImportInWorker(
      { kind, bytes: file.bytes, fileName: file.name, options } as Parameters<typeof readImportInWorker>[0],
      {
        signal: controller.signal,
        onProgress: (done, total) => patch(kind, { progress: { done, total } }),
      },
    ).then(
      (result) => {
        if (running.get(kind) === controller) running.delete(kind);
        afterRead(result, descriptors);
      },
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        if (running.get(kind) === controller) running.delete(kind);
        patch(kind, {
          progress: null,
          failure: message('withReason', { what: file.name, reason: errorMessage(error) }),
        });
      },
    );
  };

  /** Keeps a read and takes its guesses; a roster with a remembered mapping is read again with it. */
  const afterRead = (result: ImportReadResult, descriptors: Descriptors) => {
    const { kind } = result;
    const context = importContextOf(get());
    if (result.kind === 'roster') {
      const session = get().imports.roster;
      const remembered = rememberedRosterMapping(session.read, result.read, session.options.mapping);
      patch('roster', {
        read: result.read,
        progress: null,
        choices: descriptors.roster.choicesAfterRead(result.read, context, session.choices),
        ...(remembered.remembered !== null ? { rememberedMapping: remembered.remembered } : {}),
      });
      if (remembered.reread) {
        patch('roster', { options: { ...session.options, mapping: remembered.reread } });
        void read('roster');
      }
      return;
    }
    if (result.kind === 'boundaries' || result.kind === 'births') {
      // Kinds with no memory of mappings: the read and the descriptor's guesses.
      const descriptor = descriptors[result.kind] as {
        choicesAfterRead(read: unknown, context: ImportContext, choices: unknown): unknown;
      };
      patch(result.kind, {
        read: result.read,
        progress: null,
        choices: descriptor.choicesAfterRead(result.read, context, get().imports[result.kind].choices),
      } as Partial<ImportSession<typeof result.kind>>);
      return;
    }
    if (result.kind === 'roads' || result.kind === 'barriers') {
      // Every choice of these is a read option: a read is all there is to keep.
      patch(result.kind, { read: result.read, progress: null });
      return;
    }
    if (result.kind === 'reference') {
      const session = get().imports.reference;
      patch('reference', {
        read: result.read,
        progress: null,
        choices: descriptors.reference.choicesAfterRead(result.read, context, session.choices),
      });
      return;
    }
    const session = get().imports.population;
    const guessed = descriptors.population.choicesAfterRead(result.read, context, session.choices);
    const headersChanged =
      !(session.read?.ok && result.read.ok) ||
      session.read.table.headers.join('\u0000') !== result.read.table.headers.join('\u0000');
    patch(kind, {
      read: result.read,
      progress: null,
      // A new encoding or sheet of the same table keeps the user's choices.
      choices: headersChanged ? rememberedImportChoices(result.read, guessed) : session.choices,
    });
  };

  return {
    imports: emptySessions(),
    importKind: 'roster',
    showImport(kind) {
      set({ importKind: kind });
    },
    importDialogOpen: false,
    openImportDialog(kind) {
      set(kind ? { importDialogOpen: true, importKind: kind } : { importDialogOpen: true });
    },
    closeImportDialog() {
      set({ importDialogOpen: false });
    },
    giveImportFile(kind, file) {
      const fresh = emptySession(kind);
      patch(kind, { ...fresh, file, sequence: get().imports[kind].sequence + 1 });
      set({ importKind: kind });
      void read(kind);
    },
    setImportOptions(kind, change) {
      const session = get().imports[kind];
      patch(kind, { options: { ...session.options, ...change } } as Partial<ImportSession<typeof kind>>);
      void read(kind);
    },
    setImportChoices(kind, change) {
      const session = get().imports[kind];
      let choices: unknown = { ...session.choices, ...change };
      if (kind === 'population') {
        // Another kind of table: the mapping this browser remembers for it, else the guess.
        const population = choices as ImportChoices['population'];
        const read = session.read as ImportReads['population'] | null;
        if ('table' in change && !('mapping' in change) && read?.ok) {
          choices = {
            ...population,
            mapping: rememberedPopulationMapping(population.table, read.table.headers),
          };
        }
      }
      patch(kind, { choices } as Partial<ImportSession<typeof kind>>);
    },
    async commitImport(kind) {
      refuseInViewer(get());
      const descriptors = await loadDescriptors();
      const state = get();
      const session = state.imports[kind];
      // While a changed option is being re-read, the review on screen is the old one.
      if (!session.file || !session.read || session.progress !== null || session.done) return null;
      const context = importContextOf(state);
      const descriptor = descriptors[kind] as unknown as {
        review(read: unknown, choices: unknown, context: ImportContext): unknown;
        commit(
          review: unknown,
          file: string,
          context: ImportContext,
          choices: unknown,
        ): { change: Partial<AtlasState>; done: ImportDone } | null;
      };
      const review = descriptor.review(session.read, session.choices, context);
      const committed =
        review === null ? null : descriptor.commit(review, session.file.name, context, session.choices);
      if (!committed) return null;
      const { change, done } = committed;
      const selection = state.selection;
      const selectionGone =
        change.schools !== undefined &&
        selection?.kind === 'school' &&
        !change.schools.some((school) => school.code === selection.code);
      // One set: the data, the session's report and the selection together make one undo step.
      set({
        ...change,
        imports: { ...state.imports, [kind]: { ...session, done } },
        ...(selectionGone ? { selection: null } : {}),
      });
      rememberImportMapping(kind, session.read, review, state.imports.population.choices.table);
      return done;
    },
    closeImports() {
      for (const controller of running.values()) controller.abort();
      running.clear();
      set({ imports: emptySessions() });
    },
    async openBackup(text, file) {
      // The backup's readers load with it, not with the app: a file is read after an await anyway.
      // With the on-demand texts: the backup's readers' messages are among them.
      const [{ loadDefaultDataset }, { openProjectBackup }] = await Promise.all([
        import('../io/default-dataset.ts'),
        withOnDemandTexts(() => import('../io/project-backup.ts')),
      ]);
      return openProjectBackup(text, file, loadDefaultDataset());
    },
    restoreProject(plan) {
      refuseInViewer(get());
      set({
        ...plan.data,
        ...(plan.dataset ? { dataset: plan.dataset } : {}),
        ...(plan.language ? { language: plan.language } : {}),
        ...(plan.scenario ? { scenario: plan.scenario } : {}),
        // A backup saved before the basemap was kept leaves the basemap as it is.
        ...(plan.basemap ? basemapAfterRestore(plan.basemap, get()) : {}),
        selection: null,
        draft: null,
      });
    },
  };
};

/** The kinds, for views that list them. */
export { IMPORT_KINDS };
