/**
 * The import dialog: one modal with a tab per kind of data (学校名录, 乡镇界线, 人口, 出生人数, 道路, 阻隔线), each a
 * view of that kind's session in the store's import flow. Files come from each tab's picker or
 * from a drop anywhere on the app; every tab keeps its work while another is shown, and closing
 * the dialog ends every session.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, type Message, message } from '../../domain/message.ts';
import type { MessageKey } from '../../i18n/index.ts';
import {
  IMPORT_KINDS,
  type ImportKind,
  importKindForFile,
  readPickedFile,
} from '../../io/import-flow/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { BirthsImport } from '../seats/BirthsImport.tsx';
import { BarrierImport, RoadImport } from '../travel/RoadImport.tsx';
import { useTranslation } from '../use-translation.ts';
import { BoundaryImport } from './BoundaryImport.tsx';
import { PopulationImport } from './PopulationImport.tsx';
import { RosterImport } from './RosterImport.tsx';

/** A file handed to the dialog from outside (a drop); `sequence` makes the same file twice a new hand-over. */
export interface IncomingFile {
  file: File;
  sequence: number;
}

const TAB_KEYS: Record<ImportKind, MessageKey> = {
  roster: 'importTabRoster',
  boundaries: 'importTabBoundaries',
  population: 'importTabPopulation',
  births: 'importTabBirths',
  roads: 'importTabRoads',
  barriers: 'importTabBarriers',
};

export function ImportDialog({ incoming, onClose }: { incoming: IncomingFile | null; onClose: () => void }) {
  const { t, tm } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const tab = useAtlasStore((state) => state.importKind);
  const [readError, setReadError] = useState<Message | null>(null);

  useEffect(() => {
    // No close() on cleanup: unmounting removes the dialog from the top layer, and a close()
    // there would fire onClose during StrictMode's second mount and shut the dialog at once.
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // The sessions end with the dialog: a new dialog starts with no file.
    return () => useAtlasStore.getState().closeImports();
  }, []);

  /** Reads a file and gives it to a tab: the one asked for, or the one its contents fit. */
  const accept = useCallback(async (file: File, target?: ImportKind) => {
    let picked: Awaited<ReturnType<typeof readPickedFile>>;
    try {
      picked = await readPickedFile(file);
    } catch (error) {
      setReadError(message('withReason', { what: file.name, reason: errorMessage(error) }));
      return;
    }
    setReadError(null);
    const store = useAtlasStore.getState();
    store.giveImportFile(target ?? importKindForFile(picked, store.importKind), picked);
  }, []);

  useEffect(() => {
    if (incoming) void accept(incoming.file);
  }, [incoming, accept]);

  const panel = (item: ImportKind) => {
    const props = { onFile: (file: File) => void accept(file, item), onClose };
    if (item === 'roster') return <RosterImport {...props} />;
    if (item === 'boundaries') return <BoundaryImport {...props} />;
    if (item === 'births') return <BirthsImport {...props} />;
    if (item === 'roads') return <RoadImport {...props} />;
    if (item === 'barriers') return <BarrierImport {...props} />;
    return <PopulationImport {...props} />;
  };

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      onClose={onClose}
      aria-labelledby="import-dialog-title"
      data-testid="import-dialog"
    >
      <header className="import-header">
        <h2 id="import-dialog-title">{t('importTitle')}</h2>
        <div className="import-tabs" role="tablist">
          {IMPORT_KINDS.map((item) => (
            <button
              key={item}
              type="button"
              role="tab"
              id={`import-tab-${item}`}
              aria-selected={tab === item}
              aria-controls={`import-panel-${item}`}
              className={tab === item ? 'on' : ''}
              onClick={() => useAtlasStore.getState().showImport(item)}
              data-testid={`import-tab-${item}`}
            >
              {t(TAB_KEYS[item])}
            </button>
          ))}
        </div>
        <button type="button" className="ghost" onClick={onClose} aria-label={t('detailClose')}>
          ×
        </button>
      </header>
      {readError ? (
        <p className="import-file-error" role="alert">
          {tm(readError)}
        </p>
      ) : null}
      {IMPORT_KINDS.map((item) => (
        <div
          key={item}
          role="tabpanel"
          id={`import-panel-${item}`}
          aria-labelledby={`import-tab-${item}`}
          hidden={tab !== item}
          className="import-panel"
        >
          {panel(item)}
        </div>
      ))}
    </dialog>
  );
}
