/**
 * The top bar's 导入 button, file drops anywhere on the app, and the one import dialog: a file
 * dropped on the map (or anywhere else, the open dialog included) goes to the dialog, which opens
 * if it is not open. The 学位 view and the layers panel open the same dialog through the store
 * (`openImportDialog`), so a drop never opens a second one. The dialog's code loads on first use.
 */
import { Suspense, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAtlasStore } from '../../store/index.ts';
import { lazyScreen } from '../lazy-screen.ts';
import { useTranslation } from '../use-translation.ts';
import type { IncomingFile } from './ImportDialog.tsx';

const ImportDialog = lazyScreen(() => import('./ImportDialog.tsx').then((module) => module.ImportDialog));

/** Whether a drag carries files (not text or a link dragged from the page). */
function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function ImportButton() {
  const { t } = useTranslation();
  const open = useAtlasStore((state) => state.importDialogOpen);
  const [incoming, setIncoming] = useState<IncomingFile | null>(null);
  const [dragging, setDragging] = useState(false);
  const sequence = useRef(0);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; counting them tells when the drag left the page.
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file itself and leave the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      sequence.current += 1;
      setIncoming({ file, sequence: sequence.current });
      useAtlasStore.getState().openImportDialog();
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <>
      <button
        type="button"
        className="ghost"
        onClick={() => {
          setIncoming(null);
          useAtlasStore.getState().openImportDialog();
        }}
        data-testid="open-import"
      >
        {t('importOpen')}
      </button>
      {/* Portalled to the body so the top bar's styles (white text on dark) do not reach the dialog. */}
      {createPortal(
        <>
          {dragging && !open ? (
            <div className="drop-overlay" aria-hidden="true">
              <p>{t('importDropOverlay')}</p>
            </div>
          ) : null}
          {open ? (
            <Suspense fallback={null}>
              <ImportDialog
                incoming={incoming}
                onClose={() => {
                  useAtlasStore.getState().closeImportDialog();
                  setIncoming(null);
                }}
              />
            </Suspense>
          ) : null}
        </>,
        document.body,
      )}
    </>
  );
}
