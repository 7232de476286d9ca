/**
 * The 参考图层 section's import button: opens the one import dialog at its 参考图层 tab (the
 * same dialog as the top bar's 导入; its code loads on first use).
 */
import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAtlasStore } from '../../store/index.ts';
import { useTranslation } from '../use-translation.ts';

const ImportDialog = lazy(() =>
  import('../import/ImportDialog.tsx').then((module) => ({ default: module.ImportDialog })),
);

export function ReferenceImportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="ghost"
        onClick={() => {
          useAtlasStore.getState().showImport('reference');
          setOpen(true);
        }}
        data-testid="reference-import"
      >
        {t('referenceImport')}
      </button>
      {open
        ? createPortal(
            <Suspense fallback={null}>
              <ImportDialog incoming={null} onClose={() => setOpen(false)} />
            </Suspense>,
            document.body,
          )
        : null}
    </>
  );
}
