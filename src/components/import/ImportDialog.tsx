/**
 * The import dialog: one modal with a tab per kind of data (学校名录, 乡镇界线, 人口, 道路). Files come
 * from each tab's picker or from a drop anywhere on the app; every tab keeps its work while
 * another is shown.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, type Message, message } from '../../domain/message.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { RoadImport } from '../travel/RoadImport.tsx';
import { useTranslation } from '../use-translation.ts';
import { BoundaryImport } from './BoundaryImport.tsx';
import { PopulationImport } from './PopulationImport.tsx';
import { type ImportTab, importTabForFile, type PickedFile, readPickedFile } from './picked-file.ts';
import { RosterImport } from './RosterImport.tsx';

/** A file handed to the dialog from outside (a drop); `sequence` makes the same file twice a new hand-over. */
export interface IncomingFile {
  file: File;
  sequence: number;
}

const TABS: readonly ImportTab[] = ['roster', 'boundaries', 'population', 'roads'];

const TAB_KEYS: Record<ImportTab, MessageKey> = {
  roster: 'importTabRoster',
  boundaries: 'importTabBoundaries',
  population: 'importTabPopulation',
  roads: 'importTabRoads',
};

type Slots = Record<ImportTab, { picked: PickedFile; sequence: number } | null>;

export function ImportDialog({ incoming, onClose }: { incoming: IncomingFile | null; onClose: () => void }) {
  const { t, tm } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<ImportTab>('roster');
  const [slots, setSlots] = useState<Slots>({
    roster: null,
    boundaries: null,
    population: null,
    roads: null,
  });
  const [readError, setReadError] = useState<Message | null>(null);
  const currentTab = useRef(tab);
  currentTab.current = tab;

  useEffect(() => {
    // No close() on cleanup: unmounting removes the dialog from the top layer, and a close()
    // there would fire onClose during StrictMode's second mount and shut the dialog at once.
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  /** Reads a file and gives it to a tab: the one asked for, or the one its contents fit. */
  const accept = useCallback(async (file: File, target?: ImportTab) => {
    let picked: PickedFile;
    try {
      picked = await readPickedFile(file);
    } catch (error) {
      setReadError(message('withReason', { what: file.name, reason: errorMessage(error) }));
      return;
    }
    setReadError(null);
    const chosen = target ?? importTabForFile(picked, currentTab.current);
    setSlots((value) => ({ ...value, [chosen]: { picked, sequence: (value[chosen]?.sequence ?? 0) + 1 } }));
    setTab(chosen);
  }, []);

  useEffect(() => {
    if (incoming) void accept(incoming.file);
  }, [incoming, accept]);

  const panel = (item: ImportTab) => {
    const slot = slots[item];
    // A new file starts its tab afresh: nothing of the last file's choices carries over.
    const key = slot?.sequence ?? 0;
    const props = { picked: slot?.picked ?? null, onFile: (file: File) => void accept(file, item), onClose };
    if (item === 'roster') return <RosterImport key={key} {...props} />;
    if (item === 'boundaries') return <BoundaryImport key={key} {...props} />;
    if (item === 'roads') return <RoadImport key={key} {...props} />;
    return <PopulationImport key={key} {...props} />;
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
          {TABS.map((item) => (
            <button
              key={item}
              type="button"
              role="tab"
              id={`import-tab-${item}`}
              aria-selected={tab === item}
              aria-controls={`import-panel-${item}`}
              className={tab === item ? 'on' : ''}
              onClick={() => setTab(item)}
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
      {TABS.map((item) => (
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
