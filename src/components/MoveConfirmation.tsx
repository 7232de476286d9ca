/**
 * Asks before a school dragged outside the district is moved there, with how far outside it
 * lies — the warning the importer gives a row placed outside the district.
 */
import { useEffect, useRef } from 'react';
import { outsideDistanceMessage } from '../io/import-flow/index.ts';
import { useAtlasStore } from '../store/index.ts';
import { useTranslation } from './use-translation.ts';

export function MoveConfirmation() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const move = useAtlasStore((state) => state.pendingMove);
  const name = useAtlasStore((state) =>
    move ? (state.schools.find((school) => school.code === move.code)?.name ?? move.code) : '',
  );
  const confirmMove = useAtlasStore((state) => state.confirmMove);
  const cancelMove = useAtlasStore((state) => state.cancelMove);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (move && !element.open) element.showModal();
    else if (!move && element.open) element.close();
  }, [move]);

  return (
    <dialog
      ref={dialog}
      className="settings-dialog"
      aria-labelledby="move-confirmation-title"
      // Escape closes the dialog: the school stays where it was.
      onClose={() => {
        if (useAtlasStore.getState().pendingMove) cancelMove();
      }}
      data-testid="move-confirmation"
    >
      <h2 id="move-confirmation-title">{t('moveOutsideDistrictTitle')}</h2>
      <p data-testid="move-confirmation-text">
        {move
          ? t('moveOutsideDistrict', { name, distance: outsideDistanceMessage(move.kilometresOutside) })
          : ''}
      </p>
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={cancelMove} data-testid="move-cancel">
          {t('moveOutsideDistrictCancel')}
        </button>
        <button type="button" className="primary" onClick={confirmMove} data-testid="move-confirm">
          {t('moveOutsideDistrictConfirm')}
        </button>
      </div>
    </dialog>
  );
}
