/** The top bar's 导出 button: roster exports, project backup and restore. Loads its code on first use. */
import { Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { lazyScreen } from '../lazy-screen.ts';
import { useTranslation } from '../use-translation.ts';

const ExportDialog = lazyScreen(() => import('./ExportDialog.tsx').then((module) => module.ExportDialog));

export function ExportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="ghost" onClick={() => setOpen(true)} data-testid="open-export">
        {t('exportOpen')}
      </button>
      {/* Portalled to the body so the top bar's styles (white text on dark) do not reach the dialog. */}
      {open
        ? createPortal(
            <Suspense fallback={null}>
              <ExportDialog onClose={() => setOpen(false)} />
            </Suspense>,
            document.body,
          )
        : null}
    </>
  );
}
